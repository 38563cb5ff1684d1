import { Injectable } from '@nestjs/common';
import { MINUTE_MS, RegisterSchedule, Schedule } from '@app/queue';
import { QualificationService } from '../services/qualification.service';

/**
 * A file returned for correction and not resubmitted by its deadline is closed as rejected
 * (stage: qualification review, reason: the correction deadline passed), and its applicant
 * gets `application.rejected` (domain.md §8). The closing is the workflow's
 * `close_overdue_correction`, taken by the applications module (QualificationService), which
 * owns the files: each file under its lock, so a second or concurrent run closes nothing twice
 * and emits nothing twice (the event is written with the status change, in one transaction).
 */
@Injectable()
@RegisterSchedule()
export class OverdueCorrectionsSchedule implements Schedule {
  readonly key = 'overdue-corrections' as const;
  readonly repeat = { every: 15 * MINUTE_MS };

  constructor(private readonly qualification: QualificationService) {}

  /** Returns the number of files closed (one event each). */
  run(now: Date): Promise<number> {
    return this.qualification.closeOverdueCorrections(now);
  }
}
