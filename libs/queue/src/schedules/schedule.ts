import { DiscoveryService } from '@nestjs/core';

/**
 * Time-driven jobs. A schedule is a small class with a key, how often it ticks and a
 * `run(now)` that does (or emits outbox events for) whatever is due at `now`.
 * The worker registers one BullMQ job scheduler per schedule on the `scheduler`
 * queue, so each tick runs once in the whole cluster, however many workers there
 * are; `run` must still be idempotent (a tick can be retried, and tests call it
 * directly), which every schedule gets by emitting with a `dedupeKey`.
 *
 * A schedule lives in the library that owns its rule (e.g. libs/notice/src/jobs/). Adding one:
 *   1. add its key to SCHEDULE_KEYS below;
 *   2. write a class implementing Schedule in `<library>/src/jobs/` (see
 *      libs/applications/src/jobs/draft-window-reminders.schedule.ts), marked @RegisterSchedule(),
 *      taking `now` from its argument, never from Date.now();
 *   3. list the class among its module's providers.
 * The registry (found by discovery) refuses to start when a key has no schedule or two.
 */
export const SCHEDULE_KEYS = ['draft-window-reminders', 'overdue-corrections', 'review-deadline-reminders', 'auto-assign-runs', 'close-notices', 'audit-checkpoints', 'unit-reminders', 'application-exports', 'stats-counters'] as const;
export type ScheduleKey = (typeof SCHEDULE_KEYS)[number];

/** BullMQ repeat options: a fixed interval, or a cron pattern (Asia/Shanghai unless `tz` says otherwise). */
export type ScheduleRepeat = { every: number } | { pattern: string; tz?: string };

export interface Schedule {
  readonly key: ScheduleKey;
  readonly repeat: ScheduleRepeat;
  /**
   * Emit what is due at `now`. Idempotent: a second run at the same or a later
   * instant emits nothing it already emitted. Dedupe keys live as long as the
   * outbox keeps deduplicated rows (OUTBOX_DEDUPE_RETENTION_DAYS), so a schedule
   * must stop considering an item well before that (see each schedule's window).
   * Returns the number of events emitted.
   */
  run(now: Date): Promise<number>;
}

/** Marks a provider as a Schedule; the worker's ScheduleRegistry finds every marked provider by discovery. */
export const RegisterSchedule = DiscoveryService.createDecorator<void>();

export const isScheduleKey = (x: unknown): x is ScheduleKey => typeof x === 'string' && (SCHEDULE_KEYS as readonly string[]).includes(x);

export class UnknownScheduleError extends Error {
  readonly code = 'SCHEDULE_UNKNOWN';
  constructor(readonly scheduleKey: string) {
    super(`Unknown schedule "${scheduleKey}"`);
    this.name = 'UnknownScheduleError';
  }
}

export const MINUTE_MS = 60 * 1000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** A reminder sent when a deadline is `days` days away or nearer. */
export interface ReminderThreshold<L extends string> {
  readonly label: L;
  readonly days: number;
}

/**
 * Which reminder is due for a deadline at `deadline`, at `now`: the nearest threshold the
 * remaining time is within. So an item 3 days from its deadline gets the "7d" reminder
 * (saying 3 days left) and later the "1d" one, and a worker that was down across both
 * thresholds sends only the nearer one, not two at once. Null once the deadline has passed.
 */
export function dueReminder<L extends string>(thresholds: readonly ReminderThreshold<L>[], deadline: Date, now: Date): { label: L; daysLeft: number } | null {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return null;
  const reminder = [...thresholds].sort((a, b) => a.days - b.days).find((r) => left <= r.days * DAY_MS);
  return reminder ? { label: reminder.label, daysLeft: Math.ceil(left / DAY_MS) } : null;
}
