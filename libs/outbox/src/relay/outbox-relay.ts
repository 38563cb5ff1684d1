import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { JobProducer } from '@app/queue';
import { CoalescingRunner } from '@app/common';
import { OUTBOX_CHANNEL } from '../outbox.service';
import { OutboxRepository } from '../outbox.repository';
import { OUTBOX_RETENTION_HOLD, OutboxRetentionHold } from './outbox-retention-hold';

const BATCH_SIZE = 500;
/**
 * Events per delivery job. One job's fixed costs (a BullMQ round trip, reading the events
 * and contacts, locking, the inbox statement) are shared by its events; 50 keeps a job
 * short (about 50 e-mails) so a retry repeats little and the worker's slots stay busy
 * when a burst arrives. A quiet relay pass dispatches whatever is there, one event included.
 */
export const DELIVERY_BATCH_SIZE = 50;
const ENQUEUE_TIMEOUT_MS = 5000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
/** Rows looked at per prune statement: bounds one transaction's locks. */
const PRUNE_BATCH = 1000;
/**
 * A pass starts at most this often. The first event after a quiet spell goes at once;
 * while commits stream in (every submission's receipt is one), each pass collects what
 * arrived meanwhile into one batch instead of relaying events one by one, at a cost of
 * at most this much added latency.
 */
const MIN_PASS_INTERVAL_MS = 100;

/**
 * The job id of a batch of events, from their UUIDs (never their row ids, which restart when
 * the database is recreated or restored: Redis keeps completed jobs for a day, and BullMQ
 * silently drops a job whose id it still holds, so a reused id would lose the message).
 * The same events give the same id, so a batch re-dispatched after a failed commit is
 * dropped as a duplicate; the hash covers every event, so two different batches never
 * share an id.
 */
export function outboxJobId(eventUuids: readonly string[]): string {
  if (eventUuids.length === 1) return `outbox-${eventUuids[0]}`;
  const digest = createHash('sha256').update(eventUuids.join(',')).digest('hex').slice(0, 32);
  return `outbox-${eventUuids[0]}+${eventUuids.length - 1}-${digest}`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms))),
  ]);
}

/**
 * Moves committed outbox rows into BullMQ. Rows are claimed with FOR UPDATE SKIP
 * LOCKED, so any number of workers can relay at once without dispatching a row
 * twice; a row is marked dispatched only after Redis accepted its job, so an
 * outage only delays messages. LISTEN/NOTIFY wakes the relay on commit; polling
 * covers missed notifications and reconnects.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener: Client | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private readonly passes = new CoalescingRunner(
    () =>
      this.drain()
        .then(() => undefined)
        .catch((error: Error) => this.logger.warn(`Outbox relay pass failed, will retry: ${error.message}`)),
    MIN_PASS_INTERVAL_MS,
  );
  private stopped = false;
  private lastPrune = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: OutboxRepository,
    @Inject(OUTBOX_RETENTION_HOLD) private readonly hold: OutboxRetentionHold,
    private readonly producer: JobProducer,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.pollTimer = setInterval(() => this.wake(), this.config.OUTBOX_POLL_MS);
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.passes.stop();
    await this.listener?.end().catch(() => undefined);
  }

  /** Run a relay pass now, or once after the current one (see MIN_PASS_INTERVAL_MS). */
  wake(): void {
    this.passes.wake();
  }

  /** Dispatch batches until none is left. Returns the number of rows dispatched. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.dispatchBatch();
      total += n;
      if (n < BATCH_SIZE || this.stopped) break;
    }
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) await this.prune();
    return total;
  }

  private async dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.events.claimUndispatched(manager, BATCH_SIZE);
      if (rows.length === 0) return 0;
      // If Redis is unreachable this throws, the transaction rolls back and the rows stay for the next pass.
      // A job that reached Redis anyway is deduplicated by its job id on the next pass.
      const batches = chunk(rows, DELIVERY_BATCH_SIZE);
      await timeout(
        this.producer.enqueueBulk(
          'notifications.deliver',
          batches.map((batch) => ({ payload: { outboxIds: batch.map((r) => r.id) }, options: { jobId: outboxJobId(batch.map((r) => r.uuid)) } })),
        ),
        ENQUEUE_TIMEOUT_MS,
        'enqueue',
      );
      await this.events.markDispatched(manager, rows.map((r) => r.id));
      return rows.length;
    });
  }

  /**
   * Drop settled rows past retention that no consumer still holds (the notifications module
   * holds an event while one of its deliveries is pending or failed, retryable by an admin).
   * An unsettled row is kept whatever its age: it is what lists an event whose job never
   * finished with it among the failed notifications. Returns the number of rows deleted.
   */
  async prune(): Promise<number> {
    this.lastPrune = Date.now();
    let deleted = 0;
    let afterId = '0';
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const candidates = await this.events.pruneCandidates(manager, this.config.OUTBOX_RETENTION_HOURS, this.config.OUTBOX_DEDUPE_RETENTION_DAYS, PRUNE_BATCH, afterId);
        const held = new Set(candidates.length ? await this.hold.heldEvents(manager, candidates) : []);
        deleted += await this.events.delete(
          manager,
          candidates.filter((id) => !held.has(id)),
        );
        return candidates;
      });
      if (batch.length < PRUNE_BATCH || this.stopped) break;
      afterId = batch[batch.length - 1];
    }
    return deleted;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'title-portal-relay' });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn(`Outbox LISTEN connection lost (${error.message}); polling until it is back`);
      this.listener = null;
      setTimeout(() => void this.listen().catch(() => undefined), 2000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn(`Could not LISTEN for outbox events (${(error as Error).message}); polling only`);
      await client.end().catch(() => undefined);
    }
  }
}
