import { Logger } from '@nestjs/common';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { UnrecoverableError } from 'bullmq';
import { AppConfig } from '@app/config';
import { AppError } from '@app/common';
import { JobHandlers, QueueName, TypedProcessor } from '@app/queue';
import { AutoAssignRunsService } from '@app/review';
import { ApplicationExportsService } from '@app/applications';
import { applyWorkerOptions, workerOptionsFrom } from '../worker-options';

/** Whole-cycle operations (automatic assignment, exports of the admin list), one at a time per worker: each holds a cycle's working set. */
@Processor(QueueName.Operations)
export class OperationsProcessor extends TypedProcessor {
  private readonly workerLogger = new Logger(OperationsProcessor.name);

  constructor(
    private readonly autoAssignRuns: AutoAssignRunsService,
    private readonly exports: ApplicationExportsService,
    config: AppConfig,
  ) {
    super();
    applyWorkerOptions(OperationsProcessor, workerOptionsFrom(config, { concurrency: 1 }));
  }

  readonly handlers: JobHandlers = {
    'review.auto_assign': async ({ runId }, job) => {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      try {
        const summary = await this.autoAssignRuns.execute(runId, finalAttempt);
        // The summary is on the run; the job keeps counts only.
        return summary ? { assigned: summary.assigned, shortfalls: summary.shortfalls.length } : { skipped: true };
      } catch (error) {
        // A refusal by the domain (e.g. the cycle is gone) will not change on a retry.
        if (error instanceof AppError) throw new UnrecoverableError(`${error.code}: ${error.message}`);
        throw error;
      }
    },
    'applications.export': async ({ exportId }, job) => {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      // The row count and size are on the export; the job keeps them too.
      return (await this.exports.execute(exportId, finalAttempt)) ?? { skipped: true };
    },
  };

  // Without a listener BullMQ prints connection errors (e.g. while Redis restarts) with console.error.
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.workerLogger.warn(`Queue worker error: ${error.message}`);
  }
}
