import { Injectable } from '@nestjs/common';
import type { NoticeSchedule } from '@app/applications';
import { NoticeError } from '../notice.errors';
import { PublicNoticeService } from './public-notice.service';

/**
 * What the applications module's timelines ask of the public notice (its NoticeSchedule
 * port, plugged in by NoticeModule): the last day of a file's notice, the posted one's when it is on notice, otherwise
 * the one a notice posted on the given day would have on the confirmed calendar.
 */
@Injectable()
export class NoticeScheduleAdapter implements NoticeSchedule {
  constructor(private readonly notices: PublicNoticeService) {}

  async expectedEnd(applicationId: string, passedOn: Date): Promise<{ date: string | null; note: string | null }> {
    const open = await this.notices.openNoticeOf(applicationId);
    if (open) return { date: open.endDate, note: null };
    try {
      return { date: await this.notices.endDateFor(passedOn), note: null };
    } catch (error) {
      // A year nobody confirmed yet: the calendar cannot tell, which is an answer, not a failure.
      if (error instanceof NoticeError && error.code === 'CALENDAR_YEAR_UNCONFIRMED') return { date: null, note: error.message };
      throw error;
    }
  }
}
