import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import type { FieldProblem } from '@app/common';

const SUMMARY_KEYWORDS = new Set(['oneOf', 'type']);

/**
 * A checker of one of a cycle's settings against its JSON Schema. The schema object is the one
 * the API also serves (GET cycles/settings-schemas) for the back office's forms, so the browser
 * validates with exactly what the server enforces.
 */
export function schemaChecker(schema: object, code: string, defaultRoot: string): (value: unknown, root?: string) => FieldProblem[] {
  let compiled: ValidateFunction | undefined;
  return (value, root = defaultRoot) => {
    compiled ??= new Ajv2020({ allErrors: true, strict: false, discriminator: true }).compile(schema);
    if (compiled(value)) return [];
    const errors = compiled.errors ?? [];
    // "must be null" and "must match exactly one schema in oneOf" say nothing when a field inside
    // the value (the branch it means to be) has its own error: only that error is reported.
    const said = errors.filter((e) => !(SUMMARY_KEYWORDS.has(e.keyword) && errors.some((o) => o.instancePath.startsWith(`${e.instancePath}/`))));
    // At most 20, paths like `eligibilityPolicy.levels.intermediate.routes.0.key`.
    return said.slice(0, 20).map((e) => {
      const path = [root, ...e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))].join('.');
      return { path, code, message: `${path} ${e.message ?? 'is invalid'}` };
    });
  };
}
