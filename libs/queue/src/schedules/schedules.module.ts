import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ScheduleRegistry } from './schedule-registry';
import { ScheduleRunner } from './schedule-runner';
import { JobSchedulerRegistrar } from './job-scheduler-registrar';

/**
 * The schedule machinery the worker runs: the registry of every @RegisterSchedule() provider
 * (each module lists its own schedules, in its `jobs/` folder), the runner, and the BullMQ
 * job schedulers that tick them.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [ScheduleRegistry, ScheduleRunner, JobSchedulerRegistrar],
  exports: [ScheduleRegistry, ScheduleRunner],
})
export class SchedulesModule {}
