import type { JobsOptions } from 'bullmq';

/** Every BullMQ queue the portal uses. */
export enum QueueName {
  Notifications = 'notifications',
  System = 'system',
  Scheduler = 'scheduler',
  /** Whole-cycle operations, kept out of the API process (their working set is large). */
  Operations = 'operations',
}

/**
 * One payload type per job name. Payloads carry ids only, never personal data or
 * secrets: processors re-read what they need, so a payload's shape never has to
 * describe a whole object and a job queued before a deploy still runs after it.
 */
export interface JobPayloads {
  /** Deliver a batch of outbox events to all their recipients on all their channels. */
  'notifications.deliver': { outboxIds: string[] };
  /** Round trip through the queue, used by diagnostics and the foundation tests. */
  'system.echo': { echoId: string };
  /** One tick of a time-driven schedule (libs/queue/src/schedules; each schedule lives in its module's jobs/ folder); put there by a BullMQ job scheduler. */
  'scheduler.run': { scheduleKey: string };
  /** Staff a whole cycle with reviewers: one AutoAssignRun (libs/review), re-read by the worker. */
  'review.auto_assign': { runId: string };
  /** Write one export of the admin list to the evidence store: an ApplicationExport (libs/applications), re-read by the worker. */
  'applications.export': { exportId: string };
}

export type JobName = keyof JobPayloads;

interface JobDefinition {
  queue: QueueName;
  options?: JobsOptions;
}

// 8 attempts with exponential backoff from 2 s: retries span about 4 minutes of SMTP trouble.
const deliveryRetries: JobsOptions = { attempts: 8, backoff: { type: 'exponential', delay: 2000 } };

export const JOB_CATALOGUE: { readonly [K in JobName]: JobDefinition } = {
  'notifications.deliver': { queue: QueueName.Notifications, options: deliveryRetries },
  'system.echo': { queue: QueueName.System, options: { attempts: 1 } },
  // A failed tick is retried a few times; the next tick comes anyway, and every run is idempotent.
  'scheduler.run': { queue: QueueName.Scheduler, options: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } } },
  // A run fills only missing slots, so a retry after a crash or a lost database connection is safe.
  'review.auto_assign': { queue: QueueName.Operations, options: { attempts: 3, backoff: { type: 'exponential', delay: 10000 } } },
  // An attempt writes the whole file again under a new key; a failed one leaves no object.
  'applications.export': { queue: QueueName.Operations, options: { attempts: 3, backoff: { type: 'exponential', delay: 10000 } } },
};

export const JOB_NAMES = Object.keys(JOB_CATALOGUE) as JobName[];
export const QUEUE_NAMES = Object.values(QueueName);

/** Completed jobs are dropped by age and count so Redis does not grow without bound. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 20000 },
};
