import { DataSource, QueryRunner } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { databaseName, ensureDatabase, runMigrationsLocked } from './database-admin';

/**
 * What the portal's own role (DATABASE_URL) may do, granted by the schema owner after every
 * migration run: read and write the portal's tables and use their sequences, but on audit_log
 * only INSERT and SELECT (no UPDATE, DELETE or TRUNCATE, see APPEND_ONLY_TABLES: the append-only
 * trigger is then a second line, not the only one), on the migrations table only SELECT, and no
 * DDL (no CREATE on the schema, owns nothing). ALL TABLES covers whatever any migration created; the default
 * privileges cover tables the owner creates later outside this path (`npm run migration:run`).
 * Each statement is a template whose one %I is the role, quoted by PostgreSQL's format().
 */
const APP_ROLE_GRANTS = [
  'GRANT USAGE ON SCHEMA public TO %I',
  'REVOKE CREATE ON SCHEMA public FROM %I',
  'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I',
  'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I',
  'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
  'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I',
  'REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON migrations FROM %I',
] as const;

/**
 * Tables the portal may only add to and read: UPDATE, DELETE and TRUNCATE are taken back from
 * its role after the grants above, on every run (a REVOKE in a migration alone would be undone
 * by the next GRANT ... ON ALL TABLES). A table not created yet is skipped.
 */
export const APPEND_ONLY_TABLES: readonly string[] = ['audit_log', 'committee_ballot_choices'];
const FORMAT_REVOKE_CHANGES = `SELECT format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON %I FROM %I', $1::text, $2::text) AS sql WHERE to_regclass(quote_ident($1::text)) IS NOT NULL`;

const FORMAT_ROLE_STATEMENT = 'SELECT format($1::text, $2::text) AS sql';
const ROLE_EXISTS = 'SELECT 1 FROM pg_roles WHERE rolname = $1';
// PASSWORD NULL (no password) when the URL carries none: a local server that trusts 127.0.0.1.
const FORMAT_CREATE_ROLE = 'SELECT format($$CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L$$, $1::text, $2::text) AS sql';

type Executor = Pick<QueryRunner, 'query'> | Pick<DataSource, 'query'>;

async function formatted(db: Executor, template: string, ...args: (string | null)[]): Promise<string> {
  const [{ sql }] = (await db.query(template, args)) as { sql: string }[];
  return sql;
}

/** The role a postgres:// URL logs in as (its user name). */
export function roleOf(url: string): string {
  const name = decodeURIComponent(new URL(url).username);
  if (!name) throw new Error('A database URL must name its user (postgres://user@host/db)');
  return name;
}

/** Give `role` exactly the portal's grants on the current database (see APP_ROLE_GRANTS), in one transaction on the runner's connection. */
export async function grantAppRole(runner: QueryRunner, role: string): Promise<void> {
  await runner.startTransaction();
  try {
    for (const template of APP_ROLE_GRANTS) await runner.query(await formatted(runner, FORMAT_ROLE_STATEMENT, template, role));
    for (const table of APPEND_ONLY_TABLES) {
      const [revoke] = (await runner.query(FORMAT_REVOKE_CHANGES, [table, role])) as { sql: string }[];
      if (revoke) await runner.query(revoke.sql);
    }
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}

/**
 * Create the login role if it does not exist. Roles belong to the whole server, and several
 * processes (parallel test files, an API and a worker) may try at once: losing that race
 * (duplicate_object, or the catalogue's unique_violation) means it exists, which is the point.
 */
export async function ensureRole(db: Executor, role: string, password: string | null): Promise<boolean> {
  if (((await db.query(ROLE_EXISTS, [role])) as unknown[]).length) return false;
  try {
    await db.query(await formatted(db, FORMAT_CREATE_ROLE, role, password));
    return true;
  } catch (error) {
    if (['42710', '23505'].includes((error as { code?: string }).code ?? '')) return false;
    throw error;
  }
}

export interface PreparedSchema {
  createdDatabase: boolean;
  createdRole: boolean;
  applied: string[];
}

/**
 * As the owner (ownerUrl): create the database if missing, create the app role (appUrl's user,
 * with appUrl's password) if missing, apply pending migrations, then (re)grant the app role
 * under the same migration lock. When both URLs log in as the same role it only migrates: one
 * role does everything, as before roles were split.
 */
export async function prepareSchema(ownerUrl: string, appUrl: string): Promise<PreparedSchema> {
  if (databaseName(ownerUrl) !== databaseName(appUrl)) {
    throw new Error('DATABASE_OWNER_URL and DATABASE_URL must name the same database');
  }
  const appRole = roleOf(appUrl) === roleOf(ownerUrl) ? null : roleOf(appUrl);
  const createdDatabase = await ensureDatabase(ownerUrl);
  const dataSource = await new DataSource(buildDataSourceOptions({ url: ownerUrl, poolSize: 2 })).initialize();
  try {
    const createdRole = appRole ? await ensureRole(dataSource, appRole, decodeURIComponent(new URL(appUrl).password) || null) : false;
    const applied = await runMigrationsLocked(dataSource, appRole ? (runner) => grantAppRole(runner, appRole) : undefined);
    return { createdDatabase, createdRole, applied };
  } finally {
    await dataSource.destroy();
  }
}
