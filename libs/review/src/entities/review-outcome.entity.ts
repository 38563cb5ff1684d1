import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The result of a file's expert review, written in the transaction that moves the file to
 * `reviewed` (complete_review): the aggregate of the submitted totals and the spread flag.
 * Kept by the review module on its own table rather than on applications, whose by-id read is
 * one constant SQL text behind every access check. A re-review replaces it.
 */
@Entity('review_outcomes')
export class ReviewOutcome {
  @PrimaryColumn({ type: 'uuid' })
  applicationId: string;

  /** Average of the totals (highest and lowest dropped from 5 on), rounded half up to 2 decimals. */
  @Column({ type: 'numeric', precision: 6, scale: 2 })
  aggregate: string;

  /** max - min of every total, exact. */
  @Column({ type: 'numeric', precision: 6, scale: 2 })
  spread: string;

  /** Totals more than 30 points apart. */
  @Column({ type: 'boolean' })
  spreadFlag: boolean;

  @Column({ type: 'int' })
  reviewCount: number;

  @Column({ type: 'varchar', length: 64 })
  rubricVersion: string;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
