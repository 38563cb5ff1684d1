import { WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { JobName, JobPayloads } from './job-catalogue';

export type JobHandler<K extends JobName> = (payload: JobPayloads[K], job: Job<JobPayloads[K]>) => Promise<unknown>;
export type JobHandlers = { [K in JobName]?: JobHandler<K> };

/**
 * Base for every processor: it declares a handler per job name it owns, and the
 * worker's start-up check (JobCatalogueCheck) refuses to run unless every job in
 * the catalogue has exactly one handler on the processor of its queue.
 */
export abstract class TypedProcessor extends WorkerHost {
  abstract readonly handlers: JobHandlers;

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as JobName] as JobHandler<JobName> | undefined;
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on this queue`);
    return handler(job.data as JobPayloads[JobName], job as Job<JobPayloads[JobName]>);
  }
}
