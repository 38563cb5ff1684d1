import { createHash } from 'crypto';
import type { Pool } from 'pg';
import { EntityManager, EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { LiteralValue, SqlStatement } from './final-statement';

/**
 * Column types node-postgres already returns as the JS values TypeORM would hydrate them to
 * (strings, numbers for int4, booleans, parsed JSON, Dates for timestamptz). Others (numeric,
 * bigint, enums, simple-json ...) differ between a raw row and an entity, so they are refused
 * (a `date` is read as text, see selectItem; it is never written raw).
 */
const RAW_SAFE_TYPES = new Set<unknown>([
  'uuid', 'varchar', 'character varying', 'text', 'char', 'character',
  'int', 'integer', 'int4', 'boolean', 'bool', 'jsonb', 'timestamptz', 'timestamp with time zone',
]);

function assertRawSafe(metadata: EntityMetadata, columns: readonly ColumnMetadata[], what: string): void {
  for (const c of columns) {
    if (!RAW_SAFE_TYPES.has(c.type) || c.isArray || c.transformer || c.embeddedMetadata || c.isVirtual) {
      throw new Error(`${what}: ${metadata.name}.${c.propertyName} (${String(c.type)}) cannot be written as a raw value`);
    }
  }
}

/** Text array types node-postgres parses to the string[] TypeORM also returns. */
const RAW_SAFE_ARRAY_TYPES = new Set<unknown>(['text', 'varchar', 'character varying']);

/**
 * One column as a select item under `<prefix><property name>`, giving what TypeORM would
 * hydrate: a `date` is read as 'YYYY-MM-DD' text (TypeORM's string), a text array as is.
 * Throws for anything else a raw row would not reproduce faithfully.
 */
function selectItem(metadata: EntityMetadata, c: ColumnMetadata, alias: string, prefix: string): string {
  const column = `"${alias}"."${c.databaseName}"`;
  const as = ` AS "${prefix}${c.propertyName}"`;
  if (!c.transformer && !c.embeddedMetadata && !c.isVirtual) {
    if (c.isArray ? RAW_SAFE_ARRAY_TYPES.has(c.type) : RAW_SAFE_TYPES.has(c.type)) return column + as;
    if (c.type === 'date' && !c.isArray) return `to_char(${column}, 'YYYY-MM-DD')${as}`;
  }
  throw new Error(`entityRowSelect: ${metadata.name}.${c.propertyName} (${String(c.type)}${c.isArray ? '[]' : ''}) cannot be read as a raw row`);
}

/**
 * The select items for every selectable column of an entity (see entityRowSelect), each
 * aliased `<prefix><property name>`: with a prefix, for the columns of a second entity
 * joined into the same row, which takePrefixed() takes back out.
 */
export function entitySelectItems(metadata: EntityMetadata, alias: string, prefix = ''): string[] {
  if (metadata.relations.length) throw new Error(`entityRowSelect: ${metadata.name} has relations`);
  return metadata.columns.filter((c) => c.isSelect).map((c) => selectItem(metadata, c, alias, prefix));
}

/** Removes the `<prefix>…` keys entitySelectItems() made from `row` and returns them, unprefixed. */
export function takePrefixed(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const taken: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    if (!key.startsWith(prefix)) continue;
    taken[key.slice(prefix.length)] = row[key];
    delete row[key];
  }
  return taken;
}

/**
 * `SELECT <every selectable column, aliased to its property name> FROM <table> "<alias>"`,
 * built from the entity's metadata, for hot single-row reads that skip TypeORM's query
 * building and hydration (most of the CPU of a one-row findOne; see README > Performance).
 * The rows come back in the entity's shape; `Object.assign(new Entity(), row)` makes one.
 * `extraColumns` (SQL select items, each aliased) are appended, for a caller that reads more
 * than the row in the same statement; it takes them off the row before making the entity.
 * Columns marked `select: false` stay out, as they do for find(). Throws for anything a raw
 * row would not reproduce faithfully (numeric, bigint, enums, other arrays, transformers,
 * embeddeds, relations), so a later entity change fails loudly instead of returning the wrong types.
 */
export function entityRowSelect(metadata: EntityMetadata, alias: string, extraColumns: readonly string[] = []): string {
  const list = [...entitySelectItems(metadata, alias), ...extraColumns].join(', ');
  return `SELECT ${list} FROM "${metadata.tableName}" "${alias}"`;
}

interface Prepared {
  name: string;
  generation: number;
}

/** Prepared-statement names by SQL text; bounded, so a caller building SQL per call cannot grow it (or the server's per-connection cache) without limit. */
const prepared = new Map<string, Prepared>();
const MAX_PREPARED = 32;

function preparedName(sql: string, generation: number): string {
  return `select_rows_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}_${generation}`;
}

function preparedFor(sql: string): Prepared | undefined {
  let entry = prepared.get(sql);
  if (!entry && prepared.size < MAX_PREPARED) {
    entry = { name: preparedName(sql, 0), generation: 0 };
    prepared.set(sql, entry);
  }
  return entry;
}

/**
 * PostgreSQL refuses to run a prepared statement whose result columns changed type since it
 * was prepared (a migration altered one while this process ran), on that connection, for good.
 */
function isStalePlan(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === '0A000' && typeof e.message === 'string' && e.message.includes('cached plan must not change result type');
}

/**
 * The rows of one read-only statement; `sql` must be a constant text (values only as $n).
 *
 * Inside a transaction it runs on the transaction's connection (manager.query). Outside one
 * it goes straight to node-postgres's pool, because TypeORM's per-statement QueryRunner
 * (connect, broadcaster, result wrapping, release: a dozen promises and objects) is a
 * measurable share of a hot one-row read, and as a named prepared statement: each pooled
 * connection parses and plans it once instead of on every call, which roughly halved
 * PostgreSQL's CPU per GET /applications/:id (npm run bench). A migration changing the type
 * of a selected column while this runs is survived (the statement is prepared again under a
 * new name). Behind a transaction-pooling PgBouncer this needs its max_prepared_statements (1.21+).
 * Errors are node-postgres's own (no QueryFailedError wrapper) and TypeORM's query log does
 * not see the statement; use it for hot reads only.
 */
export async function selectRows<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (manager.queryRunner) return (await manager.query(sql, params)) as T[];
  const pool = (manager.connection.driver as PostgresDriver).master as Pool;
  const entry = preparedFor(sql);
  try {
    return (await pool.query({ name: entry?.name, text: sql, values: params })).rows as T[];
  } catch (error) {
    if (!entry || !isStalePlan(error)) throw error;
    // Every pooled connection holds the stale statement under the old name: a new name
    // makes each prepare it afresh (the old one stays unused until the connection closes).
    if (prepared.get(sql) === entry) prepared.set(sql, { name: preparedName(sql, entry.generation + 1), generation: entry.generation + 1 });
    return (await pool.query({ name: prepared.get(sql)!.name, text: sql, values: params })).rows as T[];
  }
}

export interface EntityColumnUpdate<E> {
  /** `UPDATE … SET <columns>, <update date> = now() WHERE <primary key> = $n RETURNING <update date>`. */
  sql: string;
  /** The SET list alone (`"col" = $1, …, "updated_at" = now()`), for a caller that builds a larger UPDATE; its values are values(entity) without the last (the key). */
  assignments: string;
  /** The statement's parameters for one entity: the named properties (jsonb as JSON text), then its primary key. */
  values(entity: E): LiteralValue[];
  /** `sql` with values(entity), for a transaction's final message (transactionEndingWith). */
  statement(entity: E): SqlStatement;
  /** The property the RETURNING row carries the new update date under (null when the entity has none). */
  updateDateProperty: string | null;
}

/** The named columns of an entity, each checked to be writable as a raw value. */
function writableColumns(metadata: EntityMetadata, properties: readonly string[], what: string): ColumnMetadata[] {
  const columns = properties.map((p) => {
    const column = metadata.findColumnWithPropertyName(p);
    if (!column) throw new Error(`${what}: ${metadata.name} has no column ${p}`);
    if (column.isGenerated || column === metadata.createDateColumn || column === metadata.updateDateColumn) {
      throw new Error(`${what}: ${metadata.name}.${p} is set by the database`);
    }
    return column;
  });
  assertRawSafe(metadata, columns, what);
  return columns;
}

/** A property's value as a statement parameter. */
function columnValue(metadata: EntityMetadata, column: ColumnMetadata, entity: object, what: string): LiteralValue {
  const value = (entity as Record<string, unknown>)[column.propertyName];
  // TypeORM skips an undefined property; writing NULL instead would lose data silently.
  if (value === undefined) throw new Error(`${what}: ${metadata.name}.${column.propertyName} is undefined`);
  // node-postgres would send an object as JSON anyway, but an array as a PostgreSQL array literal.
  return column.type === 'jsonb' && value !== null ? JSON.stringify(value) : (value as LiteralValue);
}

/**
 * An UPDATE of the named properties of one entity by primary key, built from its metadata
 * (the write-side twin of entityRowSelect): no TypeORM query building per call, which on a
 * draft save cost more API CPU than the statement's round trip. Sets the entity's
 * @UpdateDateColumn to now() as TypeORM's update() does, and returns it. Refuses the same
 * column types entityRowSelect refuses, plus unknown properties and the primary key itself.
 */
export function entityColumnUpdate<E>(metadata: EntityMetadata, properties: readonly (keyof E & string)[]): EntityColumnUpdate<E> {
  const what = 'entityColumnUpdate';
  if (metadata.primaryColumns.length !== 1) throw new Error(`${what}: ${metadata.name} needs exactly one primary column`);
  const primary = metadata.primaryColumns[0];
  if (properties.includes(primary.propertyName as keyof E & string)) throw new Error(`${what}: ${metadata.name}.${primary.propertyName} is the primary key`);
  const columns = writableColumns(metadata, properties, what);
  assertRawSafe(metadata, [primary], what);
  const updateDate = metadata.updateDateColumn;
  const sets = columns.map((c, i) => `"${c.databaseName}" = $${i + 1}`);
  if (updateDate) sets.push(`"${updateDate.databaseName}" = now()`);
  const returning = updateDate ? ` RETURNING "${updateDate.databaseName}" AS "${updateDate.propertyName}"` : '';
  const assignments = sets.join(', ');
  const sql = `UPDATE "${metadata.tableName}" SET ${assignments} WHERE "${primary.databaseName}" = $${columns.length + 1}${returning}`;
  const values = (entity: E): LiteralValue[] => [
    ...columns.map((c) => columnValue(metadata, c, entity as object, what)),
    (entity as Record<string, unknown>)[primary.propertyName] as LiteralValue,
  ];
  return { sql, assignments, values, statement: (entity) => ({ sql, params: values(entity) }), updateDateProperty: updateDate?.propertyName ?? null };
}

/**
 * `INSERT INTO <table> (<named columns>) VALUES ($1, …)` for one row of an entity, built
 * from its metadata; generated keys and create dates are left to the database. For appends
 * (history, audit) sent in a transaction's final message. Refuses what entityColumnUpdate refuses.
 */
export function entityInsert<E, K extends keyof E & string>(metadata: EntityMetadata, properties: readonly K[]): (row: Pick<E, K>) => SqlStatement {
  const what = 'entityInsert';
  const columns = writableColumns(metadata, properties, what);
  const sql = `INSERT INTO "${metadata.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
  return (row) => ({ sql, params: columns.map((c) => columnValue(metadata, c, row as object, what)) });
}
