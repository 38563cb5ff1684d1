import { Client } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`Unsupported database name in DATABASE_URL: "${name}"`);
  return name;
}

async function onMaintenance<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Create the database named in the URL if it does not exist (safe when two processes race). */
export async function ensureDatabase(url: string, template?: string): Promise<boolean> {
  const name = databaseName(url);
  return onMaintenance(url, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${databaseName(withDatabase(url, template))}"` : ''}`);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === '42P04') return false; // created by a concurrent process
      throw error;
    }
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await onMaintenance(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

export async function listDatabases(url: string, prefix: string): Promise<string[]> {
  return onMaintenance(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    return rows.map((r) => r.datname);
  });
}

// Arbitrary constant: every process that migrates this database serialises on it.
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Apply pending migrations under an advisory lock so an API and a worker starting
 * together never run the same migration twice; `afterwards` (e.g. re-granting the app role
 * on what the migrations created) runs under the same lock, on the lock's connection.
 */
export async function runMigrationsLocked(dataSource: DataSource, afterwards?: (runner: QueryRunner) => Promise<void>): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (afterwards) await afterwards(runner);
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
