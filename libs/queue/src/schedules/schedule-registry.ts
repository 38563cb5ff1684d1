import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { isScheduleKey, RegisterSchedule, Schedule, SCHEDULE_KEYS, ScheduleKey, UnknownScheduleError } from './schedule';

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

/**
 * The schedules by key: every provider marked @RegisterSchedule() in the modules the app
 * imports (each domain module lists its own). Refuses to start when the set does not match
 * SCHEDULE_KEYS.
 */
@Injectable()
export class ScheduleRegistry implements OnModuleInit {
  private byKey: ReadonlyMap<ScheduleKey, Schedule> = new Map();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const schedules = this.discovery
      .getProviders({ metadataKey: RegisterSchedule.KEY })
      .map((wrapper) => wrapper.instance as Schedule | undefined)
      .filter((instance): instance is Schedule => !!instance);
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
