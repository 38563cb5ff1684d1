import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { censorSensitive } from './censor';
import { loggedRequest } from './logged-request';
import { safeError } from '../errors/all-exceptions.filter';

type Serialized = Record<string, unknown>;
/** Keys pino serializes before writing (pino-http wraps these: each gets the standard serializer's output). */
const SERIALIZED_KEYS = new Set(['req', 'res', 'err']);
/** pino-http's standard err serializer runs before ours and keeps what was logged as `raw`. */
const rawOf = (value: object): unknown => (value as { raw?: unknown }).raw ?? value;

/**
 * pino-http options for the API and the worker. Secrets and personal data never reach a
 * log: every logged object passes censorSensitive (see censor.ts for why that and not
 * pino's `redact`) through the `log` formatter, and the three serialized keys keep only
 * what may be logged, also when bound to a child logger: a request's id, method, path and
 * query parameter names (loggedRequest: `?text=` holds names and e-mail addresses), a
 * response's status, an error's type, message, code and stack (safeError: a database
 * error's parameters and detail hold form data). Other child-logger bindings are written
 * as given: bind ids, never payloads.
 */
export function pinoHttpOptions(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_PRETTY'>) {
  return {
    level: config.LOG_LEVEL,
    transport: config.LOG_PRETTY ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } : undefined,
    formatters: {
      // What pino serializes is censored by the serializers below, after serializing.
      log: (object: Serialized): Serialized => censorSensitive(object, 1, SERIALIZED_KEYS),
    },
    serializers: {
      // The Fastify request, or pino-http's standard copy of it (same id, method and url).
      req: (req: { id: unknown; method: string; url: string }) => loggedRequest(req),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // The thrown value itself (rawOf), not pino-http's copy with every own field.
      err: (err: object) => safeError(rawOf(err)),
    },
  };
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // No routes: nestjs-pino's pino-http middleware is not mounted. The API logs requests
        // with two Fastify hooks instead (apps/api/src/http/request-logging.ts: a Nest
        // middleware would put @fastify/middie in front of every request); the worker has no
        // HTTP. The options still configure the root logger every Nest Logger writes to.
        forRoutes: [],
        pinoHttp: pinoHttpOptions(config),
      }),
    }),
  ],
})
export class LoggingModule {}
