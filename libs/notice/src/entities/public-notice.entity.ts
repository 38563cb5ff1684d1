import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * `open` while posted (its end date passed or not: it closes only when no objection is open),
 * `closed` when it ended cleanly (the file was approved), `withdrawn` when an upheld objection
 * took the file off the notice (rejected, or back to review).
 */
export const NOTICE_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/**
 * A file posted for public notice after the committee passed it (domain.md §8): from the day
 * of posting to the end date, N working days of the host region's calendar later. A file is
 * posted at most once at a time (partial unique index); after a re-review it may be posted again.
 */
@Entity('public_notices')
@Index('public_notices_one_open', ['applicationId'], { unique: true, where: "status = 'open'" })
// The scheduler's scan (open notices whose end date passed) and the public list (open notices, newest first).
@Index('public_notices_status_end_idx', ['status', 'endDate', 'id'])
@Index('public_notices_status_created_idx', ['status', 'createdAt', 'id'])
export class PublicNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  /** The day the committee passed the file (Asia/Shanghai): the title's date obtained. */
  @Column({ type: 'date' })
  passedOn: string;

  /** The first day of the notice (the day of posting, Asia/Shanghai). */
  @Column({ type: 'date' })
  startDate: string;

  /** The last day of the notice: the N-th working day after the pass date. */
  @Column({ type: 'date' })
  endDate: string;

  /** N, as configured when posted. */
  @Column({ type: 'int' })
  workingDays: number;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: NoticeStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
