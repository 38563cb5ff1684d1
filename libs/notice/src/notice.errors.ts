import { HttpStatus } from '@nestjs/common';
import { AppError, FieldProblem } from '@app/common';

/** Errors of the public-notice library (calendar, notices, objections); codes are part of the API contract. */
export class NoticeError extends AppError {
  /** The notice period would reach a year nobody confirmed: an admin must enter that year's calendar first. */
  static calendarYearUnconfirmed(year: number) {
    return new NoticeError(
      'CALENDAR_YEAR_UNCONFIRMED',
      `The working-day calendar of ${year} has not been confirmed; an admin must enter ${year}'s public holidays and make-up working days (PUT /api/v1/admin/calendar/${year}) before a notice period can end in it`,
      HttpStatus.UNPROCESSABLE_ENTITY,
      { year },
    );
  }
  static calendarYearOutOfRange(year: string) {
    return new NoticeError('VALIDATION_FAILED', `year: ${year} is not a year between 2000 and 2100`, HttpStatus.BAD_REQUEST, [
      { path: 'year', code: 'YEAR_OUT_OF_RANGE', message: `${year} is not a year between 2000 and 2100` },
    ]);
  }
  static calendarYearNotFound(year: number) {
    return new NoticeError('CALENDAR_YEAR_NOT_FOUND', `No working-day calendar has been entered for ${year}`, HttpStatus.NOT_FOUND, { year });
  }
  /** An admin's calendar whose dates disagree; each problem names its field. */
  static invalid(problems: FieldProblem[]) {
    return new NoticeError('VALIDATION_FAILED', `Invalid fields: ${[...new Set(problems.map((p) => p.path))].join(', ')}`, HttpStatus.BAD_REQUEST, problems);
  }
  /** The file is already on notice (two committee passes at once, or a repeated call). */
  static alreadyPosted(applicationId: string) {
    return new NoticeError('NOTICE_ALREADY_POSTED', `Application ${applicationId} is already on public notice`, HttpStatus.CONFLICT, { applicationId });
  }
  static noticeNotFound() {
    return new NoticeError('NOTICE_NOT_FOUND', 'Public notice was not found', HttpStatus.NOT_FOUND);
  }
  /** Objections are taken only from the first to the last day of the notice, while it is posted. */
  static noticePeriodOver(startDate: string, endDate: string) {
    return new NoticeError(
      'NOTICE_PERIOD_OVER',
      `Objections are taken during the notice period only (${startDate} to ${endDate}, Beijing time)`,
      HttpStatus.CONFLICT,
      { startDate, endDate },
    );
  }
  static objectionNotFound() {
    return new NoticeError('OBJECTION_NOT_FOUND', 'Objection was not found', HttpStatus.NOT_FOUND);
  }
  /** An e-mail-only objection whose address is not confirmed yet has reached no admin and cannot be resolved. */
  static objectionUnconfirmed() {
    return new NoticeError('OBJECTION_UNCONFIRMED', 'The objector has not confirmed their e-mail address yet; the objection can be resolved once it is open', HttpStatus.CONFLICT);
  }
  static invalidConfirmationToken() {
    const message = 'The confirmation link is invalid, already used or expired';
    return new NoticeError('INVALID_TOKEN', message, HttpStatus.BAD_REQUEST, [{ path: 'token', code: 'INVALID_TOKEN', message }]);
  }
  static objectionResolved(status: string) {
    return new NoticeError('OBJECTION_ALREADY_RESOLVED', `The objection was already resolved (${status})`, HttpStatus.CONFLICT, { status });
  }
}
