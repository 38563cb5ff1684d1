import { Injectable } from '@nestjs/common';
import { MINUTE_MS, RegisterSchedule, Schedule } from '@app/queue';
import { NoticeClosingService } from '../services/notice-closing.service';

/**
 * A public notice whose last day has passed with no open objection ends: the file becomes
 * `awaiting_confirmation` (the bureau confirms it later), and its applicant gets
 * `application.awaiting_confirmation` (domain.md §8).
 * The closing is the workflow's `close_notice`, taken by the public-notice module
 * (NoticeClosingService), each notice under its row lock, so a second or concurrent run closes
 * nothing twice and emits nothing twice. A notice held past its end by an objection closes on
 * the first run after the objection is dismissed.
 */
@Injectable()
@RegisterSchedule()
export class CloseNoticesSchedule implements Schedule {
  readonly key = 'close-notices' as const;
  readonly repeat = { every: 15 * MINUTE_MS };

  constructor(private readonly closing: NoticeClosingService) {}

  /** Returns the number of files approved (one event each). */
  run(now: Date): Promise<number> {
    return this.closing.closeDue(now);
  }
}
