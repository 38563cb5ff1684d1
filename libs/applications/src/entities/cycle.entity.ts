import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { EligibilityPolicy, EvidenceRules, Rubric, TitleLevel } from '../domain';

/** One evaluation round (评审批次): what it accepts, when, and by which rules. */
@Entity('cycles')
@Index('cycles_code_key', ['code'], { unique: true })
@Index('cycles_opens_idx', ['opensAt', 'id'])
export class Cycle {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. 2026-ID; the prefix of every reference number in the cycle. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  nameZh: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ type: 'text', array: true })
  levels: TitleLevel[];

  @Column({ type: 'text', array: true })
  specialties: string[];

  @Column({ type: 'timestamptz' })
  opensAt: Date;

  @Column({ type: 'timestamptz' })
  closesAt: Date;

  @Column({ type: 'date', nullable: true })
  reviewDeadline: string | null;

  @Column({ type: 'date', nullable: true })
  meetingDate: string | null;

  /** Form version per level: { intermediate: '<form version id>', ... }. Pinned once applications exist. */
  @Column({ type: 'jsonb' })
  formVersions: Partial<Record<TitleLevel, string>>;

  /** Rubric version the cycle's expert reviews score against (libs/review). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  rubricVersion: string | null;

  /** The cycle's own rubric (its version is rubricVersion); null: the built-in rubric rubricVersion names. */
  @Column({ type: 'jsonb', nullable: true })
  rubric: Rubric | null;

  @Column({ type: 'jsonb' })
  eligibilityPolicy: EligibilityPolicy;

  @Column({ type: 'jsonb' })
  evidenceRules: EvidenceRules;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Per-cycle counter behind gap-free reference numbers. */
@Entity('cycle_counters')
export class CycleCounter {
  @PrimaryColumn({ type: 'uuid' })
  cycleId: string;

  @Column({ type: 'int', default: 0 })
  lastNumber: number;
}
