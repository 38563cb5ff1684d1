import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiClient, makeApplicant, TEST_PASSWORD, usePortal } from '@app/testing';

/** The parts of a Set-Cookie header, attribute names lower-cased. */
function parseSetCookie(header: string): { name: string; value: string; attributes: Record<string, string | true> } {
  const [pair, ...rest] = header.split(';').map((p) => p.trim());
  const eq = pair.indexOf('=');
  const attributes: Record<string, string | true> = {};
  for (const attr of rest) {
    const at = attr.indexOf('=');
    if (at === -1) attributes[attr.toLowerCase()] = true;
    else attributes[attr.slice(0, at).toLowerCase()] = attr.slice(at + 1);
  }
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
}

describe('web app: served at / and its cookie session (e2e)', () => {
  const bundle = `console.log(${JSON.stringify('x'.repeat(5000))});`;
  // A stand-in for `vite build`'s output: what the server does with it is under test, not Vite.
  // Written by a hook registered before usePortal's, so it is there when the API starts.
  const webDir = path.join(os.tmpdir(), `tp-web-${randomBytes(4).toString('hex')}`);
  beforeAll(() => {
    fs.mkdirSync(path.join(webDir, 'assets'), { recursive: true });
    fs.writeFileSync(
      path.join(webDir, 'index.html'),
      '<!doctype html><html><head><meta property="csp-nonce" nonce="__CSP_NONCE__" /><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>',
    );
    fs.writeFileSync(path.join(webDir, 'assets', 'app-abc123.js'), bundle);
  });
  const portal = usePortal({ env: { WEB_DIR: webDir, PUBLIC_URL: 'https://portal.example.org' } });
  let app: NestFastifyApplication;
  let api: ApiClient;

  beforeAll(() => {
    ({ app, api } = portal);
  });

  afterAll(() => {
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  describe('the web app at /', () => {
    it('serves index.html with a strict CSP whose style nonce is fresh per response and written into the page', async () => {
      const first = await api.get('/');
      const second = await api.get('/');
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = first.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)![1];
      expect(first.body).toContain(`nonce="${nonce}"`);
      expect(first.body).not.toContain('__CSP_NONCE__');
      expect(second.headers.get('content-security-policy')).not.toContain(nonce);
      expect(first.headers.get('cache-control')).toBe('no-store');
      expect(first.headers.get('x-frame-options')).toBe('DENY');
    });

    it.each(['/login', '/applications/3f1c2a4e-0000-4000-8000-000000000000', '/verify-email?token=abc', '/admin/cycles', '/admin'])('opens the app for the client-side route %s', async (url) => {
      const res = await api.get(url);
      expect(res.status).toBe(200);
      expect(res.body).toContain('<div id="root">');
    });

    it('serves hashed bundles gzipped when accepted, cacheable for a year', async () => {
      const gz = await fetch(`${api.baseUrl}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(gz.status).toBe(200);
      expect(gz.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(gz.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // fetch decodes gzip itself; the length on the wire shows it was compressed.
      expect(Number(gz.headers.get('content-length'))).toBeLessThan(bundle.length / 10);
      expect(await gz.text()).toBe(bundle);
      const raw = await new Promise<Buffer>((resolve, reject) => {
        // Node's http without decompression, to read the bytes as sent.
        http.get(`${api.baseUrl}/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
        });
      });
      expect(gunzipSync(raw).toString()).toBe(bundle);
      const plain = await api.get('/assets/app-abc123.js', { 'accept-encoding': 'identity' });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.body).toBe(bundle);
    });

    it.each(['/api/v1/no-such-route', '/api/v1/applications/a/b/c', '/api', '/health/nothing', '/docs-nothing', '/metrics/x', '/assets/missing.js', '/favicon.ico'])(
      'never shadows the API or a missing file: %s is the JSON 404',
      async (url) => {
        const res = await api.get(url);
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
        expect(res.body).toMatchObject({ statusCode: 404, code: expect.any(String), requestId: expect.any(String) });
      },
    );

    it('leaves the docs, health, metrics and the queue dashboard to their own handlers', async () => {
      expect((await api.get('/docs-json')).body.openapi).toMatch(/^3\./);
      expect((await api.get('/docs')).body).toMatch(/swagger/i);
      expect((await api.get('/health/live')).status).toBe(200);
      const metrics = await api.get('/metrics');
      expect(metrics.status).toBe(404);
      expect(metrics.body.code).toBeDefined();
      const dashboard = await api.get('/admin/queues');
      expect(dashboard.status).toBe(401);
      expect(dashboard.body.code).toBe('UNAUTHORIZED');
      expect((await api.get('/admin/queues/some/page')).status).toBe(401);
    });
  });

  describe('cookie mode for the refresh token', () => {
    const web = { 'x-csrf-protection': '1', origin: 'https://portal.example.org' };

    async function webLogin(email: string) {
      const res = await api.post('/api/v1/auth/web/login', { email, password: TEST_PASSWORD }, web);
      expect(res.status).toBe(200);
      // The login sets the device cookie too (test/rate-limits.e2e-spec.ts); this is about the refresh cookie.
      const cookie = parseSetCookie(res.headers.getSetCookie().find((c) => c.startsWith('tp_refresh='))!);
      return { res, cookie };
    }

    const refresh = (cookieValue: string | undefined, headers: Record<string, string> = web) =>
      api.post('/api/v1/auth/web/refresh', undefined, { ...headers, ...(cookieValue ? { cookie: `tp_refresh=${cookieValue}` } : {}) });

    it('logs in with the refresh token only in an httpOnly, Secure, SameSite=Strict cookie scoped to the web auth routes', async () => {
      const user = await makeApplicant(app, api);
      const { res, cookie } = await webLogin(user.email);
      expect(res.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: expect.any(Number) });
      expect(res.body.refreshToken).toBeUndefined();
      expect(cookie.name).toBe('tp_refresh');
      expect(cookie.value.length).toBeGreaterThan(20);
      expect(cookie.attributes).toMatchObject({ httponly: true, secure: true, samesite: 'Strict', path: '/api/v1/auth/web' });
      expect(Number(cookie.attributes['max-age'])).toBeGreaterThan(0);
      const me = await api.withToken(res.body.accessToken).get('/api/v1/me');
      expect(me.status).toBe(200);
      expect(me.body.email).toBe(user.email);
    });

    it('rotates the cookie on refresh; a spent cookie coming back ends the session', async () => {
      const user = await makeApplicant(app, api);
      const { cookie } = await webLogin(user.email);
      const first = await refresh(cookie.value);
      expect(first.status).toBe(200);
      expect(first.body.accessToken).toEqual(expect.any(String));
      const rotated = parseSetCookie(first.headers.get('set-cookie')!);
      expect(rotated.value).not.toBe(cookie.value);
      expect(rotated.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/api/v1/auth/web' });

      const replay = await refresh(cookie.value);
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('INVALID_REFRESH_TOKEN');
      // The refusal clears the cookie in the browser.
      expect(parseSetCookie(replay.headers.get('set-cookie')!).value).toBe('');
      // Reuse revoked the family: the rotated cookie is dead too.
      expect((await refresh(rotated.value)).status).toBe(401);
    });

    it('answers 401 without a cookie', async () => {
      const res = await refresh(undefined);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('INVALID_REFRESH_TOKEN');
    });

    it.each([
      ['without the custom header', { origin: 'https://portal.example.org' }],
      ['with the header set to something else', { 'x-csrf-protection': 'yes', origin: 'https://portal.example.org' }],
      ['from a foreign origin', { 'x-csrf-protection': '1', origin: 'https://evil.example.com' }],
      ['from a look-alike origin', { 'x-csrf-protection': '1', origin: 'https://portal.example.org.evil.example.com' }],
      ['marked cross-site by the browser', { 'x-csrf-protection': '1', 'sec-fetch-site': 'cross-site' }],
    ])('refuses refresh %s with 403 CSRF_CHECK_FAILED and leaves the cookie unspent', async (_, headers) => {
      const user = await makeApplicant(app, api);
      const { cookie } = await webLogin(user.email);
      const refused = await refresh(cookie.value, headers as Record<string, string>);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('CSRF_CHECK_FAILED');
      expect(refused.headers.get('set-cookie')).toBeNull();
      expect((await refresh(cookie.value)).status).toBe(200);
    });

    it('refuses login and logout without the CSRF header', async () => {
      const user = await makeApplicant(app, api);
      const login = await api.post('/api/v1/auth/web/login', { email: user.email, password: TEST_PASSWORD });
      expect(login.status).toBe(403);
      expect(login.body.code).toBe('CSRF_CHECK_FAILED');
      expect(login.headers.get('set-cookie')).toBeNull();
      const { cookie } = await webLogin(user.email);
      const logout = await api.post('/api/v1/auth/web/logout', undefined, { cookie: `tp_refresh=${cookie.value}` });
      expect(logout.status).toBe(403);
      expect((await refresh(cookie.value)).status).toBe(200);
    });

    it('accepts a same-origin request by its Host (a page served by this API under any name)', async () => {
      const user = await makeApplicant(app, api);
      const host = new URL(api.baseUrl).host;
      const res = await api.post('/api/v1/auth/web/login', { email: user.email, password: TEST_PASSWORD }, { 'x-csrf-protection': '1', origin: `http://${host}`, 'sec-fetch-site': 'same-origin' });
      expect(res.status).toBe(200);
    });

    it('logs out: the session is revoked and the cookie cleared', async () => {
      const user = await makeApplicant(app, api);
      const { cookie } = await webLogin(user.email);
      const out = await api.post('/api/v1/auth/web/logout', undefined, { ...web, cookie: `tp_refresh=${cookie.value}` });
      expect(out.status).toBe(204);
      const cleared = parseSetCookie(out.headers.get('set-cookie')!);
      expect(cleared.value).toBe('');
      expect(cleared.attributes.path).toBe('/api/v1/auth/web');
      expect((await refresh(cookie.value)).status).toBe(401);
    });

    it('keeps the bearer flow for API clients as it is', async () => {
      const user = await makeApplicant(app, api);
      const login = await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD });
      expect(login.status).toBe(200);
      expect(login.body.refreshToken).toEqual(expect.any(String));
      expect(login.headers.get('set-cookie')).toBeNull();
      const next = await api.post('/api/v1/auth/refresh', { refreshToken: login.body.refreshToken });
      expect(next.status).toBe(200);
      expect(next.body.refreshToken).toEqual(expect.any(String));
    });
  });
});
