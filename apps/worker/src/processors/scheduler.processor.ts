import { Logger } from '@nestjs/common';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { UnrecoverableError } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobHandlers, QueueName, ScheduleRunner, TypedProcessor, UnknownScheduleError } from '@app/queue';
import { applyWorkerOptions, workerOptionsFrom } from '../worker-options';

/** Runs one tick of a schedule; the ticks come from the BullMQ job schedulers (JobSchedulerRegistrar in libs/queue). */
@Processor(QueueName.Scheduler)
export class SchedulerProcessor extends TypedProcessor {
  private readonly workerLogger = new Logger(SchedulerProcessor.name);

  constructor(
    private readonly runner: ScheduleRunner,
    config: AppConfig,
  ) {
    super();
    // Ticks are few and each may emit many events: one at a time per worker is plenty.
    applyWorkerOptions(SchedulerProcessor, workerOptionsFrom(config, { concurrency: 1 }));
  }

  readonly handlers: JobHandlers = {
    'scheduler.run': async ({ scheduleKey }) => {
      try {
        return { emitted: await this.runner.run(scheduleKey) };
      } catch (error) {
        // A tick of a schedule that no longer exists (left over from an older deploy) will never succeed.
        if (error instanceof UnknownScheduleError) throw new UnrecoverableError(error.message);
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
