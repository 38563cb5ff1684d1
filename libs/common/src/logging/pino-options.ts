import { AppConfig } from '@app/config';
import { censorSensitive } from './censor';
import { loggedRequest } from './logged-request';
import { safeError } from '../errors/all-exceptions.filter';

type Serialized = Record<string, unknown>;
/** Keys pino serializes before writing (with the serializers below). */
const SERIALIZED_KEYS = new Set(['req', 'res', 'err']);
/**
 * pino options for the API and the worker (PortalLogger). Secrets and personal data never reach a
 * log: every logged object passes censorSensitive (see censor.ts for why that and not
 * pino's `redact`) through the `log` formatter, and the three serialized keys keep only
 * what may be logged, also when bound to a child logger: a request's id, method, path and
 * query parameter names (loggedRequest: `?text=` holds names and e-mail addresses), a
 * response's status, an error's type, message, code and stack (safeError: a database
 * error's parameters and detail hold form data). Other child-logger bindings are written
 * as given: bind ids, never payloads.
 */
export function pinoOptions(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_PRETTY'>) {
  return {
    level: config.LOG_LEVEL,
    transport: config.LOG_PRETTY ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } : undefined,
    formatters: {
      // What pino serializes is censored by the serializers below, after serializing.
      log: (object: Serialized): Serialized => censorSensitive(object, 1, SERIALIZED_KEYS),
    },
    serializers: {
      // The Fastify request (id, method and url).
      req: (req: { id: unknown; method: string; url: string }) => loggedRequest(req),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: object) => safeError(err),
    },
  };
}
