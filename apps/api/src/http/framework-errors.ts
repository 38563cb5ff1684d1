import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errorResponse } from '@app/common';

/**
 * Fastify answers a URL it cannot route (a badly encoded segment, an over-long parameter)
 * before any hook runs, with a body of its own that echoes the path. This answers them in
 * the portal's error shape, with the request id and the API security headers, and without
 * repeating what the client sent.
 */
export function frameworkErrorHandler(apiHeaders: Record<string, string>) {
  return (error: { code?: string; statusCode?: number }, request: FastifyRequest, reply: FastifyReply): void => {
    const known =
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new AppError('URL_PARAMETER_TOO_LONG', 'A path parameter of the URL is too long', 414)
        : new AppError('BAD_URL', 'The URL is not valid: a path segment is badly percent-encoded', 400);
    const { body } = errorResponse(known, String(request.id));
    void reply.code(body.statusCode).headers(apiHeaders).header('x-request-id', request.id).send(body);
  };
}
