import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger as PinoBaseLogger } from 'pino';

/** What installRequestLogging needs of the process's logger (PortalLogger's request-context API). */
export interface RequestLogContext {
  /** Runs `fn` with a logging context whose logger carries `bindings` (every Nest Logger call inside it does). */
  runInContext<T>(fn: () => T, options: { bindings: Record<string, unknown> }): T;
  /** The current context's logger (inside runInContext: the one with the bindings). */
  readonly logger: PinoBaseLogger;
}

const REQUEST_LOGGER = Symbol('requestLogger');
type LoggedRequest = FastifyRequest & { [REQUEST_LOGGER]?: PinoBaseLogger };

/**
 * Request logging as two Fastify hooks, not a pino-http Nest middleware.
 *
 * Why: a Nest middleware on Fastify runs through @fastify/middie, which then normalises and
 * matches the URL of every request against every middleware, and pino-http builds its own
 * child logger and listeners per request. Measured (`npm run bench`): without them
 * get_application 0.45 -> 0.51 of its baseline, health_live 0.58 -> ~0.68.
 *
 * What stays as it was: every log line made while a request is handled (any Nest Logger,
 * through PortalLogger) carries `req` (id, method, path and the query's parameter names, never
 * their values: see loggedRequest), and
 * each request ends with one "request completed" line (`res.statusCode` through the res
 * serializer, which reads the sent response; `responseTime` in ms) at info, or at error for
 * a 5xx. `skip` requests (health probes) get neither.
 */
export function installRequestLogging(fastify: FastifyInstance, context: RequestLogContext, skip: (url: string) => boolean): void {
  fastify.addHook('onRequest', (request: LoggedRequest, _reply, done) => {
    if (skip(request.url)) return done();
    context.runInContext(
      () => {
        request[REQUEST_LOGGER] = context.logger;
        done();
      },
      // The req serializer keeps the id, method, path and the query's parameter names (loggedRequest).
      { bindings: { req: request } },
    );
  });
  fastify.addHook('onResponse', (request: LoggedRequest, reply: FastifyReply, done) => {
    const logger = request[REQUEST_LOGGER];
    const level = reply.statusCode >= 500 ? 'error' : 'info';
    if (logger?.isLevelEnabled(level)) logger[level]({ res: reply.raw, responseTime: Math.round(reply.elapsedTime) }, 'request completed');
    done();
  });
}
