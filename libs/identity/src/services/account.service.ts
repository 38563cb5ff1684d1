import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AppConfig } from '@app/config';
import { Clock, hashToken, maskPhone, newToken, Role } from '@app/common';
import { isUniqueViolation } from '@app/db';
import { OutboxService } from '@app/outbox';
import { AuditRecord, AuditService, changeSummary } from '@app/audit';
import { AccountToken, AccountTokenPurpose } from '../entities/account-token.entity';
import { Locale, User } from '../entities/user.entity';
import { RefreshToken } from '../entities/refresh-token.entity';
import { IdentityError } from '../identity.errors';
import { checkPassword } from '../passwords/password-policy';
import { normaliseEmail } from './email';
import { PasswordHasher } from './password-hasher';
import { IssuedAccessToken, SessionService } from './session.service';
import { AuthUser, UserDirectory } from './user-directory';
import { UsersRepository } from './users.repository';

const HOUR = 3600 * 1000;
const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  verify_email: 24 * HOUR,
  invitation: 7 * 24 * HOUR,
  password_reset: 30 * 60 * 1000,
};
const TOKEN_LINK: Record<AccountTokenPurpose, { path: string; what: string }> = {
  verify_email: { path: '/verify-email', what: 'verification' },
  invitation: { path: '/accept-invitation', what: 'invitation' },
  password_reset: { path: '/reset-password', what: 'password reset' },
};

export interface RegisterInput {
  email: string;
  password: string;
  fullName: string;
  locale?: Locale;
}

export interface InviteInput {
  email: string;
  fullName: string;
  roles: Role[];
  locale?: Locale;
}

export interface ProfilePatch {
  fullName?: string;
  phone?: string | null;
  locale?: Locale;
}

/** Accounts: registration, invitations, e-mail verification, passwords, profile. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly directory: UserDirectory,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private assertPassword(password: string, email: string, field = 'password'): void {
    const problems = checkPassword(password, email);
    if (problems.length) throw IdentityError.weakPassword(field, problems);
  }

  /**
   * Self-registration: always an applicant, unverified, with a verification e-mail. The caller
   * learns nothing about whether the address already has an account: then no account is made,
   * the owner is mailed instead ("someone tried to register with your address"), and the
   * answer is the same. Both paths hash the password, so they take the same time.
   */
  async register(input: RegisterInput): Promise<void> {
    const email = normaliseEmail(input.email);
    this.assertPassword(input.password, email);
    const passwordHash = await this.hasher.hash(input.password);
    if (await this.tellOwnerOfTakenAddress(email)) return;
    try {
      await this.createAccount({ email, fullName: input.fullName, locale: input.locale, roles: ['applicant'], passwordHash }, 'verify_email', (user) => ({
        actorId: user.id,
        action: 'user.registered',
        entityType: 'user',
        entityId: user.id,
      }));
    } catch (error) {
      // Registered by someone else between the look-up and the insert: their owner is told instead.
      if (!(error instanceof IdentityError && error.code === 'EMAIL_TAKEN') || !(await this.tellOwnerOfTakenAddress(email))) throw error;
    }
  }

  /**
   * If `email` has an account, mail its owner that someone tried to register with it (a
   * disabled account is mailed nothing: the dispatcher skips it) and return true.
   */
  private async tellOwnerOfTakenAddress(email: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const owner = await this.users.findByEmail(email, manager);
      if (!owner) return false;
      const base = this.config.PUBLIC_URL;
      await this.outbox.emit(manager, {
        type: 'account.already_registered',
        recipients: [{ userId: owner.id }],
        payload: { loginUrl: `${base}/login`, resetUrl: `${base}/forgot-password` },
      });
      // Asked by whoever knows the address (no actor), as a password reset request is.
      await this.audit.record(manager, { actorId: null, action: 'user.registration_repeated', entityType: 'user', entityId: owner.id });
      return true;
    });
  }

  /** Send a fresh verification e-mail (the old link stops working). */
  async resendVerification(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.lockById(userId, manager);
      if (!user || user.emailVerifiedAt) return;
      await this.issueToken(manager, user, 'verify_email');
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.consumeToken(manager, token, 'verify_email').catch(async (error: unknown) => {
        // A second click on the link: say the address is verified rather than that the link is bad.
        const [verified] = await manager.query<unknown[]>(
          `SELECT 1 FROM account_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = $1 AND t.purpose = 'verify_email' AND t.used_at IS NOT NULL AND u.email_verified_at IS NOT NULL`,
          [hashToken(token)],
        );
        throw verified ? IdentityError.emailAlreadyVerified() : error;
      });
      await manager.update(User, { id: row.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: this.clock.now() });
      await this.audit.record(manager, { actorId: row.userId, action: 'user.email_verified', entityType: 'user', entityId: row.userId });
    });
    // The verified flag reaches the auth guard through UserDirectory's 2-second cache.
  }

  /** An admin invites a reviewer or admin; the invitee sets a password through the e-mailed link. */
  async invite(input: InviteInput, actorId: string, bind?: (manager: EntityManager, user: User) => Promise<Record<string, unknown> | void>): Promise<User> {
    const email = normaliseEmail(input.email);
    return this.createAccount(
      { email, fullName: input.fullName, locale: input.locale, roles: [...new Set(input.roles)], passwordHash: null },
      'invitation',
      (user, bound) => ({
        actorId,
        action: 'user.invited',
        entityType: 'user',
        entityId: user.id,
        data: { roles: user.roles, ...(bound ?? {}) },
      }),
      // What the invitation binds besides the account (e.g. the organisation a unit officer acts for), in the same transaction.
      bind,
    );
  }

  /**
   * One new active account, its first one-time link (verification or invitation) and its audit
   * entry, in one transaction; a taken e-mail is a 409, not a 500.
   */
  private async createAccount(
    fields: { email: string; fullName: string; locale?: Locale; roles: Role[]; passwordHash: string | null },
    linkKind: AccountTokenPurpose,
    auditEntry: (user: User, bound?: Record<string, unknown> | void) => AuditRecord,
    bind?: (manager: EntityManager, user: User) => Promise<Record<string, unknown> | void>,
  ): Promise<User> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = manager.create(User, { ...fields, fullName: fields.fullName.trim(), locale: fields.locale ?? 'zh-CN', status: 'active' });
        await manager.insert(User, user);
        const bound = bind ? await bind(manager, user) : undefined;
        await this.issueToken(manager, user, linkKind);
        await this.audit.record(manager, auditEntry(user, bound));
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw IdentityError.emailTaken();
      throw error;
    }
  }

  async acceptInvitation(token: string, password: string): Promise<void> {
    const { user, passwordHash } = await this.newPasswordFromLink(token, 'invitation', password);
    await this.dataSource.transaction(async (manager) => {
      await this.consumeToken(manager, token, 'invitation');
      // Accepting proves the invitee reads this mailbox.
      await manager.update(User, { id: user.id }, { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? this.clock.now() });
      await this.audit.record(manager, { actorId: user.id, action: 'user.invitation_accepted', entityType: 'user', entityId: user.id });
    });
    this.directory.forget(user.id);
  }

  /** Always succeeds from the caller's point of view, so nobody learns which e-mails have accounts. */
  async forgotPassword(rawEmail: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByEmail(email, manager);
      if (!user || user.status !== 'active') return;
      await this.issueToken(manager, user, 'password_reset');
      // Asked by whoever knows the address (no actor); the entry's address and user agent say who.
      await this.audit.record(manager, { actorId: null, action: 'user.password_reset_requested', entityType: 'user', entityId: user.id });
    });
  }

  /** Set a new password from a reset link; every session of the user ends. */
  async resetPassword(token: string, password: string): Promise<void> {
    const { user, passwordHash } = await this.newPasswordFromLink(token, 'password_reset', password);
    await this.dataSource.transaction(async (manager) => {
      await this.consumeToken(manager, token, 'password_reset');
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.revokeAllSessions(manager, user.id, 'password_reset');
      await this.audit.record(manager, { actorId: user.id, action: 'user.password_reset', entityType: 'user', entityId: user.id });
    });
    this.directory.forget(user.id);
  }

  /**
   * Change the password knowing the current one. Every other session ends, as after a reset
   * (their refresh tokens are revoked and every access token stops working); the caller's
   * session (`caller.sessionId`, the refresh-token family of their access token) keeps its
   * refresh token and continues with the access token returned. An access token without a
   * session id (signed before sessions were named) cannot say which session is the caller's:
   * then every refresh token is revoked.
   */
  async changePassword(caller: Pick<AuthUser, 'id' | 'sessionId'>, currentPassword: string, newPassword: string): Promise<IssuedAccessToken> {
    const user = await this.users.findWithPasswordById(caller.id);
    if (!user) throw IdentityError.userNotFound();
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) throw IdentityError.wrongCurrentPassword();
    this.assertPassword(newPassword, user.email, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    const sessionVersion = await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      const version = await this.revokeSessions(manager, user.id, 'password_changed', caller.sessionId);
      await this.audit.record(manager, { actorId: user.id, action: 'user.password_changed', entityType: 'user', entityId: user.id });
      return version;
    });
    this.directory.forget(user.id);
    return this.sessions.accessToken({ id: user.id, sessionVersion }, caller.sessionId ?? randomUUID());
  }

  async getProfile(userId: string): Promise<User> {
    const user = await this.users.findById(userId);
    if (!user) throw IdentityError.userNotFound();
    return user;
  }

  async updateProfile(userId: string, patch: ProfilePatch): Promise<User> {
    const changes: Partial<User> = {};
    if (patch.fullName !== undefined) changes.fullName = patch.fullName.trim();
    if (patch.phone !== undefined) changes.phone = patch.phone;
    if (patch.locale !== undefined) changes.locale = patch.locale;
    if (Object.keys(changes).length) {
      await this.dataSource.transaction(async (manager) => {
        const before = await this.users.lockById(userId, manager);
        if (!before) throw IdentityError.userNotFound();
        await manager.update(User, { id: userId }, changes);
        // Before and after of what changed; the phone number masked on both sides.
        const summary = changeSummary(before, changes, { phone: maskPhone });
        if (Object.keys(summary).length) await this.audit.record(manager, { actorId: userId, action: 'user.profile_updated', entityType: 'user', entityId: userId, data: { changes: summary } });
      });
    }
    this.directory.forget(userId);
    return this.getProfile(userId);
  }

  /** Revoke every refresh token and invalidate every access token of a user. */
  async revokeAllSessions(manager: EntityManager, userId: string, reason: string): Promise<void> {
    await this.revokeSessions(manager, userId, reason);
  }

  /**
   * Revoke the refresh tokens of every session of a user but `keepSessionId`'s, and bump the
   * session version (every access token signed before stops working). Returns the new version.
   */
  private async revokeSessions(manager: EntityManager, userId: string, reason: string, keepSessionId?: string): Promise<number> {
    const which = keepSessionId ? { userId, revokedAt: IsNull(), familyId: Not(keepSessionId) } : { userId, revokedAt: IsNull() };
    await manager.update(RefreshToken, which, { revokedAt: this.clock.now(), revokedReason: reason });
    const bumped = await manager
      .createQueryBuilder()
      .update(User)
      .set({ sessionVersion: () => 'session_version + 1' })
      .where('id = :userId', { userId })
      .returning(['sessionVersion'])
      .execute();
    return Number((bumped.raw[0] as { session_version: number }).session_version);
  }

  private async issueToken(manager: EntityManager, user: User, purpose: AccountTokenPurpose): Promise<void> {
    // Only the newest link of a kind works: earlier unused ones are retired.
    await manager.update(AccountToken, { userId: user.id, purpose, usedAt: IsNull() }, { usedAt: this.clock.now() });
    const token = newToken();
    await manager.insert(AccountToken, {
      userId: user.id,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(this.clock.now().getTime() + TOKEN_TTL_MS[purpose]),
    });
    const linkBase = `${this.config.PUBLIC_URL}${TOKEN_LINK[purpose].path}`;
    const recipients = [{ userId: user.id }];
    // One emit per purpose, so each payload is checked against its event type.
    if (purpose === 'verify_email') {
      await this.outbox.emit(manager, { type: 'account.verify_email', recipients, payload: { linkBase, expiresInHours: 24 }, secret: token });
    } else if (purpose === 'invitation') {
      await this.outbox.emit(manager, { type: 'account.invitation', recipients, payload: { linkBase, expiresInDays: 7, role: user.roles.join(', ') }, secret: token });
    } else {
      await this.outbox.emit(manager, { type: 'account.password_reset', recipients, payload: { linkBase, expiresInMinutes: 30 }, secret: token });
    }
  }

  /**
   * Check a link token and the new password, and hash it, before any transaction:
   * argon2 takes tens of milliseconds and must not hold a connection. The token is
   * consumed (once, atomically) inside the caller's transaction.
   */
  private async newPasswordFromLink(token: string, purpose: 'invitation' | 'password_reset', password: string): Promise<{ user: User; passwordHash: string }> {
    const row = await this.findUsableToken(token, purpose);
    const user = await this.users.findById(row.userId);
    if (!user) throw IdentityError.invalidToken(TOKEN_LINK[purpose].what);
    this.assertPassword(password, user.email);
    return { user, passwordHash: await this.hasher.hash(password) };
  }

  private async findUsableToken(token: string, purpose: AccountTokenPurpose): Promise<AccountToken> {
    const row = await this.dataSource.manager.findOne(AccountToken, { where: { tokenHash: hashToken(token), purpose } });
    if (!row || row.usedAt || row.expiresAt <= this.clock.now()) throw IdentityError.invalidToken(TOKEN_LINK[purpose].what);
    return row;
  }

  /** Mark a token used exactly once: a concurrent second use finds no unused row and fails. */
  private async consumeToken(manager: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<AccountToken> {
    const result = await manager
      .createQueryBuilder()
      .update(AccountToken)
      .set({ usedAt: this.clock.now() })
      .where('token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now', {
        hash: hashToken(token),
        purpose,
        now: this.clock.now(),
      })
      .returning(['id', 'userId'])
      .execute();
    const row = result.raw[0] as { id: string; user_id: string } | undefined;
    if (!row) throw IdentityError.invalidToken(TOKEN_LINK[purpose].what);
    return { id: row.id, userId: row.user_id } as AccountToken;
  }
}
