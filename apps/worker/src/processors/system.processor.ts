import { Processor } from '@nestjs/bullmq';
import { AppConfig } from '@app/config';
import { JobHandlers, QueueName, TypedProcessor } from '@app/queue';
import { applyWorkerOptions, workerOptionsFrom } from '../worker-options';

/** Diagnostics: proves a job travels API -> Redis -> worker and back. */
@Processor(QueueName.System)
export class SystemProcessor extends TypedProcessor {
  constructor(config: AppConfig) {
    super();
    // Its worker's connection (and settings) like every processor's; one echo at a time, as before.
    applyWorkerOptions(SystemProcessor, workerOptionsFrom(config, { concurrency: 1 }));
  }

  readonly handlers: JobHandlers = {
    'system.echo': async (payload) => ({ echoId: payload.echoId, processedBy: process.pid, processedAt: new Date().toISOString() }),
  };
}
