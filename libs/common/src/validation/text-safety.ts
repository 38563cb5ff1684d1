import { FieldProblem, ValidationFailedError } from '../errors/app-error';

/**
 * Text the portal cannot store or must not accept, wherever it appears in a request.
 *
 * - NUL (U+0000): PostgreSQL text, varchar and jsonb cannot hold it; the driver's error would
 *   surface as a 500.
 * - Unpaired UTF-16 surrogates (a JSON "\ud800" with no partner): not Unicode text at all.
 *   PostgreSQL refuses them in jsonb, and in text the driver silently turns them into U+FFFD,
 *   so an e-mail or a name would be stored other than it was sent.
 *
 * findUnsafeText() walks a parsed body, query or set of path parameters: every string value
 * and every object key, at any depth (without recursion, so no input can exhaust the stack).
 * Nesting deeper than MAX_DEPTH is refused too: no field of the API nests that deep, and the
 * libraries after this check (class-transformer, Ajv, JSON serialisation) recurse.
 */
export const MAX_DEPTH = 32;
/** The most problems listed in one answer; the first ones are enough to fix a client. */
export const MAX_PROBLEMS = 20;

export const UNSAFE_TEXT_CODES = {
  nul: 'FIELD_NUL_CHARACTER',
  surrogate: 'FIELD_UNPAIRED_SURROGATE',
  depth: 'FIELD_TOO_DEEP',
} as const;

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NUL_OR_LONE_SURROGATE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a string holds NUL or an unpaired surrogate ('nul' wins when both occur), or null when it is clean. */
export function unsafeTextKind(text: string): 'nul' | 'surrogate' | null {
  if (!NUL_OR_LONE_SURROGATE.test(text)) return null;
  return text.includes('\u0000') ? 'nul' : 'surrogate';
}

/**
 * A key shown in a problem path: the offending characters spelt as \u escapes, so an answer
 * never echoes a NUL or a broken surrogate, and long keys are cut.
 */
function printable(key: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what gets escaped
  const escaped = key.replace(/[\u0000-\u001f\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > 64 ? `${escaped.slice(0, 64)}…` : escaped;
}

/** `parent.key` for object keys and `parent.0` for array items: the property paths the validation pipe reports. */
function childPath(parent: string, key: string): string {
  return parent ? `${parent}.${printable(key)}` : printable(key);
}

function problem(path: string, kind: 'nul' | 'surrogate' | 'depth', what: 'value' | 'name'): FieldProblem {
  const where = path || 'the request';
  const message =
    kind === 'depth'
      ? `${where} nests deeper than ${MAX_DEPTH} levels`
      : kind === 'nul'
        ? `${where}: the ${what} contains a NUL character (U+0000), which is not accepted`
        : `${where}: the ${what} contains an unpaired UTF-16 surrogate, which is not valid Unicode text`;
  return { path: where, code: UNSAFE_TEXT_CODES[kind], message };
}

/**
 * Every NUL, unpaired surrogate and over-deep nesting in `value` (strings, object keys, array
 * items), as field problems whose paths start with `root` (e.g. '' for a body, so a property
 * reads `data.identity.fullName`). At most MAX_PROBLEMS are returned.
 */
export function findUnsafeText(value: unknown, root = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length && problems.length < MAX_PROBLEMS) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const kind = unsafeTextKind(current);
      if (kind) problems.push(problem(path, kind, 'value'));
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      problems.push(problem(path, 'depth', 'value'));
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: childPath(path, String(i)), depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys) {
      const kind = unsafeTextKind(key);
      if (kind) problems.push(problem(childPath(path, key), kind, 'name'));
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      stack.push({ value: (current as Record<string, unknown>)[keys[i]], path: childPath(path, keys[i]), depth: depth + 1 });
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/** Throws a 400 VALIDATION_FAILED naming each problem when any part of the request holds unsafe text. */
export function assertSafeText(parts: { value: unknown; root?: string }[]): void {
  const problems = parts.flatMap((part) => findUnsafeText(part.value, part.root ?? ''));
  if (problems.length) {
    throw new ValidationFailedError(problems.slice(0, MAX_PROBLEMS), `Invalid fields: ${[...new Set(problems.map((p) => p.path))].slice(0, MAX_PROBLEMS).join(', ')}`);
  }
}
