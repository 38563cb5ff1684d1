import { Processor } from '@nestjs/bullmq';
import { JobHandlers, QueueName, TypedProcessor } from '@app/queue';

/** Diagnostics: proves a job travels API -> Redis -> worker and back. */
@Processor(QueueName.System)
export class SystemProcessor extends TypedProcessor {
  readonly handlers: JobHandlers = {
    'system.echo': async (payload) => ({ echoId: payload.echoId, processedBy: process.pid, processedAt: new Date().toISOString() }),
  };
}
