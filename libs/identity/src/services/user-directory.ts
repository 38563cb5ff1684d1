import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@app/common';
import { Locale, User } from '../entities/user.entity';
import { UsersRepository } from './users.repository';

/** What the rest of the portal knows about the caller. */
export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
  roles: Role[];
  locale: Locale;
  emailVerified: boolean;
  sessionVersion: number;
  status: User['status'];
  /** Set on the caller of a request: the session (refresh-token family) their access token belongs to. */
  sessionId?: string;
}

export interface Contact {
  userId: string;
  email: string;
  fullName: string;
  locale: Locale;
  status: User['status'];
  /** Whether the account holder has proved they read this address (the name on the account is theirs only then). */
  emailVerified: boolean;
}

// Short enough that a disabled account is locked out within seconds on every replica.
const CACHE_TTL_MS = 2000;
const CACHE_MAX = 10000;

/** Read-only view of accounts for the auth guard and other libraries (notifications, applications). */
@Injectable()
export class UserDirectory {
  private readonly cache = new Map<string, { user: AuthUser | null; expires: number }>();

  constructor(private readonly users: UsersRepository) {}

  /** The user behind a token, re-read at most every 2 s so status and role changes apply at once. */
  async getAuthUser(id: string): Promise<AuthUser | null> {
    const hit = this.cache.get(id);
    if (hit && hit.expires > Date.now()) return hit.user;
    const value = await this.users.findAuthUser(id);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(id, { user: value, expires: Date.now() + CACHE_TTL_MS });
    return value;
  }

  forget(id: string): void {
    this.cache.delete(id);
  }

  async contacts(ids: string[]): Promise<Map<string, Contact>> {
    const users = await this.users.findByIds([...new Set(ids)]);
    return new Map(users.map((u) => [u.id, { userId: u.id, email: u.email, fullName: u.fullName, locale: u.locale, status: u.status, emailVerified: u.emailVerifiedAt != null }]));
  }

  /**
   * Of `ids`, those whose account is active and holds `role` (one query, not cached: for bulk
   * decisions such as assignment). Pass the caller's transaction: a second pooled connection
   * taken while a transaction waits on a lock can exhaust the pool.
   */
  async activeWithRole(ids: readonly string[], role: Role, manager?: EntityManager): Promise<Set<string>> {
    const users = await this.users.findByIds([...new Set(ids)], manager);
    return new Set(users.filter((u) => u.status === 'active' && u.roles.includes(role)).map((u) => u.id));
  }

  /** Every active account holding `role` (e.g. the admins an objection must reach); read afresh, never cached. */
  activeIdsOfRole(role: Role, manager?: EntityManager): Promise<string[]> {
    return this.users.activeIdsWithRole(role, manager);
  }

  /** Until when the person is barred from applying (domain.md §8: a revoked title bars for 3 years), if still at `at`; read afresh, never cached. */
  async barredUntil(userId: string, at: Date, manager?: EntityManager): Promise<Date | null> {
    const user = await this.users.findById(userId, manager);
    return user?.barredUntil && user.barredUntil > at ? user.barredUntil : null;
  }
}

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    roles: user.roles,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt != null,
    sessionVersion: user.sessionVersion,
    status: user.status,
  };
}
