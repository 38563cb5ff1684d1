import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as dotenv from 'dotenv';
import * as jwt from 'jsonwebtoken';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, ensureLocalEnvFile, EnvironmentVariables } from '@app/config';
import { ApiClient, createTestEnvironment, makeAdmin, makeApplicant, PrivateRedis, startApi, startWorker, TEST_PASSWORD, TestUser } from '@app/testing';

const PUBLISHED = new EnvironmentVariables();
const CSRF = { 'x-csrf-protection': '1' };

type Claims = {
  sub: string;
  sv: number;
  sid: string;
};
const claimsOf = (token: string): Claims => {
  const { sub, sv, sid } = jwt.decode(token) as unknown as Claims;
  return { sub, sv, sid };
};

/** A token as the portal signs it, with `secret` and any claims changed. */
function sign(config: AppConfig, secret: string, claims: Record<string, unknown>, expiresIn = 300): string {
  return jwt.sign(claims, secret, { algorithm: 'HS256', audience: config.JWT_AUDIENCE, issuer: config.JWT_ISSUER, expiresIn });
}

/** The answer without its request id (different on every request by design). */
const bodyOf = (res: { status: number; body: Record<string, unknown> }) => {
  const { requestId, ...rest } = res.body;
  return { status: res.status, ...rest, requestId: typeof requestId };
};

describe('secrets that fail closed, and sessions that end with logout (e2e)', () => {
  describe('booting outside the test suite', () => {
    it('the API and the worker refuse to boot without keys of their own, naming each; also on the published ones', async () => {
      const env = await createTestEnvironment({ NODE_ENV: 'development' });
      for (const keys of [{}, { JWT_SECRET: PUBLISHED.JWT_SECRET, PII_ENCRYPTION_KEY: PUBLISHED.PII_ENCRYPTION_KEY }]) {
        await expect(startApi({ ...env, ...keys })).rejects.toThrow(/JWT_SECRET: unset or the published default[\s\S]*PII_ENCRYPTION_KEY: unset or the published default/);
        await expect(startWorker({ ...env, ...keys })).rejects.toThrow(/JWT_SECRET[\s\S]*PII_ENCRYPTION_KEY/);
      }
      // Production too, whether asked for or left unset (the default).
      await expect(startApi({ ...env, NODE_ENV: 'production', SEED_DEMO: 'false', ADMIN_PASSWORD: 'An-office-password-2026' })).rejects.toThrow(/JWT_SECRET/);
      await expect(startApi({ ...env, NODE_ENV: undefined, SEED_DEMO: 'false', ADMIN_PASSWORD: 'An-office-password-2026' })).rejects.toThrow(/JWT_SECRET/);
    });
  });

  describe('an API configured by the .env the first `npm start` writes', () => {
    let dir: string;
    let app: NestFastifyApplication;
    let api: ApiClient;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-first-start-'));
      const file = path.join(dir, '.env');
      ensureLocalEnvFile(file, {});
      ({ app, client: api } = await startApi(await createTestEnvironment(dotenv.parse(fs.readFileSync(file)))));
    });

    afterAll(async () => {
      await app?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('runs in development, on keys of its own', () => {
      const config = app.get(AppConfig);
      expect(config.NODE_ENV).toBe('development');
      expect(config.JWT_SECRET).not.toBe(PUBLISHED.JWT_SECRET);
      expect(config.PII_ENCRYPTION_KEY).not.toBe(PUBLISHED.PII_ENCRYPTION_KEY);
    });

    it('refuses a token signed with the published secret for a real admin and session', async () => {
      const config = app.get(AppConfig);
      const admin = await makeAdmin(app, api);
      const claims = claimsOf(admin.accessToken);
      const forged = await api.withToken(sign(config, PUBLISHED.JWT_SECRET, { sub: claims.sub, sv: claims.sv, sid: claims.sid })).get('/api/v1/admin/users');
      expect(forged.status).toBe(401);
      // The same claims under the portal's own key pass: only the key made the difference.
      expect((await api.withToken(sign(config, config.JWT_SECRET, { sub: claims.sub, sv: claims.sv, sid: claims.sid })).get('/api/v1/admin/users')).status).toBe(200);
    });
  });

  describe('sessions', () => {
    let app: NestFastifyApplication;
    let api: ApiClient;
    let config: AppConfig;

    beforeAll(async () => {
      ({ app, client: api } = await startApi(await createTestEnvironment({ PUBLIC_URL: 'https://portal.example.org' })));
      config = app.get(AppConfig);
    });

    afterAll(async () => {
      await app?.close();
    });

    const me = (token: string) => api.withToken(token).get('/api/v1/me');
    const login = async (user: TestUser) => (await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD })).body as { accessToken: string; refreshToken: string };

    it('logout ends the access token of the session at once, on every route; the user’s other sessions go on', async () => {
      const user = await makeApplicant(app, api);
      const other = await login(user);
      expect((await me(user.accessToken)).status).toBe(200);
      expect((await api.post('/api/v1/auth/logout', { refreshToken: user.refreshToken })).status).toBe(204);
      for (const route of ['/api/v1/me', '/api/v1/applications', '/api/v1/notifications']) {
        expect((await api.withToken(user.accessToken).get(route)).status).toBe(401);
      }
      expect((await me(other.accessToken)).status).toBe(200);
      expect((await api.post('/api/v1/auth/refresh', { refreshToken: other.refreshToken })).status).toBe(200);
    });

    it('the web app’s logout (cookie) ends its access token too', async () => {
      const user = await makeApplicant(app, api);
      const loggedIn = await api.post('/api/v1/auth/web/login', { email: user.email, password: TEST_PASSWORD }, CSRF);
      expect(loggedIn.status).toBe(200);
      const cookie = loggedIn.headers.get('set-cookie')!.split(';')[0];
      expect((await me(loggedIn.body.accessToken)).status).toBe(200);
      expect((await api.post('/api/v1/auth/web/logout', undefined, { ...CSRF, cookie })).status).toBe(204);
      expect((await me(loggedIn.body.accessToken)).status).toBe(401);
    });

    it('the queue dashboard session opened from a session ends with it', async () => {
      const admin = await makeAdmin(app, api);
      const opened = await admin.client.post('/api/v1/admin/queues/session');
      expect(opened.status).toBe(200);
      const cookie = opened.headers.get('set-cookie')!.split(';')[0];
      const dashboard = () => fetch(`${api.baseUrl}/admin/queues/api/queues`, { headers: { cookie } });
      expect((await dashboard()).status).toBe(200);
      expect((await api.post('/api/v1/auth/logout', { refreshToken: admin.refreshToken })).status).toBe(204);
      expect((await dashboard()).status).toBe(401);
    });

    it('one answer for every refused token, so a forger cannot tell that the signature was right', async () => {
      const admin = await makeAdmin(app, api);
      const user = await makeApplicant(app, api);
      const claims = claimsOf(user.accessToken);
      const ended = await makeApplicant(app, api);
      await api.post('/api/v1/auth/logout', { refreshToken: ended.refreshToken });
      const disabled = await makeApplicant(app, api);
      expect((await admin.client.patch(`/api/v1/admin/users/${disabled.id}`, { status: 'disabled' })).status).toBe(200);
      const own = (extra: Record<string, unknown>, expiresIn?: number) => sign(config, config.JWT_SECRET, { ...claims, ...extra }, expiresIn);

      const refused: Record<string, string> = {
        'bad signature': sign(config, 'another-secret-of-at-least-32-characters!!', claims),
        expired: own({}, -60),
        'stale session version': own({ sv: claims.sv + 1 }),
        'ended session (logout)': ended.accessToken,
        'unknown session': own({ sid: '00000000-0000-4000-8000-000000000000' }),
        'another user’s session': own({ sid: claimsOf(admin.accessToken).sid }),
        'no session': own({ sid: undefined }),
        'unknown user': own({ sub: '00000000-0000-4000-8000-000000000001' }),
        'not a uuid subject': own({ sub: 'admin' }),
        'disabled account': disabled.accessToken,
        'wrong audience': jwt.sign(claims, config.JWT_SECRET, { algorithm: 'HS256', audience: 'another-api', issuer: config.JWT_ISSUER, expiresIn: 300 }),
        'not a token': 'not.a.token',
      };
      const expected = bodyOf(await api.get('/api/v1/me'));
      expect(expected).toEqual({ status: 401, statusCode: 401, error: 'Unauthorized', code: 'UNAUTHORIZED', message: 'A valid bearer access token is required', requestId: 'string' });
      const answers: Record<string, unknown> = {};
      for (const [why, token] of Object.entries(refused)) answers[why] = bodyOf(await me(token));
      expect(answers).toEqual(Object.fromEntries(Object.keys(refused).map((why) => [why, expected])));
      // The same claims signed right, unchanged: the control passes.
      expect((await me(own({}))).status).toBe(200);
    });
  });

  describe('while Redis is down', () => {
    it('logout answers 503 and changes nothing; the check asks the database (an ended session stays ended, a live one works)', async () => {
      const redis = await PrivateRedis.create();
      const { app, client: api } = await startApi({ ...(await createTestEnvironment()), REDIS_URL: redis.url });
      try {
        const ended = await makeApplicant(app, api);
        const live = await makeApplicant(app, api);
        const kept = await makeApplicant(app, api);
        expect((await api.post('/api/v1/auth/logout', { refreshToken: ended.refreshToken })).status).toBe(204);
        await redis.stop();

        const refused = await api.post('/api/v1/auth/logout', { refreshToken: kept.refreshToken });
        expect(refused.status).toBe(503);
        expect(refused.body.code).toBe('SESSION_STORE_UNAVAILABLE');
        expect((await api.withToken(ended.accessToken).get('/api/v1/me')).status).toBe(401);
        expect((await api.withToken(live.accessToken).get('/api/v1/me')).status).toBe(200);
        // The refused logout changed nothing: that session still refreshes.
        expect((await api.withToken(kept.accessToken).get('/api/v1/me')).status).toBe(200);
        expect((await api.post('/api/v1/auth/refresh', { refreshToken: kept.refreshToken })).status).toBe(200);
      } finally {
        await app.close();
        await redis.stop();
      }
    });
  });
});
