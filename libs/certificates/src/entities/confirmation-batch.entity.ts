import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A confirmation by the human-resources bureau (domain.md §8, Confirmation and certificate):
 * one approval document (文号) with its date of issue, confirming a batch of files whose
 * notice closed cleanly. Only then are the files approved and their certificates issued.
 *
 * The document number is unique: a repeated request with the same number and the same files
 * answers with this batch (idempotent); the same number with other files is refused (409).
 */
@Entity('confirmation_batches')
@Index('confirmation_batches_document_number_key', ['documentNumber'], { unique: true })
@Index('confirmation_batches_list_idx', ['confirmedAt', 'id'])
export class ConfirmationBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The approval document number (文号), trimmed, e.g. 渝人社职〔2026〕15号. */
  @Column({ type: 'varchar', length: 64 })
  documentNumber: string;

  /** The date of issue of the approval document (Asia/Shanghai civil date): the certificates' issue date. */
  @Column({ type: 'date' })
  issuedOn: string;

  /** The bureau officer who confirmed the batch. */
  @Column({ type: 'uuid' })
  confirmedBy: string;

  @Column({ type: 'int' })
  fileCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  confirmedAt: Date;
}

/** A file confirmed by a batch: a file is confirmed once (the primary key), so two batches never share one. */
@Entity('confirmation_batch_files')
@Index('confirmation_batch_files_batch_idx', ['batchId', 'applicationId'])
export class ConfirmationBatchFile {
  @PrimaryColumn({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'uuid' })
  batchId: string;
}
