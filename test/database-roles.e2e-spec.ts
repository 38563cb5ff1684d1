import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '@app/config';
import { dropDatabase, prepareSchema } from '@app/db';
import { ApiClient, ConfigOverrides, createTestEnvironment, randomSuffix, runPrefix, startApi, TEST_APP_ROLE, withDatabase, baseDatabaseUrl } from '@app/testing';
import { prepareDatabase } from '../scripts/prepare-database';

/** Run one statement as the portal's role and return its SQLSTATE ('ok' when it succeeded). */
async function outcome(db: DataSource, sql: string): Promise<string> {
  try {
    await db.query(sql);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? 'error';
  }
}

describe("the portal's database role (e2e)", () => {
  describe('what `npm start` sets up on a fresh database', () => {
    const role = `tp_test_app_${randomSuffix()}`;
    const database = `${runPrefix()}_roles_${randomSuffix()}`;
    const ownerUrl = withDatabase(baseDatabaseUrl(), database);
    const appUrl = (() => {
      const u = new URL(ownerUrl);
      u.username = role;
      u.password = 'fresh-role-password';
      return u.toString();
    })();
    let env: ConfigOverrides;
    let app: NestFastifyApplication;
    let api: ApiClient;
    const db = () => app.get(DataSource);
    const asOwner = async (sql: string) => {
      const client = new Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    };

    beforeAll(async () => {
      env = { ...(await createTestEnvironment()), DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl, SEED_DEMO: 'true' };
      // npm start's preparation: database, role, migrations and grants as the owner, then the demo seeded as the portal's role.
      const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        expect(await prepareDatabase(validateEnvironment(env))).toBe(true);
      } finally {
        quiet.mockRestore();
      }
      ({ app, client: api } = await startApi(env));
    }, 180_000);

    afterAll(async () => {
      await app?.close();
      await dropDatabase(ownerUrl);
      const client = new Client({ connectionString: withDatabase(baseDatabaseUrl(), 'postgres') });
      await client.connect();
      await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`).finally(() => client.end());
    });

    it('the API runs as a role that is no superuser and owns nothing, and works: the demo admin logs in, the audit chain is valid', async () => {
      const [me] = await db().query('SELECT current_user AS name, r.rolsuper, r.rolcreaterole, r.rolcreatedb FROM pg_roles r WHERE r.rolname = current_user');
      expect(me).toEqual({ name: role, rolsuper: false, rolcreaterole: false, rolcreatedb: false });
      const [{ owned }] = await db().query(
        `SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid) + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)
              + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) + (SELECT count(*) FROM pg_type WHERE typowner = r.oid) AS owned
           FROM pg_roles r WHERE r.rolname = current_user`,
      );
      expect(Number(owned)).toBe(0);

      const config = validateEnvironment(env);
      const login = await api.post('/api/v1/auth/login', { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
      expect(login.status).toBe(200);
      const admin = api.withToken(login.body.accessToken);
      const verified = await admin.get('/api/v1/admin/audit/verify');
      expect(verified.body).toMatchObject({ valid: true, firstBroken: null });
      expect(verified.body.checked).toBeGreaterThan(0);
    });

    it('refuses the portal UPDATE, DELETE and TRUNCATE on the audit log, and any DDL', async () => {
      const refused = {
        update: 'UPDATE audit_log SET action = action',
        delete: 'DELETE FROM audit_log',
        truncate: 'TRUNCATE audit_log',
        createTable: 'CREATE TABLE shadow_log (id int)',
        alterTable: 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only',
        alterUsers: 'ALTER TABLE users ADD COLUMN note text',
        dropTable: 'DROP TABLE audit_log',
        replaceFunction: `CREATE OR REPLACE FUNCTION audit_entry_canonical(e audit_log) RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'forged' $$`,
        dropTrigger: 'DROP TRIGGER audit_log_append_only ON audit_log',
        createSchema: 'CREATE SCHEMA shadow',
        writeMigrations: "DELETE FROM migrations WHERE name LIKE 'Audit%'",
      };
      const outcomes: Record<string, string> = {};
      for (const [name, sql] of Object.entries(refused)) outcomes[name] = await outcome(db(), sql);
      // 42501 insufficient_privilege (42P01 would mean the statement reached a missing table).
      expect(outcomes).toEqual(Object.fromEntries(Object.keys(refused).map((name) => [name, '42501'])));
      // What it needs: it writes and reads entries (the chaining trigger runs as the owner).
      expect(await outcome(db(), `INSERT INTO audit_log (action, entity_type, entity_id, data) VALUES ('test.probe', 'test', 'e2e', '{}')`)).toBe('ok');
      expect(await outcome(db(), 'SELECT count(*) FROM audit_log')).toBe('ok');
      const [{ chained }] = await asOwner(`SELECT count(*)::int AS chained FROM audit_log WHERE action = 'test.probe' AND seq IS NOT NULL AND hash IS NOT NULL`);
      expect(chained).toBe(1);
    });

    it('a table added by a later migration is the portal’s to use, and the grants are applied again on every start', async () => {
      // As a migration of a later release would (run by the owner, outside the portal's preparation).
      await asOwner('CREATE TABLE later_feature (id bigserial PRIMARY KEY, note text)');
      expect(await outcome(db(), "INSERT INTO later_feature (note) VALUES ('default privileges')")).toBe('ok');
      // An operator's slip (a grant taken away) is repaired by the next start's preparation; audit_log stays insert-only.
      await asOwner(`REVOKE ALL ON later_feature FROM "${role}"`);
      expect(await outcome(db(), 'SELECT * FROM later_feature')).toBe('42501');
      await asOwner(`GRANT UPDATE ON audit_log TO "${role}"`);
      await prepareSchema(ownerUrl, appUrl);
      expect(await outcome(db(), "INSERT INTO later_feature (note) VALUES ('granted again')")).toBe('ok');
      expect(await outcome(db(), 'UPDATE audit_log SET action = action')).toBe('42501');
    });
  });

  it('every e2e file runs its apps as the restricted role', async () => {
    const env = await createTestEnvironment();
    const { app } = await startApi(env);
    try {
      const [{ name, superuser }] = await app.get(DataSource).query(`SELECT current_user AS name, current_setting('is_superuser') AS superuser`);
      expect({ name, superuser }).toEqual({ name: TEST_APP_ROLE, superuser: 'off' });
    } finally {
      await app.close();
    }
  });
});
