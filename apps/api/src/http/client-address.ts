import { isIP } from 'net';
import type { FastifyInstance } from 'fastify';
import { AppError, errorResponse } from '@app/common';

/**
 * Every request's client address (`request.ip`, what login limits, audit entries and
 * declarations record) must be an IP address. With TRUST_PROXY it comes from
 * X-Forwarded-For, which a client can fill with anything past the trusted hops; such a
 * request is refused here, before anything uses or stores the value.
 */
export function installClientAddressCheck(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (isIP(request.ip) !== 0) return done();
    const error = new AppError('INVALID_CLIENT_ADDRESS', 'X-Forwarded-For does not end in a valid client IP address', 400, [
      { path: 'header:x-forwarded-for', code: 'NOT_AN_IP_ADDRESS', message: 'The client address taken from X-Forwarded-For is not an IP address' },
    ]);
    // A hook that answers must not call done().
    void reply.code(400).send(errorResponse(error, String(request.id)).body);
  });
}
