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
  /** A request that passed the shape checks but whose fields disagree; `problems` name each field. */
  static invalid(problems: FieldProblem[]) {
    return new ReviewError('VALIDATION_FAILED', `Invalid fields: ${[...new Set(problems.map((p) => p.path))].join(', ')}`, HttpStatus.BAD_REQUEST, problems);
  }
}
