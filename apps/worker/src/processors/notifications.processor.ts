import { Logger } from '@nestjs/common';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { UnrecoverableError } from 'bullmq';
import { DeliveryService, UndeliverableEventError } from '@app/notifications';
import { AppConfig } from '@app/config';
import { JobHandlers, QueueName, TypedProcessor } from '@app/queue';
import { applyWorkerOptions, workerOptionsFrom } from '../worker-options';

/** Delivers outbox events; retries come from the job options in the catalogue. */
@Processor(QueueName.Notifications)
export class NotificationsProcessor extends TypedProcessor {
  private readonly workerLogger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly deliveries: DeliveryService,
    config: AppConfig,
  ) {
    super();
    applyWorkerOptions(NotificationsProcessor, workerOptionsFrom(config));
  }

  readonly handlers: JobHandlers = {
    'notifications.deliver': async (payload, job) => {
      try {
        return await this.deliveries.deliver(payload.outboxIds, { attempt: job.attemptsMade + 1, maxAttempts: job.opts.attempts ?? 1 });
      } catch (error) {
        if (error instanceof UndeliverableEventError) throw new UnrecoverableError(error.message);
        throw error;
      }
    },
  };

  // Without a listener BullMQ prints connection errors (e.g. while Redis restarts) with console.error.
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.workerLogger.warn(`Queue worker error: ${error.message}`);
  }
}
