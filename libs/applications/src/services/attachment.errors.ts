import { HttpStatus } from '@nestjs/common';
import { AppError, ValidationFailedError } from '@app/common';
import { EVIDENCE_KINDS } from '../domain';

/** Errors of evidence uploads; codes are part of the API contract. */
export class AttachmentError extends AppError {
  static fileTooLarge(maxFileBytes: number) {
    return new AttachmentError('FILE_TOO_LARGE', `A file may be at most ${maxFileBytes} bytes`, HttpStatus.PAYLOAD_TOO_LARGE, { maxFileBytes });
  }
  static totalTooLarge(maxTotalBytes: number, usedBytes: number) {
    return new AttachmentError(
      'APPLICATION_FILES_TOO_LARGE',
      `The files of an application may total at most ${maxTotalBytes} bytes; ${usedBytes} are used`,
      HttpStatus.PAYLOAD_TOO_LARGE,
      { maxTotalBytes, usedBytes },
    );
  }
  static unsupportedType(detected: string | null, accepted: readonly string[]) {
    return new AttachmentError(
      'UNSUPPORTED_FILE_TYPE',
      `The file's content is ${detected ?? 'of an unrecognised type'}; accepted: ${accepted.join(', ')}`,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      { detectedType: detected, acceptedMediaTypes: accepted },
    );
  }
  static invalidFileName(reason: string) {
    return new AttachmentError('INVALID_FILE_NAME', `Invalid file name: ${reason}`, HttpStatus.BAD_REQUEST, [
      { path: 'file', code: 'INVALID_FILE_NAME', message: `The file name ${reason}` },
    ]);
  }
  /** The same bytes are already evidence of this file (under any kind): a second copy only burdens the reviewers. */
  static duplicate(existing: { id: string; kind: string; originalName: string }) {
    return new AttachmentError('DUPLICATE_ATTACHMENT', `This file is already attached as ${existing.originalName}`, HttpStatus.CONFLICT, {
      existingAttachmentId: existing.id,
      kind: existing.kind,
      originalName: existing.originalName,
    });
  }
  static emptyFile() {
    return new AttachmentError('FILE_EMPTY', 'The file is empty', HttpStatus.BAD_REQUEST, [{ path: 'file', code: 'FILE_EMPTY', message: 'The file is empty' }]);
  }
  static invalidKind() {
    const message = `kind must be one of: ${EVIDENCE_KINDS.join(', ')}`;
    return new ValidationFailedError([{ path: 'kind', code: 'FIELD_IS_IN', message }], 'Invalid fields: kind');
  }
}
