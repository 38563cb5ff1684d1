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

/**
 * The rows of one read-only statement. Inside a transaction it runs on the transaction's
 * connection (manager.query); outside one it goes straight to node-postgres's pool, because
 * TypeORM's per-statement QueryRunner (connect, broadcaster, result wrapping, release: a
 * dozen promises and objects) is a measurable share of a hot one-row read. Errors are then
 * node-postgres's own (no QueryFailedError wrapper) and TypeORM's query log does not see the
 * statement; use it for hot reads only.
 */
export async function selectRows<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (manager.queryRunner) return (await manager.query(sql, params)) as T[];
  const pool = (manager.connection.driver as PostgresDriver).master as Pool;
  return (await pool.query(sql, params)).rows as T[];
}
