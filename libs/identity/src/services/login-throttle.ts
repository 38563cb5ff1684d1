import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'crypto';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { InjectRedis } from '@app/queue';
import { IdentityError } from '../identity.errors';

/**
 * Reserve one guess for an account and an IP, atomically: refused (nothing counted) when
 * either counter has reached its limit, otherwise both are incremented and a counter
 * without a TTL gets the window (plain EXPIRE: works on Redis 6.2, which lacks EXPIRE NX).
 * KEYS: account, ip. ARGV: account limit, ip limit, window seconds.
 * Returns { allowed (1/0), account count, account TTL, ip count, ip TTL }.
 */
const RESERVE_SCRIPT = `
local accountCount = tonumber(redis.call('GET', KEYS[1]) or '0')
local ipCount = tonumber(redis.call('GET', KEYS[2]) or '0')
if accountCount >= tonumber(ARGV[1]) or ipCount >= tonumber(ARGV[2]) then
  return {0, accountCount, redis.call('TTL', KEYS[1]), ipCount, redis.call('TTL', KEYS[2])}
end
accountCount = redis.call('INCR', KEYS[1])
if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
ipCount = redis.call('INCR', KEYS[2])
if redis.call('TTL', KEYS[2]) < 0 then redis.call('EXPIRE', KEYS[2], ARGV[3]) end
return {1, accountCount, redis.call('TTL', KEYS[1]), ipCount, redis.call('TTL', KEYS[2])}
`;

/** Give a reserved guess back (a successful login): decrement each counter that still exists and is positive. */
const REFUND_SCRIPT = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 1
`;

type ThrottleRedis = Redis & {
  loginThrottleReserve(accountKey: string, ipKey: string, accountLimit: number, ipLimit: number, windowSeconds: number): Promise<number[]>;
  loginThrottleRefund(accountKey: string, ipKey: string): Promise<number>;
};

/** A reserved guess: hand it to `succeeded` when the password was right. */
export interface LoginAttempt {
  readonly keys: [string, string] | null;
}

/**
 * Limits password guessing per account and per IP (counters in Redis, shared by every API
 * replica, under QUEUE_PREFIX). A guess is counted before the password is checked, in one
 * atomic script, so however many requests arrive at once at most LOGIN_MAX_FAILURES_PER_ACCOUNT
 * guesses per account and LOGIN_MAX_FAILURES_PER_IP per IP are ever evaluated in a window.
 * A successful login gives its guess back (only failures use up the allowance, and a
 * legitimate login during an attack does not hand the attacker new guesses). The account key
 * is a hash of the normalised e-mail, so unknown e-mails are limited exactly like known ones.
 * While Redis is unreachable logins proceed unthrottled (argon2 still slows guessing) rather
 * than locking everyone out; a warning is logged.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: ThrottleRedis;

  constructor(
    @InjectRedis() redis: Redis,
    private readonly config: AppConfig,
  ) {
    if (!('loginThrottleReserve' in redis)) {
      redis.defineCommand('loginThrottleReserve', { numberOfKeys: 2, lua: RESERVE_SCRIPT });
      redis.defineCommand('loginThrottleRefund', { numberOfKeys: 2, lua: REFUND_SCRIPT });
    }
    this.redis = redis as ThrottleRedis;
  }

  private keys(email: string, ip: string): [string, string] {
    const account = createHash('sha256').update(email).digest('hex').slice(0, 32);
    const prefix = `${this.config.QUEUE_PREFIX}:login-fail`;
    return [`${prefix}:acct:${account}`, `${prefix}:ip:${ip}`];
  }

  /** Count one guess for this account and IP, or throw 429 with Retry-After when either limit is reached. */
  async reserve(email: string, ip: string): Promise<LoginAttempt> {
    const keys = this.keys(email, ip);
    let result: number[];
    try {
      result = await this.redis.loginThrottleReserve(...keys, this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT, this.config.LOGIN_MAX_FAILURES_PER_IP, this.config.LOGIN_FAILURE_WINDOW_SECONDS);
    } catch (error) {
      this.logger.warn(`Login throttle unavailable: ${(error as Error).message}`);
      return { keys: null };
    }
    const [allowed, accountCount, accountTtl, , ipTtl] = result;
    if (allowed === 1) return { keys };
    const ttl = accountCount >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT ? accountTtl : ipTtl;
    throw IdentityError.tooManyAttempts(Math.max(ttl, 1));
  }

  /** The password was right: the reserved guess does not count. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    if (!attempt.keys) return;
    try {
      await this.redis.loginThrottleRefund(...attempt.keys);
    } catch (error) {
      this.logger.warn(`Could not refund a successful login: ${(error as Error).message}`);
    }
  }
}
