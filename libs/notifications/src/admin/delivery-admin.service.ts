import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ConflictError, CursorPage, NotFoundError } from '@app/common';
import { Contact, UserDirectory } from '@app/identity';
import { JobProducer } from '@app/queue';
import { DeliveriesRepository, FailedDeliveryRow } from '../delivery/deliveries.repository';

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
    private readonly producer: JobProducer,
    private readonly directory: UserDirectory,
  ) {}

  /** Failed deliveries and events their jobs never settled, most recent first. */
  async listFailed(limit: number, cursor?: string): Promise<CursorPage<FailedDeliveryRow>> {
    const page = await this.deliveries.listFailed(limit, cursor);
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
      if (!delivery.eventExists) throw new ConflictError('DELIVERY_EVENT_GONE', 'The event of this delivery no longer exists');
      if (delivery.secretGone) {
        // The one-time link was wiped once the event settled; sending without it would be a dead message.
        throw new ConflictError('DELIVERY_SECRET_GONE', 'This message carried a one-time link that is no longer stored; ask the person to request a new one');
      }
      await this.deliveries.markPending(manager, delivery.id);
      const jobId = await this.enqueue(delivery.outboxId, `retry-${delivery.id}-${delivery.attempts}`);
      return { id: delivery.id, status: 'pending', jobId };
    });
  }

  private async retryEvent(manager: EntityManager, uuid: string): Promise<RetriedDelivery> {
    const event = await this.deliveries.lockEventForRetry(manager, uuid);
    if (!event) throw new NotFoundError('Delivery', 'DELIVERY_NOT_FOUND');
    if (!event.failed) {
      const state = event.settled ? 'delivered' : 'still being delivered';
      throw new ConflictError('DELIVERY_NOT_FAILED', `Only a failed notification can be retried; this event is ${state}`, { status: event.settled ? 'settled' : 'pending' });
    }
    await this.deliveries.markRedispatched(manager, event.id);
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
