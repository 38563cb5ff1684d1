import * as fs from 'fs';
import * as path from 'path';
import { EnvironmentVariables } from './env.schema';

/** Names `.env.example` lists, set or commented out (`# SMTP_URL=...` documents an optional variable). */
function exampleNames(): string[] {
  const text = fs.readFileSync(path.resolve(__dirname, '../../../.env.example'), 'utf8');
  return [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
}

/** The schema's properties: those with a default are own properties of an instance; optional ones carry validation metadata. */
function schemaNames(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getMetadataStorage } = require('class-validator') as typeof import('class-validator');
  const validated = getMetadataStorage()
    .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
    .map((m) => m.propertyName);
  return [...new Set([...Object.keys(new EnvironmentVariables()), ...validated])];
}

describe('.env.example', () => {
  it('lists every variable of the configuration schema', () => {
    const listed = new Set(exampleNames());
    expect(schemaNames().filter((name) => !listed.has(name))).toEqual([]);
  });

  it('lists nothing the configuration schema does not read', () => {
    const known = new Set(schemaNames());
    expect(exampleNames().filter((name) => !known.has(name))).toEqual([]);
  });

  it('lists each variable once', () => {
    const names = exampleNames();
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
