import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { JobSchedulerTemplateOptions, RepeatOptions } from 'bullmq';
import { SHANGHAI_TIME_ZONE } from '@app/common';
import { JOB_CATALOGUE } from '../job-catalogue';
import { JobProducer } from '../job-producer';
import { ScheduleRepeat } from './schedule';
import { ScheduleRegistry } from './schedule-registry';

const RETRY_MS = 10_000;
const REDIS_TIMEOUT_MS = 5_000;

// Ticks leave little trace: the outbox rows they emit are the record.
const TICK_OPTIONS: JobSchedulerTemplateOptions = {
  ...JOB_CATALOGUE['scheduler.run'].options,
  removeOnComplete: { age: 24 * 3600, count: 200 },
  removeOnFail: { age: 7 * 24 * 3600, count: 1000 },
};

function repeatOptions(repeat: ScheduleRepeat): Omit<RepeatOptions, 'key'> {
  return 'every' in repeat ? { every: repeat.every } : { pattern: repeat.pattern, tz: repeat.tz ?? SHANGHAI_TIME_ZONE };
}

function sameRepeat(existing: { every?: number | string | null; pattern?: string | null; tz?: string | null }, wanted: Omit<RepeatOptions, 'key'>): boolean {
  const every = existing.every == null ? undefined : Number(existing.every);
  return every === wanted.every && (existing.pattern ?? undefined) === wanted.pattern && (existing.tz ?? undefined) === wanted.tz;
}

function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms))),
  ]);
}

/**
 * Makes the BullMQ job schedulers match the schedule registry: one scheduler per
 * schedule on the `scheduler` queue (upserted, so every worker can do this at
 * start-up and there is still one tick per interval cluster-wide), and schedulers
 * whose schedule was removed are deleted. When Redis is down at start-up the
 * worker starts anyway and tries again every 10 s.
 */
@Injectable()
export class JobSchedulerRegistrar implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSchedulerRegistrar.name);
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private registering: Promise<void> | null = null;

  constructor(
    private readonly registry: ScheduleRegistry,
    private readonly producer: JobProducer,
  ) {}

  onApplicationBootstrap(): void {
    // The queue's job-scheduler connection reports Redis outages as 'error' events; unheard, BullMQ prints them to the console.
    this.producer.queueFor('scheduler.run').on('error', (error: Error) => this.logger.warn(`Scheduler queue error: ${error.message}`));
    this.attempt();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.registering?.catch(() => undefined);
  }

  /** Register (or update) every schedule's job scheduler now. */
  async register(): Promise<void> {
    const queue = this.producer.queueFor('scheduler.run');
    for (const schedule of this.registry.all()) {
      // Unchanged schedulers are left alone: re-upserting one whose tick is running races with that tick.
      const existing = await timeout(queue.getJobScheduler(schedule.key), REDIS_TIMEOUT_MS);
      if (existing && sameRepeat(existing, repeatOptions(schedule.repeat))) continue;
      await timeout(
        queue.upsertJobScheduler(schedule.key, repeatOptions(schedule.repeat), {
          name: 'scheduler.run',
          data: { scheduleKey: schedule.key },
          opts: TICK_OPTIONS,
        }),
        REDIS_TIMEOUT_MS,
      );
    }
    for (const existing of await timeout(queue.getJobSchedulers(), REDIS_TIMEOUT_MS)) {
      if (!this.registry.has(existing.key)) {
        await timeout(queue.removeJobScheduler(existing.key), REDIS_TIMEOUT_MS);
        this.logger.log(`Removed the job scheduler of retired schedule "${existing.key}"`);
      }
    }
  }

  private attempt(): void {
    if (this.stopped) return;
    this.registering = this.register()
      .catch((error: Error) => {
        this.logger.warn(`Could not register job schedulers (${error.message}); retrying in ${RETRY_MS / 1000} s`);
        if (!this.stopped) this.retryTimer = setTimeout(() => this.attempt(), RETRY_MS);
      })
      .finally(() => (this.registering = null));
  }
}
