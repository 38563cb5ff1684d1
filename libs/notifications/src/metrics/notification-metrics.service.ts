import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { LagTolerantReads } from '@app/db';
import { OutboxService, OutboxStats } from '@app/outbox';
import { QUEUE_NAMES } from '@app/queue';
import { NOTIFICATION_CHANNELS } from '../catalogue';
import type { DeliveryStatus } from '../entities/notification-delivery.entity';
import { UNSETTLED_AFTER_MINUTES } from '../delivery/deliveries.repository';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'sent', 'failed', 'skipped'];
const REDIS_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms))),
  ]);
}

/**
 * Prometheus gauges for the notification pipeline, computed when scraped (a few
 * cheap queries; nothing to keep in sync between API replicas). Own registry, not
 * prom-client's global one, so several app instances in one process (tests) do
 * not collide.
 */
@Injectable()
export class NotificationMetricsService {
  private readonly logger = new Logger(NotificationMetricsService.name);
  readonly registry = new Registry();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly outbox: OutboxService,
    reads: LagTolerantReads,
  ) {
    // The read replica's fallback counter and up gauge (only with DATABASE_READ_URL).
    reads.registerMetrics(this.registry);
    // collect() runs with the gauge as `this`, so the service's queries are captured here.
    const outboxStats = () => this.outboxStats();
    const queueCounts = () => this.queueCounts();
    const deliveryCounts = (): Promise<{ status: string; channel: string; n: number }[]> =>
      this.dataSource.query('SELECT status, channel, count(*)::int AS n FROM notification_deliveries GROUP BY status, channel');
    new Gauge({
      name: 'title_portal_outbox_backlog',
      help: 'Outbox events committed but not yet handed to the queue',
      registers: [this.registry],
      async collect() {
        const stats = await outboxStats();
        this.set(stats.backlog);
      },
    });
    new Gauge({
      name: 'title_portal_outbox_oldest_undispatched_age_seconds',
      help: 'Age of the oldest outbox event not yet handed to the queue (0 when there is none)',
      registers: [this.registry],
      async collect() {
        const stats = await outboxStats();
        this.set(stats.oldestAgeSeconds);
      },
    });
    new Gauge({
      name: 'title_portal_outbox_failed_events',
      help: `Outbox events still unsettled ${UNSETTLED_AFTER_MINUTES} minutes after they were queued: their job ended without delivering them (listed among the failed notifications)`,
      registers: [this.registry],
      async collect() {
        const stats = await outboxStats();
        this.set(stats.failedEvents);
      },
    });
    new Gauge({
      name: 'title_portal_queue_jobs',
      help: 'BullMQ jobs per queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [queue, counts] of await queueCounts()) {
          for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
        }
      },
    });
    new Gauge({
      name: 'title_portal_queue_up',
      help: '1 when the queue store (Redis) answered this scrape, 0 otherwise',
      registers: [this.registry],
      async collect() {
        this.set((await queueCounts()).size > 0 ? 1 : 0);
      },
    });
    new Gauge({
      name: 'title_portal_notification_deliveries',
      help: 'Recorded notification deliveries by status and channel',
      labelNames: ['status', 'channel'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows = await deliveryCounts();
        // Every series exists, at 0 when empty, so alerts on e.g. failed e-mail never see a missing series.
        for (const status of DELIVERY_STATUSES) for (const channel of NOTIFICATION_CHANNELS) this.set({ status, channel }, 0);
        for (const r of rows) this.set({ status: r.status, channel: r.channel }, r.n);
      },
    });
  }

  /** The exposition text for one scrape. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    this.outboxPromise = null;
    this.queuePromise = null;
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  // One query/round trip per scrape, shared by the gauges that read it.
  private outboxPromise: Promise<OutboxStats> | null = null;
  private queuePromise: Promise<Map<string, Record<string, number>>> | null = null;

  private outboxStats(): Promise<OutboxStats> {
    this.outboxPromise ??= this.outbox.stats(UNSETTLED_AFTER_MINUTES);
    return this.outboxPromise;
  }

  private queueCounts(): Promise<Map<string, Record<string, number>>> {
    this.queuePromise ??= (async () => {
      const out = new Map<string, Record<string, number>>();
      try {
        for (const name of QUEUE_NAMES) {
          const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
          out.set(name, await withTimeout(queue.getJobCounts(...QUEUE_STATES), REDIS_TIMEOUT_MS));
        }
      } catch (error) {
        this.logger.warn(`Queue depths unavailable for this scrape: ${(error as Error).message}`);
        out.clear();
      }
      return out;
    })();
    return this.queuePromise;
  }
}
