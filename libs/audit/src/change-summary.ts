/** Before and after of one changed field, as an audit entry records it. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** How a personal field is shown in the audit log (e.g. maskPhone); never its full value. */
export type Masker = (value: string | null | undefined) => string | null;

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

function shown(value: unknown, mask: Masker | undefined): unknown {
  if (value instanceof Date) return value.toISOString();
  if (mask) return mask(typeof value === 'string' ? value : value == null ? null : JSON.stringify(value));
  return value ?? null;
}

/**
 * The fields of `after` whose value differs from `before`, each with its before and after
 * (dates as ISO strings); the fields named in `personal` are masked with their masker, so an
 * audit entry says that a phone number changed without holding either number.
 */
export function changeSummary(before: object, after: object, personal: Record<string, Masker> = {}): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  const was = before as Record<string, unknown>;
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined || comparable(was[field]) === comparable(value)) continue;
    changes[field] = { from: shown(was[field], personal[field]), to: shown(value, personal[field]) };
  }
  return changes;
}
