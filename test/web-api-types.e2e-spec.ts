import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiClient, makeOpenCycle, usePortal } from '@app/testing';

const ROOT = path.resolve(__dirname, '..');
const TYPES_FILE = path.join(ROOT, 'apps/web/src/api/schema.d.ts');

/** What `npm run web:api-types` would write for this document (run by node: the generator is ESM-only). */
async function generate(document: unknown): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-api-types-'));
  try {
    const file = path.join(dir, 'document.json');
    fs.writeFileSync(file, JSON.stringify(document));
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/web-api-types.mjs'), '--from', file], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The web app's API types are generated from the OpenAPI document and checked in; this fails
 * when a route or DTO changed without `npm run web:api-types`, so the client never drifts
 * from the server unnoticed.
 */
describe('web app API types (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;

  beforeAll(async () => {
    ({ app, api } = portal);
  });

  it('apps/web/src/api/schema.d.ts is what /docs-json generates today', async () => {
    const document = await api.get('/docs-json');
    expect(document.status).toBe(200);
    const actual = fs.readFileSync(TYPES_FILE, 'utf8');
    if ((await generate(document.body)) !== actual) {
      throw new Error('apps/web/src/api/schema.d.ts is out of date with the API: run `npm run web:api-types` and commit the result');
    }
    // The check can fail: a document with one more route gives different types.
    const changed = { ...document.body, paths: { ...document.body.paths, '/api/v1/extra': { get: { responses: { 200: { description: 'ok' } } } } } };
    expect(await generate(changed)).not.toBe(actual);
  });

  it("the web's fallback specialty labels (where only a key is at hand) are the API's labels, in both languages", async () => {
    const cycle = await makeOpenCycle(app);
    const res = await api.get('/api/v1/public/cycles?limit=100');
    const labels: { key: string; label: { 'zh-CN': string; en: string } }[] = res.body.items.find((c: { id: string }) => c.id === cycle.id).specialtyLabels;
    const web = (language: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(ROOT, `apps/web/src/i18n/${language}.json`), 'utf8')).specialties;
    expect(web('en')).toEqual(Object.fromEntries(labels.map((s) => [s.key, s.label.en])));
    expect(web('zh-CN')).toEqual(Object.fromEntries(labels.map((s) => [s.key, s.label['zh-CN']])));
  });
});
