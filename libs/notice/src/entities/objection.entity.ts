import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * `unconfirmed`: given only an e-mail address that its owner has not yet confirmed; it holds
 * the notice while its link is valid (an objection lodged on the last day must not be lost to
 * the mail's delay) but reaches no admin; confirmed, it becomes `open`; never confirmed, it
 * lapses when the link expires and holds nothing.
 */
export const OBJECTION_STATUSES = ['unconfirmed', 'open', 'upheld', 'dismissed'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/**
 * A real-name objection to a file on public notice, lodged by anyone without an account. The
 * objector's phone number is personal data (domain.md §10): kept sealed (AES-256-GCM) with a
 * masked copy for lists; their e-mail is kept to send the receipt and the office's answer, once
 * its owner has confirmed it through the one-time link mailed first (only its SHA-256 is kept).
 */
@Entity('objections')
@Index('objections_reference_key', ['reference'], { unique: true })
// The admin list by status, oldest first; and "has this notice an open objection".
@Index('objections_status_created_idx', ['status', 'createdAt', 'id'])
@Index('objections_notice_status_idx', ['noticeId', 'status'])
@Index('objections_confirm_token_key', ['confirmTokenHash'], { unique: true, where: 'confirm_token_hash IS NOT NULL' })
export class Objection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human reference given to the objector: YY-<year>-<sequence>. */
  @Column({ type: 'varchar', length: 32 })
  reference: string;

  @Column({ type: 'uuid' })
  noticeId: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'varchar', length: 100 })
  objectorName: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** When the objector opened the confirmation link; nothing but that link is mailed before. */
  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  /** SHA-256 of the confirmation link's token; cleared when used. */
  @Column({ type: 'char', length: 64, nullable: true })
  confirmTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmExpiresAt: Date | null;

  /** The language of the messages to the objector. */
  @Column({ type: 'varchar', length: 8, default: 'zh-CN' })
  locale: string;

  @Column({ type: 'text', nullable: true })
  phoneSealed: string | null;

  /** 138****5678 */
  @Column({ type: 'varchar', length: 32, nullable: true })
  phoneMasked: string | null;

  @Column({ type: 'text' })
  statement: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: ObjectionStatus;

  /** Upheld only: whether the file went back to review (true) or was rejected (false). */
  @Column({ type: 'boolean', nullable: true })
  reReview: boolean | null;

  @Column({ type: 'text', nullable: true })
  resolutionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
