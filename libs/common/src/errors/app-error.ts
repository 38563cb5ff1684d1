import { HttpStatus } from '@nestjs/common';

export interface FieldProblem {
  /** Where the problem is: a property path (`profile.phone`) or a JSON pointer (`/identity/mobile`). */
  path: string;
  code: string;
  message: string;
}

/**
 * Base class for every error the portal raises on purpose. Each carries a stable,
 * machine-readable `code` (clients branch on it) and the HTTP status it maps to.
 * Domain libraries subclass it (ApplicationError, IdentityError ...) so a code's
 * origin is visible at a glance.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = HttpStatus.BAD_REQUEST,
    readonly details?: unknown,
    /** Extra response headers, e.g. Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, code = 'NOT_FOUND') {
    super(code, `${what} was not found`, HttpStatus.NOT_FOUND);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(code, message, HttpStatus.CONFLICT, details);
  }
}

export class ForbiddenError extends AppError {
  constructor(code = 'FORBIDDEN', message = 'You are not allowed to do this') {
    super(code, message, HttpStatus.FORBIDDEN);
  }
}

export class UnauthorizedError extends AppError {
  constructor(code = 'UNAUTHORIZED', message = 'Authentication is required') {
    super(code, message, HttpStatus.UNAUTHORIZED);
  }
}

export class ValidationFailedError extends AppError {
  constructor(problems: FieldProblem[], message = 'The request is invalid') {
    super('VALIDATION_FAILED', message, HttpStatus.BAD_REQUEST, problems);
  }
}

/** 422: the request is well-formed but the object's state does not allow it (e.g. submit). */
export class UnprocessableError extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(code, message, HttpStatus.UNPROCESSABLE_ENTITY, details);
  }
}
