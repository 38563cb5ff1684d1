import { Injectable } from '@nestjs/common';
import { MINUTE_MS, RegisterSchedule, Schedule } from '@app/queue';
import { ApplicationStatsRepository } from '../services/application-stats.repository';

/**
 * Keeps the trigger-kept counters small (the statistics', and the files per employer name the
 * list's text search reads): the triggers add a signed row per change of a file or history
 * entry, and this sums each group's rows into one (migrations StatsCounters, EmployerNameSearch).
 * The counts read the same before and after; a missed tick only leaves the next read more rows
 * to sum. Safe to run twice at once: each run folds only the rows it saw.
 */
@Injectable()
@RegisterSchedule()
export class StatsCountersSchedule implements Schedule {
  readonly key = 'stats-counters' as const;
  readonly repeat = { every: MINUTE_MS };

  constructor(private readonly stats: ApplicationStatsRepository) {}

  /** Emits nothing (returns 0). */
  async run(): Promise<number> {
    await this.stats.foldCounters();
    return 0;
  }
}
