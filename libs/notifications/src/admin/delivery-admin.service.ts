import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ConflictError, CursorPage, decodeCursor, NotFoundError, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { Contact, UserDirectory } from '@app/identity';
import { OutboxService, UnsettledEventRow } from '@app/outbox';
import { JobProducer } from '@app/queue';
import { DeliveriesRepository, FailedDeliveryRow, UNSETTLED_AFTER_MINUTES } from '../delivery/deliveries.repository';

/** An outbox event its job never settled, as an item of the failed list. */
const unsettledEventRow = (e: UnsettledEventRow): FailedDeliveryRow => ({
  id: e.uuid,
  kind: 'event',
  outboxId: e.id,
  type: e.type,
  channel: null,
  recipientKey: null,
  userId: null,
  email: null,
  attempts: null,
  lastError: null,
  createdAt: e.createdAt,
  updatedAt: e.dispatchedAt,
  cursorAt: e.cursorAt,
});

/** The list's order: (cursorAt, id) descending, as each source's SQL orders (fixed-width timestamps, lower-case UUIDs). */
const newestFirst = (a: FailedDeliveryRow, b: FailedDeliveryRow): number => (a.cursorAt !== b.cursorAt ? (a.cursorAt < b.cursorAt ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export interface RetriedDelivery {
  id: string;
  status: 'pending';
  jobId: string;
}

/** What admins can see and do about deliveries that failed. */
@Injectable()
export class DeliveryAdminService {
  private readonly logger = new Logger(DeliveryAdminService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: DeliveriesRepository,
    private readonly outbox: OutboxService,
    private readonly producer: JobProducer,
    private readonly directory: UserDirectory,
  ) {}

  /** How many items the failed list holds: failed deliveries plus events their jobs never settled. */
  async countFailed(): Promise<number> {
    const [deliveries, outbox] = await Promise.all([this.deliveries.countFailed(), this.outbox.stats(UNSETTLED_AFTER_MINUTES)]);
    return deliveries + outbox.failedEvents;
  }

  /** Failed deliveries and events their jobs never settled, most recent first. */
  async listFailed(limit: number, cursor?: string): Promise<CursorPage<FailedDeliveryRow>> {
    const after = cursor ? decodeCursor(cursor, TIME_THEN_ID_CURSOR) : null;
    // Each source gives its newest limit+1 after the cursor; the merge keeps the newest limit+1 of both.
    const [deliveries, events] = await Promise.all([
      this.deliveries.listFailed(limit + 1, after ? { at: String(after[0]), id: String(after[1]) } : undefined),
      this.outbox.listUnsettled(UNSETTLED_AFTER_MINUTES, limit + 1, after ? { at: String(after[0]), uuid: String(after[1]) } : undefined),
    ]);
    const rows = [...deliveries, ...events.map(unsettledEventRow)].sort(newestFirst).slice(0, limit + 1);
    const page = toCursorPage(rows, limit, (r) => [r.cursorAt, r.id]);
    // Whom a failed message was for: their current address, from identity (null for a deleted account).
    const userIds = page.items.flatMap((r) => (r.userId ? [r.userId] : []));
    const contacts = userIds.length ? await this.directory.contacts(userIds) : new Map<string, Contact>();
    return { ...page, items: page.items.map((r) => ({ ...r, email: r.userId ? (contacts.get(r.userId)?.email ?? null) : null })) };
  }

  /**
   * Retry an item of the failed list: a failed delivery, or an event its job never settled.
   *
   * A delivery goes back to pending and its event is queued again; only the pending
   * delivery is sent, the event's other deliveries are already settled and are skipped by
   * the per-(event, recipient, channel) record. An event is handed to the queue again
   * whole; whatever of it was already recorded is not repeated.
   *
   * The job gets a new id every time: the event's earlier job may still be in Redis, and
   * BullMQ would silently ignore a job with the same id.
   */
  async retry(id: string): Promise<RetriedDelivery> {
    return this.dataSource.transaction(async (manager) => {
      const delivery = await this.deliveries.lockForRetry(manager, id);
      if (!delivery) return this.retryEvent(manager, id);
      if (delivery.status !== 'failed') {
        throw new ConflictError('DELIVERY_NOT_FAILED', `Only a failed delivery can be retried; this one is ${delivery.status}`, { status: delivery.status });
      }
      const event = await this.outbox.secretState(manager, delivery.outboxId);
      if (!event.exists) throw new ConflictError('DELIVERY_EVENT_GONE', 'The event of this delivery no longer exists');
      if (event.secretGone) {
        // The one-time link was wiped once the event settled; sending without it would be a dead message.
        throw new ConflictError('DELIVERY_SECRET_GONE', 'This message carried a one-time link that is no longer stored; ask the person to request a new one');
      }
      await this.deliveries.markPending(manager, delivery.id);
      const jobId = await this.enqueue(delivery.outboxId, `retry-${delivery.id}-${delivery.attempts}`);
      return { id: delivery.id, status: 'pending', jobId };
    });
  }

  private async retryEvent(manager: EntityManager, uuid: string): Promise<RetriedDelivery> {
    const event = await this.outbox.lockForRetry(manager, uuid, UNSETTLED_AFTER_MINUTES);
    if (!event) throw new NotFoundError('Delivery', 'DELIVERY_NOT_FOUND');
    if (!event.failed) {
      const state = event.settled ? 'delivered' : 'still being delivered';
      throw new ConflictError('DELIVERY_NOT_FAILED', `Only a failed notification can be retried; this event is ${state}`, { status: event.settled ? 'settled' : 'pending' });
    }
    await this.outbox.markRedispatched(manager, event.id);
    const jobId = await this.enqueue(event.id, `retry-event-${event.uuid}`);
    return { id: event.uuid, status: 'pending', jobId };
  }

  /**
   * Enqueued before commit: if Redis refuses, nothing changes and the admin can try again.
   * A job that starts before the commit waits on the row lock and then sees the new state.
   */
  private async enqueue(outboxId: string, jobIdBase: string): Promise<string> {
    const jobId = `${jobIdBase}-${randomBytes(3).toString('hex')}`;
    try {
      await this.producer.enqueue('notifications.deliver', { outboxIds: [outboxId] }, { jobId });
    } catch (error) {
      this.logger.warn(`Could not queue retry ${jobId}: ${(error as Error).message}`);
      throw new AppError('QUEUE_UNAVAILABLE', 'The queue is unavailable; try again shortly', 503);
    }
    return jobId;
  }
}
