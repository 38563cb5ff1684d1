import { HttpStatus } from '@nestjs/common';
import { AppError } from '@app/common';

/** Refusals of the web app's cookie session routes; codes are part of the API contract. */
export class WebSessionError extends AppError {
  static csrfHeaderMissing(header: string) {
    return new WebSessionError('CSRF_CHECK_FAILED', `The web session routes need the ${header}: 1 header (sent by the portal's own pages)`, HttpStatus.FORBIDDEN);
  }
  static crossOrigin() {
    return new WebSessionError('CSRF_CHECK_FAILED', 'The web session routes accept requests from the portal\'s own pages only', HttpStatus.FORBIDDEN);
  }
}
