import { AsyncLocalStorage } from 'async_hooks';

/** Where a request came from, as the audit log records it. */
export interface RequestOrigin {
  /** The client address (request.ip: honours TRUST_PROXY; checked to be an IP address). */
  ip: string | null;
  /** The User-Agent header as sent, cut to USER_AGENT_MAX_LENGTH characters. */
  userAgent: string | null;
}

/** The longest user agent kept (audit_log.user_agent). */
export const USER_AGENT_MAX_LENGTH = 512;

const storage = new AsyncLocalStorage<RequestOrigin>();

/**
 * Run `fn` (a request's handling) with its origin known to everything it calls. The API sets
 * it once per request (apps/api/src/http/request-origin.ts), so the audit log gets the
 * address and user agent of every entry written while handling a request without each
 * service passing them along; outside a request (worker, scripts) there is none.
 */
export function runWithRequestOrigin<T>(origin: RequestOrigin, fn: () => T): T {
  return storage.run(origin, fn);
}

/** The origin of the request being handled, if any. */
export function currentRequestOrigin(): RequestOrigin | undefined {
  return storage.getStore();
}

/** A User-Agent header as stored: a string, trimmed to the column's length; anything else is none. */
export function normaliseUserAgent(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string' || value.length === 0) return null;
  return value.slice(0, USER_AGENT_MAX_LENGTH);
}
