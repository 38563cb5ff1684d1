import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Job, JobsOptions, Queue } from 'bullmq';
import { JOB_CATALOGUE, JobName, JobPayloads } from './job-catalogue';

export interface EnqueueOptions {
  /** Deduplication key: a job with the same id is queued once. */
  jobId?: string;
  delay?: number;
}

/** The only way to put a job on a queue: typed by job name, routed by the catalogue. */
@Injectable()
export class JobProducer {
  constructor(private readonly moduleRef: ModuleRef) {}

  queueFor(name: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOB_CATALOGUE[name].queue), { strict: false });
  }

  async enqueue<K extends JobName>(name: K, payload: JobPayloads[K], options: EnqueueOptions = {}): Promise<Job> {
    return this.queueFor(name).add(name, payload, this.options(name, options));
  }

  async enqueueBulk<K extends JobName>(name: K, jobs: { payload: JobPayloads[K]; options?: EnqueueOptions }[]): Promise<Job[]> {
    if (jobs.length === 0) return [];
    return this.queueFor(name).addBulk(jobs.map((j) => ({ name, data: j.payload, opts: this.options(name, j.options ?? {}) })));
  }

  private options(name: JobName, options: EnqueueOptions): JobsOptions {
    return { ...JOB_CATALOGUE[name].options, ...(options.jobId ? { jobId: options.jobId } : {}), ...(options.delay ? { delay: options.delay } : {}) };
  }
}
