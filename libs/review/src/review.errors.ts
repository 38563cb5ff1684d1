import { HttpStatus } from '@nestjs/common';
import { AppError, FieldProblem } from '@app/common';

/** Errors raised by the review library; codes are part of the API contract. */
export class ReviewError extends AppError {
  static userNotFound() {
    return new ReviewError('USER_NOT_FOUND', 'User was not found', HttpStatus.NOT_FOUND);
  }
  static notReviewer() {
    return new ReviewError('USER_NOT_REVIEWER', 'The user does not hold the reviewer role; give them the role first', HttpStatus.UNPROCESSABLE_ENTITY);
  }
  static profileNotFound() {
    return new ReviewError('REVIEWER_PROFILE_NOT_FOUND', 'This reviewer has no profile in the expert pool', HttpStatus.NOT_FOUND);
  }
  static assignmentNotFound() {
    return new ReviewError('ASSIGNMENT_NOT_FOUND', 'Review assignment was not found', HttpStatus.NOT_FOUND);
  }
  /** A file that is not in expert review takes no reviewers; says its current status. */
  static fileNotInReview(status: string) {
    return new ReviewError('APPLICATION_NOT_IN_REVIEW', `Reviewers are assigned only to files in review; this one is ${status}`, HttpStatus.CONFLICT, { status });
  }
  /** Nothing was assigned: each refused reviewer is named with its code (see ASSIGNMENT_REFUSALS). */
  static assignmentRefused(refusals: { path: string; reviewerId: string; code: string; message: string; conflicts?: string[] }[]) {
    return new ReviewError('ASSIGNMENT_REFUSED', `Assignment refused for ${refusals.map((r) => `${r.reviewerId} (${r.code})`).join(', ')}`, HttpStatus.UNPROCESSABLE_ENTITY, refusals);
  }
  /**
   * The review is no longer open (submitted, declined, withdrawn or superseded): it cannot be saved,
   * submitted, declined or withdrawn. One code for the one rule (see assertReviewOpen).
   */
  static assignmentNotActive(status: string) {
    return new ReviewError('ASSIGNMENT_NOT_ACTIVE', `This assignment is ${status}; only an assigned or draft review can change (an admin may reopen a submitted one)`, HttpStatus.CONFLICT, { status });
  }
  static autoAssignRunNotFound() {
    return new ReviewError('AUTO_ASSIGN_RUN_NOT_FOUND', 'This cycle has no such auto-assign run', HttpStatus.NOT_FOUND);
  }
  /** The review changed since the copy the client edited (another tab or device saved it). */
  static staleReview(updatedAt: string) {
    return new ReviewError('STALE_VERSION', `The review changed since the copy you edited (now ${updatedAt}); reload it and apply your change again`, HttpStatus.CONFLICT, { updatedAt });
  }
  static relationNotFound() {
    return new ReviewError('RELATION_NOT_FOUND', 'Declared relation was not found', HttpStatus.NOT_FOUND);
  }
  static reviewNotFound() {
    return new ReviewError('REVIEW_NOT_FOUND', 'Review was not found', HttpStatus.NOT_FOUND);
  }
  static reviewNotSubmitted(status: string) {
    return new ReviewError('REVIEW_NOT_SUBMITTED', `The review is ${status}; only a submitted review can be reopened`, HttpStatus.CONFLICT);
  }
  /** The file is no longer under expert review (e.g. withdrawn, or already reviewed). */
  static reviewClosed(applicationStatus: string) {
    return new ReviewError('REVIEW_CLOSED', `The application is ${applicationStatus}, no longer under expert review`, HttpStatus.CONFLICT);
  }
  static rubricUnknown(version: string) {
    return new ReviewError('RUBRIC_UNKNOWN', `The cycle names rubric "${version}", which the portal does not define`, HttpStatus.UNPROCESSABLE_ENTITY);
  }
  /** A review that cannot be submitted yet; `problems` name each missing or invalid criterion. */
  static reviewIncomplete(problems: FieldProblem[]) {
    return new ReviewError('VALIDATION_FAILED', `The review cannot be submitted: ${[...new Set(problems.map((p) => p.path))].join(', ')}`, HttpStatus.BAD_REQUEST, problems);
  }
  /** A request that passed the shape checks but whose fields disagree; `problems` name each field. */
  static invalid(problems: FieldProblem[]) {
    return new ReviewError('VALIDATION_FAILED', `Invalid fields: ${[...new Set(problems.map((p) => p.path))].join(', ')}`, HttpStatus.BAD_REQUEST, problems);
  }
}
