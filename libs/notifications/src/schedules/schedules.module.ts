import { Module } from '@nestjs/common';
import { Schedule } from './schedule';
import { SCHEDULE_PROVIDERS } from './schedule-list';
import { ScheduleRegistry, SCHEDULES } from './schedule-registry';
import { ScheduleRunner } from './schedule-runner';

/**
 * The time-driven notification schedules and their runner (the worker registers and triggers
 * them). What they read about other modules' data comes from those modules' exported services
 * (e.g. DraftRemindersService of the global ApplicationsModule).
 */
@Module({
  providers: [
    ...SCHEDULE_PROVIDERS,
    { provide: SCHEDULES, useFactory: (...schedules: Schedule[]) => schedules, inject: [...SCHEDULE_PROVIDERS] },
    ScheduleRegistry,
    ScheduleRunner,
  ],
  exports: [ScheduleRegistry, ScheduleRunner],
})
export class SchedulesModule {}
