import { Inject, Injectable } from '@nestjs/common';
import { isScheduleKey, Schedule, SCHEDULE_KEYS, ScheduleKey, UnknownScheduleError } from './schedule';

export const SCHEDULES = Symbol('SCHEDULES');

/** Problems that must stop the worker: a key without a schedule, a key with two, a schedule with an unknown key. */
export function checkSchedules(schedules: readonly Pick<Schedule, 'key'>[]): string[] {
  const problems: string[] = [];
  for (const key of SCHEDULE_KEYS) {
    const n = schedules.filter((s) => s.key === key).length;
    if (n === 0) problems.push(`schedule "${key}" has no implementation`);
    if (n > 1) problems.push(`schedule "${key}" is implemented ${n} times`);
  }
  for (const s of schedules) if (!isScheduleKey(s.key)) problems.push(`schedule "${String(s.key)}" is not in SCHEDULE_KEYS`);
  return problems;
}

/** The schedules by key. */
@Injectable()
export class ScheduleRegistry {
  private readonly byKey: ReadonlyMap<ScheduleKey, Schedule>;

  constructor(@Inject(SCHEDULES) schedules: Schedule[]) {
    const problems = checkSchedules(schedules);
    if (problems.length) throw new Error(`Schedule registry is inconsistent:\n  - ${problems.join('\n  - ')}`);
    this.byKey = new Map(schedules.map((s) => [s.key, s]));
  }

  all(): Schedule[] {
    return [...this.byKey.values()];
  }

  has(key: string): key is ScheduleKey {
    return isScheduleKey(key) && this.byKey.has(key);
  }

  get(key: string): Schedule {
    if (!this.has(key)) throw new UnknownScheduleError(key);
    return this.byKey.get(key)!;
  }
}
