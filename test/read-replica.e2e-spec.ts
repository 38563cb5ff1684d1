import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Cycle } from '@app/applications';
import { LagTolerantReads, prepareSchema } from '@app/db';
import { ApiClient, asTestAppRole, ConfigOverrides, freePort, createTestEnvironment, eventually, exportAndDownload, makeAdmin, makeOpenCycle, makeUser, PrivatePostgres, startApi, TestUser } from '@app/testing';

const METRICS_TOKEN = 'metrics-token-for-the-replica-tests';
const DATABASE = 'tp_replica';

/**
 * DATABASE_READ_URL against a real streaming replica: a private primary (initdb) and a replica
 * of it (pg_basebackup -R) on this machine, so the test can pause the replica's replay and stop
 * it without touching the shared test server. Pausing replay makes lag visible: what the replica
 * serves stops changing, what the primary serves does not.
 */
describe('reads on a replica (e2e)', () => {
  let primary: PrivatePostgres;
  let replica: PrivatePostgres;
  let app: NestFastifyApplication;
  let api: ApiClient;
  let admin: TestUser;
  let cycle: Cycle;
  let env: ConfigOverrides;

  const adminListIds = async (text?: string) => {
    const res = await admin.client.get(`/api/v1/applications?cycleId=${cycle.id}&limit=100${text ? `&text=${encodeURIComponent(text)}` : ''}`);
    expect(res.status).toBe(200);
    return (res.body.items as { id: string }[]).map((i) => i.id);
  };
  const ownListIds = async (applicant: TestUser) => ((await applicant.client.get('/api/v1/applications?limit=100')).body.items as { id: string }[]).map((i) => i.id);
  const statsTotal = async () => (await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`)).body.total as number;
  const exportRows = async () => {
    // Queued, made here by the worker's own call (no worker in this test), downloaded.
    const res = await exportAndDownload(admin.client, { format: 'csv', cycleId: cycle.id }, app);
    expect(res.status).toBe(200);
    return res.bytes.toString('utf8').trim().split('\n').length - 1; // minus the header
  };
  const publicNotices = async () => {
    const res = await api.get('/api/v1/public/notices');
    expect(res.status).toBe(200);
    return res.body.items as unknown[];
  };
  /** A draft of a new applicant (one file per applicant and cycle). */
  let drafts = 0;
  const newDraft = async () => {
    const name = `Replica Tester ${++drafts}`;
    const applicant = await makeUser(app, api, { roles: ['applicant'], fullName: name });
    const res = await applicant.client.post('/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: cycle.specialties[0] });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, applicant, name };
  };
  const metric = async (name: string) => {
    const body = (await api.get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` })).body as string;
    const match = new RegExp(`^${name} (\\d+)$`, 'm').exec(body);
    return match ? Number(match[1]) : undefined;
  };
  const onReplica = (sql: string) => replica.query(sql);

  beforeAll(async () => {
    primary = await PrivatePostgres.primary();
    const ownerUrl = primary.url(DATABASE);
    // The database, the portal's role and the schema on the primary, as `npm start` prepares them; the replica copies it all.
    await prepareSchema(ownerUrl, asTestAppRole(ownerUrl));
    replica = await primary.replica();
    env = await createTestEnvironment({
      DATABASE_URL: asTestAppRole(ownerUrl),
      DATABASE_OWNER_URL: ownerUrl,
      DATABASE_READ_URL: asTestAppRole(replica.url(DATABASE)),
      METRICS_TOKEN,
    });
    ({ app, client: api } = await startApi(env));
    admin = await makeAdmin(app, api);
    cycle = await makeOpenCycle(app);
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await replica?.destroy();
    await primary?.destroy();
  });

  it('a lag-tolerant read runs on the replica (in recovery), an ordinary one on the primary', async () => {
    const reads = app.get(LagTolerantReads);
    expect(reads.enabled).toBe(true);
    const [onRead] = await reads.run((m) => m.query('SELECT pg_is_in_recovery() AS recovering, inet_server_port() AS port'));
    expect(onRead).toEqual({ recovering: true, port: replica.port });
    const [onWrite] = await reads['primary'].query('SELECT pg_is_in_recovery() AS recovering, inet_server_port() AS port');
    expect(onWrite).toEqual({ recovering: false, port: primary.port });
  });

  it('with replay paused, the admin list, search, statistics and export lag; the applicant reads back their own draft at once', async () => {
    const first = await newDraft();
    await eventually(async () => (await adminListIds()).includes(first.id));
    const [before, totalBefore, rowsBefore] = [await adminListIds(), await statsTotal(), await exportRows()];

    await onReplica('SELECT pg_wal_replay_pause()');
    const second = await newDraft().catch(async (error: unknown) => {
      await onReplica('SELECT pg_wal_replay_resume()');
      throw error;
    });
    try {
      // Read-after-write: the applicant's own list is on the primary.
      expect(await ownListIds(second.applicant)).toContain(second.id);
      // Lag-tolerant: the replica has not replayed the new draft.
      expect(await adminListIds()).toEqual(before);
      expect(await adminListIds(second.name)).toEqual([]);
      expect(await statsTotal()).toBe(totalBefore);
      expect(await exportRows()).toBe(rowsBefore);
      expect(await publicNotices()).toEqual([]);
    } finally {
      await onReplica('SELECT pg_wal_replay_resume()');
    }
    // Replay resumed: the replica catches up.
    await eventually(async () => (await adminListIds()).length === before.length + 1);
    expect(await adminListIds(second.name)).toEqual([second.id]);
    expect(await statsTotal()).toBe(totalBefore + 1);
    expect(await exportRows()).toBe(rowsBefore + 1);
    expect(await metric('title_portal_db_replica_up')).toBe(1);
    expect(await metric('title_portal_db_replica_fallback_total{reason="unreachable"}')).toBe(0);
  });

  it('with the replica stopped, the same reads answer from the primary: one warning, every fallback counted', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      await onReplica('SELECT pg_wal_replay_pause()');
      const { id: unseen } = await newDraft(); // never replayed: only the primary has it
      await replica.stop('fast');

      expect(await adminListIds()).toContain(unseen);
      const total = await statsTotal();
      expect(await adminListIds()).toContain(unseen);
      expect(await exportRows()).toBe(total);
      expect(await publicNotices()).toEqual([]);

      const warnings = warn.mock.calls.filter(([message]) => /Read replica unreachable/.test(String(message)));
      expect(warnings).toHaveLength(1);
      // Five reads fell back: two lists, the statistics, the export's one batch, the public notices.
      expect(await metric('title_portal_db_replica_fallback_total{reason="unreachable"}')).toBe(5);
      expect(await metric('title_portal_db_replica_up')).toBe(0);
    } finally {
      warn.mockRestore();
    }
  });

  it('once the replica is back, the reads return to it (after the pause between tries)', async () => {
    await replica.start();
    const back = await eventually(
      async () => {
        await adminListIds();
        return (await metric('title_portal_db_replica_up')) === 1;
      },
      20_000,
      500,
    );
    expect(back).toBe(true);
    const [onRead] = await app.get(LagTolerantReads).run((m) => m.query('SELECT pg_is_in_recovery() AS recovering'));
    expect(onRead).toEqual({ recovering: true });
    // The restarted replica replays what it missed: the list it serves has every draft again.
    await eventually(async () => (await adminListIds()).length === (await statsTotal()) && (await statsTotal()) === 3);
  });

  it('an API started while the replica is unreachable starts, and serves those reads from the primary', async () => {
    const nobody = await freePort();
    const second = await startApi({ ...env, DATABASE_READ_URL: asTestAppRole(`postgres://postgres@127.0.0.1:${nobody}/${DATABASE}`) });
    try {
      const otherAdmin = await makeAdmin(second.app, second.client);
      const res = await otherAdmin.client.get(`/api/v1/applications?cycleId=${cycle.id}&limit=100`);
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(3);
      expect(await second.app.get(LagTolerantReads).run((m) => m.query('SELECT pg_is_in_recovery() AS recovering'))).toEqual([{ recovering: false }]);
    } finally {
      await second.app.close();
    }
  });
});
