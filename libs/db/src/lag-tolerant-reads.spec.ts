import { Registry } from 'prom-client';
import { DataSource, EntityManager } from 'typeorm';
import { replicaDataSourceOptions } from './db.module';
import { LagTolerantReads, replicaFailure } from './lag-tolerant-reads';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6543'), { code: 'ECONNREFUSED' });
const fakeSource = (name: string) => ({ manager: { name } as unknown as EntityManager, isInitialized: true, destroy: jest.fn() }) as unknown as DataSource;
const where = (manager: EntityManager) => Promise.resolve((manager as unknown as { name: string }).name);

function setUp(connect: (() => Promise<DataSource>) | null) {
  let clock = 1_000_000;
  const logger = { warn: jest.fn(), log: jest.fn() };
  const reads = new LagTolerantReads(fakeSource('primary'), { connectReplica: connect, now: () => clock, logger, retryAfterMs: 5000 });
  const registry = new Registry();
  reads.registerMetrics(registry);
  const fallbacks = async (reason = 'unreachable') => (await registry.getSingleMetric('title_portal_db_replica_fallback_total')!.get()).values.find((v) => v.labels.reason === reason)?.value;
  const up = async () => (await registry.getSingleMetric('title_portal_db_replica_up')!.get()).values[0]?.value;
  return { reads, logger, registry, fallbacks, up, advance: (ms: number) => (clock += ms) };
}

describe('LagTolerantReads', () => {
  it('without a replica runs every read on the primary and exports no replica metrics', async () => {
    const { reads, registry } = setUp(null);
    expect(reads.enabled).toBe(false);
    expect(await reads.run(where)).toBe('primary');
    expect(await registry.metrics()).toBe('\n');
  });

  it('with a replica runs the read there, opening the replica once', async () => {
    const connect = jest.fn(() => Promise.resolve(fakeSource('replica')));
    const { reads, fallbacks, up } = setUp(connect);
    expect(await reads.run(where)).toBe('replica');
    expect(await reads.run(where)).toBe('replica');
    expect(connect).toHaveBeenCalledTimes(1);
    expect(await fallbacks()).toBe(0);
    expect(await up()).toBe(1);
  });

  it('falls back to the primary when the replica cannot be opened: one warning per outage, every fallback counted, retried after the pause', async () => {
    const connect = jest.fn<Promise<DataSource>, []>(() => Promise.reject(refused()));
    const { reads, logger, fallbacks, up, advance } = setUp(connect);
    expect(await reads.run(where)).toBe('primary');
    expect(await reads.run(where)).toBe('primary');
    expect(await reads.run(where)).toBe('primary');
    // Within the pause the replica is not tried again.
    expect(connect).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(/Read replica unreachable \(connect ECONNREFUSED 127\.0\.0\.1:6543\)/);
    expect(await fallbacks()).toBe(3);
    expect(await up()).toBe(0);

    advance(5001);
    expect(await reads.run(where)).toBe('primary'); // tried again, still down: no second warning
    expect(connect).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledTimes(1);

    connect.mockImplementation(() => Promise.resolve(fakeSource('replica')));
    advance(5001);
    expect(await reads.run(where)).toBe('replica');
    expect(logger.log).toHaveBeenCalledWith(expect.stringMatching(/answers again/));
    expect(await up()).toBe(1);
    expect(await fallbacks()).toBe(4);
  });

  it('a replica that goes away mid-read (query error wrapped by TypeORM) sends the read to the primary', async () => {
    const { reads, fallbacks } = setUp(() => Promise.resolve(fakeSource('replica')));
    const gone = Object.assign(new Error('terminating connection due to administrator command'), { driverError: { code: '57P01', message: 'terminating connection due to administrator command' } });
    const work = jest.fn((manager: EntityManager) => (where(manager).then((name) => (name === 'replica' ? Promise.reject(gone) : name))));
    expect(await reads.run(work)).toBe('primary');
    expect(work).toHaveBeenCalledTimes(2);
    expect(await fallbacks()).toBe(1);
  });

  it("a query cancelled by replay (recovery conflict) is answered by the primary without declaring the replica down", async () => {
    const { reads, logger, fallbacks, up } = setUp(() => Promise.resolve(fakeSource('replica')));
    const conflict = { code: '40001', message: 'canceling statement due to conflict with recovery' };
    let first = true;
    const work = (manager: EntityManager) => where(manager).then((name) => (name === 'replica' && first ? ((first = false), Promise.reject(conflict)) : name));
    expect(await reads.run(work)).toBe('primary');
    expect(await reads.run(work)).toBe('replica');
    expect(logger.warn).not.toHaveBeenCalled();
    expect(await fallbacks('conflict')).toBe(1);
    expect(await up()).toBe(1);
  });

  it("the read's own errors are not retried on the primary", async () => {
    const { reads, fallbacks } = setUp(() => Promise.resolve(fakeSource('replica')));
    const badSql = { driverError: { code: '42P01', message: 'relation "nope" does not exist' }, message: 'relation "nope" does not exist' };
    const work = jest.fn(() => Promise.reject(badSql));
    await expect(reads.run(work)).rejects.toBe(badSql);
    expect(work).toHaveBeenCalledTimes(1);
    expect(await fallbacks()).toBe(0);
  });

  it('close() destroys the replica DataSource it opened', async () => {
    const replica = fakeSource('replica');
    const { reads } = setUp(() => Promise.resolve(replica));
    await reads.run(where);
    await reads.close();
    expect(replica.destroy).toHaveBeenCalled();
  });
});

describe('replicaFailure', () => {
  it.each([
    [{ code: 'ECONNREFUSED' }, 'unreachable'],
    [{ code: '57P03', message: 'the database system is starting up' }, 'unreachable'],
    [{ driverError: { code: '08006' } }, 'unreachable'],
    [new Error('Connection terminated unexpectedly'), 'unreachable'],
    [new Error('timeout exceeded when trying to connect'), 'unreachable'],
    [{ code: '40001', message: 'canceling statement due to conflict with recovery' }, 'conflict'],
    [{ code: '40001', message: 'could not serialize access due to concurrent update' }, null],
    [{ code: '23505' }, null],
    [new Error('something else'), null],
  ])('%j is %s', (error, expected) => {
    expect(replicaFailure(error)).toBe(expected);
  });
});

describe('replicaDataSourceOptions', () => {
  it('reads the same entities on the replica, names its connections, gives up connecting after 3 s and never migrates', () => {
    const options = replicaDataSourceOptions('postgres://app@replica.internal:5432/title_portal', 7) as { url: string; migrations: unknown[]; entities: unknown[]; extra: Record<string, unknown> };
    expect(options.url).toBe('postgres://app@replica.internal:5432/title_portal');
    expect(options.migrations).toEqual([]);
    expect(options.entities).toHaveLength(1);
    expect(options.extra).toEqual({ max: 7, application_name: 'title-portal-reads', connectionTimeoutMillis: 3000 });
  });
});
