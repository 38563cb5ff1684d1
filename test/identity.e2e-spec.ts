import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DataSource } from 'typeorm';
import * as jwt from 'jsonwebtoken';
import { AppConfig } from '@app/config';
import { IS_PUBLIC_KEY, ROLES_KEY } from '@app/auth';
import { toAuthUser, User, UserDirectory } from '@app/identity';
import { OutboxRelay } from '@app/outbox';
import { NotificationsProcessor } from '../apps/worker/src/processors/notifications.processor';
import {
  ApiClient,
  ConfigOverrides,
  createTestEnvironment,
  eventually,
  makeAdmin,
  makeApplicant,
  makeUser,
  PrivateRedis,
  ReceivedMail,
  SmtpSink,
  startApi,
  startWorker,
  TEST_PASSWORD,
  tokenFrom,
  uniqueEmail,
} from '@app/testing';

describe('identity and access (e2e)', () => {
  let env: ConfigOverrides;
  let app: NestFastifyApplication;
  let api: ApiClient;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    // No login delay within the 10 guesses the brute-force test makes (the delay is test/rate-limits.e2e-spec.ts's).
    env = await createTestEnvironment({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://portal.example.org', LOGIN_DELAY_AFTER_FAILURES: '10' });
    ({ app, client: api } = await startApi(env));
    worker = await startWorker(env);
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await smtp?.close();
  });

  const register = (email: string, extra: Record<string, unknown> = {}) =>
    api.post('/api/v1/auth/register', { email, password: TEST_PASSWORD, fullName: 'Designer Test', locale: 'en', ...extra });

  /** Everything a message shows its reader: headers (To with its display name, Subject), text and html. */
  const everything = (mail: ReceivedMail) => [...mail.raw.headerLines.map((h) => h.line), mail.text, mail.html].join('\n');

  /** Every row of every table of this test's database, as text. */
  async function dumpDatabase(): Promise<string> {
    const dataSource = app.get(DataSource);
    const tables: { name: string }[] = await dataSource.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['outbox_events', 'account_tokens', 'refresh_tokens', 'notifications', 'notification_deliveries', 'audit_log']));
    const parts: string[] = [];
    for (const { name } of tables) {
      const [{ text }] = await dataSource.query(`SELECT coalesce(string_agg(t::text, E'\\n'), '') AS text FROM ${dataSource.driver.escape(name)} t`);
      parts.push(`-- ${name}\n${text}`);
    }
    return parts.join('\n');
  }

  describe('registration and e-mail verification', () => {
    it('sends a verification message over real SMTP whose token verifies the account once', async () => {
      const email = uniqueEmail('reg');
      // Without a worker nothing is delivered: the database below is as it is before delivery.
      await worker.close();
      let before: string;
      try {
        const res = await register(email.toUpperCase());
        expect(res.status).toBe(202);
        const [account] = await app.get(DataSource).query('SELECT id, roles, email_verified_at AS "verifiedAt" FROM users WHERE email = $1', [email]);
        expect(account).toMatchObject({ roles: ['applicant'], verifiedAt: null });
        before = await dumpDatabase();
        const [event] = await app.get(DataSource).query('SELECT sealed_secret FROM outbox_events WHERE type = $1 AND recipients::text LIKE $2', ['account.verify_email', `%${account.id}%`]);
        expect(event.sealed_secret).toEqual(expect.any(String)); // still to be delivered
      } finally {
        worker = await startWorker(env);
      }

      const [mail] = await smtp.waitFor(email);
      expect(mail.subject).toMatch(/verify|confirm/i);
      expect(mail.text).toContain('https://portal.example.org/verify-email?token=');
      const token = tokenFrom(mail);
      // The link token exists in clear only in the e-mail: not in any table, before or after delivery.
      expect(before).not.toContain(token);
      expect(await dumpDatabase()).not.toContain(token);

      expect((await api.post('/api/v1/auth/verify-email', { token })).status).toBe(204);
      // A second click on the used link says the address is verified (409), not that the link is bad.
      const again = await api.post('/api/v1/auth/verify-email', { token });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('EMAIL_ALREADY_VERIFIED');
      expect((await api.post('/api/v1/auth/verify-email', { token: `${token}x` })).body.code).toBe('INVALID_TOKEN');

      const login = await api.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
      const me = await api.withToken(login.body.accessToken).get('/api/v1/me');
      expect(me.body.emailVerified).toBe(true);
      // Sent once: a later message to the same address (a reset link) arrives after it, alone.
      expect((await api.post('/api/v1/auth/password/forgot', { email })).status).toBe(202);
      const mails = await smtp.waitFor(email, 2);
      expect(mails.map((m) => m.subject)).toEqual([mail.subject, expect.not.stringMatching(/verify|confirm/i)]);
      expect(smtp.to(email)).toHaveLength(2);
      expect(await dumpDatabase()).not.toContain(token);
    });

    it('answers a taken address (whatever its case) exactly as a new one, creates nothing, and mails the owner instead', async () => {
      const owner = await makeApplicant(app, api);
      const db = app.get(DataSource);
      const usersBefore = (await db.query('SELECT count(*)::int AS n FROM users'))[0].n;
      const fresh = await register(uniqueEmail('fresh'), { fullName: 'Click http://evil.example' });
      const taken = await register(`  ${owner.email.toUpperCase()} `.trim(), { fullName: 'Click http://evil.example', password: 'another long passphrase 9' });
      // Same status, same (empty) body, same headers that could tell them apart.
      expect(fresh.status).toBe(202);
      expect({ status: taken.status, body: taken.body, type: taken.headers.get('content-type') }).toEqual({ status: fresh.status, body: fresh.body, type: fresh.headers.get('content-type') });
      // The new address got its account; the taken one got nothing new: no account, no link, and its password unchanged.
      expect((await db.query('SELECT count(*)::int AS n FROM users'))[0].n).toBe(usersBefore + 1);
      expect(await db.query("SELECT 1 FROM account_tokens WHERE user_id = $1 AND purpose = 'verify_email'", [owner.id])).toHaveLength(0);
      expect((await api.post('/api/v1/auth/login', { email: owner.email, password: TEST_PASSWORD })).status).toBe(200);

      // The owner is told, in a message carrying nothing the registrant typed and no one-time link.
      const [mail] = await smtp.waitFor(owner.email, 1, 20000, (m) => /tried to register/i.test(m.subject));
      expect(mail.text).toContain('https://portal.example.org/login');
      expect(mail.text).toContain('https://portal.example.org/forgot-password');
      expect(everything(mail)).not.toMatch(/evil\.example|Click/);
      expect(mail.text).not.toMatch(/[?&]token=/);
      expect(await db.query("SELECT actor_id AS \"actorId\" FROM audit_log WHERE action = 'user.registration_repeated' AND entity_id = $1", [owner.id])).toEqual([{ actorId: null }]);
    });

    it('greets a registrant neutrally: the name they typed is in no part of the verification mail', async () => {
      const email = uniqueEmail('namebait');
      const fullName = 'Click http://evil.example';
      expect((await register(email, { fullName })).status).toBe(202);
      const [verification] = await smtp.waitFor(email);
      expect(everything(verification)).not.toMatch(/evil\.example|Click/);
      expect(verification.text.startsWith('Hello,\n')).toBe(true);
      // Once the address is verified, the account's name is its owner's own: mail greets by it.
      expect((await api.post('/api/v1/auth/verify-email', { token: tokenFrom(verification) })).status).toBe(204);
      expect((await api.post('/api/v1/auth/password/forgot', { email })).status).toBe(202);
      const [, reset] = await smtp.waitFor(email, 2);
      expect(reset.text.startsWith(`Dear ${fullName},\n`)).toBe(true);
    });

    it('rejects mass assignment of roles, status and verified flag, naming each field', async () => {
      const email = uniqueEmail('mass');
      const res = await register(email, { roles: ['admin'], status: 'active', emailVerified: true });
      expect(res.status).toBe(400);
      const paths = res.body.details.map((d: { path: string }) => d.path).sort();
      expect(paths).toEqual(['emailVerified', 'roles', 'status']);
      const count = await app.get(DataSource).query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]);
      expect(count[0].n).toBe(0);
    });

    it('rejects common passwords and the e-mail as password', async () => {
      const email = uniqueEmail('weak');
      const common = await register(email, { password: 'password123' });
      expect(common.status).toBe(400);
      expect(common.body.details[0]).toMatchObject({ path: 'password', code: 'PASSWORD_TOO_COMMON' });
      const same = await register(email, { password: email });
      expect(same.body.details.map((d: { code: string }) => d.code)).toContain('PASSWORD_EQUALS_EMAIL');
      const short = await register(email, { password: 'short' });
      expect(short.body.details[0].path).toBe('password');
    });
  });

  describe('sessions', () => {
    it('rotates refresh tokens and revokes the family when a spent token comes back', async () => {
      const user = await makeApplicant(app, api);
      const first = await api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(user.refreshToken);

      const reuse = await api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(reuse.status).toBe(401);
      expect(reuse.body.code).toBe('INVALID_REFRESH_TOKEN');
      // The legitimate successor died with its family.
      expect((await api.post('/api/v1/auth/refresh', { refreshToken: first.body.refreshToken })).status).toBe(401);
    });

    it('logs out by revoking the family', async () => {
      const user = await makeApplicant(app, api);
      expect((await api.post('/api/v1/auth/logout', { refreshToken: user.refreshToken })).status).toBe(204);
      expect((await api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    });

    it('pins the JWT algorithm, audience and issuer', async () => {
      const user = await makeApplicant(app, api);
      const [, payload] = user.accessToken.split('.');
      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      expect((await api.withToken(none).get('/api/v1/me')).status).toBe(401);
      expect((await api.withToken(user.accessToken).get('/api/v1/me')).status).toBe(200);

      // Signed with the real secret: only the right audience and issuer are accepted.
      const config = app.get(AppConfig);
      const claims = jwt.decode(user.accessToken) as Record<string, unknown>;
      const sign = (aud: string, iss: string) =>
        jwt.sign({ sub: claims.sub, sv: claims.sv, sid: claims.sid }, config.JWT_SECRET, { algorithm: 'HS256', audience: aud, issuer: iss, expiresIn: 300 });
      expect((await api.withToken(sign(config.JWT_AUDIENCE, config.JWT_ISSUER)).get('/api/v1/me')).status).toBe(200);
      const wrongAudience = await api.withToken(sign('another-api', config.JWT_ISSUER)).get('/api/v1/me');
      expect(wrongAudience.status).toBe(401);
      expect(wrongAudience.body.code).toBe('UNAUTHORIZED');
      expect((await api.withToken(sign(config.JWT_AUDIENCE, 'someone-else')).get('/api/v1/me')).status).toBe(401);
    });

    it('ends every other session when the password is changed, keeping the current one', async () => {
      const user = await makeApplicant(app, api);
      const other = await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD });
      expect(other.status).toBe(200);
      const newPassword = 'a changed long passphrase 8';
      const changed = await user.client.post('/api/v1/me/password', { currentPassword: TEST_PASSWORD, newPassword });
      // The other session is over: its refresh token and its access token.
      expect((await api.post('/api/v1/auth/refresh', { refreshToken: other.body.refreshToken })).status).toBe(401);
      expect((await api.withToken(other.body.accessToken).get('/api/v1/me')).status).toBe(401);
      // This session continues: with the access token returned, and its refresh token still refreshes.
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ accessToken: expect.any(String), tokenType: 'Bearer' });
      expect((await api.withToken(changed.body.accessToken).get('/api/v1/me')).status).toBe(200);
      const refreshed = await api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(refreshed.status).toBe(200);
      expect((await api.withToken(refreshed.body.accessToken).get('/api/v1/me')).status).toBe(200);
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: newPassword })).status).toBe(200);
    });

    it('knows the caller exactly as the stored account has it (plain-SQL read behind the auth guard)', async () => {
      const admin = await makeAdmin(app, api);
      const applicant = await makeUser(app, api, { locale: 'zh-CN', verified: false });
      const directory = app.get(UserDirectory);
      for (const { id } of [admin, applicant]) {
        directory.forget(id);
        const expected = toAuthUser(await app.get(DataSource).getRepository(User).findOneByOrFail({ id }));
        expect(await directory.getAuthUser(id)).toEqual(expected);
      }
      expect(await directory.getAuthUser(admin.id)).toMatchObject({ roles: ['admin'], emailVerified: true, status: 'active', sessionVersion: 1 });
      expect(await directory.getAuthUser(applicant.id)).toMatchObject({ roles: ['applicant'], emailVerified: false, locale: 'zh-CN' });
      expect(await directory.getAuthUser('00000000-0000-4000-8000-000000000000')).toBeNull();
    });

    it('locks a disabled user out at once, access and refresh tokens alike', async () => {
      const admin = await makeAdmin(app, api);
      const user = await makeApplicant(app, api);
      expect((await user.client.get('/api/v1/me')).status).toBe(200);
      const disabled = await admin.client.patch(`/api/v1/admin/users/${user.id}`, { status: 'disabled' });
      expect(disabled.status).toBe(200);
      const me = await user.client.get('/api/v1/me');
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('UNAUTHORIZED');
      expect((await api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    });

    it('resets a password by e-mail, single use, ending every session', async () => {
      const user = await makeUser(app, api, { email: uniqueEmail('reset') });
      const unknown = await api.post('/api/v1/auth/password/forgot', { email: uniqueEmail('nobody') });
      const known = await api.post('/api/v1/auth/password/forgot', { email: user.email });
      expect(unknown.status).toBe(202);
      expect(known.status).toBe(202);
      expect(known.body).toEqual(unknown.body);

      const [mail] = await smtp.waitFor(user.email);
      const token = tokenFrom(mail);
      const newPassword = 'a brand new long passphrase 7';
      expect((await api.post('/api/v1/auth/password/reset', { token, password: newPassword })).status).toBe(204);
      expect((await api.post('/api/v1/auth/password/reset', { token, password: newPassword })).body.code).toBe('INVALID_TOKEN');

      expect((await user.client.get('/api/v1/me')).status).toBe(401);
      expect((await api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: newPassword })).status).toBe(200);
    });

    it('lets an invited reviewer set a password and log in', async () => {
      const admin = await makeAdmin(app, api);
      const email = uniqueEmail('invitee');
      const invited = await admin.client.post('/api/v1/admin/users', { email, fullName: 'Expert Li', roles: ['reviewer'], locale: 'zh-CN' });
      expect(invited.status).toBe(201);
      expect(invited.body.roles).toEqual(['reviewer']);
      expect((await api.post('/api/v1/auth/login', { email, password: TEST_PASSWORD })).status).toBe(401);

      const [mail] = await smtp.waitFor(email);
      expect(mail.subject).toMatch(/[\u4e00-\u9fff]/); // the invitee's locale is zh-CN
      const token = tokenFrom(mail);
      expect((await api.post('/api/v1/auth/invitations/accept', { token, password: TEST_PASSWORD })).status).toBe(204);
      const login = await api.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
      expect(login.status).toBe(200);
      const me = await api.withToken(login.body.accessToken).get('/api/v1/me');
      expect(me.body).toMatchObject({ roles: ['reviewer'], emailVerified: true });
    });
  });

  describe('authorization', () => {
    it('answers 401 without a token and 403 for an applicant on an admin route', async () => {
      const applicant = await makeApplicant(app, api);
      expect((await api.get('/api/v1/admin/users')).status).toBe(401);
      const res = await applicant.client.get('/api/v1/admin/users');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('ROLE_REQUIRED');
    });

    it('rejects mass assignment on PATCH /me', async () => {
      const applicant = await makeApplicant(app, api);
      const res = await applicant.client.patch('/api/v1/me', { fullName: 'New Name', roles: ['admin'], emailVerified: true });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['emailVerified', 'roles']);
      expect((await applicant.client.get('/api/v1/me')).body).toMatchObject({ roles: ['applicant'], fullName: 'Test Person' });
      const bad = await applicant.client.patch('/api/v1/me', { phone: '12345' });
      expect(bad.body.details[0].path).toBe('phone');
      const ok = await applicant.client.patch('/api/v1/me', { phone: '13812345678', locale: 'zh-CN' });
      expect(ok.body).toMatchObject({ phone: '13812345678', locale: 'zh-CN' });
    });

    it('lets admins list users with filters and cursor pages, phones masked', async () => {
      const admin = await makeAdmin(app, api);
      const marker = `filt${Date.now().toString(36)}`;
      const reviewers = [];
      for (let i = 0; i < 3; i++) reviewers.push(await makeUser(app, api, { email: uniqueEmail(marker), roles: ['reviewer'] }));
      const phones = ['13812345678', '15987654321', null];
      for (const [i, phone] of phones.entries()) {
        if (phone) expect((await reviewers[i].client.patch('/api/v1/me', { phone })).body.phone).toBe(phone);
      }
      const first = await admin.client.get(`/api/v1/admin/users?role=reviewer&text=${marker}&limit=2`);
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(2);
      const second = await admin.client.get(`/api/v1/admin/users?role=reviewer&text=${marker}&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
      const items = [...first.body.items, ...second.body.items] as { id: string; phone: string | null }[];
      const ids = items.map((u) => u.id);
      expect(new Set(ids).size).toBe(3);
      const phoneOf = (id: string) => items.find((u) => u.id === id)?.phone;
      expect(reviewers.map((r) => phoneOf(r.id))).toEqual(['138****5678', '159****4321', null]);
      for (const page of [first, second]) {
        const raw = JSON.stringify(page.body);
        expect(raw).not.toContain('13812345678');
        expect(raw).not.toContain('15987654321');
      }
      expect((await admin.client.get('/api/v1/admin/users?cursor=garbage')).body.code).toBe('INVALID_CURSOR');
    });

    it('never removes the last active admin', async () => {
      const dataSource = app.get(DataSource);
      const admin = await makeAdmin(app, api);
      // Make this the only active admin of this database for the duration of the check.
      await dataSource.query("UPDATE users SET roles = array_remove(roles, 'admin') WHERE id <> $1 AND 'admin' = ANY(roles)", [admin.id]);
      const res = await admin.client.patch(`/api/v1/admin/users/${admin.id}`, { roles: ['reviewer'] });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('LAST_ADMIN');
      expect((await admin.client.patch(`/api/v1/admin/users/${admin.id}`, { status: 'disabled' })).status).toBe(409);
    });

    it('has no route that is neither public nor restricted to named roles', async () => {
      const discovery = app.get(DiscoveryService);
      const scanner = app.get(MetadataScanner);
      const reflector = app.get(Reflector);
      const undeclared: string[] = [];
      const protectedRoutes: { method: string; path: string }[] = [];
      for (const wrapper of discovery.getControllers()) {
        const instance = wrapper.instance as object;
        if (!instance) continue;
        const prototype = Object.getPrototypeOf(instance);
        const base = Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object) as string;
        for (const name of scanner.getAllMethodNames(prototype)) {
          const handler = prototype[name];
          const sub = Reflect.getMetadata(PATH_METADATA, handler);
          if (sub === undefined) continue;
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
          const path = `/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
          const isPublic = reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [handler, wrapper.metatype as object]);
          const roles = reflector.getAllAndOverride<string[]>(ROLES_KEY, [handler, wrapper.metatype as object]);
          if (!isPublic && !roles?.length) undeclared.push(`${method} ${path}`);
          if (!isPublic) protectedRoutes.push({ method, path });
        }
      }
      expect(undeclared).toEqual([]);
      expect(protectedRoutes.length).toBeGreaterThan(3);
      // And over HTTP: every protected route refuses an anonymous caller.
      for (const route of protectedRoutes) {
        const path = `/api/v1${route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000')}`;
        const res = await api.request(route.method, path, ['GET', 'DELETE'].includes(route.method) ? undefined : {});
        expect({ route: `${route.method} ${path}`, status: res.status }).toEqual({ route: `${route.method} ${path}`, status: 401 });
      }
    });
  });

  describe('brute force', () => {
    it('answers 429 with Retry-After after 10 failures from one address, the same for an unknown e-mail', async () => {
      const user = await makeApplicant(app, api);
      const unknown = uniqueEmail('ghost');
      for (const email of [user.email, unknown]) {
        for (let i = 0; i < 10; i++) {
          const res = await api.post('/api/v1/auth/login', { email, password: 'wrong password here' }, { 'x-forwarded-for': '10.0.0.1' });
          expect(res.status).toBe(401);
          expect(res.body.code).toBe('INVALID_CREDENTIALS');
        }
        const blocked = await api.post('/api/v1/auth/login', { email, password: 'wrong password here' });
        expect(blocked.status).toBe(429);
        expect(blocked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
        expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      // From this address even the right password waits out the window (other clients of the account do not: test/rate-limits.e2e-spec.ts).
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(429);
    });

    it('does not count successful logins', async () => {
      const user = await makeApplicant(app, api);
      for (let i = 0; i < 12; i++) {
        expect((await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
      }
    });

    it('validates the login body before checking credentials', async () => {
      const res = await api.post('/api/v1/auth/login', { email: 'not-an-email' });
      expect(res.status).toBe(400);
      expect([...new Set(res.body.details.map((d: { path: string }) => d.path))].sort()).toEqual(['email', 'password']);
    });
  });

  describe('outbox through a Redis outage', () => {
    it('delivers a message promised while Redis was down, once, after it returns', async () => {
      // A private Redis, so the outage is real without touching the shared one; reconnection
      // attempts capped short, so the test waits on the reconnect rather than on the back-off.
      const redis = await PrivateRedis.create();
      const outageEnv = { ...(await createTestEnvironment({ SMTP_URL: smtp.url, REDIS_RECONNECT_MAX_MS: '250' })), REDIS_URL: redis.url };
      const outageApi = await startApi(outageEnv);
      const outageWorker = await startWorker(outageEnv);
      const deliveryWorker = outageWorker.get(NotificationsProcessor).worker;
      // The worker's own relay passes, watched rather than raced: a pass of the test's own would
      // find the row locked by one of them (FOR UPDATE SKIP LOCKED) and dispatch nothing.
      const relay = outageWorker.get(OutboxRelay);
      const drain = relay.drain.bind(relay);
      const passes: { startedAt: number; settledAt?: number; dispatched?: number; error?: Error }[] = [];
      jest.spyOn(relay, 'drain').mockImplementation(() => {
        const pass: (typeof passes)[number] = { startedAt: Date.now() };
        passes.push(pass);
        return drain().then(
          (n) => Object.assign(pass, { settledAt: Date.now(), dispatched: n }).dispatched!,
          (error: Error) => {
            Object.assign(pass, { settledAt: Date.now(), error });
            throw error;
          },
        );
      });
      try {
        await redis.stop();
        const email = uniqueEmail('outage');
        const res = await outageApi.client.post('/api/v1/auth/register', { email, password: TEST_PASSWORD, fullName: 'During Outage', locale: 'en' });
        expect(res.status).toBe(202);
        const committedAt = Date.now();
        const db = outageApi.app.get(DataSource);
        const events = () => db.query('SELECT id, dispatched_at, settled_at FROM outbox_events ORDER BY id');
        // A relay pass that starts after the registration committed cannot hand the row to the
        // queue: it fails at once (the queue's connection does not wait for Redis) and leaves the
        // row waiting. Nothing can be sent without a job.
        const failed = await eventually(async () => passes.find((p) => p.startedAt >= committedAt && p.error), 10000);
        expect(failed.error!.message).toMatch(/Stream isn't writeable|max retries per request/);
        expect(failed.settledAt! - failed.startedAt).toBeLessThan(2000);
        expect(passes.filter((p) => p.dispatched)).toEqual([]);
        const promised = await events();
        expect(promised).toHaveLength(1);
        expect(promised[0].dispatched_at).toBeNull();
        expect(smtp.to(email)).toHaveLength(0);

        await redis.start();
        // The events, each with a bounded wait: the delivery worker is connected again, the message arrives, its event settles.
        await eventually(async () => (await deliveryWorker.client).status === 'ready' && deliveryWorker.isRunning(), 20000);
        await smtp.waitFor(email, 1, 20000);
        // Settled: the delivery of that event is finished, it cannot send again.
        await eventually(async () => {
          const rows = await events();
          return rows.length === 1 && rows[0].dispatched_at !== null && rows[0].settled_at !== null;
        });
        // A later event to someone else, delivered: whatever was queued before it is done.
        const later = uniqueEmail('after-outage');
        expect((await outageApi.client.post('/api/v1/auth/register', { email: later, password: TEST_PASSWORD, fullName: 'After Outage', locale: 'en' })).status).toBe(202);
        await smtp.waitFor(later, 1, 20000);
        expect(smtp.to(email)).toHaveLength(1);
      } finally {
        await outageWorker.close();
        await outageApi.app.close();
        await redis.stop();
      }
    }, 90000);

    it('shuts the worker and the API down while Redis is still down, after a failed relay pass', async () => {
      const redis = await PrivateRedis.create();
      const outageEnv = { ...(await createTestEnvironment({ SMTP_URL: smtp.url, REDIS_RECONNECT_MAX_MS: '250' })), REDIS_URL: redis.url };
      const outageApi = await startApi(outageEnv);
      const outageWorker = await startWorker(outageEnv);
      try {
        await redis.stop();
        expect((await outageApi.client.post('/api/v1/auth/register', { email: uniqueEmail('shutdown'), password: TEST_PASSWORD, fullName: 'During Outage', locale: 'en' })).status).toBe(202);
        // A relay pass that tried to hand the row to the queue and failed (the worker's own passes may hold the row for a moment).
        const relay = outageWorker.get(OutboxRelay);
        await eventually(() => relay.drain().then(() => false, () => true), 20000);
      } finally {
        // Bounded: a close that waits for Redis fails here, by name, instead of running out the test's clock.
        const closed = (what: string, closing: Promise<void>) =>
          Promise.race([closing, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} did not close within 10 s with Redis down`)), 10000).unref())]);
        try {
          await closed('the worker', outageWorker.close());
          await closed('the API', outageApi.app.close());
        } finally {
          await redis.stop();
        }
      }
    }, 60000);
  });
});
