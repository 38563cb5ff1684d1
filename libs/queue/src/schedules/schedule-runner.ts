import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { ScheduleKey } from './schedule';
import { ScheduleRegistry } from './schedule-registry';

/** Runs a schedule at the injectable clock's "now" (the scheduler processor, and tests driving a ManualClock). */
@Injectable()
export class ScheduleRunner {
  private readonly logger = new Logger(ScheduleRunner.name);

  constructor(
    private readonly registry: ScheduleRegistry,
    private readonly clock: Clock,
  ) {}

  /** Run the schedule with this key once; throws UnknownScheduleError for a key that has none. Returns events emitted. */
  async run(key: string): Promise<number> {
    const schedule = this.registry.get(key);
    const now = this.clock.now();
    const emitted = await schedule.run(now);
    if (emitted > 0) this.logger.log(`Schedule ${key} at ${now.toISOString()} emitted ${emitted} event(s)`);
    return emitted;
  }

  /** Same as run, typed: for tests and admin tooling. */
  runNow(key: ScheduleKey): Promise<number> {
    return this.run(key);
  }
}
