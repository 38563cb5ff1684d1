/**
 * Keys whose values never reach a log (domain.md §10): credentials, tokens, identity
 * document numbers, phone numbers, and the HTTP headers that carry credentials.
 */
export const SENSITIVE_KEYS: readonly string[] = [
  'password', 'currentPassword', 'newPassword', 'token', 'refreshToken', 'accessToken',
  'documentNumber', 'idNumber', 'identityNumber', 'mobile', 'phone',
  'authorization', 'cookie', 'set-cookie', 'x-metrics-token',
];

export const CENSOR = '[redacted]';

/** As deep as the pino redact paths this replaced reached (`k`, `*.k`, `*.*.k`, `*.*.*.k`). */
export const CENSOR_MAX_DEPTH = 4;

const SENSITIVE = new Set(SENSITIVE_KEYS);

/**
 * `value` with every sensitive key's value replaced by CENSOR, for keys at `depth` (the
 * keys of `value` itself; array indices count as a level) down to CENSOR_MAX_DEPTH.
 * `skipKeys` (top level only) are left to the caller.
 *
 * Copy on write: parts without a sensitive key are shared and a clean value comes back
 * as is, so a log line without personal data allocates nothing here. Why not pino's
 * `redact` with wildcard paths: its redactor re-parses every path on every call and also
 * runs on child-logger bindings, so pino-http's per-request child cost more API CPU and
 * garbage than anything else on a simple authenticated GET (npm run bench -- --cpu-prof).
 */
export function censorSensitive<T>(value: T, depth = 1, skipKeys?: ReadonlySet<string>): T {
  if (value === null || typeof value !== 'object' || depth > CENSOR_MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = censorSensitive(value[i] as unknown, depth + 1);
      if (next !== value[i]) (copy ??= value.slice())[i] = next;
    }
    return (copy ?? value) as T;
  }
  const source = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(source)) {
    if (skipKeys?.has(key)) continue;
    const current = source[key];
    const next = SENSITIVE.has(key) ? CENSOR : censorSensitive(current, depth + 1);
    if (next !== current) {
      // Same prototype and own properties, as JSON.stringify will see them.
      copy ??= Object.assign(Object.create(Object.getPrototypeOf(source) as object) as Record<string, unknown>, source);
      copy[key] = next;
    }
  }
  return (copy ?? value) as T;
}
