import { EntityMetadata } from 'typeorm';
import { entityRowSelect } from './row-select';

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

  it.each([
    ['a numeric column (a string raw, a string or number hydrated)', { type: 'numeric' }],
    ['a date column (raw pg returns a Date)', { type: 'date' }],
    ['an array column', { type: 'text', isArray: true }],
    ['a column with a transformer', { type: 'varchar', transformer: { from: (v: unknown) => v } }],
  ])('refuses %s', (_, column) => {
    expect(() => entityRowSelect(metadata([{ propertyName: 'x', databaseName: 'x', ...column }]), 't')).toThrow(/Thing\.x/);
  });

  it('refuses an entity with relations', () => {
    expect(() => entityRowSelect(metadata([{ propertyName: 'id', databaseName: 'id', type: 'uuid' }], [{}]), 't')).toThrow(/relations/);
  });
});
