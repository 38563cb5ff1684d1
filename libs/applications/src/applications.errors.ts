import { HttpStatus } from '@nestjs/common';
import { AppError, FieldProblem } from '@app/common';

/** Errors of the applications library; codes are part of the API contract. */
export class ApplicationError extends AppError {
  static notFound() {
    return new ApplicationError('APPLICATION_NOT_FOUND', 'Application was not found', HttpStatus.NOT_FOUND);
  }
  static notEditable(status: string) {
    return new ApplicationError('APPLICATION_NOT_EDITABLE', `The application is ${status} and can no longer be changed`, HttpStatus.CONFLICT, { status });
  }
  static staleVersion(current: number) {
    return new ApplicationError(
      'STALE_VERSION',
      `The application changed since the version you edited; reload it (current version ${current}) and apply your change again`,
      HttpStatus.CONFLICT,
      { currentVersion: current },
    );
  }
  static alreadyActive(existingId: string, referenceNumber: string | null) {
    return new ApplicationError(
      'APPLICATION_EXISTS',
      'You already have an active application in this cycle; continue it or withdraw it first',
      HttpStatus.CONFLICT,
      { existingApplicationId: existingId, referenceNumber },
    );
  }
  /** The table does not let this caller take the action at all: a programming error, never a race. */
  static actionNotAllowed(action: string, actor: string, refusal: string) {
    return new ApplicationError('ACTION_NOT_ALLOWED', `${actor} cannot take the action ${action} (${refusal})`, HttpStatus.FORBIDDEN, { action, refusal });
  }
  /** Sorting by the review aggregate is for admins listing files: the order would tell an applicant what they may not read. */
  static sortNotAllowed(sort: string) {
    const message = `Sorting by ${sort} is for administrators`;
    return new ApplicationError('SORT_NOT_ALLOWED', message, HttpStatus.FORBIDDEN, [{ path: 'sort', code: 'SORT_NOT_ALLOWED', message }]);
  }
  static invalidTransition(from: string, action: string) {
    return new ApplicationError('INVALID_TRANSITION', `Cannot ${action} an application that is ${from}`, HttpStatus.CONFLICT, { status: from });
  }
  static invalidData(problems: FieldProblem[]) {
    return new ApplicationError('FORM_DATA_INVALID', `The form data has ${problems.length} problem(s)`, HttpStatus.BAD_REQUEST, problems);
  }
  static cannotSubmit(problems: { code: string; message: string; path?: string; data?: unknown }[]) {
    return new ApplicationError(
      'SUBMISSION_REFUSED',
      `The application cannot be submitted yet: ${problems.length} problem(s) listed in details`,
      HttpStatus.UNPROCESSABLE_ENTITY,
      problems,
    );
  }
  /** A qualification decision that needs a reason (return, reject) came without one. */
  static reasonRequired(decision: string) {
    const message = `A reason is required to ${decision} an application`;
    return new ApplicationError('VALIDATION_FAILED', message, HttpStatus.BAD_REQUEST, [{ path: 'reason', code: 'REASON_REQUIRED', message }]);
  }
  /** A correction deadline that is not in the future. */
  static correctionDeadlinePast() {
    const message = 'The correction deadline must be in the future';
    return new ApplicationError('VALIDATION_FAILED', message, HttpStatus.BAD_REQUEST, [{ path: 'correctionDeadline', code: 'DEADLINE_IN_PAST', message }]);
  }
  /**
   * Accepting an exceptional-route or cross-provincial file needs the admin's explicit
   * confirmation of the letters checked; `missing` names each confirmation flag not given.
   */
  static confirmationRequired(missing: { path: string; code: string; message: string }[]) {
    return new ApplicationError(
      'CONFIRMATION_REQUIRED',
      `Accepting this file needs the confirmation(s): ${missing.map((m) => m.path).join(', ')}`,
      HttpStatus.UNPROCESSABLE_ENTITY,
      missing,
    );
  }
  static attachmentNotFound() {
    return new ApplicationError('ATTACHMENT_NOT_FOUND', 'Attachment was not found', HttpStatus.NOT_FOUND);
  }
}

export class CycleError extends AppError {
  static notFound() {
    return new CycleError('CYCLE_NOT_FOUND', 'Cycle was not found', HttpStatus.NOT_FOUND);
  }
  static codeTaken() {
    return new CycleError('CYCLE_CODE_TAKEN', 'A cycle with this code already exists', HttpStatus.CONFLICT, [
      { path: 'code', code: 'CYCLE_CODE_TAKEN', message: 'A cycle with this code already exists' },
    ]);
  }
  static versionsLocked() {
    return new CycleError(
      'CYCLE_VERSIONS_LOCKED',
      'Applications exist in this cycle: its form versions, rubric version and level list can no longer change',
      HttpStatus.CONFLICT,
    );
  }
  static invalid(problems: FieldProblem[]) {
    return new CycleError('CYCLE_INVALID', problems.map((p) => p.message).join('; '), HttpStatus.BAD_REQUEST, problems);
  }
  static windowClosed() {
    return new CycleError('WINDOW_CLOSED', 'The submission window of this cycle is not open', HttpStatus.UNPROCESSABLE_ENTITY);
  }
  static notOffered(field: 'level' | 'specialty', value: string) {
    return new CycleError('NOT_OFFERED', `This cycle does not accept ${field} "${value}"`, HttpStatus.BAD_REQUEST, [
      { path: field, code: 'NOT_OFFERED', message: `This cycle does not accept ${field} "${value}"` },
    ]);
  }
}

export class FormError extends AppError {
  static notFound() {
    return new FormError('FORM_NOT_FOUND', 'Form version was not found', HttpStatus.NOT_FOUND);
  }
  static alreadyPublished() {
    return new FormError('FORM_ALREADY_PUBLISHED', 'This form version is published and immutable; create a new version', HttpStatus.CONFLICT);
  }
  static invalidSchema(problems: FieldProblem[]) {
    return new FormError('FORM_SCHEMA_INVALID', problems.map((p) => p.message).join('; '), HttpStatus.BAD_REQUEST, problems);
  }
}

/** Errors of the queued exports of the admin list; codes are part of the API contract. */
export class ExportError extends AppError {
  /** Unknown, or another admin's: the same answer (object-level authorization). */
  static notFound() {
    return new ExportError('EXPORT_NOT_FOUND', 'Export was not found', HttpStatus.NOT_FOUND);
  }
  /** Still queued or running: read the export back until it is done. */
  static notReady(status: string) {
    return new ExportError('EXPORT_NOT_READY', `The export is ${status}; download it once it is done`, HttpStatus.CONFLICT, { status });
  }
  /** The worker could not write it; request another. */
  static failed(code: string | null) {
    return new ExportError('EXPORT_FAILED', 'The export failed; request it again', HttpStatus.CONFLICT, { errorCode: code });
  }
  /** Past EXPORT_RETENTION_HOURS: the file is gone; request another. */
  static expired() {
    return new ExportError('EXPORT_EXPIRED', 'The export has expired; request it again', HttpStatus.GONE);
  }
}
