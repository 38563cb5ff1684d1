import type { FastifyInstance } from 'fastify';
import { normaliseUserAgent, runWithRequestOrigin } from '@app/common';

/**
 * Makes every request's origin (address and user agent) the request context of its handler
 * (libs/common request-origin.ts), which is where the audit log reads them.
 *
 * Why preHandler: it is the last hook before the route handler (guards, pipes and the
 * controller run inside the handler), and Fastify calls the handler from this hook's
 * `done`, so the handler's whole async chain runs in the context. An earlier hook would
 * lose it for requests with a body: Fastify reads the body from the socket's events, in
 * the connection's async context, and calls the handler from there.
 */
export function installRequestOrigin(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, _reply, done) => {
    runWithRequestOrigin({ ip: request.ip || null, userAgent: normaliseUserAgent(request.headers['user-agent']) }, done);
  });
}
