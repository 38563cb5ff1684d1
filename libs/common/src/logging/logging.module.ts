import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { censorSensitive } from './censor';

type Serialized = Record<string, unknown>;
/** Keys pino serializes before writing (pino-http wraps these: each gets the standard serializer's output). */
const SERIALIZED_KEYS = new Set(['req', 'res', 'err']);

/**
 * pino-http options for the API and the worker. Secrets and personal data never reach a
 * log: every logged object passes censorSensitive (see censor.ts for why that and not
 * pino's `redact`): the object given to a log call by the `log` formatter, and what pino
 * serializes (req, res, err), also when bound to a child logger, by the serializers.
 * Other child-logger bindings are written as given: bind ids, never payloads.
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
      req: (req: { id: string; method: string; url: string }) => censorSensitive({ id: req.id, method: req.method, url: req.url }, 2),
      res: (res: { statusCode: number }) => censorSensitive({ statusCode: res.statusCode }, 2),
      // pino-http hands this the standard serializer's plain object (type, message, stack, own fields).
      err: (err: Serialized) => censorSensitive(err, 2),
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
