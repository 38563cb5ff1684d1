import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TitleLevel } from '@app/applications';

/** A reviewer's place in the expert pool (domain.md §8), managed by admins; one per user with the reviewer role. */
@Entity('reviewer_profiles')
// Assignment asks "active reviewers of this specialty": GIN on the array, and the list's keyset order per active flag.
@Index('reviewer_profiles_specialties_idx', ['specialties'], { type: 'gin' })
@Index('reviewer_profiles_active_created_idx', ['active', 'createdAt', 'userId'])
@Index('reviewer_profiles_created_idx', ['createdAt', 'userId'])
export class ReviewerProfile {
  /** The reviewer's account (users.id). */
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  /** Specialty keys as cycles use them (product_design ...). */
  @Column({ type: 'text', array: true })
  specialties: string[];

  /** The highest level this reviewer may review: their own title's level. */
  @Column({ type: 'varchar', length: 32 })
  maxLevel: TitleLevel;

  /** GB/T 2260 two-digit province code. */
  @Column({ type: 'char', length: 2 })
  homeProvince: string;

  @Column({ type: 'varchar', length: 200 })
  employerName: string;

  /** Unified social credit code, upper-cased; null for a reviewer without an employer (retired, independent). */
  @Column({ type: 'varchar', length: 18, nullable: true })
  employerCreditCode: string | null;

  @Column({ type: 'int' })
  maxLoadPerCycle: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
