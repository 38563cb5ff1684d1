import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@app/common';

export type UserStatus = 'active' | 'disabled';
export type Locale = 'zh-CN' | 'en';
export const LOCALES: Locale[] = ['zh-CN', 'en'];

@Entity('users')
@Index('users_email_key', ['email'], { unique: true })
@Index('users_created_idx', ['createdAt', 'id'])
@Index('users_roles_idx', ['roles'], { type: 'gin' })
// One person, one account (domain.md §8): an identity number's blind index is bound to one account at most.
@Index('users_identity_index_key', ['identityIndex'], { unique: true, where: 'identity_index IS NOT NULL' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Normalised: trimmed and lower-cased, so uniqueness is case-insensitive. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 100 })
  fullName: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 5, default: 'zh-CN' })
  locale: Locale;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: Role[];

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: UserStatus;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** argon2id; null until an invited user sets a password. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;

  /** Carried in access tokens; bumped by a password reset so every earlier token stops working. */
  @Column({ type: 'int', default: 1 })
  sessionVersion: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** Barred from applying until this date (false pledge, forged evidence, revoked title). */
  @Column({ type: 'timestamptz', nullable: true })
  barredUntil: Date | null;

  /**
   * The blind index (PiiCipher.blindIndex: a keyed HMAC, never the number) of the identity
   * number of the person behind the account, bound at their first submission; changed only
   * by an audited admin correction. Never selected by default, never on the wire.
   */
  @Column({ type: 'char', length: 64, nullable: true, select: false })
  identityIndex: string | null;

  /** When the identity number was bound (first submission, or the last admin correction). */
  @Column({ type: 'timestamptz', nullable: true })
  identityBoundAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
