import { createHash, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { Application, ApplicationExportsService, Cycle, DEFAULT_ELIGIBILITY_POLICY, DEFAULT_EVIDENCE_RULES } from '@app/applications';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiClient, ConfigOverrides, downloadExport, exportAndDownload, makeApplicant, Portal, S3TestServer, startApi, tinyPdf, TestUser, usePortal } from '@app/testing';

const KB = 1024;
const MiB = 1024 * KB;
// Above one multipart part (5 MiB), so a refused upload has begun a multipart upload.
const MAX_FILE_BYTES = 6 * MiB;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A PDF padded with a comment to reach `size` bytes. */
function pdfOfSize(size: number): Buffer {
  const pdf = tinyPdf();
  return Buffer.concat([pdf, Buffer.from('%'), Buffer.alloc(size - pdf.length - 2, 0x41), Buffer.from('\n')]);
}

function filesUnder(dir: string | undefined): string[] {
  if (!dir || !fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** The response headers a download answers with, minus those that differ per request. */
function downloadHeaders(response: Response): Record<string, string> {
  const perRequest = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);
  return Object.fromEntries([...response.headers.entries()].filter(([name]) => !perRequest.has(name) && !name.startsWith('ratelimit')));
}

/** A draft application of `applicant` in a fresh cycle whose files may weigh MAX_FILE_BYTES each. */
async function makeApplication(portal: Portal, applicant: TestUser): Promise<string> {
  const now = Date.now();
  const cycle = await portal.db().getRepository(Cycle).save({
    code: `S3-${randomUUID().slice(0, 8)}`,
    nameZh: '对象存储批次',
    nameEn: 'Object storage cycle',
    levels: ['intermediate'],
    specialties: ['industrial_design'],
    opensAt: new Date(now - 86_400_000),
    closesAt: new Date(now + 30 * 86_400_000),
    formVersions: {},
    eligibilityPolicy: DEFAULT_ELIGIBILITY_POLICY,
    evidenceRules: { ...DEFAULT_EVIDENCE_RULES, maxFileBytes: MAX_FILE_BYTES, maxTotalBytes: 4 * MAX_FILE_BYTES },
  });
  const application = await portal.db().getRepository(Application).save({
    applicantId: applicant.id,
    cycleId: cycle.id,
    level: 'intermediate',
    specialty: 'industrial_design',
    status: 'draft',
    formVersionId: randomUUID(),
    data: {},
  });
  return application.id;
}

const url = (applicationId: string, attachmentId?: string) => `/api/v1/applications/${applicationId}/attachments${attachmentId ? `/${attachmentId}` : ''}`;

function form(kind: string, bytes: Buffer, name: string): FormData {
  const fd = new FormData();
  fd.append('kind', kind);
  fd.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
  return fd;
}

/** A multipart body streamed in chunks, with no Content-Length: the limit is found while storing. */
async function uploadChunked(portal: Portal, user: TestUser, applicationId: string, content: Buffer): Promise<{ status: number; body: any }> {
  const boundary = `----tp${randomUUID().replace(/-/g, '')}`;
  const chunks: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nportfolio\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
  ];
  for (let i = 0; i < content.length; i += 64 * KB) chunks.push(content.subarray(i, i + 64 * KB));
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next) controller.enqueue(new Uint8Array(next));
      else controller.close();
    },
  });
  const response = await fetch(`${portal.api.baseUrl}${url(applicationId)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${user.accessToken}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, body: await response.json() };
}

describe('evidence in object storage (e2e)', () => {
  const s3 = new S3TestServer('title-portal-evidence');
  // Filled in once s3rver listens (this beforeAll runs before usePortal's, which reads it).
  const s3Env: ConfigOverrides = {};
  beforeAll(async () => {
    await s3.start();
    Object.assign(s3Env, s3.env);
  });
  const portal = usePortal({ env: s3Env });
  // A second API on the same database with evidence on local disk: what the S3 store must look like from outside.
  let local: { api: ApiClient; app: NestFastifyApplication; env: ConfigOverrides };
  let owner: TestUser;
  beforeAll(async () => {
    const env = { ...portal.env, STORAGE_DRIVER: 'local' };
    const started = await startApi(env);
    local = { api: started.client, app: started.app, env };
    owner = await makeApplicant(portal.app, portal.api);
  });
  afterAll(async () => {
    // A download's last bytes can reach the client before the server marks the response
    // finished; that kept-alive socket would hold close() for the keep-alive timeout.
    local?.app.getHttpServer().closeAllConnections();
    await local?.app.close();
    portal.app.getHttpServer().closeAllConnections();
  });
  // After usePortal's afterAll (hooks run in the order they were registered): the API is closed first.
  afterAll(() => s3.close());

  async function rowCount(applicationId: string): Promise<number> {
    const [row] = await portal.db().query('SELECT count(*)::int AS n FROM attachments WHERE application_id = $1', [applicationId]);
    return row.n;
  }

  /** Upload one PDF through `api` and download it again, as the owner. */
  async function roundTrip(api: ApiClient, pdf: Buffer, name: string) {
    const applicationId = await makeApplication(portal, owner);
    const uploaded = await api.withToken(owner.accessToken).post(url(applicationId), form('degree_certificate', pdf, name));
    expect(uploaded.status).toBe(201);
    const download = await fetch(`${api.baseUrl}${url(applicationId, uploaded.body.id)}`, { headers: { authorization: `Bearer ${owner.accessToken}` } });
    return { applicationId, uploaded, download, bytes: Buffer.from(await download.arrayBuffer()) };
  }

  it('stores an uploaded file in the bucket under its generated key, not on disk, and serves it with the same headers as local disk', async () => {
    const pdf = tinyPdf('object storage');
    const name = '学位证书 (2024).pdf';
    const inS3 = await roundTrip(portal.api, pdf, name);
    expect(inS3.uploaded.body).toMatchObject({ sizeBytes: pdf.length, sha256: sha256(pdf), mediaType: 'application/pdf' });
    const [row] = await portal.db().query('SELECT storage_key FROM attachments WHERE id = $1', [inS3.uploaded.body.id]);
    expect(await s3.keys()).toContain(row.storage_key);
    // Nothing on disk (checked before the local-disk API below writes its copy to the same folder).
    expect(filesUnder(portal.env.STORAGE_DIR)).toEqual([]);

    expect(inS3.download.status).toBe(200);
    expect(inS3.bytes.equals(pdf)).toBe(true);
    const onDisk = await roundTrip(local.api, pdf, name);
    expect(onDisk.download.status).toBe(200);
    expect(downloadHeaders(inS3.download)).toEqual(downloadHeaders(onDisk.download));
    expect(downloadHeaders(inS3.download)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
  });

  it('refuses a streamed file past the limit with 413 and leaves no row and no object (a multipart upload begun and aborted)', async () => {
    const applicationId = await makeApplication(portal, owner);
    const keysBefore = await s3.keys();
    const res = await uploadChunked(portal, owner, applicationId, pdfOfSize(MAX_FILE_BYTES + 2 * MiB));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('FILE_TOO_LARGE');
    expect(await rowCount(applicationId)).toBe(0);
    expect(await s3.keys()).toEqual(keysBefore);

    // A streamed file within the limit takes the same (multipart) path and is kept whole.
    const fits = pdfOfSize(MAX_FILE_BYTES);
    const ok = await uploadChunked(portal, owner, applicationId, fits);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ sizeBytes: MAX_FILE_BYTES, sha256: sha256(fits) });
    expect(await s3.keys()).toHaveLength(keysBefore.length + 1);
  });

  it('deletes the object with the attachment', async () => {
    const { applicationId, uploaded } = await roundTrip(portal.api, tinyPdf('to delete'), 'delete-me.pdf');
    const [row] = await portal.db().query('SELECT storage_key FROM attachments WHERE id = $1', [uploaded.body.id]);
    expect(await s3.keys()).toContain(row.storage_key);
    const removed = await owner.client.delete(url(applicationId, uploaded.body.id));
    expect(removed.status).toBe(204);
    expect(await s3.keys()).not.toContain(row.storage_key);
  });

  it('answers a download whose object is gone as it does when the file is gone from disk', async () => {
    const pdf = tinyPdf('lost');
    const inS3 = await roundTrip(portal.api, pdf, 'lost.pdf');
    const onDisk = await roundTrip(local.api, pdf, 'lost.pdf');
    const [s3Row] = await portal.db().query('SELECT storage_key FROM attachments WHERE id = $1', [inS3.uploaded.body.id]);
    const [diskRow] = await portal.db().query('SELECT storage_key FROM attachments WHERE id = $1', [onDisk.uploaded.body.id]);
    await s3.client().send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: s3Row.storage_key }));
    fs.rmSync(path.join(local.env.STORAGE_DIR!, diskRow.storage_key));

    const get = (api: ApiClient, applicationId: string, id: string) =>
      fetch(`${api.baseUrl}${url(applicationId, id)}`, { headers: { authorization: `Bearer ${owner.accessToken}` } });
    const fromS3 = await get(portal.api, inS3.applicationId, inS3.uploaded.body.id);
    const fromDisk = await get(local.api, onDisk.applicationId, onDisk.uploaded.body.id);
    // The API's usual error answer (opened before replying), not a file reply that breaks after its headers.
    expect(fromDisk.status).toBe(500);
    expect(fromS3.status).toBe(fromDisk.status);
    expect(fromDisk.headers.get('content-disposition')).toBeNull();
    expect(fromS3.headers.get('content-type')).toMatch(/^application\/json/);
    const [s3Body, diskBody] = [await fromS3.text(), await fromDisk.text()];
    // Nothing of the store's own words (bucket, endpoint, key) reaches the client.
    expect(s3Body).not.toMatch(/NoSuchKey|title-portal-evidence|127\.0\.0\.1/);
    expect(s3Body.replace(/"requestId":"[^"]*"/, '')).toBe(diskBody.replace(/"requestId":"[^"]*"/, ''));
    expect(JSON.parse(diskBody)).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
  });

  it('writes an export of the admin list into the bucket, downloads it from there, and removes it once expired', async () => {
    const applicationId = await makeApplication(portal, owner);
    const [{ cycle_id: cycleId }] = await portal.db().query('SELECT cycle_id FROM applications WHERE id = $1', [applicationId]);
    // Made in the API's context by the worker's own call (this suite runs no worker): the same store.
    const res = await exportAndDownload(portal.admin.client, { format: 'xlsx', cycleId, lang: 'en' }, portal.app);
    expect(res.status).toBe(200);
    expect(res.export).toMatchObject({ status: 'done', rowCount: 1, sizeBytes: res.bytes.length });
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect([...res.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip (XLSX)
    const [row] = await portal.db().query('SELECT storage_key FROM application_exports WHERE id = $1', [res.export.id]);
    expect(await s3.keys()).toContain(row.storage_key);
    await portal.db().query(`UPDATE application_exports SET expires_at = now() - interval '1 second' WHERE id = $1`, [res.export.id]);
    await portal.app.get(ApplicationExportsService).purgeExpired(new Date());
    expect(await s3.keys()).not.toContain(row.storage_key);
    expect((await downloadExport(portal.admin.client, res.export.id)).status).toBe(410);
  });

  it('reports the bucket in readiness: up with s3, absent on local disk, down (503) when the store does not answer', async () => {
    const ready = await portal.api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: 'up', migrations: 'up', redis: 'up', storage: 'up' });
    expect((await local.api.get('/health/ready')).body.checks).toEqual({ database: 'up', migrations: 'up', redis: 'up' });

    const broken = await startApi({ ...portal.env, S3_ENDPOINT: 'http://127.0.0.1:1' });
    try {
      const res = await broken.client.get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ code: 'NOT_READY', details: { checks: { database: 'up', migrations: 'up', redis: 'up', storage: 'down' } } });
      expect(res.body.message).toContain('storage');
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|S3RVER/);
    } finally {
      await broken.app.close();
    }
  });
});
