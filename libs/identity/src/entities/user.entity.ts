import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@app/common';

export type UserStatus = 'active' | 'disabled';
export type Locale = 'zh-CN' | 'en';
export const LOCALES: Locale[] = ['zh-CN', 'en'];

@Entity('users')
@Index('users_email_key', ['email'], { unique: true })
@Index('users_created_idx', ['createdAt', 'id'])
@Index('users_roles_idx', ['roles'], { type: 'gin' })
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
