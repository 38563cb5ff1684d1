import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { ErrorBodyDto } from './error-body';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * The single place where any thrown value becomes an HTTP answer. Known errors keep
 * their status and code; anything else is a 500 whose details stay in the log
 * (with the request id), never in the response.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const requestId = String(request?.id ?? '');
    const { body, headers } = errorResponse(exception, requestId);

    if (body.statusCode >= 500) {
      // The logger's serializers keep of each only what may be logged (safeError, loggedRequest).
      this.logger.error({ err: exception, req: request }, 'Unhandled error');
    }
    if (headers) for (const [k, v] of Object.entries(headers)) void reply.header(k, v);
    void reply.status(body.statusCode).send(body);
  }
}

/**
 * The error body and headers for any thrown value: known errors keep their status and
 * code; anything else is a 500 whose details stay in the log. Also used by the Fastify
 * hooks that answer before Nest's pipeline (they have no exception filter).
 */
export function errorResponse(exception: unknown, requestId: string): { body: ErrorBodyDto; headers?: Record<string, string> } {
  if (exception instanceof AppError) {
    return {
      body: shape(exception.status, exception.code, exception.message, requestId, exception.details),
      headers: exception.headers,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? ((response as { message: string[] }).message).join('; ')
          : String((response as { message?: unknown }).message ?? exception.message);
    const code = status === HttpStatus.NOT_FOUND && /^Cannot /.test(message) ? 'ROUTE_NOT_FOUND' : codeForStatus(status);
    return { body: shape(status, code, message, requestId) };
  }
  // Fastify raises plain errors with a statusCode for malformed bodies, bad content types, oversized payloads.
  const fe = exception as FastifyLikeError;
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { body: shape(fe.statusCode, fastifyCode(fe), fe.message ?? 'Bad request', requestId) };
  }
  return { body: shape(500, 'INTERNAL_ERROR', 'An unexpected error occurred; quote the request id when reporting it', requestId) };
}

function shape(statusCode: number, code: string, message: string, requestId: string, details?: unknown): ErrorBodyDto {
  const body: ErrorBodyDto = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code, message, requestId };
  if (details !== undefined) body.details = details;
  return body;
}

/**
 * What of an unexpected error may be logged: its type, message, code and stack.
 * Database errors also carry the query parameters (form data, phones) and the driver's
 * `detail` (the offending values); those never reach a log.
 */
export function safeError(exception: unknown): Record<string, unknown> {
  if (!(exception instanceof Error)) return { message: String(exception) };
  const e = exception as Error & { code?: string; driverError?: { code?: string; constraint?: string; table?: string } };
  return {
    type: e.constructor?.name ?? 'Error',
    message: e.message,
    code: e.driverError?.code ?? e.code,
    constraint: e.driverError?.constraint,
    table: e.driverError?.table,
    stack: e.stack,
  };
}

function codeForStatus(status: number): string {
  return (STATUS_CODES[status] ?? 'ERROR').toUpperCase().replace(/[^A-Z]+/g, '_').replace(/^_|_$/g, '');
}

function fastifyCode(e: FastifyLikeError): string {
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'MALFORMED_JSON';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
    default:
      return e.code && /^[A-Z0-9_]+$/.test(e.code) ? e.code : codeForStatus(e.statusCode ?? 400);
  }
}
