import { randomBytes } from 'crypto';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/title_portal';

/** The database server the tests use: DATABASE_URL's server, never its database. */
export function baseDatabaseUrl(): string {
  return process.env.TEST_BASE_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function randomSuffix(bytes = 4): string {
  return randomBytes(bytes).toString('hex');
}

/** Every database of one `npm test` run starts with this prefix, so teardown can drop them all. */
export function runPrefix(): string {
  const id = process.env.TEST_RUN_ID;
  if (!id) throw new Error('TEST_RUN_ID is not set: run the e2e tests through jest (globalSetup sets it)');
  return `tp_test_${id}`;
}

export function templateDatabaseName(): string {
  return `${runPrefix()}_tpl`;
}

/**
 * The restricted role the apps under test connect as (as production's DATABASE_URL does): the
 * same name on every run, since roles belong to the whole server; created when missing.
 */
export const TEST_APP_ROLE = 'tp_test_app';
const TEST_APP_PASSWORD = 'tp-test-app-local-only';

/** `url` logging in as the tests' restricted role instead of its own user. */
export function asTestAppRole(url: string): string {
  const u = new URL(url);
  u.username = TEST_APP_ROLE;
  u.password = TEST_APP_PASSWORD;
  return u.toString();
}
