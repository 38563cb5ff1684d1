import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'crypto';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { InjectRedis } from '@app/queue';
import { IdentityError } from '../identity.errors';

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 10;
// High enough that an office behind one NAT address is not locked out by a few typos.
export const MAX_FAILURES_PER_IP = 100;

/**
 * Counts failed logins in Redis (shared by every API replica), per account and per
 * IP, in 15-minute windows. Only failures count. The account key is a hash of the
 * normalised e-mail, so unknown e-mails are limited exactly like known ones.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);

  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string): [string, string] {
    const account = createHash('sha256').update(email).digest('hex').slice(0, 32);
    return [`${this.config.QUEUE_PREFIX}:login-fail:acct:${account}`, `${this.config.QUEUE_PREFIX}:login-fail:ip:${ip}`];
  }

  /** Throws 429 with Retry-After when either limit is reached. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [accountKey, ipKey] = this.keys(email, ip);
    try {
      const result = await this.redis.multi().get(accountKey).ttl(accountKey).get(ipKey).ttl(ipKey).exec();
      const [accountCount, accountTtl, ipCount, ipTtl] = (result ?? []).map(([, v]) => v) as [string | null, number, string | null, number];
      if (Number(accountCount ?? 0) >= MAX_FAILURES_PER_ACCOUNT) throw IdentityError.tooManyAttempts(Math.max(accountTtl, 1));
      if (Number(ipCount ?? 0) >= MAX_FAILURES_PER_IP) throw IdentityError.tooManyAttempts(Math.max(ipTtl, 1));
    } catch (error) {
      if (error instanceof IdentityError) throw error;
      // Redis down: let the login proceed (argon2 still slows guessing) rather than lock everyone out.
      this.logger.warn(`Login throttle unavailable: ${(error as Error).message}`);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const [accountKey, ipKey] = this.keys(email, ip);
    try {
      await this.redis
        .multi()
        .incr(accountKey)
        .expire(accountKey, LOGIN_WINDOW_SECONDS, 'NX')
        .incr(ipKey)
        .expire(ipKey, LOGIN_WINDOW_SECONDS, 'NX')
        .exec();
    } catch (error) {
      this.logger.warn(`Could not record a failed login: ${(error as Error).message}`);
    }
  }
}
