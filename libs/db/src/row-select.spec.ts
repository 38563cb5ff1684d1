import { EntityMetadata } from 'typeorm';
import { entityColumnUpdate, entityInsert, entityRowSelect, entitySelectItems, takePrefixed } from './row-select';

type FakeColumn = { propertyName: string; databaseName: string; type: unknown; isSelect?: boolean; isArray?: boolean; transformer?: unknown };

function metadata(columns: FakeColumn[], relations: unknown[] = []): EntityMetadata {
  return {
    name: 'Thing',
    tableName: 'things',
    relations,
    columns: columns.map((c) => ({ isSelect: true, isArray: false, isVirtual: false, ...c })),
  } as unknown as EntityMetadata;
}

describe('entityRowSelect', () => {
  it('selects every selectable column under its property name', () => {
    const sql = entityRowSelect(
      metadata([
        { propertyName: 'id', databaseName: 'id', type: 'uuid' },
        { propertyName: 'createdAt', databaseName: 'created_at', type: 'timestamptz' },
        { propertyName: 'secret', databaseName: 'secret', type: 'varchar', isSelect: false },
      ]),
      't',
    );
    expect(sql).toBe('SELECT "t"."id" AS "id", "t"."created_at" AS "createdAt" FROM "things" "t"');
  });

  it("reads a date as TypeORM's 'YYYY-MM-DD' text (raw pg would return a Date) and a text array as is", () => {
    const sql = entityRowSelect(
      metadata([
        { propertyName: 'day', databaseName: 'the_day', type: 'date' },
        { propertyName: 'tags', databaseName: 'tags', type: 'text', isArray: true },
      ]),
      't',
    );
    expect(sql).toBe(`SELECT to_char("t"."the_day", 'YYYY-MM-DD') AS "day", "t"."tags" AS "tags" FROM "things" "t"`);
  });

  it('prefixes the aliases of a joined entity, and takes them back out of a row', () => {
    const items = entitySelectItems(metadata([{ propertyName: 'id', databaseName: 'id', type: 'uuid' }, { propertyName: 'name', databaseName: 'name', type: 'text' }]), 'c', 'cycle.');
    expect(items).toEqual(['"c"."id" AS "cycle.id"', '"c"."name" AS "cycle.name"']);
    const row: Record<string, unknown> = { id: 'a1', 'cycle.id': 'c1', 'cycle.name': 'N', other: 1 };
    expect(takePrefixed(row, 'cycle.')).toEqual({ id: 'c1', name: 'N' });
    expect(row).toEqual({ id: 'a1', other: 1 });
  });

  it('appends the extra select items it is given', () => {
    const sql = entityRowSelect(metadata([{ propertyName: 'id', databaseName: 'id', type: 'uuid' }]), 't', ['now() AS "__at"', '1 AS "__one"']);
    expect(sql).toBe('SELECT "t"."id" AS "id", now() AS "__at", 1 AS "__one" FROM "things" "t"');
  });

  it.each([
    ['a numeric column (a string raw, a string or number hydrated)', { type: 'numeric' }],
    ['an array of anything but text', { type: 'int', isArray: true }],
    ['an array of dates', { type: 'date', isArray: true }],
    ['a column with a transformer', { type: 'varchar', transformer: { from: (v: unknown) => v } }],
  ])('refuses %s', (_, column) => {
    expect(() => entityRowSelect(metadata([{ propertyName: 'x', databaseName: 'x', ...column }]), 't')).toThrow(/Thing\.x/);
  });

  it('refuses an entity with relations', () => {
    expect(() => entityRowSelect(metadata([{ propertyName: 'id', databaseName: 'id', type: 'uuid' }], [{}]), 't')).toThrow(/relations/);
  });
});

describe('entityColumnUpdate', () => {
  type Thing = { id: string; name: string; data: unknown; count: number; updatedAt: Date };
  function thingMetadata(): EntityMetadata {
    const columns = [
      { propertyName: 'id', databaseName: 'id', type: 'uuid' },
      { propertyName: 'name', databaseName: 'full_name', type: 'varchar' },
      { propertyName: 'data', databaseName: 'data', type: 'jsonb' },
      { propertyName: 'count', databaseName: 'count', type: 'int' },
      { propertyName: 'updatedAt', databaseName: 'updated_at', type: 'timestamptz' },
      { propertyName: 'amount', databaseName: 'amount', type: 'numeric' },
    ].map((c) => ({ isSelect: true, isArray: false, isVirtual: false, ...c }));
    return {
      name: 'Thing',
      tableName: 'things',
      relations: [],
      columns,
      primaryColumns: [columns[0]],
      updateDateColumn: columns[4],
      findColumnWithPropertyName: (p: string) => columns.find((c) => c.propertyName === p),
    } as unknown as EntityMetadata;
  }

  it('sets the named columns and the update date, by primary key, returning the update date', () => {
    const update = entityColumnUpdate<Thing>(thingMetadata(), ['name', 'data', 'count']);
    expect(update.sql).toBe('UPDATE "things" SET "full_name" = $1, "data" = $2, "count" = $3, "updated_at" = now() WHERE "id" = $4 RETURNING "updated_at" AS "updatedAt"');
    expect(update.updateDateProperty).toBe('updatedAt');
    expect(update.assignments).toBe('"full_name" = $1, "data" = $2, "count" = $3, "updated_at" = now()');
    const thing: Thing = { id: 'u1', name: 'N', data: ['a', { b: 1 }], count: 0, updatedAt: new Date(0) };
    // jsonb goes as JSON text (node-postgres would send a JS array as a PostgreSQL array); 0 stays 0.
    expect(update.values(thing)).toEqual(['N', '["a",{"b":1}]', 0, 'u1']);
    expect(update.values({ ...thing, data: null })).toEqual(['N', null, 0, 'u1']);
    expect(update.statement(thing)).toEqual({ sql: update.sql, params: ['N', '["a",{"b":1}]', 0, 'u1'] });
  });

  it('refuses an undefined value rather than writing NULL', () => {
    const update = entityColumnUpdate<Thing>(thingMetadata(), ['name']);
    expect(() => update.values({ id: 'u1' } as Thing)).toThrow(/Thing\.name is undefined/);
  });

  it('refuses unknown properties, the primary key, the update date and column types a raw value would get wrong', () => {
    expect(() => entityColumnUpdate<Thing>(thingMetadata(), ['nope' as keyof Thing & string])).toThrow(/no column nope/);
    expect(() => entityColumnUpdate<Thing>(thingMetadata(), ['id'])).toThrow(/Thing\.id is the primary key/);
    expect(() => entityColumnUpdate<Thing>(thingMetadata(), ['updatedAt'])).toThrow(/set by the database/);
    expect(() => entityColumnUpdate<Thing>(thingMetadata(), ['amount' as keyof Thing & string])).toThrow(/Thing\.amount \(numeric\)/);
  });
});

describe('entityInsert', () => {
  type Entry = { id: string; subject: string; data: unknown; done: boolean; at: Date | null; createdAt: Date };
  function entryMetadata(): EntityMetadata {
    const columns = [
      { propertyName: 'id', databaseName: 'id', type: 'int', isGenerated: true },
      { propertyName: 'subject', databaseName: 'subject_id', type: 'uuid' },
      { propertyName: 'data', databaseName: 'data', type: 'jsonb' },
      { propertyName: 'done', databaseName: 'done', type: 'boolean' },
      { propertyName: 'at', databaseName: 'happened_at', type: 'timestamptz' },
      { propertyName: 'createdAt', databaseName: 'created_at', type: 'timestamptz' },
      { propertyName: 'tags', databaseName: 'tags', type: 'text', isArray: true },
    ].map((c) => ({ isSelect: true, isArray: false, isVirtual: false, isGenerated: false, ...c }));
    return {
      name: 'Entry',
      tableName: 'entries',
      relations: [],
      columns,
      primaryColumns: [columns[0]],
      createDateColumn: columns[5],
      findColumnWithPropertyName: (p: string) => columns.find((c) => c.propertyName === p),
    } as unknown as EntityMetadata;
  }

  it('inserts the named columns in order, the values as the statement parameters (jsonb as JSON text)', () => {
    const insert = entityInsert<Entry, 'subject' | 'data' | 'done' | 'at'>(entryMetadata(), ['subject', 'data', 'done', 'at']);
    const at = new Date('2026-11-28T00:00:00Z');
    expect(insert({ subject: 's1', data: { a: [1] }, done: false, at })).toEqual({
      sql: 'INSERT INTO "entries" ("subject_id", "data", "done", "happened_at") VALUES ($1, $2, $3, $4)',
      params: ['s1', '{"a":[1]}', false, at],
    });
    expect(insert({ subject: 's1', data: null, done: true, at: null }).params).toEqual(['s1', null, true, null]);
    expect(() => insert({ subject: 's1', data: null, done: true } as Entry)).toThrow(/Entry\.at is undefined/);
  });

  it('leaves generated keys and create dates to the database, refuses unknown properties and unsafe types', () => {
    expect(() => entityInsert<Entry, 'id'>(entryMetadata(), ['id'])).toThrow(/Entry\.id is set by the database/);
    expect(() => entityInsert<Entry, 'createdAt'>(entryMetadata(), ['createdAt'])).toThrow(/Entry\.createdAt is set by the database/);
    expect(() => entityInsert<Entry, 'subject'>(entryMetadata(), ['nope' as 'subject'])).toThrow(/no column nope/);
    expect(() => entityInsert<Entry, 'subject'>(entryMetadata(), ['tags' as 'subject'])).toThrow(/Entry\.tags/);
  });
});
