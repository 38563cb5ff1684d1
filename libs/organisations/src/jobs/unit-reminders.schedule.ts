import { Injectable } from '@nestjs/common';
import { MINUTE_MS, RegisterSchedule, Schedule } from '@app/queue';
import { UnitRecommendationService } from '../services/unit-recommendation.service';

/**
 * A recommending unit that sits on a file for UNIT_REMINDER_DAYS days (and again every as
 * many days) reminds its officers (`unit.reminder`, domain.md §9). Idempotent: each reminder
 * is emitted with a dedupe key per file, arrival and period.
 */
@Injectable()
@RegisterSchedule()
export class UnitRemindersSchedule implements Schedule {
  readonly key = 'unit-reminders' as const;
  readonly repeat = { every: 60 * MINUTE_MS };

  constructor(private readonly units: UnitRecommendationService) {}

  run(now: Date): Promise<number> {
    return this.units.remindUnits(now);
  }
}
