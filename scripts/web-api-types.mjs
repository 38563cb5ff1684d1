// `npm run web:api-types`: regenerates the web app's API types (apps/web/src/api/schema.d.ts)
// from the OpenAPI document the API serves at /docs-json, with openapi-typescript.
//
//   node scripts/web-api-types.mjs                  build the API app from dist/ against a scratch
//                                                   database (created, migrated, dropped here: the
//                                                   development database is not touched, no network)
//                                                   and write the file
//   node scripts/web-api-types.mjs --from doc.json  print the types for a saved document (what
//                                                   test/web-api-types.e2e-spec.ts runs to catch drift)
//
// An ES module run by node itself: openapi-typescript's dependencies are ES modules that
// Jest's CommonJS runtime cannot load.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_API_TYPES_FILE = path.join(ROOT, 'apps/web/src/api/schema.d.ts');

const HEADER = `/**
 * The portal's API as TypeScript types, generated from /docs-json by openapi-typescript.
 * Do not edit: run \`npm run web:api-types\` after changing a route or DTO (CI checks it).
 */

`;

/** The text of schema.d.ts for an OpenAPI document. */
export async function webApiTypes(document) {
  return HEADER + astToString(await openapiTS(document, { alphabetize: true }));
}

async function documentFromApp() {
  const require = createRequire(import.meta.url);
  require('reflect-metadata');
  const { GENERATED_SECRETS, loadDotEnv, validateEnvironment } = require(path.join(ROOT, 'dist/libs/config/src'));
  const { dropDatabase } = require(path.join(ROOT, 'dist/libs/db/src'));
  const { createApiApp } = require(path.join(ROOT, 'dist/apps/api/src/bootstrap'));
  loadDotEnv();
  // The owner's connection, on a scratch database it creates and migrates (one role for both).
  const url = new URL(validateEnvironment(process.env).DATABASE_OWNER_URL);
  url.pathname = `/tp_api_types_${randomBytes(4).toString('hex')}`;
  // A throwaway app that only serves its OpenAPI document: keys of its own, nothing to keep.
  const keys = Object.fromEntries(Object.entries(GENERATED_SECRETS).map(([name, secret]) => [name, secret.generate()]));
  const app = await createApiApp({ ...keys, NODE_ENV: 'development', DATABASE_URL: url.toString(), DATABASE_AUTO_MIGRATE: 'true', SEED_DEMO: 'false', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '2' });
  try {
    await app.init();
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
    return JSON.parse(response.body);
  } finally {
    await app.close();
    await dropDatabase(url.toString());
  }
}

async function main() {
  const from = process.argv.indexOf('--from');
  if (from !== -1) {
    process.stdout.write(await webApiTypes(JSON.parse(fs.readFileSync(process.argv[from + 1], 'utf8'))));
    return;
  }
  fs.writeFileSync(WEB_API_TYPES_FILE, await webApiTypes(await documentFromApp()));
  console.log(`Wrote ${path.relative(ROOT, WEB_API_TYPES_FILE)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error?.name === 'ConfigValidationError' ? error.message : error);
    process.exit(1);
  });
}
