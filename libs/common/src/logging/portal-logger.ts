import { AsyncLocalStorage } from 'async_hooks';
import { LoggerService } from '@nestjs/common';
import type { Logger as PinoBaseLogger } from 'pino';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * Nest's logger for the API and the worker: every Nest `Logger` call writes one JSON line
 * through pino (options in pino-options.ts: censoring and serializers), with `context` the
 * caller's name. Inside `runInContext` (one request, see the API's http/request-logging.ts)
 * lines carry that context's bindings (`req`).
 *
 * Why not nestjs-pino: 5.x requires Node 22 (this project runs on Node 20), and 4.x gives a
 * request its context only through its pino-http Nest middleware, which on Fastify puts
 * @fastify/middie in front of every request (see request-logging.ts). The message contract
 * below is the one nestjs-pino's Logger implements.
 */
export class PortalLogger implements LoggerService {
  private readonly contexts = new AsyncLocalStorage<PinoBaseLogger>();

  /** `root`: pino with the portal's options (LoggingModule builds it from pinoOptions). */
  constructor(private readonly root: PinoBaseLogger) {}

  /** The current context's logger: inside runInContext the one with its bindings, else the root. */
  get logger(): PinoBaseLogger {
    return this.contexts.getStore() ?? this.root;
  }

  /** Runs `fn` with a logging context whose logger carries `bindings` (every Nest Logger call inside it does). */
  runInContext<T>(fn: () => T, options: { bindings: Record<string, unknown> }): T {
    return this.contexts.run(this.root.child(options.bindings), fn);
  }

  verbose(message: unknown, ...optionalParams: unknown[]): void {
    this.write('trace', message, optionalParams);
  }
  debug(message: unknown, ...optionalParams: unknown[]): void {
    this.write('debug', message, optionalParams);
  }
  log(message: unknown, ...optionalParams: unknown[]): void {
    this.write('info', message, optionalParams);
  }
  warn(message: unknown, ...optionalParams: unknown[]): void {
    this.write('warn', message, optionalParams);
  }
  error(message: unknown, ...optionalParams: unknown[]): void {
    this.write('error', message, optionalParams);
  }
  fatal(message: unknown, ...optionalParams: unknown[]): void {
    this.write('fatal', message, optionalParams);
  }

  /** Nest passes the caller's context name last; an object message is merged, an Error logged as `err`. */
  private write(level: Level, message: unknown, optionalParams: unknown[]): void {
    const logger = this.logger;
    if (!logger.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    let params = optionalParams;
    if (params.length) {
      fields.context = params[params.length - 1];
      params = params.slice(0, -1);
    }
    if (message instanceof Error) {
      logger[level]({ ...fields, err: message }, ...(params as [string?]));
    } else if (typeof message === 'object' && message !== null) {
      logger[level]({ ...fields, ...(message as object) }, ...(params as [string?]));
    } else if (isExceptionHandlerCall(level, message, params)) {
      // Nest's own exception handlers call error(message, stack, context).
      const err = new Error(message as string);
      err.stack = params[0] as string;
      logger[level]({ ...fields, err });
    } else {
      logger[level](fields, String(message), ...params);
    }
  }
}

function isExceptionHandlerCall(level: Level, message: unknown, params: unknown[]): boolean {
  return level === 'error' && typeof message === 'string' && params.length === 1 && typeof params[0] === 'string' && /\n\s*at /.test(params[0]);
}
