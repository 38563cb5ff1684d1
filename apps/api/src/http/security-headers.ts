import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'http';

type HelmetOptions = NonNullable<Parameters<typeof helmet>[0]>;

/**
 * Helmet's defaults, for what a browser renders as a page: the Swagger UI (/docs) and the
 * queue dashboard (/admin/queues). Their CSP lets their own scripts, styles and images load.
 */
const DOCUMENT_HELMET_OPTIONS: HelmetOptions = {
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
 * The set the OWASP REST Security Cheat Sheet gives for API responses (JSON and evidence
 * files), which a browser never renders as a page: a CSP that allows nothing and no framing,
 * nosniff, HSTS, X-Frame-Options DENY, and cross-origin reads refused (CORP; CORS requests
 * from CORS_ORIGINS are not affected). The document-only headers (COOP, Origin-Agent-Cluster,
 * Referrer-Policy, X-DNS-Prefetch-Control, X-Download-Options, X-Permitted-Cross-Domain-Policies,
 * X-XSS-Protection) do nothing on such a response and cost ~400 bytes on every one of them
 * (`npm run bench`, health_live). Cache-Control is added by apiResponseHeaders().
 */
const API_HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: { policy: 'same-origin' },
  originAgentCluster: false,
  referrerPolicy: false,
  xContentTypeOptions: true,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: { action: 'deny' },
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};

/**
 * Helmet's headers, computed once at start-up.
 *
 * Why not @fastify/helmet: its onRequest hook calls `helmet(options)` on every request,
 * rebuilding every middleware and re-parsing the CSP each time; the benchmark profile showed
 * that as the largest single cost of a cheap request. The headers depend only on the options,
 * so helmet itself is run once against a recording response and the result is replayed.
 */
export function securityHeaders(options: HelmetOptions = DOCUMENT_HELMET_OPTIONS): Readonly<Record<string, string>> {
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

/**
 * Headers of every API response. `no-store`: responses carry personal data (domain §10) and
 * must not stay in a browser's or a proxy's cache; a route that may be cached sets its own.
 */
export function apiResponseHeaders(): Readonly<Record<string, string>> {
  return Object.freeze({ ...securityHeaders(API_HELMET_OPTIONS), 'cache-control': 'no-store' });
}

/**
 * Tells whether a request URL (path and query, as received) is under one of the given
 * prefixes of rendered pages. A URL that only resembles one (encoded, say) gets the API set,
 * which is the stricter of the two.
 */
export function documentUrlMatcher(prefixes: readonly string[]): (url: string) => boolean {
  return (url) => prefixes.some((prefix) => url.startsWith(prefix));
}

/** Stands for the per-response nonce in the web app's precomputed CSP (see webAppHeaders). */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * The web app's pages (index.html at `/` and every client-side route). Scripts only from the
 * portal's own origin (`script-src 'self'`, no inline script, no eval). Styles: Ant Design 6
 * writes its component styles at run time into <style> elements (CSS-in-JS); rather than
 * `'unsafe-inline'`, each page response carries a fresh nonce that the app hands to antd
 * (`ConfigProvider csp={{ nonce }}`), so only the styles the app itself inserts apply.
 * `'report-sample'` puts the first characters of a blocked style into the violation report
 * (the browser tests use it to tell the two known, harmless refusals from anything new).
 * Fetches, images (data:/blob: for previews of uploads) and fonts from the portal only;
 * no plugins, nobody frames the portal, forms post only here. Frames: only the portal's own
 * pages and blob: URLs, the evidence viewer showing a PDF the page fetched with its token.
 */
const WEB_APP_HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", `'nonce-${CSP_NONCE_PLACEHOLDER}'`, "'report-sample'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  xFrameOptions: { action: 'deny' },
};

/**
 * Headers of a web-app page, with CSP_NONCE_PLACEHOLDER in place of the nonce. `no-store`:
 * the page carries a one-time nonce and must never be served again from a cache.
 */
export function webAppHeaders(): Readonly<Record<string, string>> {
  return Object.freeze({ ...securityHeaders(WEB_APP_HELMET_OPTIONS), 'cache-control': 'no-store' });
}
