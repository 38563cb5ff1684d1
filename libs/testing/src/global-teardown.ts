import { dropDatabase, listDatabases } from '../../db/src/database-admin';
import { baseDatabaseUrl, runPrefix, withDatabase } from './test-run';

/** Drop every database this run created. */
export default async function globalTeardown(): Promise<void> {
  if (!process.env.TEST_RUN_ID) return;
  // The next run (watch mode) makes its template again; a second project's teardown finds nothing left.
  delete process.env.TEST_TEMPLATE_READY;
  const base = baseDatabaseUrl();
  for (const name of await listDatabases(base, runPrefix())) {
    await dropDatabase(withDatabase(base, name));
  }
}
