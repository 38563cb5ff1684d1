import { Logger } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import { DataSource, EntityManager } from 'typeorm';

/** After the replica failed, how long reads go straight to the primary before the replica is tried again. */
export const REPLICA_RETRY_AFTER_MS = 5000;

/** Node's socket errors and pg's own wording for a server that is not there (or went away). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
const NETWORK_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED/i;

/**
 * Why a read on the replica could not be answered there, or null when the error is the read's
 * own (bad SQL, a constraint...: the primary would fail the same way, so it is not retried).
 * 'unreachable': no connection (refused, reset, timed out; class 08; the server shutting down or
 * starting up, 57P01-57P03; a database or login the replica does not have). 'conflict': the
 * standby cancelled the query because replay needed what it read (40001 there, 40P01 rarely).
 */
export function replicaFailure(error: unknown): 'unreachable' | 'conflict' | null {
  const e = (error ?? {}) as { code?: string; message?: string; driverError?: { code?: string; message?: string } };
  const code = e.driverError?.code ?? e.code ?? '';
  const message = e.driverError?.message ?? e.message ?? '';
  if (NETWORK_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '3D000', '28000', '28P01'].includes(code)) return 'unreachable';
  if (!code && NETWORK_MESSAGES.test(message)) return 'unreachable';
  if (code === '40001' && /conflict with recovery/i.test(message)) return 'conflict';
  return null;
}

export interface LagTolerantReadsOptions {
  /** Opens the replica's DataSource (called again after a failed attempt); null: no replica configured. */
  connectReplica: (() => Promise<DataSource>) | null;
  retryAfterMs?: number;
  now?: () => number;
  logger?: Pick<Logger, 'warn' | 'log'>;
}

/**
 * The one way a query says "I tolerate replication lag": `reads.run((manager) => ...)` runs it
 * on the streaming replica (DATABASE_READ_URL) when there is one, else on the primary. For lists
 * and search of other people's files, statistics, exports and the public notices: what a user
 * just wrote and reads back (their own list, a file after editing it), anything in a transaction
 * and anything that decides a write stays on the primary (the repositories' default manager).
 *
 * When the replica does not answer, the read runs on the primary instead (a read is safe to run
 * twice) and counts in title_portal_db_replica_fallback_total; one warning per outage, not per
 * query, then the replica is left alone for REPLICA_RETRY_AFTER_MS before the next read tries it.
 *
 * A second DataSource rather than TypeORM's `replication` option: that one connects to every
 * replica in initialize(), so an API started while the replica is down would not start at all,
 * and it sends every SelectQueryBuilder to a replica unless told otherwise (defaultMode), which
 * would make read-after-write lag the silent default instead of the exception.
 */
export class LagTolerantReads {
  private readonly retryAfterMs: number;
  private readonly now: () => number;
  private readonly logger: Pick<Logger, 'warn' | 'log'>;
  private replica: Promise<DataSource> | null = null;
  /** Set while the replica is considered down: reads go to the primary until then. */
  private downUntil: number | null = null;
  private readonly fallbacks: Counter<'reason'>;
  private readonly up: Gauge;

  constructor(
    private readonly primary: DataSource,
    private readonly options: LagTolerantReadsOptions,
  ) {
    this.retryAfterMs = options.retryAfterMs ?? REPLICA_RETRY_AFTER_MS;
    this.now = options.now ?? Date.now;
    this.logger = options.logger ?? new Logger('ReadReplica');
    this.fallbacks = new Counter({
      name: 'title_portal_db_replica_fallback_total',
      help: 'Lag-tolerant reads answered by the primary because the read replica did not (reason: unreachable, conflict)',
      labelNames: ['reason'],
      registers: [],
    });
    // Both series exist from the start, so a rate() alert sees 0 before the first fallback.
    for (const reason of ['unreachable', 'conflict']) this.fallbacks.inc({ reason }, 0);
    const isUp = () => (this.downUntil === null ? 1 : 0);
    this.up = new Gauge({
      name: 'title_portal_db_replica_up',
      help: '1 while lag-tolerant reads go to the read replica, 0 while they fall back to the primary (absent without DATABASE_READ_URL)',
      registers: [],
      collect() {
        this.set(isUp());
      },
    });
  }

  /** Whether a replica is configured at all. */
  get enabled(): boolean {
    return this.options.connectReplica !== null;
  }

  /** Adds the replica's metrics to a scrape registry (only when a replica is configured). */
  registerMetrics(registry: Registry): void {
    if (!this.enabled) return;
    registry.registerMetric(this.fallbacks);
    registry.registerMetric(this.up);
  }

  /** Runs a read that tolerates lag; see the class. `work` must only read, and must use the manager it is given. */
  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.options.connectReplica) return work(this.primary.manager);
    if (this.downUntil !== null && this.now() < this.downUntil) return this.onPrimary(work, 'unreachable');
    let result: T;
    try {
      result = await work((await this.replicaDataSource()).manager);
    } catch (error) {
      const failure = replicaFailure(error);
      if (!failure) throw error;
      if (failure === 'unreachable') this.markDown(error as Error);
      return this.onPrimary(work, failure);
    }
    if (this.downUntil !== null) {
      this.downUntil = null;
      this.logger.log('Read replica answers again: lag-tolerant reads go to it');
    }
    return result;
  }

  /** Closes the replica's connections (the primary is the TypeORM module's to close). */
  async close(): Promise<void> {
    const replica = this.replica;
    this.replica = null;
    const dataSource = await replica?.catch(() => null);
    if (dataSource?.isInitialized) await dataSource.destroy();
  }

  private onPrimary<T>(work: (manager: EntityManager) => Promise<T>, reason: 'unreachable' | 'conflict'): Promise<T> {
    this.fallbacks.inc({ reason });
    return work(this.primary.manager);
  }

  private markDown(error: Error): void {
    const wasUp = this.downUntil === null;
    this.downUntil = this.now() + this.retryAfterMs;
    if (wasUp) {
      const detail = (error as { driverError?: Error }).driverError?.message ?? error.message;
      this.logger.warn(`Read replica unreachable (${detail}): lag-tolerant reads go to the primary until it answers again`);
    }
  }

  /** The replica's DataSource, opened on first use; a failed opening is forgotten so the next try opens it again. */
  private replicaDataSource(): Promise<DataSource> {
    this.replica ??= this.options.connectReplica!().catch((error: unknown) => {
      this.replica = null;
      throw error;
    });
    return this.replica;
  }
}
