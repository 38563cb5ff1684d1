import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Where an assignment stands: `assigned` (nothing saved yet), `draft` (scores saved, not
 * final), `submitted` (final unless an admin reopens it), `declined` by the reviewer,
 * `withdrawn` by an admin, or `superseded` when the file's review was restarted (an objection
 * or an appeal sent it back to review: the row stays as history, the file needs a new panel).
 * Only assigned, draft and submitted ones hold a slot.
 */
export const ASSIGNMENT_STATUSES = ['assigned', 'draft', 'submitted', 'declined', 'withdrawn', 'superseded'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
/** The statuses that hold a reviewer's slot on a file and count towards their load. */
export const ACTIVE_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['assigned', 'draft', 'submitted'];
/** Whether an assignment in this status holds a slot on its file and counts in its reviewer's load. */
export const isActiveAssignment = (status: string): boolean => (ACTIVE_ASSIGNMENT_STATUSES as readonly string[]).includes(status);
/** The statuses whose review can still change (saved, submitted, declined or withdrawn): not yet submitted. */
export const OPEN_REVIEW_STATUSES: readonly AssignmentStatus[] = ['assigned', 'draft'];

export type Recommendation = 'pass' | 'fail';
export type DeclineReason = 'conflict' | 'unavailable';

/**
 * One reviewer on one application: the assignment and the review it carries (scores per
 * rubric criterion as exact decimals, comment, recommendation). A reviewer holds at most
 * one active assignment per file (partial unique index); load per cycle is counted on
 * (reviewer, cycle) over the active statuses.
 */
@Entity('review_assignments')
@Index('review_assignments_one_active', ['applicationId', 'reviewerId'], { unique: true, where: "status IN ('assigned', 'draft', 'submitted')" })
@Index('review_assignments_load_idx', ['reviewerId', 'cycleId', 'status'])
@Index('review_assignments_application_idx', ['applicationId', 'status'])
@Index('review_assignments_reviewer_list_idx', ['reviewerId', 'createdAt', 'id'])
// A cycle's reviewer workload (statistics): one index range per cycle, grouped by reviewer.
@Index('review_assignments_cycle_workload_idx', ['cycleId', 'reviewerId', 'status', 'dueAt'])
// Open assignments of a cycle by due date (the statistics' overdue count; INCLUDE: made by migration OverdueCountIndexes).
@Index('review_assignments_open_due_idx', { synchronize: false })
export class ReviewAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  /** The reviewer (users.id, with a reviewer profile). */
  @Column({ type: 'uuid' })
  reviewerId: string;

  /** The application's cycle, kept here so a reviewer's load per cycle is one index scan. */
  @Column({ type: 'uuid' })
  cycleId: string;

  @Column({ type: 'varchar', length: 16, default: 'assigned' })
  status: AssignmentStatus;

  /** The admin who assigned it; null when automatic assignment did. */
  @Column({ type: 'uuid', nullable: true })
  assignedBy: string | null;

  /** The review's deadline (the cycle's review deadline when assigned). */
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** The rubric version the scores follow (pinned by the cycle). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  rubricVersion: string | null;

  /** Points per criterion key, as decimal strings ("27.5"): exact, never floats. */
  @Column({ type: 'jsonb', nullable: true })
  scores: Record<string, string> | null;

  /** Sum of the scores, exact (numeric). */
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true })
  total: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  recommendation: Recommendation | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  declineReason: DeclineReason | null;

  /** Why it was declined, or why an admin reopened or withdrew it. */
  @Column({ type: 'text', nullable: true })
  statusNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
