import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AutoAssignSummary } from '../services/assignment.service';

export const AUTO_ASSIGN_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type AutoAssignRunStatus = (typeof AUTO_ASSIGN_RUN_STATUSES)[number];

/**
 * One request to staff a whole cycle with reviewers. A whole-cycle operation runs in the
 * worker (job `review.auto_assign`), not in the API process: at 100,000 files its plan holds
 * a few hundred megabytes for seconds. The row is the request's durable record: written
 * before the job is queued, so a request made while Redis is down is not lost (the
 * `auto-assign-runs` schedule queues it again), and it carries the summary back to the admin.
 */
@Entity('review_auto_assign_runs')
@Check('CHK_review_auto_assign_runs_status', `"status" IN ('queued', 'running', 'done', 'failed')`)
// At most one run per cycle waits or runs: a second request while one is pending gets that one.
@Index('UQ_review_auto_assign_runs_pending', ['cycleId'], { unique: true, where: `"status" IN ('queued', 'running')` })
// The schedule's look-up of requests whose job never started.
@Index('IDX_review_auto_assign_runs_queued', ['requestedAt'], { where: `"status" = 'queued'` })
export class AutoAssignRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cycleId: string;

  @Column({ type: 'uuid' })
  requestedBy: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestedIp: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: AutoAssignRunStatus;

  /** How many times the worker started it (a retry after a crash starts it again; the run fills only missing slots). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'jsonb', nullable: true })
  summary: AutoAssignSummary | null;

  /** Stable code and message of the last failure. */
  @Column({ type: 'jsonb', nullable: true })
  error: { code: string; message: string } | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
