import { createHash } from 'crypto';
import type { Pool } from 'pg';
import { EntityManager, EntityMetadata } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Column types node-postgres already returns as the JS values TypeORM would hydrate them to
 * (strings, numbers for int4, booleans, parsed JSON, Dates for timestamptz). Others (numeric,
 * bigint, date, enums, simple-json ...) differ between a raw row and an entity, so they are refused.
 */
const RAW_SAFE_TYPES = new Set<unknown>([
  'uuid', 'varchar', 'character varying', 'text', 'char', 'character',
  'int', 'integer', 'int4', 'boolean', 'bool', 'jsonb', 'timestamptz', 'timestamp with time zone',
]);

/**
 * `SELECT <every selectable column, aliased to its property name> FROM <table> "<alias>"`,
 * built from the entity's metadata, for hot single-row reads that skip TypeORM's query
 * building and hydration (most of the CPU of a one-row findOne; see README > Performance).
 * The rows come back in the entity's shape; `Object.assign(new Entity(), row)` makes one.
 * Columns marked `select: false` stay out, as they do for find(). Throws for anything a raw
 * row would not reproduce faithfully (other column types, arrays, transformers, embeddeds,
 * relations), so a later entity change fails loudly instead of returning the wrong types.
 */
export function entityRowSelect(metadata: EntityMetadata, alias: string): string {
  if (metadata.relations.length) throw new Error(`entityRowSelect: ${metadata.name} has relations`);
  const columns = metadata.columns.filter((c) => c.isSelect);
  for (const c of columns) {
    if (!RAW_SAFE_TYPES.has(c.type) || c.isArray || c.transformer || c.embeddedMetadata || c.isVirtual) {
      throw new Error(`entityRowSelect: ${metadata.name}.${c.propertyName} (${String(c.type)}) cannot be read as a raw row`);
    }
  }
  const list = columns.map((c) => `"${alias}"."${c.databaseName}" AS "${c.propertyName}"`).join(', ');
  return `SELECT ${list} FROM "${metadata.tableName}" "${alias}"`;
}

/** Prepared-statement names by SQL text; bounded, so a caller building SQL per call cannot grow it (or the server's per-connection cache) without limit. */
const statementNames = new Map<string, string>();
const MAX_PREPARED = 32;

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (!name && statementNames.size < MAX_PREPARED) {
    name = `select_rows_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/**
 * The rows of one read-only statement; `sql` must be a constant text (values only as $n).
 *
 * Inside a transaction it runs on the transaction's connection (manager.query). Outside one
 * it goes straight to node-postgres's pool, because TypeORM's per-statement QueryRunner
 * (connect, broadcaster, result wrapping, release: a dozen promises and objects) is a
 * measurable share of a hot one-row read, and as a named prepared statement: each pooled
 * connection parses and plans it once instead of on every call, which roughly halved
 * PostgreSQL's CPU per GET /applications/:id (npm run bench). Behind a transaction-pooling
 * PgBouncer that needs its max_prepared_statements (1.21+).
 * Errors are node-postgres's own (no QueryFailedError wrapper) and TypeORM's query log does
 * not see the statement; use it for hot reads only.
 */
export async function selectRows<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (manager.queryRunner) return (await manager.query(sql, params)) as T[];
  const pool = (manager.connection.driver as PostgresDriver).master as Pool;
  return (await pool.query({ name: statementName(sql), text: sql, values: params })).rows as T[];
}
