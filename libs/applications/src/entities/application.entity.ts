import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EligibilityOutcome, TitleLevel } from '../domain';
import type { ApplicationStatus } from '../domain/workflow/transitions';

/**
 * An application file. The form data lives in `data` (JSONB) except the identity
 * document number, which is kept only encrypted (AES-256-GCM) in its own column.
 */
@Entity('applications')
// One active (not withdrawn) application per applicant per cycle, enforced by the database.
@Index('applications_one_active_per_cycle', ['applicantId', 'cycleId'], { unique: true, where: "status <> 'withdrawn'" })
@Index('applications_reference_key', ['referenceNumber'], { unique: true, where: 'reference_number IS NOT NULL' })
@Index('applications_applicant_idx', ['applicantId', 'createdAt', 'id'])
@Index('applications_cycle_status_idx', ['cycleId', 'status', 'createdAt', 'id'])
@Index('applications_cycle_level_idx', ['cycleId', 'level', 'createdAt', 'id'])
@Index('applications_status_idx', ['status', 'createdAt', 'id'])
@Index('applications_province_idx', ['homeProvince', 'createdAt', 'id'])
@Index('applications_created_idx', ['createdAt', 'id'])
@Index('applications_submitted_idx', ['submittedAt', 'id'])
// The qualification queue (submitted files, oldest submission first); its leading status also serves the overdue-correction schedule.
@Index('applications_status_submitted_idx', ['status', 'submittedAt', 'id'])
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicantId: string;

  @Column({ type: 'uuid' })
  cycleId: string;

  @Column({ type: 'varchar', length: 32 })
  level: TitleLevel;

  @Column({ type: 'varchar', length: 64 })
  specialty: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ApplicationStatus;

  /** The form version the application was started with; it keeps it whatever is published later. */
  @Column({ type: 'uuid' })
  formVersionId: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  documentNumberSealed: string | null;

  /** Optimistic concurrency: every save names the version it was based on. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 48, nullable: true })
  referenceNumber: string | null;

  /** Copied from the form for lists and search (never personal identifiers). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  applicantName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  employerName: string | null;

  @Column({ type: 'boolean', default: false })
  crossProvincial: boolean;

  /** GB/T 2260 province of the employer (statistics by home province). */
  @Column({ type: 'char', length: 2, nullable: true })
  homeProvince: string | null;

  @Column({ type: 'boolean', default: false })
  exceptionalRoute: boolean;

  @Column({ type: 'boolean', default: false })
  requiresAdminConfirmation: boolean;

  /** The eligibility result at submission. */
  @Column({ type: 'jsonb', nullable: true })
  eligibility: EligibilityOutcome | null;

  @Column({ type: 'timestamptz', nullable: true })
  declarationAcceptedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  declarationIp: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** Set when returned for correction. */
  @Column({ type: 'timestamptz', nullable: true })
  correctionDeadline: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
