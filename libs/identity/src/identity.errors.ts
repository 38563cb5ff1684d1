import { HttpStatus } from '@nestjs/common';
import { AppError } from '@app/common';

/** Errors raised by the identity library; codes are part of the API contract. */
export class IdentityError extends AppError {
  static emailTaken() {
    return new IdentityError('EMAIL_TAKEN', 'An account with this e-mail already exists', HttpStatus.CONFLICT, [
      { path: 'email', code: 'EMAIL_TAKEN', message: 'An account with this e-mail already exists' },
    ]);
  }
  static invalidCredentials() {
    return new IdentityError('INVALID_CREDENTIALS', 'E-mail or password is incorrect', HttpStatus.UNAUTHORIZED);
  }
  static tooManyAttempts(retryAfterSeconds: number) {
    return new IdentityError(
      'TOO_MANY_LOGIN_ATTEMPTS',
      `Too many failed logins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
      HttpStatus.TOO_MANY_REQUESTS,
      { retryAfterSeconds },
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }
  static invalidToken(what: string) {
    return new IdentityError('INVALID_TOKEN', `The ${what} link is invalid, already used or expired`, HttpStatus.BAD_REQUEST, [
      { path: 'token', code: 'INVALID_TOKEN', message: `The ${what} link is invalid, already used or expired` },
    ]);
  }
  /** A used verification link of an account that is verified: nothing is wrong, the person should log in. */
  static emailAlreadyVerified() {
    return new IdentityError('EMAIL_ALREADY_VERIFIED', 'This e-mail address is already verified; log in', HttpStatus.CONFLICT);
  }
  static invalidRefreshToken() {
    return new IdentityError('INVALID_REFRESH_TOKEN', 'The refresh token is invalid, expired or revoked; log in again', HttpStatus.UNAUTHORIZED);
  }
  static weakPassword(field: string, problems: { code: string; message: string }[]) {
    return new IdentityError(
      'PASSWORD_REJECTED',
      problems.map((p) => p.message).join('; '),
      HttpStatus.BAD_REQUEST,
      problems.map((p) => ({ path: field, code: p.code, message: p.message })),
    );
  }
  static wrongCurrentPassword() {
    return new IdentityError('WRONG_CURRENT_PASSWORD', 'The current password is incorrect', HttpStatus.BAD_REQUEST, [
      { path: 'currentPassword', code: 'WRONG_CURRENT_PASSWORD', message: 'The current password is incorrect' },
    ]);
  }
  static lastAdmin() {
    return new IdentityError('LAST_ADMIN', 'The last active admin cannot lose the admin role or be disabled', HttpStatus.CONFLICT);
  }
  /** One person, one account (domain.md §8): the identity number is bound to another account. `path`: the field that carried it. */
  static identityBoundToOther(path: string) {
    const message = 'This identity number is bound to another account';
    return new IdentityError('IDENTITY_BOUND_TO_OTHER_ACCOUNT', message, HttpStatus.CONFLICT, [{ path, code: 'IDENTITY_BOUND_TO_OTHER_ACCOUNT', message }]);
  }
  static userNotFound() {
    return new IdentityError('USER_NOT_FOUND', 'User was not found', HttpStatus.NOT_FOUND);
  }
  /**
   * Every refused access token, whatever check refused it (signature, expiry, audience, ended
   * session, session version, account): one answer, so a forger cannot tell a right signature.
   */
  static invalidAccessToken() {
    return new IdentityError('UNAUTHORIZED', 'A valid bearer access token is required', HttpStatus.UNAUTHORIZED);
  }
  static sessionStoreUnavailable() {
    return new IdentityError('SESSION_STORE_UNAVAILABLE', 'The session cannot be ended right now; try again in a moment', HttpStatus.SERVICE_UNAVAILABLE);
  }
}
