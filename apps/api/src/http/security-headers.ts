import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'http';

/** The Content-Security-Policy every response carries (the API serves JSON and the Swagger UI). */
const HELMET_OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      scriptSrc: ["'self'"],
    },
  },
};

/**
 * Helmet's headers, computed once at start-up.
 *
 * Why not @fastify/helmet: its onRequest hook calls `helmet(options)` on every request,
 * rebuilding every middleware and re-parsing the CSP each time; the benchmark profile showed
 * that as the largest single cost of a cheap request. The headers depend only on the options,
 * so helmet itself is run once against a recording response and the result is replayed.
 */
export function securityHeaders(options = HELMET_OPTIONS): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
      return recorder;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
    getHeader(name: string) {
      return headers[name.toLowerCase()];
    },
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // helmet's middleware is synchronous; if a future version is not, fail loudly at start-up.
  if (!finished) throw new Error('helmet did not finish synchronously; security headers cannot be precomputed');
  return Object.freeze(headers);
}
