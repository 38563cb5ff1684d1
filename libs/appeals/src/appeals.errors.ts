import { HttpStatus } from '@nestjs/common';
import { AppError } from '@app/common';

/** Errors raised by the appeals library; codes are part of the API contract. */
export class AppealError extends AppError {
  static notFound() {
    return new AppealError('APPEAL_NOT_FOUND', 'Appeal was not found', HttpStatus.NOT_FOUND);
  }
  /** Only a rejected file can be appealed; says the file's status. */
  static notRejected(status: string) {
    return new AppealError('APPEAL_NOT_REJECTED', `Only a rejected application can be appealed; this one is ${status}`, HttpStatus.CONFLICT, { status });
  }
  /** The decision's appeal window has passed; says when it ended. */
  static windowClosed(deadline: Date, shown: string) {
    return new AppealError('APPEAL_WINDOW_CLOSED', `The appeal window of this decision closed on ${shown} (Beijing time)`, HttpStatus.UNPROCESSABLE_ENTITY, {
      deadline: deadline.toISOString(),
    });
  }
  /** One appeal per decision. */
  static alreadyLodged(appealId: string) {
    return new AppealError('APPEAL_ALREADY_LODGED', 'This decision has already been appealed; an appeal can be lodged once per decision', HttpStatus.CONFLICT, { appealId });
  }
  static alreadyDecided(outcome: string | null) {
    return new AppealError('APPEAL_ALREADY_DECIDED', `This appeal has already been decided (${outcome})`, HttpStatus.CONFLICT, { outcome });
  }
  /** A required text is missing or blank (400 naming the field). */
  static fieldRequired(path: 'grounds' | 'note', message: string) {
    return new AppealError('VALIDATION_FAILED', `Invalid fields: ${path}`, HttpStatus.BAD_REQUEST, [{ path, code: 'REQUIRED', message }]);
  }
}
