import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const APPLICATION_EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ApplicationExportStatus = (typeof APPLICATION_EXPORT_STATUSES)[number];

/**
 * One export of the admin list (CSV or XLSX), made by the worker (job `applications.export`)
 * into the evidence store and downloaded when done. The row is the request's durable record:
 * written before the job is queued, so a request made while Redis is down is not lost (the
 * `application-exports` schedule queues it again). Only the requesting admin reads it.
 * Once `expires_at` has passed, the file is removed (storage_key back to null) and a
 * download answers 410; the row stays as the history of who exported what.
 */
@Entity('application_exports')
@Check('CHK_application_exports_status', `"status" IN ('queued', 'running', 'done', 'failed')`)
@Check('CHK_application_exports_format', `"format" IN ('csv', 'xlsx')`)
// "Mine, newest first": the list's keyset.
@Index('IDX_application_exports_requester', ['requestedBy', 'requestedAt', 'id'])
// The schedule's look-ups: requests whose job never started, files past their time.
@Index('IDX_application_exports_queued', ['requestedAt'], { where: `"status" = 'queued'` })
@Index('IDX_application_exports_expiring', ['expiresAt'], { where: `"storage_key" IS NOT NULL` })
export class ApplicationExport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_application_exports' })
  id: string;

  @Column({ type: 'uuid' })
  requestedBy: string;

  @Column({ type: 'varchar', length: 8 })
  format: 'csv' | 'xlsx';

  @Column({ type: 'varchar', length: 8 })
  locale: 'zh-CN' | 'en';

  /** The list filter as the admin sent it (validated by the route). */
  @Column({ type: 'jsonb' })
  filter: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16 })
  status: ApplicationExportStatus;

  /** How many times the worker started it (a retry after a crash starts it again from the first row). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** The name the download carries, fixed when requested (applications-<date>.<format>). */
  @Column({ type: 'varchar', length: 64 })
  fileName: string;

  @Column({ type: 'int', nullable: true })
  rowCount: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  sizeBytes: number | null;

  /** Key of the file in the evidence store; null before it is done and after it expired. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  storageKey: string | null;

  /** Stable code of the failure (EXPORT_FAILED). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** When a done file is removed (finishedAt + EXPORT_RETENTION_HOURS). */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
