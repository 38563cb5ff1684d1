import 'reflect-metadata';
import { DataSource } from 'typeorm';
// Relative imports: globalSetup runs outside Jest's module mapper.
import { buildDataSourceOptions } from '../../db/src/data-source-options';
import { ensureDatabase, runMigrationsLocked } from '../../db/src/database-admin';
import { baseDatabaseUrl, randomSuffix, templateDatabaseName, withDatabase } from './test-run';

/**
 * Once per `npm test`: a uniquely named template database with every migration
 * applied. Each e2e file clones it (CREATE DATABASE ... TEMPLATE), so files run in
 * parallel on their own data and the development database is never touched.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TEST_BASE_DATABASE_URL = baseDatabaseUrl();
  process.env.TEST_RUN_ID = `${Date.now().toString(36)}_${randomSuffix(3)}`;
  const url = withDatabase(baseDatabaseUrl(), templateDatabaseName());
  await ensureDatabase(url);
  const dataSource = await new DataSource(buildDataSourceOptions({ url, poolSize: 2 })).initialize();
  try {
    await runMigrationsLocked(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
