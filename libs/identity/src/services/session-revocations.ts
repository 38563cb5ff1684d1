import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { InjectRedis } from '@app/queue';
import { IdentityError } from '../identity.errors';

/**
 * Who a session (refresh-token family) belongs to and whether it was ended: its refresh tokens
 * revoked (logout, reuse detected, a disabled account, a password change or reset). No row: no
 * such session.
 */
const SESSION_STATE = `SELECT user_id AS "userId", bool_or(revoked_at IS NOT NULL) AS ended
  FROM refresh_tokens
 WHERE family_id = $1
 GROUP BY user_id`;

// Servers' clocks differ a little; a mark outlives the last access token of the session by this.
const CLOCK_MARGIN_SECONDS = 60;
const WARN_EVERY_MS = 10_000;
const ENDED = 'ended';

/**
 * Whether an access token's session is one of its user's and still going, so that an access
 * token dies with its session (logout) rather than when it expires, and a token naming a
 * session that never existed is refused. The database (refresh_tokens) is the record; Redis
 * caches its answer per session for as long as an access token can live
 * (JWT_ACCESS_TTL_SECONDS): `live:<user id>` (written only if absent) or `ended`. A request
 * costs one Redis GET; the database is asked once per session per token lifetime.
 * Ending a session writes `ended` inside the revoking transaction, before COMMIT: when Redis
 * cannot take it the revocation fails (503) and nothing changes, so a committed revocation
 * always has its mark (and a cache fill racing it cannot overwrite it). While Redis is
 * unreachable the check asks the database on every request until Redis is back (same answer).
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger(SessionRevocations.name);
  private lastWarned = 0;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private key(sessionId: string): string {
    return `${this.config.QUEUE_PREFIX}:session:${sessionId}`;
  }

  private get ttlSeconds(): number {
    return this.config.JWT_ACCESS_TTL_SECONDS + CLOCK_MARGIN_SECONDS;
  }

  /** Mark the session ended; call inside the transaction that revokes its refresh tokens. */
  async markEnded(sessionId: string): Promise<void> {
    try {
      await this.redis.set(this.key(sessionId), ENDED, 'EX', this.ttlSeconds);
    } catch (error) {
      this.logger.error(`Could not record an ended session: ${(error as Error).message}`);
      throw IdentityError.sessionStoreUnavailable();
    }
  }

  /** Whether `sessionId` is a session of `userId` that has not ended. */
  async isLive(sessionId: string, userId: string): Promise<boolean> {
    let cached: string | null;
    try {
      cached = await this.redis.get(this.key(sessionId));
    } catch (error) {
      this.warn(error);
      return (await this.fromDatabase(sessionId)) === `live:${userId}`;
    }
    if (cached === null) {
      cached = await this.fromDatabase(sessionId);
      // NX: never over an `ended` written meanwhile.
      await this.redis.set(this.key(sessionId), cached, 'EX', this.ttlSeconds, 'NX').catch((error: unknown) => this.warn(error));
    }
    return cached === `live:${userId}`;
  }

  private async fromDatabase(sessionId: string): Promise<string> {
    const rows: { userId: string; ended: boolean }[] = await this.dataSource.query(SESSION_STATE, [sessionId]);
    return rows.length === 1 && !rows[0].ended ? `live:${rows[0].userId}` : ENDED;
  }

  private warn(error: unknown): void {
    if (Date.now() - this.lastWarned < WARN_EVERY_MS) return;
    this.lastWarned = Date.now();
    this.logger.warn(`Sessions unavailable in Redis (${(error as Error).message}); asking the database`);
  }
}
