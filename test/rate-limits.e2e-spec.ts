import { createHash } from 'crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { ApiClient, ConfigOverrides, createTestEnvironment, eventually, HttpResult, makeApplicant, startApi, TEST_PASSWORD, uniqueEmail } from '@app/testing';

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

  describe('login, default limits', () => {
    let env: ConfigOverrides;
    let app: NestFastifyApplication;
    let api: ApiClient;

    beforeAll(async () => {
      env = await createTestEnvironment();
      ({ app, client: api } = await startApi(env));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('evaluates at most 10 guesses per account however many arrive at once', async () => {
      const user = await makeApplicant(app, api);
      const results = await Promise.all(Array.from({ length: 40 }, () => api.post('/api/v1/auth/login', { email: user.email, password: WRONG })));
      expect(results).toHaveLength(40);
      expect(tally(results)).toEqual({ 401: 10, 429: 30 });
      for (const res of results.filter((r) => r.status === 429)) expectRateLimited(res, 'TOO_MANY_LOGIN_ATTEMPTS');
      // The right password waits out the window too.
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(429);
    });

    it('gives a successful login its guess back', async () => {
      const user = await makeApplicant(app, api);
      for (let i = 0; i < 9; i++) expect((await api.post('/api/v1/auth/login', { email: user.email, password: WRONG })).status).toBe(401);
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
      // Still the 10th guess: the success did not use one up.
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: WRONG })).status).toBe(401);
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: WRONG })).status).toBe(429);
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

    it('keeps its counters under QUEUE_PREFIX and nowhere else', async () => {
      const email = uniqueEmail('prefix');
      expect((await api.post('/api/v1/auth/login', { email, password: WRONG })).status).toBe(401);
      const everywhere = await scanKeys(redis, `*${sha32(email)}*`);
      expect(everywhere).toEqual([`${env.QUEUE_PREFIX}:login-fail:acct:${sha32(email)}`]);
      expect(await redis.ttl(everywhere[0])).toBeGreaterThan(0);
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
    it('evaluates at most LOGIN_MAX_FAILURES_PER_IP guesses per IP, over many accounts at once', async () => {
      const emails = Array.from({ length: 30 }, () => uniqueEmail('spray'));
      const results = await Promise.all(emails.map((email) => api.post('/api/v1/auth/login', { email, password: WRONG })));
      expect(results).toHaveLength(30);
      expect(tally(results)).toEqual({ 401: 15, 429: 15 });
      for (const res of results.filter((r) => r.status === 429)) expectRateLimited(res, 'TOO_MANY_LOGIN_ATTEMPTS');
    });
  });
});
