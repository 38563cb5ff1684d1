import { HttpStatus } from '@nestjs/common';
import { AppError } from '@app/common';

/** A problem with one field of a request (the body's details). */
export interface OrganisationFieldProblem {
  path: string;
  code: string;
  message: string;
  data?: Record<string, unknown>;
}

/** Errors of the organisations library (organisations, their people, the units' recommendations); codes are part of the API contract. */
export class OrganisationError extends AppError {
  static notFound() {
    return new OrganisationError('ORGANISATION_NOT_FOUND', 'Organisation was not found', HttpStatus.NOT_FOUND);
  }
  /** 400 naming each bad field of an organisation (a credit code on a sub-centre, a missing region code ...). */
  static invalid(problems: OrganisationFieldProblem[]) {
    return new OrganisationError('VALIDATION_FAILED', `Invalid fields: ${problems.map((p) => p.path).join(', ')}`, HttpStatus.BAD_REQUEST, problems);
  }
  /** 409: the credit code, the district's sub-centre or the host province's association / office / bureau exists already. */
  static duplicate(path: string, existingId: string | null, message: string) {
    return new OrganisationError('ORGANISATION_EXISTS', message, HttpStatus.CONFLICT, [{ path, code: 'ORGANISATION_EXISTS', message, data: { existingId } }]);
  }
  /** Officers are invited for a recommending unit (employer, sub-centre, association) or the bureau; the office's people are admins. */
  static notAUnit(kind: string) {
    const message = `Officers act for a recommending unit (employer, sub-centre or association) or the bureau, not a ${kind}`;
    return new OrganisationError('ORGANISATION_NOT_A_UNIT', message, HttpStatus.UNPROCESSABLE_ENTITY, [{ path: 'organisationId', code: 'ORGANISATION_NOT_A_UNIT', message }]);
  }
  /** The unit's action needs the file with the unit (status with_unit); says where it is. */
  static notWithUnit(status: string) {
    return new OrganisationError('FILE_NOT_WITH_UNIT', `The file is ${status}, no longer with the recommending unit`, HttpStatus.CONFLICT, { status });
  }
  static reasonRequired(action: string) {
    const message = `A reason is required to ${action} a file`;
    return new OrganisationError('VALIDATION_FAILED', message, HttpStatus.BAD_REQUEST, [{ path: 'reason', code: 'REASON_REQUIRED', message }]);
  }
  static deadlineInPast() {
    const message = 'The correction deadline must be in the future';
    return new OrganisationError('VALIDATION_FAILED', message, HttpStatus.BAD_REQUEST, [{ path: 'correctionDeadline', code: 'DEADLINE_IN_PAST', message }]);
  }
  /** The posting would end in a year nobody confirmed the working-day calendar of: never guessed. */
  static calendarUnconfirmed(year: number) {
    const message = `The working-day calendar of ${year} has not been confirmed, so the posting's end cannot be counted; an admin must enter ${year} first (PUT /api/v1/admin/calendar/${year})`;
    return new OrganisationError('CALENDAR_YEAR_UNCONFIRMED', message, HttpStatus.UNPROCESSABLE_ENTITY, [{ path: 'startDate', code: 'CALENDAR_YEAR_UNCONFIRMED', message, data: { year } }]);
  }
  /** The end given is before the posting's shortest end. */
  static postingTooShort(minimumEndDate: string, workingDays: number) {
    const message = `The internal posting lasts at least ${workingDays} working days: it cannot end before ${minimumEndDate}`;
    return new OrganisationError('VALIDATION_FAILED', message, HttpStatus.BAD_REQUEST, [{ path: 'endDate', code: 'POSTING_TOO_SHORT', message, data: { minimumEndDate, workingDays } }]);
  }
  /** The objections and how they were handled, when the outcome says there were some. */
  static objectionsHandlingRequired() {
    const message = 'Say what the objections were and how the unit handled them (objectionsHandling)';
    return new OrganisationError('VALIDATION_FAILED', message, HttpStatus.BAD_REQUEST, [{ path: 'objectionsHandling', code: 'OBJECTIONS_HANDLING_REQUIRED', message }]);
  }
  /** 422 with the date the posting ends: its outcome and the recommendation come after it. */
  static postingNotEnded(path: string, postingEndDate: string) {
    const message = `The internal posting ends on ${postingEndDate}: record its outcome and recommend after that date`;
    return new OrganisationError('POSTING_NOT_ENDED', message, HttpStatus.UNPROCESSABLE_ENTITY, [{ path, code: 'POSTING_NOT_ENDED', message, data: { postingEndDate } }]);
  }
  /** 422: recommending needs a recorded posting and its outcome. */
  static postingRequired(path: 'posting' | 'posting.outcome', postingEndDate: string | null) {
    const message =
      path === 'posting'
        ? 'Record the internal posting (its start date) before recommending'
        : `Record the outcome of the internal posting (ended ${postingEndDate}) before recommending`;
    return new OrganisationError(path === 'posting' ? 'POSTING_REQUIRED' : 'POSTING_OUTCOME_REQUIRED', message, HttpStatus.UNPROCESSABLE_ENTITY, [
      { path, code: path === 'posting' ? 'POSTING_REQUIRED' : 'POSTING_OUTCOME_REQUIRED', message, data: { postingEndDate } },
    ]);
  }
}
