import { HttpStatus } from '@nestjs/common';
import { AppError, FieldProblem } from '@app/common';

/** Errors raised by the certificates library; codes are part of the API contract. */
export class CertificateError extends AppError {
  static notFound() {
    return new CertificateError('CERTIFICATE_NOT_FOUND', 'Certificate was not found', HttpStatus.NOT_FOUND);
  }
  /** issue() for a file that already has one (a repeated close_notice cannot issue twice). */
  static alreadyIssued(number: string) {
    return new CertificateError('CERTIFICATE_ALREADY_ISSUED', `This file already has certificate ${number}`, HttpStatus.CONFLICT, { number });
  }
  /** issue() for a file the certificate cannot be made for (unknown, or without holder name / reference). */
  static cannotIssue(applicationId: string, why: string) {
    return new CertificateError('CERTIFICATE_CANNOT_ISSUE', `No certificate can be issued for application ${applicationId}: ${why}`, HttpStatus.CONFLICT);
  }
  /** A revocation needs its reason (400 naming the field). */
  static reasonRequired() {
    return new CertificateError('VALIDATION_FAILED', 'Invalid fields: reason', HttpStatus.BAD_REQUEST, [
      { path: 'reason', code: 'REASON_REQUIRED', message: 'Give the reason for revoking the title' },
    ]);
  }
}

/** A file of a confirmation request, as an error names it. */
export interface NamedFile {
  applicationId: string;
  referenceNumber: string | null;
  status: string;
}

/** Errors of the bureau's confirmation and the filing export; codes are part of the API contract. */
export class ConfirmationError extends AppError {
  /** Files that are not waiting for the bureau (confirmed already, still on notice, ...): 409 naming each. */
  static filesNotAwaiting(files: NamedFile[]) {
    const names = files.map((f) => `${f.referenceNumber ?? f.applicationId} (${f.status})`).join(', ');
    return new ConfirmationError('CONFIRMATION_FILE_NOT_AWAITING', `Not awaiting confirmation: ${names}`, HttpStatus.CONFLICT, { files });
  }
  /** The document number names a batch already made with other files or another date of issue. */
  static documentNumberTaken(batchId: string, documentNumber: string) {
    return new ConfirmationError('CONFIRMATION_DOCUMENT_NUMBER_TAKEN', `Approval document ${documentNumber} already confirmed another batch`, HttpStatus.CONFLICT, {
      batchId,
      problems: [{ path: 'documentNumber', code: 'CONFIRMATION_DOCUMENT_NUMBER_TAKEN', message: 'This approval document number already confirmed another set of files or another date of issue' }],
    });
  }
  /** Ids that name no file the officer may confirm (unknown, or the officer's own): 404, like any file one may not see. */
  static filesNotFound(applicationIds: string[]) {
    return new ConfirmationError('APPLICATION_NOT_FOUND', `Application not found: ${applicationIds.join(', ')}`, HttpStatus.NOT_FOUND, { applicationIds });
  }
  static batchNotFound() {
    return new ConfirmationError('CONFIRMATION_BATCH_NOT_FOUND', 'Confirmation batch was not found', HttpStatus.NOT_FOUND);
  }
  /** A 400 naming each field at fault. */
  static invalid(problems: FieldProblem[]) {
    return new ConfirmationError('VALIDATION_FAILED', `Invalid fields: ${[...new Set(problems.map((p) => p.path))].join(', ')}`, HttpStatus.BAD_REQUEST, problems);
  }
}
