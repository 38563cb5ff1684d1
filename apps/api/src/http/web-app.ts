import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CSP_NONCE_PLACEHOLDER } from './security-headers';

/**
 * Paths the web app's fallback never answers, whatever follows them: the API, its documents,
 * health, metrics and the queue dashboard keep their own 404s (JSON error body).
 */
export const RESERVED_PREFIXES = ['/api', '/docs', '/health', '/metrics', '/admin/queues'] as const;

/** Folder where Vite writes the hashed bundles (vite.config.ts `build.assetsDir`). */
const ASSETS_DIR = 'assets';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

interface Asset {
  type: string;
  raw: Buffer;
  gzip?: Buffer;
}

/** True when the path (no query) is one the SPA must leave alone. */
export function isReservedPath(pathname: string): boolean {
  return RESERVED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`) || pathname.startsWith(`${prefix}-`));
}

/** The web app's build, found in `dir`; undefined when it has not been built. */
export function loadWebApp(dir: string): { index: string; assets: Map<string, Asset> } | undefined {
  const indexFile = path.join(dir, 'index.html');
  if (!fs.existsSync(indexFile)) return undefined;
  const index = fs.readFileSync(indexFile, 'utf8');
  const assets = new Map<string, Asset>();
  const assetsDir = path.join(dir, ASSETS_DIR);
  if (fs.existsSync(assetsDir)) {
    for (const name of fs.readdirSync(assetsDir)) {
      const type = CONTENT_TYPES[path.extname(name)];
      if (!type) continue;
      const raw = fs.readFileSync(path.join(assetsDir, name));
      // Compressed once at start-up: bundles never change while the process runs.
      assets.set(name, { type, raw, gzip: /^(text|application)\/|svg/.test(type) ? gzipSync(raw, { level: 9 }) : undefined });
    }
  }
  return { index, assets };
}

/**
 * Serves the built web app: `/assets/<hashed name>` from memory (gzip when accepted, cached
 * for a year: the name changes with the content), and index.html for every other GET that is
 * not reserved and does not look like a file, so client-side routes (`/applications/…`, the
 * e-mailed `/verify-email?token=…`) open the app. Each page gets the web-app headers with a
 * fresh CSP nonce, also written into the page's `<meta property="csp-nonce">` for antd.
 * Anything else goes to the API's not-found handler (the standard JSON 404).
 */
export function installWebApp(fastify: FastifyInstance, webApp: NonNullable<ReturnType<typeof loadWebApp>>, pageHeaders: Readonly<Record<string, string>>): void {
  const [before, after] = splitOnce(webApp.index, CSP_NONCE_PLACEHOLDER);
  const csp = pageHeaders['content-security-policy'];

  fastify.get<{ Params: { file: string } }>(`/${ASSETS_DIR}/:file`, (request, reply) => {
    const asset = webApp.assets.get(request.params.file);
    if (!asset) return reply.callNotFound();
    const gzip = asset.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    void reply
      .header('content-type', asset.type)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'accept-encoding');
    if (gzip) void reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? asset.gzip : asset.raw);
  });

  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0];
    const last = pathname.slice(pathname.lastIndexOf('/') + 1);
    if (isReservedPath(pathname) || last.includes('.')) return reply.callNotFound();
    const nonce = randomBytes(16).toString('base64');
    void reply.headers({ ...pageHeaders, 'content-security-policy': csp.split(CSP_NONCE_PLACEHOLDER).join(nonce) });
    return reply.header('content-type', 'text/html; charset=utf-8').send(after === undefined ? before : `${before}${nonce}${after}`);
  });
}

function splitOnce(text: string, marker: string): [string, string | undefined] {
  const at = text.indexOf(marker);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + marker.length)];
}
