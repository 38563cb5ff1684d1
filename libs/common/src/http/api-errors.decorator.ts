import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBodyDto } from '../errors/error-body';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: `details` lists each invalid field',
  401: 'Missing, invalid or expired credentials',
  403: 'Authenticated but not allowed',
  404: 'Not found (also returned for objects the caller may not see)',
  409: 'Conflict with the current state (stale version, duplicate, someone acted first)',
  410: 'Gone: it existed, and has expired',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'The object is not in a state that allows this; `details` lists every problem',
  429: 'Too many attempts; see Retry-After',
  503: 'A dependency is unavailable',
};

/** Document the error responses of a route, all in the shared error shape. */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error', type: ErrorBodyDto })),
    ApiResponse({ status: 500, description: 'Unexpected error; the body carries the request id', type: ErrorBodyDto }),
  );
}
