import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type CertificateStatus = 'valid' | 'revoked';

/**
 * The certificate of an approved title (domain.md §8, confirmation). It snapshots everything
 * it shows at issue, so a later change of a cycle's name, a form or the host office's name
 * never changes a certificate already given out.
 *
 * The verification code is a bearer secret printed on the certificate (QR code): the table
 * keeps its SHA-256 for the public lookup and the code itself only AES-256-GCM sealed (the
 * PDF, rendered on demand, needs it back). A copy of the table thus cannot be turned into a
 * list of working verification links.
 */
@Entity('certificates')
@Index('certificates_application_key', ['applicationId'], { unique: true })
@Index('certificates_number_key', ['number'], { unique: true })
@Index('certificates_code_hash_key', ['verificationCodeHash'], { unique: true })
@Index('certificates_holder_idx', ['holderId'])
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  /** The applicant's user id (who may download it, who is barred on revocation). */
  @Column({ type: 'uuid' })
  holderId: string;

  /** `<year><host province code><level code><6-digit sequence>`, e.g. 2026502000001 (see docs/features.md, Certificates). */
  @Column({ type: 'varchar', length: 32 })
  number: string;

  /** SHA-256 (hex) of the verification code. */
  @Column({ type: 'char', length: 64 })
  verificationCodeHash: string;

  /** The verification code, sealed with PII_ENCRYPTION_KEY. */
  @Column({ type: 'text' })
  verificationCodeSealed: string;

  @Column({ type: 'varchar', length: 100 })
  holderName: string;

  @Column({ type: 'varchar', length: 32 })
  level: string;

  @Column({ type: 'varchar', length: 100 })
  titleZh: string;

  @Column({ type: 'varchar', length: 100 })
  titleEn: string;

  @Column({ type: 'varchar', length: 64 })
  specialty: string;

  @Column({ type: 'varchar', length: 100 })
  specialtyZh: string;

  @Column({ type: 'varchar', length: 100 })
  specialtyEn: string;

  @Column({ type: 'varchar', length: 200 })
  cycleNameZh: string;

  @Column({ type: 'varchar', length: 200 })
  cycleNameEn: string;

  @Column({ type: 'varchar', length: 200 })
  evaluatingBodyZh: string;

  @Column({ type: 'varchar', length: 200 })
  evaluatingBodyEn: string;

  /** The file's reference number (受理编号). Certificates issued before the bureau's confirmation printed it as their approval reference. */
  @Column({ type: 'varchar', length: 64 })
  approvalReference: string;

  /**
   * The bureau's approval document number (文号) of the confirmation batch that issued the
   * certificate. Null for certificates issued before the confirmation existed (the notice's end
   * approved the file then): those print `approvalReference` as before.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  approvalDocumentNumber: string | null;

  /** The confirmation batch that issued it (confirmation_batches.id); null like approvalDocumentNumber. */
  @Column({ type: 'uuid', nullable: true })
  confirmationBatchId: string | null;

  /** Date obtained: the day the committee passed the file (Asia/Shanghai). */
  @Column({ type: 'date' })
  obtainedOn: string;

  /** Issue date: the approval document's date of issue (before the confirmation existed: the day the notice closed), Asia/Shanghai. */
  @Column({ type: 'date' })
  issuedOn: string;

  /** Set for a title evaluated through the cross-provincial channel (domain.md §7). */
  @Column({ type: 'text', nullable: true })
  crossProvincialNoteZh: string | null;

  @Column({ type: 'text', nullable: true })
  crossProvincialNoteEn: string | null;

  @Column({ type: 'varchar', length: 16, default: 'valid' })
  status: CertificateStatus;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
