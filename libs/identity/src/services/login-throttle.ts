import { Injectable, Logger } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { createHash } from 'crypto';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { InjectRedis } from '@app/queue';
import { IdentityError } from '../identity.errors';
import { loginDelayMs } from './login-delay';
import { LoginDevices } from './login-devices';

/**
 * Reserve one guess, atomically. KEYS: client (the account and address pair, or the account's
 * known device), account, ip, known address (set by a successful login from this address).
 * ARGV: client limit, ip limit, window seconds, known device (1/0).
 * Refused (nothing counted) when the client has used its guesses, or when the address has and
 * the client is not known for the account; otherwise the three counters are incremented and
 * each without a TTL gets the window (plain EXPIRE: works on Redis 6.2, which lacks EXPIRE NX).
 * Returns {1, account failures before this one, known (1/0)} or {0, seconds until retry}.
 */
const RESERVE_SCRIPT = `
local known = ARGV[4] == '1' or redis.call('EXISTS', KEYS[4]) == 1
if tonumber(redis.call('GET', KEYS[1]) or '0') >= tonumber(ARGV[1]) then
  return {0, redis.call('TTL', KEYS[1])}
end
if not known and tonumber(redis.call('GET', KEYS[3]) or '0') >= tonumber(ARGV[2]) then
  return {0, redis.call('TTL', KEYS[3])}
end
local accountFailures = tonumber(redis.call('GET', KEYS[2]) or '0')
for i = 1, 3 do
  redis.call('INCR', KEYS[i])
  if redis.call('TTL', KEYS[i]) < 0 then redis.call('EXPIRE', KEYS[i], ARGV[3]) end
end
if known then return {1, accountFailures, 1} end
return {1, accountFailures, 0}
`;

/**
 * A successful login: give its reserved guess back (decrement each counter that still exists
 * and is positive) and remember the address as known for the account.
 * KEYS: client, account, ip, known address. ARGV: known-address TTL seconds.
 */
const SUCCEEDED_SCRIPT = `
for i = 1, 3 do
  if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
end
redis.call('SET', KEYS[4], '1', 'EX', ARGV[1])
return 1
`;

type ThrottleRedis = Redis & {
  loginThrottleReserve(client: string, account: string, ip: string, knownAddress: string, clientLimit: number, ipLimit: number, windowSeconds: number, knownDevice: 0 | 1): Promise<number[]>;
  loginThrottleSucceeded(client: string, account: string, ip: string, knownAddress: string, knownTtlSeconds: number): Promise<number>;
};

/** Who is logging in: the client's address and, when it sent one, its device cookie. */
export interface LoginClient {
  ip: string;
  deviceCookie?: string;
}

/** A reserved guess: wait `delayMs` before checking the password; hand it to `succeeded` when the password was right. */
export interface LoginAttempt {
  readonly keys: [string, string, string, string] | null;
  readonly delayMs: number;
}

const sha32 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * Login throttling that an attacker cannot turn against the account's owner (OWASP
 * authentication cheat sheet). Counters in Redis, shared by every API replica, under
 * QUEUE_PREFIX, keyed by hashes (never an e-mail or address in clear):
 * - per account and client (`login-fail:pair:` the address; `login-fail:dev:` a known device):
 *   after LOGIN_MAX_FAILURES_PER_CLIENT failures in the window that pair is refused (429 with
 *   Retry-After), the right password included. Another client of the account is not;
 * - per address over all accounts (`login-fail:ip:`): LOGIN_MAX_FAILURES_PER_IP, against
 *   password spraying; a client known for the account is not refused by it;
 * - per account over all clients (`login-fail:acct:`): never refused; a login from a client
 *   the account does not know is delayed progressively (loginDelayMs) before its password is
 *   checked, whatever the outcome (an early answer would tell the password was right).
 * A client is known for an account when it presents a valid device cookie of that account
 * (LoginDevices), or when its address logged in to it successfully within
 * LOGIN_KNOWN_CLIENT_TTL_SECONDS (`login-known:`).
 * A guess is counted before the password is checked, in one atomic script, so however many
 * requests arrive at once no limit is overtaken. A successful login gives its guess back
 * (only failures use up the allowance, and a legitimate login during an attack does not hand
 * the attacker new guesses). Unknown e-mails are limited exactly like known ones.
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
    private readonly devices: LoginDevices,
  ) {
    if (!('loginThrottleReserve' in redis)) {
      redis.defineCommand('loginThrottleReserve', { numberOfKeys: 4, lua: RESERVE_SCRIPT });
      redis.defineCommand('loginThrottleSucceeded', { numberOfKeys: 4, lua: SUCCEEDED_SCRIPT });
    }
    this.redis = redis as ThrottleRedis;
  }

  private keys(email: string, rawIp: string, deviceId: string | null): [string, string, string, string] {
    const prefix = this.config.QUEUE_PREFIX;
    // One IPv6 host holds a whole /64: counted as one address, as the request throttler does.
    const ip = normalizeIp(rawIp);
    const pair = sha32(`${email}\n${ip}`);
    const client = deviceId ? `${prefix}:login-fail:dev:${sha32(deviceId)}` : `${prefix}:login-fail:pair:${pair}`;
    return [client, `${prefix}:login-fail:acct:${sha32(email)}`, `${prefix}:login-fail:ip:${sha32(ip)}`, `${prefix}:login-known:${pair}`];
  }

  /** Count one guess of this client for this account, or throw 429 with Retry-After when the client (or its address) has used its guesses. */
  async reserve(email: string, client: LoginClient): Promise<LoginAttempt> {
    const deviceId = this.devices.verify(client.deviceCookie, email);
    const keys = this.keys(email, client.ip, deviceId);
    let result: number[];
    try {
      result = await this.redis.loginThrottleReserve(
        ...keys,
        this.config.LOGIN_MAX_FAILURES_PER_CLIENT,
        this.config.LOGIN_MAX_FAILURES_PER_IP,
        this.config.LOGIN_FAILURE_WINDOW_SECONDS,
        deviceId ? 1 : 0,
      );
    } catch (error) {
      this.logger.warn(`Login throttle unavailable: ${(error as Error).message}`);
      return { keys: null, delayMs: 0 };
    }
    const [allowed, value, known] = result;
    if (allowed !== 1) throw IdentityError.tooManyAttempts(Math.max(value, 1));
    const delayMs =
      known === 1 ? 0 : loginDelayMs(value, { afterFailures: this.config.LOGIN_DELAY_AFTER_FAILURES, baseMs: this.config.LOGIN_DELAY_BASE_MS, maxMs: this.config.LOGIN_DELAY_MAX_MS });
    return { keys, delayMs };
  }

  /** The password was right: the reserved guess does not count, and the address is known for the account from now on. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    if (!attempt.keys) return;
    try {
      await this.redis.loginThrottleSucceeded(...attempt.keys, this.config.LOGIN_KNOWN_CLIENT_TTL_SECONDS);
    } catch (error) {
      this.logger.warn(`Could not record a successful login: ${(error as Error).message}`);
    }
  }
}
