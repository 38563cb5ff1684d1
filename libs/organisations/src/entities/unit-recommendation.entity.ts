import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const POSTING_OUTCOMES = ['no_objection', 'objections_handled'] as const;
export type PostingOutcome = (typeof POSTING_OUTCOMES)[number];

export const UNIT_DECISIONS = ['recommended', 'declined'] as const;
export type UnitDecision = (typeof UNIT_DECISIONS)[number];

/**
 * A recommending unit's record of one file (单位推荐, domain.md §8): the internal posting of the
 * designer's summary (start, end on the working-day calendar, outcome) and the unit's
 * decision. One row per file; a file that changed unit (returned and resubmitted elsewhere)
 * starts again (the row names the unit it was recorded by).
 */
@Entity('unit_recommendations')
export class UnitRecommendation {
  @PrimaryColumn({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'date' })
  postingStartDate: string;

  /** At least UNIT_POSTING_WORKING_DAYS working days after the start. */
  @Column({ type: 'date' })
  postingEndDate: string;

  @Column({ type: 'int' })
  postingWorkingDays: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  postingOutcome: PostingOutcome | null;

  /** The objections raised during the posting and how the unit handled them (postingOutcome objections_handled). */
  @Column({ type: 'text', nullable: true })
  objectionsHandling: string | null;

  @Column({ type: 'uuid' })
  postingRecordedBy: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  decision: UnitDecision | null;

  /** The officer's note on a recommendation, or the reason of a decline. */
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
