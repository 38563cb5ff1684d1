import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const APPEAL_STATUSES = ['open', 'decided'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_OUTCOMES = ['re_review', 'upheld'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/**
 * An applicant's appeal against the decision that rejected their file (domain.md §8). It is
 * tied to that decision's history entry: one appeal per decision (unique key), and a file
 * rejected again after a re-review can be appealed again.
 */
@Entity('appeals')
@Index('appeals_rejection_key', ['rejectionHistoryId'], { unique: true })
// The admin's list: by status, oldest first.
@Index('appeals_status_idx', ['status', 'createdAt', 'id'])
@Index('appeals_application_idx', ['applicationId', 'createdAt'])
export class Appeal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  applicantId: string;

  /** application_history.id of the rejection appealed against. */
  @Column({ type: 'bigint' })
  rejectionHistoryId: string;

  @Column({ type: 'text' })
  grounds: string;

  /** The end of the appeal window of that decision (checked when the appeal was lodged). */
  @Column({ type: 'timestamptz' })
  deadline: Date;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: AppealStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: AppealOutcome | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
