import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EligibilityOutcome, TitleLevel } from '../domain';
import type { ApplicationStatus, ReturnedBy } from '../domain/workflow/transitions';

/**
 * An application file. The form data lives in `data` (JSONB) except the identity
 * document number, which is kept only encrypted (AES-256-GCM) in its own column.
 */
@Entity('applications')
// One active (not withdrawn) application per applicant per cycle, enforced by the database.
@Index('applications_one_active_per_cycle', ['applicantId', 'cycleId'], { unique: true, where: "status <> 'withdrawn'" })
// One active file per person per cycle, whatever accounts they hold (domain.md §8): the identity
// number's blind index is copied onto the file at submission (files submitted before stay NULL).
@Index('applications_one_per_person_per_cycle', ['identityIndex', 'cycleId'], { unique: true, where: "identity_index IS NOT NULL AND status <> 'withdrawn'" })
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
// A cycle's returned files by correction deadline (the statistics' overdue corrections).
@Index('applications_returned_deadline_idx', ['cycleId', 'correctionDeadline'], { where: "status = 'returned'" })
// The admin list's sorts within a cycle (migration TrackingSearchSortStats); submitted time
// and score are DESC NULLS LAST, which TypeORM cannot describe (declared so it keeps them).
@Index('applications_cycle_submitted_idx', { synchronize: false })
@Index('applications_cycle_reference_idx', ['cycleId', 'referenceNumber', 'id'])
@Index('applications_cycle_score_idx', { synchronize: false })
// ?text= search: pg_trgm GIN indexes (names, reference numbers) and a text_pattern_ops btree for 1-2 character names
// (operator classes: made by the migration, declared here so TypeORM keeps them).
@Index('applications_applicant_name_trgm', { synchronize: false })
@Index('applications_reference_trgm', { synchronize: false })
@Index('applications_applicant_name_prefix_idx', { synchronize: false })
// ?text= by employer: each matching name's first page in the list's sort (migration EmployerNameSearch).
@Index('applications_employer_created_idx', ['cycleId', 'employerName', 'createdAt', 'id'])
@Index('applications_employer_submitted_idx', { synchronize: false })
@Index('applications_employer_reference_idx', ['cycleId', 'employerName', 'referenceNumber', 'id'])
@Index('applications_employer_score_idx', { synchronize: false })
// A unit officer's queue (files with the unit, oldest submission first) and the units' reminders.
@Index('applications_unit_queue_idx', ['recommendingUnitId', 'status', 'submittedAt', 'id'])
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

  /** varchar(32): `awaiting_confirmation` is 21 characters (migration BureauConfirmation widened every status column). */
  @Column({ type: 'varchar', length: 32, default: 'draft' })
  status: ApplicationStatus;

  /** The form version the application was started with; it keeps it whatever is published later. */
  @Column({ type: 'uuid' })
  formVersionId: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  documentNumberSealed: string | null;

  /** The blind index of the identity number as submitted (the person, see the index above); null until submitted. */
  @Column({ type: 'char', length: 64, nullable: true, select: false })
  identityIndex: string | null;

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

  /**
   * The review outcome's aggregate (libs/review's review_outcomes), copied here by the
   * complete_review action so the admin list can sort on it without reading that module's
   * table. Exact decimal as a string; null until the review is complete.
   */
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true })
  reviewScore: string | null;

  /** Set when returned for correction. */
  @Column({ type: 'timestamptz', nullable: true })
  correctionDeadline: Date | null;

  /**
   * The recommending unit (单位推荐, domain.md §8), an organisation of libs/organisations:
   * the employer, the district sub-centre, or the partner association for a cross-provincial
   * file. Named at submission (and at a resubmission to the unit).
   */
  @Column({ type: 'uuid', nullable: true })
  recommendingUnitId: string | null;

  /** When the unit recommended the file (its data, with the posting, stays in libs/organisations). */
  @Column({ type: 'timestamptz', nullable: true })
  recommendedAt: Date | null;

  /** Who returned a returned file (null before this existed: the office); a resubmission goes back there. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  returnedBy: ReturnedBy | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
