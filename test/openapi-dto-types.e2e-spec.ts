import * as fs from 'fs';
import * as path from 'path';
import { getMetadataStorage } from 'class-validator';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { createTestEnvironment, startApi } from '@app/testing';

const DTO_DIR_ROOT = path.resolve(__dirname, '../apps/api/src');

/** The JSON type each class-validator check implies for a property's value (undefined: says nothing about the type). */
const TYPE_OF_VALIDATOR: Record<string, 'string' | 'number' | 'boolean' | 'array' | 'object'> = {
  isString: 'string',
  maxLength: 'string',
  minLength: 'string',
  length: 'string',
  matches: 'string',
  isUUID: 'string',
  isEmail: 'string',
  isISO8601: 'string',
  isDateString: 'string',
  isUrl: 'string',
  isUscc: 'string',
  isProvinceCode: 'string',
  // A Date after class-transformer's @Type(() => Date): on the wire, a date-time string.
  isDate: 'string',
  isInt: 'number',
  isNumber: 'number',
  min: 'number',
  max: 'number',
  isPositive: 'number',
  isBoolean: 'boolean',
  isArray: 'array',
  arrayMinSize: 'array',
  arrayMaxSize: 'array',
  arrayUnique: 'array',
  arrayNotEmpty: 'array',
  isObject: 'object',
};

// A DTO class: what class-validator's metadata storage is keyed by.
type DtoClass = abstract new (...args: never[]) => unknown;
type Schema = { type?: string; enum?: unknown[]; items?: Schema; $ref?: string; allOf?: Schema[]; oneOf?: Schema[]; properties?: Record<string, Schema> };

/** The JSON type a schema documents: its `type`, an enum's value type, or `object` for a reference. */
function documentedType(schema: Schema): string | undefined {
  if (schema.type) return schema.type === 'integer' ? 'number' : schema.type;
  if (schema.enum?.length) {
    const kinds = new Set(schema.enum.map((v) => typeof v));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }
  if (schema.$ref || schema.allOf || schema.oneOf) return 'object';
  return undefined;
}

/** Every class exported by a DTO file of the API, by name (a name exported twice is left out: the document could mean either). */
function dtoClasses(): Map<string, DtoClass> {
  const byName = new Map<string, DtoClass[]>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\/dto\/[^/]+\.ts$/.test(full) && !full.endsWith('.spec.ts')) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- every DTO file, found at run time
        for (const value of Object.values(require(full) as Record<string, unknown>)) {
          if (typeof value === 'function' && /^[A-Z]/.test(value.name)) byName.set(value.name, [...(byName.get(value.name) ?? []), value as DtoClass]);
        }
      }
    }
  };
  visit(DTO_DIR_ROOT);
  return new Map([...byName].filter(([, classes]) => new Set(classes).size === 1).map(([name, classes]) => [name, classes[0]]));
}

/** What class-validator checks on each property of a class (and its parents): the implied JSON type, and whether it is checked on each item. */
function validatedTypes(cls: DtoClass): Map<string, { type: string; each: boolean; validator: string }[]> {
  const out = new Map<string, { type: string; each: boolean; validator: string }[]>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) {
    const type = m.name ? TYPE_OF_VALIDATOR[m.name] : undefined;
    if (!type) continue;
    out.set(m.propertyName, [...(out.get(m.propertyName) ?? []), { type, each: m.each === true, validator: m.name! }]);
  }
  return out;
}

/**
 * The OpenAPI document is what the web client's types are generated from: a property it
 * documents with a type other than the one the API validates (a string typed `object`
 * because its TypeScript type was `string | null`) gives the client a wrong type silently.
 * Every DTO property with a typed class-validator check must be documented with that type.
 */
describe('OpenAPI document agrees with class-validator (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    ({ app } = await startApi(await createTestEnvironment()));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('documents every validated DTO property with the type its validators accept', async () => {
    // The document /docs-json serves, built from the running app's routes and DTOs as bootstrap.ts builds it.
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const schemas = document.components!.schemas as Record<string, Schema>;
    const classes = dtoClasses();
    const mismatches: string[] = [];
    let checked = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      const cls = classes.get(name);
      if (!cls) continue;
      for (const [property, checks] of validatedTypes(cls)) {
        const documented = schema.properties?.[property];
        if (!documented) {
          mismatches.push(`${name}.${property}: validated but not documented`);
          continue;
        }
        checked++;
        for (const check of checks) {
          const actual = check.each ? (documentedType(documented) === 'array' ? documentedType(documented.items ?? {}) : `${documentedType(documented)} (not an array)`) : documentedType(documented);
          if (actual !== check.type) mismatches.push(`${name}.${property}: @${check.validator}${check.each ? ' (each)' : ''} needs ${check.type}, documented ${actual ?? 'without a type'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // The walk reached the request bodies (not an empty loop that passes on nothing).
    expect(checked).toBeGreaterThan(50);
    expect(schemas.SaveReviewDto.properties!.comment).toMatchObject({ type: 'string', maxLength: 5000, nullable: true });
    expect(schemas.QualificationDecisionDto.properties!.reason).toMatchObject({ type: 'string' });
    expect(schemas.QualificationDecisionDto.properties!.correctionDeadline).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('the check itself catches a string documented as an object', () => {
    expect(documentedType({ type: 'object' })).not.toBe(TYPE_OF_VALIDATOR.maxLength);
    expect(documentedType({ type: 'integer' })).toBe(TYPE_OF_VALIDATOR.isInt);
    expect(documentedType({ enum: ['a', 'b'] })).toBe('string');
  });
});
