import 'reflect-metadata';
// Relative imports: globalSetup runs outside Jest's module mapper.
import { prepareSchema } from '../../db/src/database-roles';
import { asTestAppRole, baseDatabaseUrl, randomSuffix, templateDatabaseName, withDatabase } from './test-run';

/**
 * Once per `npm test`: a uniquely named template database with every migration
 * applied. Each e2e file clones it (CREATE DATABASE ... TEMPLATE), so files run in
 * parallel on their own data and the development database is never touched. Migrated as
 * the owner, with the restricted app role granted there, so every clone carries the grants.
 */
export default async function globalSetup(): Promise<void> {
  // Jest calls each project's globalSetup (service and e2e share this one): one template a run.
  if (process.env.TEST_TEMPLATE_READY) return;
  process.env.TEST_TEMPLATE_READY = '1';
  process.env.TEST_BASE_DATABASE_URL = baseDatabaseUrl();
  process.env.TEST_RUN_ID = `${Date.now().toString(36)}_${randomSuffix(3)}`;
  const url = withDatabase(baseDatabaseUrl(), templateDatabaseName());
  await prepareSchema(url, asTestAppRole(url));
}
