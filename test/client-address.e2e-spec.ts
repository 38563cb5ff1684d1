import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { ApiClient, ConfigOverrides, createTestEnvironment, startApi, TEST_PASSWORD, uniqueEmail } from '@app/testing';

/** The address the audit trail recorded for a registration. */
async function registeredFrom(app: NestFastifyApplication, email: string): Promise<string | null | undefined> {
  const rows: { ip: string | null }[] = await app
    .get(DataSource)
    .query("SELECT a.ip FROM audit_log a JOIN users u ON u.id = a.entity_id::uuid WHERE a.action = 'user.registered' AND u.email = $1", [email]);
  return rows[0]?.ip;
}

describe('client addresses (e2e)', () => {
  let env: ConfigOverrides;

  beforeAll(async () => {
    env = await createTestEnvironment();
  });

  const register = (api: ApiClient, email: string, forwardedFor: string) =>
    api.post('/api/v1/auth/register', { email, password: TEST_PASSWORD, fullName: 'Address Test', locale: 'en' }, { 'x-forwarded-for': forwardedFor });

  describe('behind one proxy (TRUST_PROXY=1)', () => {
    let app: NestFastifyApplication;
    let api: ApiClient;
    beforeAll(async () => {
      ({ app, client: api } = await startApi({ ...env, TRUST_PROXY: '1' }));
    });
    afterAll(async () => app?.close());

    it('takes the address the proxy appended, not what the client wrote before it', async () => {
      const direct = uniqueEmail('addr');
      expect((await register(api, direct, '203.0.113.9')).status).toBe(202);
      expect(await registeredFrom(app, direct)).toBe('203.0.113.9');
      const forged = uniqueEmail('addr');
      expect((await register(api, forged, '6.6.6.6, 203.0.113.10')).status).toBe(202);
      expect(await registeredFrom(app, forged)).toBe('203.0.113.10');
    });

    it('refuses a forwarded address that is not an IP with 400 and writes nothing', async () => {
      for (const junk of ['x'.repeat(300), 'not-an-address', '999.1.1.1']) {
        const email = uniqueEmail('junk');
        const res = await register(api, email, junk);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ code: 'INVALID_CLIENT_ADDRESS', details: [expect.objectContaining({ path: 'header:x-forwarded-for' })] });
        expect(await app.get(DataSource).query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);
      }
    });
  });

  describe('without a proxy (TRUST_PROXY unset)', () => {
    let app: NestFastifyApplication;
    let api: ApiClient;
    beforeAll(async () => {
      ({ app, client: api } = await startApi(env));
    });
    afterAll(async () => app?.close());

    it('ignores X-Forwarded-For: the peer is the client', async () => {
      const email = uniqueEmail('addr');
      expect((await register(api, email, '203.0.113.11')).status).toBe(202);
      expect(await registeredFrom(app, email)).toBe('127.0.0.1');
      const junk = uniqueEmail('addr');
      expect((await register(api, junk, 'x'.repeat(300))).status).toBe(202);
      expect(await registeredFrom(app, junk)).toBe('127.0.0.1');
    });
  });
});
