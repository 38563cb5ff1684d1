import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { AppError, ConflictError, CursorPage, NotFoundError } from '@app/common';
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
  ) {}

  /** Failed deliveries, most recent first. */
  listFailed(limit: number, cursor?: string): Promise<CursorPage<FailedDeliveryRow>> {
    return this.deliveries.listFailed(limit, cursor);
  }

  /**
   * Put a failed delivery back to pending and queue its event again. The job gets a
   * new id: the event's original job (`outbox-<id>`) may still be in Redis as
   * completed, and BullMQ would silently ignore a job with the same id. Only the
   * pending delivery is sent; the event's other deliveries are already settled and
   * are skipped by the per-(event, recipient, channel) record.
   */
  async retry(deliveryId: string): Promise<RetriedDelivery> {
    return this.dataSource.transaction(async (manager) => {
      const delivery = await this.deliveries.lockForRetry(manager, deliveryId);
      if (!delivery) throw new NotFoundError('Delivery', 'DELIVERY_NOT_FOUND');
      if (delivery.status !== 'failed') {
        throw new ConflictError('DELIVERY_NOT_FAILED', `Only a failed delivery can be retried; this one is ${delivery.status}`, { status: delivery.status });
      }
      if (!delivery.eventExists) throw new ConflictError('DELIVERY_EVENT_GONE', 'The event of this delivery no longer exists');
      if (delivery.secretGone) {
        // The one-time link was wiped once the event settled; sending without it would be a dead message.
        throw new ConflictError('DELIVERY_SECRET_GONE', 'This message carried a one-time link that is no longer stored; ask the person to request a new one');
      }
      await this.deliveries.markPending(manager, delivery.id);
      const jobId = `retry-${delivery.id}-${delivery.attempts}-${randomBytes(3).toString('hex')}`;
      // Enqueued before commit: if Redis refuses, the delivery stays failed and the admin can try again.
      // A job that starts before the commit waits on the row lock and then sees 'pending'.
      try {
        await this.producer.enqueue('notifications.deliver', { outboxIds: [delivery.outboxId] }, { jobId });
      } catch (error) {
        this.logger.warn(`Could not queue retry of delivery ${delivery.id}: ${(error as Error).message}`);
        throw new AppError('QUEUE_UNAVAILABLE', 'The queue is unavailable; try again shortly', 503);
      }
      return { id: delivery.id, status: 'pending', jobId };
    });
  }
}
