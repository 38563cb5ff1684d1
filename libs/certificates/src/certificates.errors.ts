import { HttpStatus } from '@nestjs/common';
import { AppError } from '@app/common';

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
