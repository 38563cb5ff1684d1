import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'http';
import { AppConfig } from '@app/config';

/**
 * Paths pino censors wherever they appear in a log line. Secrets and personal data
 * (domain.md §10) never reach a log: headers with credentials, passwords, tokens,
 * identity document numbers and phone numbers.
 */
const SENSITIVE_KEYS = [
  'password', 'currentPassword', 'newPassword', 'token', 'refreshToken', 'accessToken',
  'documentNumber', 'idNumber', 'identityNumber', 'mobile', 'phone',
];
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-metrics-token"]',
  'res.headers["set-cookie"]',
  ...SENSITIVE_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]),
];

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Probes hit health every few seconds: skip pino-http there entirely (it would
        // build a redacted child logger per request only to discard it).
        exclude: [
          { method: RequestMethod.GET, path: 'health/live' },
          { method: RequestMethod.GET, path: 'health/ready' },
        ],
        pinoHttp: {
          level: config.LOG_LEVEL,
          transport: config.LOG_PRETTY ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } : undefined,
          redact: { paths: REDACT_PATHS, censor: '[redacted]' },
          // Fastify assigns the id (from X-Request-Id or a new UUID) before any middleware runs.
          genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? 'unknown',
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
