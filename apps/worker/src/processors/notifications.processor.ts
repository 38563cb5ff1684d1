import { Processor } from '@nestjs/bullmq';
import { UnrecoverableError } from 'bullmq';
import { DeliveryService, UnknownEventError } from '@app/notifications';
import { JobHandlers, QueueName, TypedProcessor } from '@app/queue';

/** Delivers outbox events; retries come from the job options in the catalogue. */
@Processor(QueueName.Notifications, { concurrency: 10 })
export class NotificationsProcessor extends TypedProcessor {
  constructor(private readonly deliveries: DeliveryService) {
    super();
  }

  readonly handlers: JobHandlers = {
    'notifications.deliver': async (payload, job) => {
      try {
        return await this.deliveries.deliver(payload.outboxId, { attempt: job.attemptsMade + 1, maxAttempts: job.opts.attempts ?? 1 });
      } catch (error) {
        if (error instanceof UnknownEventError) throw new UnrecoverableError(error.message);
        throw error;
      }
    },
  };
}
