import { createHash, randomBytes } from 'crypto';
import { RequestMethod } from '@nestjs/common';
import { GUARDS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { IS_PUBLIC_KEY, LocalAuthGuard } from '@app/auth';
import { AppConfig } from '@app/config';
import { loginDelayMs } from '@app/identity';
import { ApiClient, ConfigOverrides, createTestEnvironment, eventually, HttpResult, makeApplicant, PrivateRedis, startApi, TEST_PASSWORD, uniqueEmail } from '@app/testing';
import { RATE_LIMIT_POLICY_KEY, RateLimitGuard, rateLimitPolicies } from '../apps/api/src/http/throttling';

const WRONG = 'not the right password at all';

/** Every key of the whole Redis matching `pattern` (other runs' keys included). */
async function scanKeys(redis: Redis, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}

const sha32 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

function tally(results: HttpResult[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

function expectRateLimited(res: HttpResult, code: string): void {
  expect(res.status).toBe(429);
  expect(Object.keys(res.body).sort()).toEqual(['code', 'details', 'error', 'message', 'requestId', 'statusCode']);
  expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code });
  expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(res.body.details.retryAfterSeconds).toBe(retryAfter);
}

describe('rate limits (e2e)', () => {
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    await redis?.quit();
  });

  describe('login: refused per account and client, delayed per account, never locked', () => {
    // A delay long enough to measure as a lower bound, short enough for the suite.
    const delayPolicy = { afterFailures: 3, baseMs: 300, maxMs: 2400 };
    let env: ConfigOverrides;
    let app: NestFastifyApplication;
    let api: ApiClient;
    // A Redis of this block's own: MONITOR below sees only this API's commands (on the shared one,
    // parallel files' traffic can reach the monitor before ioredis has switched it to monitor mode).
    let privateRedis: PrivateRedis;
    let redis: Redis;
    let lastOctets = 0;
    /** A client address of its own (TRUST_PROXY=1: X-Forwarded-For names the client). */
    const freshIp = () => `198.51.${100 + Math.floor(lastOctets / 250)}.${(lastOctets++ % 250) + 1}`;
    const login = (email: string, password: string, ip: string, cookie?: string) =>
      api.post('/api/v1/auth/login', { email, password }, { 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) });
    /** A web login (the one that sets the device cookie); returns the answer and the device cookie it set. */
    async function webLogin(email: string, password: string, ip: string, cookie?: string) {
      const res = await api.post('/api/v1/auth/web/login', { email, password }, { 'x-csrf-protection': '1', 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) });
      const device = res.headers.getSetCookie().find((c) => c.startsWith('tp_device='));
      return { res, device, deviceCookie: device?.split(';')[0] };
    }
    async function timed<T>(request: () => Promise<T>): Promise<{ result: T; ms: number }> {
      const started = performance.now();
      const result = await request();
      return { result, ms: performance.now() - started };
    }

    beforeAll(async () => {
      privateRedis = await PrivateRedis.create();
      redis = new Redis(privateRedis.url);
      env = await createTestEnvironment({
        REDIS_URL: privateRedis.url,
        TRUST_PROXY: '1',
        LOGIN_DELAY_AFTER_FAILURES: String(delayPolicy.afterFailures),
        LOGIN_DELAY_BASE_MS: String(delayPolicy.baseMs),
        LOGIN_DELAY_MAX_MS: String(delayPolicy.maxMs),
      });
      ({ app, client: api } = await startApi(env));
    });
    afterAll(async () => {
      await app?.close();
      await redis?.quit();
      await privateRedis?.stop();
    });

    it('evaluates at most 10 guesses per account from one address however many arrive at once; then that address is refused, the right password included', async () => {
      const user = await makeApplicant(app, api);
      const attacker = freshIp();
      const results = await Promise.all(Array.from({ length: 40 }, () => login(user.email, WRONG, attacker)));
      expect(results).toHaveLength(40);
      expect(tally(results)).toEqual({ 401: 10, 429: 30 });
      for (const res of results.filter((r) => r.status === 429)) expectRateLimited(res, 'TOO_MANY_LOGIN_ATTEMPTS');
      expectRateLimited(await login(user.email, TEST_PASSWORD, attacker), 'TOO_MANY_LOGIN_ATTEMPTS');
      // Another address has guesses of its own: the attacker's refusal is not the account's.
      const elsewhere = freshIp();
      expect((await login(user.email, WRONG, elsewhere)).status).toBe(401);
    });

    it('lets the owner in while an attacker is refused: from another address, and with the device cookie from the attacker\'s own address', async () => {
      const owner = await makeApplicant(app, api);
      const sharedAddress = freshIp();
      // The owner logged in from this address (an office NAT, say) in the browser before: the device cookie.
      const first = await webLogin(owner.email, TEST_PASSWORD, sharedAddress);
      expect(first.res.status).toBe(200);
      expect(first.device).toMatch(/^tp_device=d1\.[^;]+; Path=\/api\/v1\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict; Secure$/);
      // An attacker with an account of their own gets a device cookie too; it is worthless for the owner's account.
      const attackerAccount = await makeApplicant(app, api);
      const attackerDevice = (await webLogin(attackerAccount.email, TEST_PASSWORD, sharedAddress)).deviceCookie!;

      const guesses = [];
      for (let i = 0; i < 12; i++) guesses.push((await login(owner.email, WRONG, sharedAddress, attackerDevice)).status);
      expect(guesses).toEqual([...Array(10).fill(401), 429, 429]);
      expectRateLimited(await login(owner.email, TEST_PASSWORD, sharedAddress), 'TOO_MANY_LOGIN_ATTEMPTS');

      // The owner's browser, at the same address: its failures are its own, and it gets in.
      const withDevice = await webLogin(owner.email, TEST_PASSWORD, sharedAddress, first.deviceCookie);
      expect(withDevice.res.status).toBe(200);
      expect((await login(owner.email, TEST_PASSWORD, sharedAddress, first.deviceCookie)).status).toBe(200);
      // The owner from an address never seen before, with the right password: delayed (12 failures), not refused.
      const away = await login(owner.email, TEST_PASSWORD, freshIp());
      expect(away.status).toBe(200);
      expect(away.body.accessToken).toEqual(expect.any(String));
    });

    it('delays the logins of clients the account does not know, more with each failure from any address, and never refuses them; known clients are not delayed', async () => {
      const owner = await makeApplicant(app, api);
      const knownAddress = freshIp();
      const { deviceCookie } = await webLogin(owner.email, TEST_PASSWORD, knownAddress);
      expect(deviceCookie).toBeDefined();

      // One guess per address: no address is refused, only the account's failures grow.
      const expected: number[] = [];
      const measured: number[] = [];
      for (let failures = 0; failures < 7; failures++) {
        const { result, ms } = await timed(() => login(owner.email, WRONG, freshIp()));
        expect(result.status).toBe(401);
        expected.push(loginDelayMs(failures, delayPolicy));
        measured.push(ms);
      }
      expect(expected).toEqual([0, 0, 0, 300, 600, 1200, 2400]);
      // Lower bounds only (a loaded machine is slower, never faster); 5 ms for timer granularity.
      for (const [i, ms] of measured.entries()) expect({ failures: i, atLeast: ms >= expected[i] - 5 }).toEqual({ failures: i, atLeast: true });

      // The right password from an unknown address: it waits, then gets in.
      const unknown = await timed(() => login(owner.email, TEST_PASSWORD, freshIp()));
      expect(unknown.result.status).toBe(200);
      expect(unknown.ms).toBeGreaterThanOrEqual(delayPolicy.maxMs - 5);
      // Known clients skip the delay (the bound is the whole 2.4 s delay: an argon2 check takes a fraction of it).
      const device = await timed(() => webLogin(owner.email, TEST_PASSWORD, freshIp(), deviceCookie));
      expect(device.result.res.status).toBe(200);
      expect(device.ms).toBeLessThan(delayPolicy.maxMs);
      const address = await timed(() => login(owner.email, TEST_PASSWORD, knownAddress));
      expect(address.result.status).toBe(200);
      expect(address.ms).toBeLessThan(delayPolicy.maxMs);
    });

    it('counts an IPv6 /64 as one address', async () => {
      const user = await makeApplicant(app, api);
      // A known /64 (no delay), so the test is about the count only.
      expect((await login(user.email, TEST_PASSWORD, '2001:db8:7:7::1')).status).toBe(200);
      for (let i = 0; i < 10; i++) expect((await login(user.email, WRONG, `2001:db8:7:7::${(i + 2).toString(16)}`)).status).toBe(401);
      expectRateLimited(await login(user.email, WRONG, '2001:db8:7:7:ffff:1:2:3'), 'TOO_MANY_LOGIN_ATTEMPTS');
      expect((await login(user.email, TEST_PASSWORD, '2001:db8:7:8::1')).status).toBe(200);
    });

    it('gives a successful login its guess back', async () => {
      const user = await makeApplicant(app, api);
      const ip = freshIp();
      // A known address (no delay), so the test is about the count only.
      expect((await login(user.email, TEST_PASSWORD, ip)).status).toBe(200);
      for (let i = 0; i < 9; i++) expect((await login(user.email, WRONG, ip)).status).toBe(401);
      expect((await login(user.email, TEST_PASSWORD, ip)).status).toBe(200);
      // Still the 10th guess: the success did not use one up.
      expect((await login(user.email, WRONG, ip)).status).toBe(401);
      expect((await login(user.email, WRONG, ip)).status).toBe(429);
    });

    it('speaks only Redis 6.2 to Redis: one script per login, no EXPIRE ... NX (Redis 7)', async () => {
      const email = uniqueEmail('monitor');
      const accountKey = `${env.QUEUE_PREFIX}:login-fail:acct:${sha32(email)}`;
      const monitor = await redis.monitor();
      // Every command touching the key, with where it came from: a client's address, or `lua` inside a script.
      const commands: { args: string[]; source: string }[] = [];
      monitor.on('monitor', (_time: string, args: string[], source: string) => {
        if (args.includes(accountKey)) commands.push({ args: args.map(String), source });
      });
      try {
        expect((await api.post('/api/v1/auth/login', { email, password: WRONG })).status).toBe(401);
        // A later command on the key, seen after the login's own: the monitor has caught up.
        await redis.exists(accountKey);
        await eventually(async () => commands.some((c) => c.args[0].toLowerCase() === 'exists'));
      } finally {
        monitor.disconnect();
      }
      const fromClients = commands.filter((c) => c.source !== 'lua' && c.args[0].toLowerCase() !== 'exists').map((c) => c.args[0].toLowerCase());
      expect(fromClients).toEqual([expect.stringMatching(/^eval(sha)?$/)]);
      expect(commands.filter((c) => c.args.some((arg) => arg.toUpperCase() === 'NX'))).toEqual([]);
    });

    it('keeps its counters under QUEUE_PREFIX, keyed by hashes, with a TTL', async () => {
      const email = uniqueEmail('prefix');
      const ip = '203.0.113.77';
      expect((await login(email, WRONG, ip)).status).toBe(401);
      const everywhere = await scanKeys(redis, `*${sha32(email)}*`);
      expect(everywhere).toEqual([`${env.QUEUE_PREFIX}:login-fail:acct:${sha32(email)}`]);
      const user = await makeApplicant(app, api);
      expect((await login(user.email, TEST_PASSWORD, ip)).status).toBe(200);
      const mine = await scanKeys(redis, `${env.QUEUE_PREFIX}:login-*`);
      expect(mine).toEqual(
        expect.arrayContaining([
          `${env.QUEUE_PREFIX}:login-fail:acct:${sha32(email)}`,
          `${env.QUEUE_PREFIX}:login-fail:pair:${sha32(`${email}\n${ip}`)}`,
          `${env.QUEUE_PREFIX}:login-fail:ip:${sha32(ip)}`,
          `${env.QUEUE_PREFIX}:login-known:${sha32(`${user.email}\n${ip}`)}`,
        ]),
      );
      expect(mine.join('\n')).not.toContain(ip);
      expect(mine.join('\n')).not.toContain('@');
      expect(await redis.ttl(`${env.QUEUE_PREFIX}:login-fail:pair:${sha32(`${email}\n${ip}`)}`)).toBeGreaterThan(0);
      expect(await redis.ttl(`${env.QUEUE_PREFIX}:login-known:${sha32(`${user.email}\n${ip}`)}`)).toBeGreaterThan(900);
      // Nothing of this run outside its prefix.
      for (const key of await scanKeys(redis, `*${sha32(email)}*`)) expect(key.startsWith(`${env.QUEUE_PREFIX}:`)).toBe(true);
    });
  });

  describe('lowered limits', () => {
    let env: ConfigOverrides;
    let app: NestFastifyApplication;
    let api: ApiClient;

    beforeAll(async () => {
      env = await createTestEnvironment({
        LOGIN_MAX_FAILURES_PER_IP: '15',
        RATE_LIMIT_MAIL_PER_ADDRESS: '2',
        RATE_LIMIT_MAIL_PER_IP: '6',
        RATE_LIMIT_PASSWORD_PER_ACCOUNT: '3',
        RATE_LIMIT_PASSWORD_PER_IP: '50',
      });
      ({ app, client: api } = await startApi(env));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('limits mail routes per target address (normalised) with RATE_LIMITED, and per IP', async () => {
      const email = uniqueEmail('target');
      expect((await api.post('/api/v1/auth/password/forgot', { email })).status).toBe(202);
      expect((await api.post('/api/v1/auth/password/forgot', { email: ` ${email.toUpperCase()} ` })).status).not.toBe(429);
      // Third request for the same mailbox, through another mail route: refused.
      const third = await api.post('/api/v1/auth/register', { email, password: TEST_PASSWORD, fullName: 'Flooded', locale: 'en' });
      expectRateLimited(third, 'RATE_LIMITED');
      // Other addresses still pass until the IP's allowance (6 per window) is used up.
      const others = [];
      for (let i = 0; i < 4; i++) others.push(await api.post('/api/v1/auth/password/forgot', { email: uniqueEmail('other') }));
      expect(others.map((r) => r.status)).toEqual([202, 202, 202, 429]);
      expectRateLimited(others[3], 'RATE_LIMITED');

      // Throttler counters live under the prefix, keyed by a hash (never the address or IP in clear).
      const mine = await scanKeys(redis, `${env.QUEUE_PREFIX}:{rl:*`);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.some((k) => k.endsWith(':mail.address}:hits'))).toBe(true);
      expect(mine.some((k) => k.endsWith(':mail.ip}:hits'))).toBe(true);
      const addressKey = `${env.QUEUE_PREFIX}:{rl:${sha32(email)}:mail.address}:hits`;
      expect(mine).toContain(addressKey);
      expect(await scanKeys(redis, `*${sha32(email)}*`)).toEqual(expect.arrayContaining([addressKey]));
      for (const key of await scanKeys(redis, `*${sha32(email)}*`)) expect(key.startsWith(`${env.QUEUE_PREFIX}:`)).toBe(true);
      expect(mine.join('\n')).not.toContain(email);
      expect(mine.join('\n')).not.toContain('127.0.0.1');
    });

    it('limits password changes per account, so a stolen access token cannot guess the current password', async () => {
      const user = await makeApplicant(app, api);
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await user.client.post('/api/v1/me/password', { currentPassword: WRONG, newPassword: 'another long passphrase 9' }));
      expect(answers.map((r) => r.status)).toEqual([400, 400, 400, 429]);
      expect(answers[0].body.code).toBe('WRONG_CURRENT_PASSWORD');
      expectRateLimited(answers[3], 'RATE_LIMITED');
    });

    it('does not limit routes without a policy', async () => {
      const user = await makeApplicant(app, api);
      const answers = await Promise.all(Array.from({ length: 20 }, () => user.client.get('/api/v1/me')));
      expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    });

    // Last: it uses up this IP's login allowance.
    it('evaluates at most LOGIN_MAX_FAILURES_PER_IP guesses per IP, over many accounts at once; an account that logged in from it before still gets in', async () => {
      // makeApplicant logs in from this address: it is known to this account.
      const regular = await makeApplicant(app, api);
      const emails = Array.from({ length: 30 }, () => uniqueEmail('spray'));
      const results = await Promise.all(emails.map((email) => api.post('/api/v1/auth/login', { email, password: WRONG })));
      expect(results).toHaveLength(30);
      expect(tally(results)).toEqual({ 401: 15, 429: 15 });
      for (const res of results.filter((r) => r.status === 429)) expectRateLimited(res, 'TOO_MANY_LOGIN_ATTEMPTS');
      expectRateLimited(await api.post('/api/v1/auth/login', { email: uniqueEmail('spray'), password: TEST_PASSWORD }), 'TOO_MANY_LOGIN_ATTEMPTS');
      expect((await api.post('/api/v1/auth/login', { email: regular.email, password: TEST_PASSWORD })).status).toBe(200);
    });
  });

  describe('every public route has a policy', () => {
    let app: NestFastifyApplication;
    let api: ApiClient;
    const LIMITS = { RATE_LIMIT_TOKEN_PER_IP: 5, RATE_LIMIT_SESSION_PER_IP: 6, RATE_LIMIT_PUBLIC_PER_IP: 8 };

    beforeAll(async () => {
      const env = await createTestEnvironment(Object.fromEntries(Object.entries(LIMITS).map(([k, v]) => [k, String(v)])));
      ({ app, client: api } = await startApi(env));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('declares a rate-limit policy on every @Public() route, enforced by the throttler guard (or, for logins, by the login throttle)', () => {
      const discovery = app.get(DiscoveryService);
      const scanner = app.get(MetadataScanner);
      const reflector = app.get(Reflector);
      const throttled = Object.keys(rateLimitPolicies(app.get(AppConfig)));
      const publicRoutes: string[] = [];
      const problems: string[] = [];
      for (const wrapper of discovery.getControllers()) {
        const instance = wrapper.instance as object;
        if (!instance) continue;
        const controller = wrapper.metatype as object;
        const prototype = Object.getPrototypeOf(instance);
        const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
        for (const name of scanner.getAllMethodNames(prototype)) {
          const handler = prototype[name];
          const sub = Reflect.getMetadata(PATH_METADATA, handler);
          if (sub === undefined) continue;
          if (!reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [handler, controller])) continue;
          const route = `${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number]} /${[base, sub].filter((p) => p && p !== '/').join('/')}`;
          publicRoutes.push(route);
          const policy = reflector.getAllAndOverride<string | undefined>(RATE_LIMIT_POLICY_KEY, [handler, controller]);
          const guards = [...(Reflect.getMetadata(GUARDS_METADATA, controller) ?? []), ...(Reflect.getMetadata(GUARDS_METADATA, handler) ?? [])];
          if (policy === 'login') {
            // Counted where the password is checked (LoginThrottle, run by the local strategy).
            if (!guards.includes(LocalAuthGuard)) problems.push(`${route}: policy login without the login guard`);
          } else if (!policy || !throttled.includes(policy)) {
            problems.push(`${route}: no rate-limit policy`);
          } else if (!guards.includes(RateLimitGuard)) {
            problems.push(`${route}: policy ${policy} without its guard`);
          }
        }
      }
      expect(problems).toEqual([]);
      // The walk saw the public routes (a broken walk must not pass by seeing none).
      expect(publicRoutes).toEqual(expect.arrayContaining(['POST /auth/verify-email', 'GET /public/notices', 'POST /auth/login', 'POST /auth/web/refresh', 'GET /health/ready']));
    });

    it('answers e-mail verification with 429 past RATE_LIMIT_TOKEN_PER_IP guesses', async () => {
      const answers = [];
      for (let i = 0; i < LIMITS.RATE_LIMIT_TOKEN_PER_IP + 1; i++) answers.push(await api.post('/api/v1/auth/verify-email', { token: randomBytes(32).toString('base64url') }));
      expect(answers.map((r) => r.status)).toEqual([...Array(LIMITS.RATE_LIMIT_TOKEN_PER_IP).fill(400), 429]);
      expectRateLimited(answers[LIMITS.RATE_LIMIT_TOKEN_PER_IP], 'RATE_LIMITED');
    });

    it('answers refresh tokens with 429 past RATE_LIMIT_SESSION_PER_IP', async () => {
      const answers = [];
      for (let i = 0; i < LIMITS.RATE_LIMIT_SESSION_PER_IP + 1; i++) answers.push(await api.post('/api/v1/auth/refresh', { refreshToken: randomBytes(32).toString('base64url') }));
      expect(answers.map((r) => r.status)).toEqual([...Array(LIMITS.RATE_LIMIT_SESSION_PER_IP).fill(401), 429]);
      expectRateLimited(answers[LIMITS.RATE_LIMIT_SESSION_PER_IP], 'RATE_LIMITED');
    });

    it('answers the public notices with 429 past RATE_LIMIT_PUBLIC_PER_IP, one allowance for every anonymous read', async () => {
      const answers = [];
      for (let i = 0; i < LIMITS.RATE_LIMIT_PUBLIC_PER_IP + 1; i++) answers.push(await api.get('/api/v1/public/notices'));
      expect(answers.map((r) => r.status)).toEqual([...Array(LIMITS.RATE_LIMIT_PUBLIC_PER_IP).fill(200), 429]);
      expectRateLimited(answers[LIMITS.RATE_LIMIT_PUBLIC_PER_IP], 'RATE_LIMITED');
      expectRateLimited(await api.get('/api/v1/public/cycles'), 'RATE_LIMITED');
    });
  });
});
