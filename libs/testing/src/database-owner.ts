import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseName } from '../../db/src/database-admin';
import { baseDatabaseUrl, withDatabase } from './test-run';

/**
 * Run SQL on the database of `dataSource` as its owner (the test server's base role), for what
 * the portal's own role may not do: DDL, ANALYZE, switching a trigger off to tamper as an
 * insider would. The apps under test connect as the restricted role (see createTestEnvironment).
 */
export async function ownerQuery<T = any>(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('ownerQuery needs a DataSource built from a URL');
  const client = new Client({ connectionString: withDatabase(baseDatabaseUrl(), databaseName(url)) });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
