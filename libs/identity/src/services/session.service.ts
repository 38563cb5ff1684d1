import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'crypto';
import { setTimeout as sleep } from 'timers/promises';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@app/config';
import { Clock, hashToken, isUuid, maskEmail, newToken } from '@app/common';
import { AuditService } from '@app/audit';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';
import { IdentityError } from '../identity.errors';
import { normaliseEmail } from './email';
import { LoginClient, LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionRevocations } from './session-revocations';
import { AuthUser, toAuthUser, UserDirectory } from './user-directory';
import { UsersRepository } from './users.repository';

export interface IssuedAccessToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export interface TokenPair extends IssuedAccessToken {
  refreshToken: string;
}

export interface AccessTokenClaims {
  sub: string;
  /** The user's session version when signed: a password reset or change, or disabling, bumps it. */
  sv: number;
  /** The session (refresh-token family) the token was issued for; required (tokens without one are refused). */
  sid?: string;
}

/** Logins, access tokens and rotating refresh tokens. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly jwt: JwtService,
    private readonly directory: UserDirectory,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly revocations: SessionRevocations,
  ) {}

  /**
   * Check an e-mail and password. Unknown e-mail, wrong password, disabled account and
   * not-yet-accepted invitation all give the same answer, after the same argon2 work.
   */
  async authenticate(rawEmail: string, password: string, client: LoginClient): Promise<AuthUser> {
    const email = normaliseEmail(rawEmail);
    // Counted before the (slow) check, so parallel guesses cannot overtake the limit.
    const attempt = await this.throttle.reserve(email, client).catch(async (error: unknown) => {
      await this.recordFailedLogin(email, null, 'throttled');
      throw error;
    });
    // An account under attack slows its logins from unknown clients, right password or not.
    if (attempt.delayMs > 0) await sleep(attempt.delayMs);
    const user = await this.users.findWithPasswordByEmail(email);
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok || user.status !== 'active') {
      await this.recordFailedLogin(email, user, !user ? 'unknown_account' : !user.passwordHash ? 'no_password_yet' : !ok ? 'wrong_password' : 'account_disabled');
      throw IdentityError.invalidCredentials();
    }
    await this.throttle.succeeded(attempt);
    return toAuthUser(user);
  }

  /**
   * A refused login, in the audit log on its own (nothing else is written): by the public
   * (no actor; the entry's address says who), about the account when it exists, with the
   * e-mail tried masked and why it was refused (only admins read the audit log).
   */
  private async recordFailedLogin(email: string, user: User | null, reason: string): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { actorId: null, action: 'user.login_failed', entityType: 'user', entityId: user?.id ?? 'unknown', data: { email: maskEmail(email), reason } }),
    );
  }

  /** Start a session (a new refresh-token family) for an authenticated user. */
  async login(user: AuthUser): Promise<TokenPair> {
    return this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { lastLoginAt: this.clock.now() });
      await this.audit.record(manager, { actorId: user.id, action: 'user.login_succeeded', entityType: 'user', entityId: user.id });
      return this.issuePair(manager, user, randomUUID());
    });
  }

  /** Rotate: consume the presented token and issue its successor. Reuse revokes the family. */
  async refresh(presented: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager
        .createQueryBuilder(RefreshToken, 't')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(presented) })
        .getOne();
      if (!token) return { error: IdentityError.invalidRefreshToken() };
      if (token.usedAt || token.revokedAt) {
        // A consumed token came back: someone holds a copy. End the whole family.
        await this.revokeFamily(manager, token.familyId, 'reuse_detected');
        return { error: IdentityError.invalidRefreshToken() };
      }
      if (token.expiresAt <= this.clock.now()) return { error: IdentityError.invalidRefreshToken() };
      const user = await this.users.findById(token.userId, manager);
      if (!user || user.status !== 'active') {
        await this.revokeFamily(manager, token.familyId, 'account_disabled');
        return { error: IdentityError.invalidRefreshToken() };
      }
      await manager.update(RefreshToken, { id: token.id }, { usedAt: this.clock.now() });
      return { pair: await this.issuePair(manager, toAuthUser(user), token.familyId) };
    });
    // Thrown after commit so a detected reuse stays revoked.
    if ('error' in outcome && outcome.error) throw outcome.error;
    return (outcome as { pair: TokenPair }).pair;
  }

  /** End the session the refresh token belongs to, its access tokens included. Unknown tokens are ignored (idempotent). */
  async logout(presented: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshToken, { where: { tokenHash: hashToken(presented) } });
      if (token) await this.revokeFamily(manager, token.familyId, 'logout');
    });
  }

  /**
   * The user a (signature-checked) access token belongs to, if the account is still active, the
   * session version current and the session one of theirs, not ended. Every refusal is the same 401.
   */
  async userForAccessToken(claims: AccessTokenClaims): Promise<AuthUser> {
    // Every token this portal signs names a uuid subject and its session.
    if (!isUuid(claims.sub) || !isUuid(claims.sid)) throw IdentityError.invalidAccessToken();
    const [user, live] = await Promise.all([this.directory.getAuthUser(claims.sub), this.revocations.isLive(claims.sid, claims.sub)]);
    if (!user || user.status !== 'active' || user.sessionVersion !== claims.sv || !live) throw IdentityError.invalidAccessToken();
    return { ...user, sessionId: claims.sid };
  }

  /** End a session: its refresh tokens revoked and its access tokens refused from now on (a 503 and no change when that cannot be recorded). */
  private async revokeFamily(manager: EntityManager, familyId: string, reason: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: this.clock.now(), revokedReason: reason });
    await this.revocations.markEnded(familyId);
  }

  private async issuePair(manager: EntityManager, user: AuthUser, familyId: string): Promise<TokenPair> {
    const refreshToken = newToken();
    await manager.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    return { ...(await this.accessToken(user, familyId)), refreshToken };
  }

  /** A fresh access token for a session (e.g. after the user's session version moved on). */
  async accessToken(user: Pick<AuthUser, 'id' | 'sessionVersion'>, sessionId: string): Promise<IssuedAccessToken> {
    const claims: AccessTokenClaims = { sub: user.id, sv: user.sessionVersion, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.JWT_ACCESS_TTL_SECONDS };
  }
}
