import { applyDecorators, ExecutionContext, HttpStatus, Injectable, Logger, Module, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModule, ThrottlerOptions } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { createHash } from 'crypto';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { ApiErrors, AppError } from '@app/common';
import { REDIS_CLIENT } from '@app/queue';
import { normaliseEmail } from '@app/identity';

/**
 * Request rate limits for routes that cost something to answer (an e-mail sent, an argon2
 * hash) and for every public route. A route names its policy with `@RateLimit('mail')`; each policy limits requests per
 * client IP and per target address (the e-mail in the body, normalised, or else the
 * signed-in caller's e-mail), in fixed windows. A policy's counters are shared by all its
 * routes, so an address cannot be flooded by taking turns between them. Counters live in
 * Redis under QUEUE_PREFIX (`<prefix>:{rl:<sha256 of the tracker>:<policy>.<dimension>}:hits`)
 * through @nestjs/throttler and @nest-lab/throttler-storage-redis.
 *
 * Every public route names a policy (test/rate-limits.e2e-spec.ts walks them all); a later
 * public route adds a policy here with its environment variables, or takes an existing one.
 * `login` is the exception: its limits count failed passwords, per account and client, so
 * they live where the password is checked (LoginThrottle in @app/identity); the decorator
 * only declares it.
 */
export type RateLimitPolicy = ThrottledPolicy | 'login';
type ThrottledPolicy = 'mail' | 'password' | 'objection' | 'verify' | 'token' | 'session' | 'public';

type Dimension = 'ip' | 'address';

interface PolicyLimits {
  perIp: number;
  perAddress: number;
  windowSeconds: number;
}

/** Each policy's limits, from the configuration (see README > Configuration). */
export function rateLimitPolicies(config: AppConfig): Record<ThrottledPolicy, PolicyLimits> {
  return {
    // Register, forgot password, resend verification: each sends an e-mail.
    mail: { perIp: config.RATE_LIMIT_MAIL_PER_IP, perAddress: config.RATE_LIMIT_MAIL_PER_ADDRESS, windowSeconds: config.RATE_LIMIT_MAIL_WINDOW_SECONDS },
    // Reset, invitation accept, change password: each costs an argon2 hash (change: two).
    password: {
      perIp: config.RATE_LIMIT_PASSWORD_PER_IP,
      perAddress: config.RATE_LIMIT_PASSWORD_PER_ACCOUNT,
      windowSeconds: config.RATE_LIMIT_PASSWORD_WINDOW_SECONDS,
    },
    // Public objections to a notice (no login): each stores a statement and notifies every admin.
    objection: {
      perIp: config.RATE_LIMIT_OBJECTION_PER_IP,
      perAddress: config.RATE_LIMIT_OBJECTION_PER_ADDRESS,
      windowSeconds: config.RATE_LIMIT_OBJECTION_WINDOW_SECONDS,
    },
    // Public certificate verification: no login, so per IP (a signed-in caller also counts per account, at the same limit).
    verify: { perIp: config.RATE_LIMIT_VERIFY_PER_IP, perAddress: config.RATE_LIMIT_VERIFY_PER_IP, windowSeconds: config.RATE_LIMIT_VERIFY_WINDOW_SECONDS },
    // E-mail verification by its one-time token: a lookup each; per IP (the token names no address).
    token: { perIp: config.RATE_LIMIT_TOKEN_PER_IP, perAddress: config.RATE_LIMIT_TOKEN_PER_IP, windowSeconds: config.RATE_LIMIT_TOKEN_WINDOW_SECONDS },
    // Refresh and logout (bearer and web): a refresh-token lookup each; per IP.
    session: { perIp: config.RATE_LIMIT_SESSION_PER_IP, perAddress: config.RATE_LIMIT_SESSION_PER_IP, windowSeconds: config.RATE_LIMIT_SESSION_WINDOW_SECONDS },
    // Anonymous reads (office, open cycles, notices, readiness, metrics): queries anyone can make; per IP.
    public: { perIp: config.RATE_LIMIT_PUBLIC_PER_IP, perAddress: config.RATE_LIMIT_PUBLIC_PER_IP, windowSeconds: config.RATE_LIMIT_PUBLIC_WINDOW_SECONDS },
  };
}

/** The metadata key under which a handler's (or controller's) policy is declared. */
export const RATE_LIMIT_POLICY_KEY = 'rate-limit:policy';
const POLICY_KEY = RATE_LIMIT_POLICY_KEY;
const reflector = new Reflector();

function policyOf(context: ExecutionContext): RateLimitPolicy | undefined {
  return reflector.getAllAndOverride<RateLimitPolicy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
}

interface RequestLike {
  ip?: string;
  body?: unknown;
  user?: { email?: string };
}

/** The address a request is about: the e-mail in its body, else the signed-in caller's. */
export function targetAddress(request: RequestLike): string | null {
  const email = (request.body as { email?: unknown } | null | undefined)?.email;
  // Guards run before validation: anything but a string is refused by the pipe anyway.
  if (typeof email === 'string' && email.trim()) return normaliseEmail(email.slice(0, 320));
  return request.user?.email ? normaliseEmail(request.user.email) : null;
}

function throttlers(config: AppConfig): ThrottlerOptions[] {
  return Object.entries(rateLimitPolicies(config)).flatMap(([policy, limits]) =>
    (['ip', 'address'] as Dimension[]).map((dimension) => {
      const options: ThrottlerOptions = {
        name: `${policy}.${dimension}`,
        limit: dimension === 'ip' ? limits.perIp : limits.perAddress,
        ttl: limits.windowSeconds * 1000,
        skipIf: (context) =>
          policyOf(context) !== policy || (dimension === 'address' && !targetAddress(context.switchToHttp().getRequest<RequestLike>())),
      };
      // The IP dimension keeps the library's tracker (request.ip, IPv6 grouped by /64).
      if (dimension === 'address') options.getTracker = (request) => targetAddress(request as RequestLike) ?? '';
      return options;
    }),
  );
}

/** 429 in the portal's error shape, code RATE_LIMITED, with Retry-After. */
export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many requests; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`, HttpStatus.TOO_MANY_REQUESTS, { retryAfterSeconds }, { 'Retry-After': String(retryAfterSeconds) });
  }
}

/** The throttler guard of a `@RateLimit` route; answers with RateLimitedError. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitedError(Math.max(detail.timeToBlockExpire, 1));
  }
}

/** Limit this route with a named policy (per IP and per target address; `login`: see LoginThrottle). */
export const RateLimit = (policy: RateLimitPolicy) =>
  policy === 'login' ? applyDecorators(SetMetadata(POLICY_KEY, policy), ApiErrors(429)) : applyDecorators(SetMetadata(POLICY_KEY, policy), UseGuards(RateLimitGuard), ApiErrors(429));

/**
 * The library's Redis storage on its own connection to the configured Redis (same options
 * as the shared client, plus the key prefix). While Redis is unreachable requests pass
 * (and a warning is logged): a Redis outage must not stop registrations or reset e-mails,
 * which the outbox delivers once Redis is back.
 */
export class RateLimitStorage extends ThrottlerStorageRedisService {
  private readonly logger = new Logger('RateLimit');

  constructor(redis: Redis) {
    super(redis);
    this.disconnectRequired = true;
  }

  override async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      return await super.increment(key, ttl, limit, blockDuration, throttlerName);
    } catch (error) {
      this.logger.warn(`Rate limit unavailable (${throttlerName}): ${(error as Error).message}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: throttlers(config),
        // Reconnects on its own; a failed command is handled in RateLimitStorage.increment.
        storage: new RateLimitStorage(redis.duplicate({ keyPrefix: `${config.QUEUE_PREFIX}:` }).on('error', () => undefined)),
        // The tracker (an IP or an e-mail address) never appears in a key name.
        generateKey: (_context: ExecutionContext, tracker: string) => `rl:${createHash('sha256').update(tracker).digest('hex').slice(0, 32)}`,
        // Retry-After comes with the 429 (RateLimitedError); no per-throttler X-RateLimit-* headers.
        setHeaders: false,
      }),
    }),
  ],
  providers: [RateLimitGuard],
  exports: [RateLimitGuard],
})
export class ThrottlingModule {}
