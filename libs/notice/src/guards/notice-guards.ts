import type { ObjectionStatus } from '../entities/objection.entity';
import type { NoticeStatus } from '../entities/public-notice.entity';
import { NoticeError } from '../notice.errors';

/**
 * The notice's (open -> closed / withdrawn) and the objection's (unconfirmed -> open -> upheld /
 * dismissed) state machines: each rule an action needs, named, so call sites read as the rule.
 * Dates are Asia/Shanghai calendar dates (YYYY-MM-DD), compared as strings.
 */
type NoticeDates = { status: NoticeStatus; startDate: string; endDate: string };

/** The notice is open and `today` lies within its first and last day, else 409 NOTICE_PERIOD_OVER. */
export function assertNoticeRunning(notice: NoticeDates, today: string): void {
  if (notice.status !== 'open' || today < notice.startDate || today > notice.endDate) throw NoticeError.noticePeriodOver(notice.startDate, notice.endDate);
}

/** Whether the notice is still open although its last day is before `today` (the closing job's work). */
export function isNoticeDueToClose(notice: NoticeDates, today: string): boolean {
  return notice.status === 'open' && notice.endDate < today;
}

/** Only an open objection is resolved: 409 OBJECTION_UNCONFIRMED before the e-mail is confirmed, OBJECTION_ALREADY_RESOLVED after a decision. */
export function assertObjectionOpen(objection: { status: ObjectionStatus }): void {
  if (objection.status === 'unconfirmed') throw NoticeError.objectionUnconfirmed();
  if (objection.status !== 'open') throw NoticeError.objectionResolved(objection.status);
}
