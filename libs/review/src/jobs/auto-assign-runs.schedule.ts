import { Injectable } from '@nestjs/common';
import { MINUTE_MS, RegisterSchedule, Schedule } from '@app/queue';
import { AutoAssignRunsService } from '../services/auto-assign-runs.service';

/**
 * An automatic-assignment request is a row first and a job second (AutoAssignRunsService):
 * a request made while Redis was down, or whose job was lost, stays `queued`. This queues
 * such runs again, under the run's own job id, so a run whose job does exist is not doubled.
 * Emits nothing; returns the number of runs queued again.
 */
@Injectable()
@RegisterSchedule()
export class AutoAssignRunsSchedule implements Schedule {
  readonly key = 'auto-assign-runs' as const;
  readonly repeat = { every: MINUTE_MS };

  constructor(private readonly runs: AutoAssignRunsService) {}

  run(now: Date): Promise<number> {
    return this.runs.requeueStale(now);
  }
}
