import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { cursorTimestampSql } from '@app/db';
import { ConfirmationBatch } from '../entities/confirmation-batch.entity';

/** A batch as the lists show it; `cursorAt` is confirmed_at at full precision (the keyset). */
export type BatchRow = ConfirmationBatch & { cursorAt: string };

/** One certificate a batch issued, with what the bureau's list and the filing export read of it. */
export interface BatchCertificateRow {
  applicationId: string;
  holderId: string;
  number: string;
  status: 'valid' | 'revoked';
  holderName: string;
  level: string;
  titleZh: string;
  titleEn: string;
  specialty: string;
  specialtyZh: string;
  specialtyEn: string;
  cycleNameZh: string;
  cycleNameEn: string;
  evaluatingBodyZh: string;
  approvalReference: string;
  approvalDocumentNumber: string | null;
  obtainedOn: string;
  issuedOn: string;
  crossProvincialNoteZh: string | null;
}

const BATCH_COLUMNS = `b.id, b.document_number AS "documentNumber", to_char(b.issued_on, 'YYYY-MM-DD') AS "issuedOn", b.confirmed_by AS "confirmedBy",
       b.file_count AS "fileCount", b.confirmed_at AS "confirmedAt", ${cursorTimestampSql('b.confirmed_at')} AS "cursorAt"`;
/**
 * A new batch, unless its document number is taken: then nothing (the caller reads the batch
 * that holds it). A concurrent insert of the same number waits here for the other
 * transaction, so of identical requests at once exactly one makes the batch.
 */
const INSERT_BATCH_SQL = `INSERT INTO confirmation_batches (document_number, issued_on, confirmed_by, file_count) VALUES ($1, $2, $3, $4)
  ON CONFLICT (document_number) DO NOTHING
  RETURNING id`;
const BATCH_BY_ID_SQL = `SELECT ${BATCH_COLUMNS} FROM confirmation_batches b WHERE b.id = $1`;
const BATCH_BY_NUMBER_SQL = `SELECT ${BATCH_COLUMNS} FROM confirmation_batches b WHERE b.document_number = $1`;
/** Newest first on (confirmed_at, id) before the cursor (confirmation_batches_list_idx, backwards). */
const BATCH_PAGE_SQL = `SELECT ${BATCH_COLUMNS} FROM confirmation_batches b
 WHERE ($1::timestamptz IS NULL OR (b.confirmed_at, b.id) < ($1::timestamptz, $2::uuid))
 ORDER BY b.confirmed_at DESC, b.id DESC
 LIMIT $3`;
const INSERT_FILE_SQL = `INSERT INTO confirmation_batch_files (application_id, batch_id) VALUES ($1, $2)`;
const FILE_IDS_SQL = `SELECT f.application_id AS "applicationId" FROM confirmation_batch_files f WHERE f.batch_id = $1 ORDER BY f.application_id`;
/** The batch's certificates by number (confirmation_batch_files_batch_idx, then certificates_application_key). */
const BATCH_CERTIFICATES_SQL = `SELECT c.application_id AS "applicationId", c.holder_id AS "holderId", c.number, c.status, c.holder_name AS "holderName", c.level,
       c.title_zh AS "titleZh", c.title_en AS "titleEn", c.specialty, c.specialty_zh AS "specialtyZh", c.specialty_en AS "specialtyEn",
       c.cycle_name_zh AS "cycleNameZh", c.cycle_name_en AS "cycleNameEn", c.evaluating_body_zh AS "evaluatingBodyZh",
       c.approval_reference AS "approvalReference", c.approval_document_number AS "approvalDocumentNumber",
       to_char(c.obtained_on, 'YYYY-MM-DD') AS "obtainedOn", to_char(c.issued_on, 'YYYY-MM-DD') AS "issuedOn", c.cross_provincial_note_zh AS "crossProvincialNoteZh"
  FROM confirmation_batch_files f JOIN certificates c ON c.application_id = f.application_id
 WHERE f.batch_id = $1
 ORDER BY c.number`;

/** Every query on confirmation batches and the files they confirmed. */
@Injectable()
export class ConfirmationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The new batch's id, or null when the document number is already a batch's. */
  async insertBatch(manager: EntityManager, batch: { documentNumber: string; issuedOn: string; confirmedBy: string; fileCount: number }): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(INSERT_BATCH_SQL, [batch.documentNumber, batch.issuedOn, batch.confirmedBy, batch.fileCount]);
    return rows[0]?.id ?? null;
  }

  async addFile(manager: EntityManager, batchId: string, applicationId: string): Promise<void> {
    await manager.query(INSERT_FILE_SQL, [applicationId, batchId]);
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<BatchRow | null> {
    const rows: BatchRow[] = await manager.query(BATCH_BY_ID_SQL, [id]);
    return rows[0] ?? null;
  }

  async byDocumentNumber(documentNumber: string, manager: EntityManager = this.dataSource.manager): Promise<BatchRow | null> {
    const rows: BatchRow[] = await manager.query(BATCH_BY_NUMBER_SQL, [documentNumber]);
    return rows[0] ?? null;
  }

  page(after: { at: string; id: string } | null, limit: number): Promise<BatchRow[]> {
    return this.dataSource.manager.query(BATCH_PAGE_SQL, [after?.at ?? null, after?.id ?? null, limit]);
  }

  async fileIds(batchId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { applicationId: string }[] = await manager.query(FILE_IDS_SQL, [batchId]);
    return rows.map((r) => r.applicationId);
  }

  certificates(batchId: string, manager: EntityManager = this.dataSource.manager): Promise<BatchCertificateRow[]> {
    return manager.query(BATCH_CERTIFICATES_SQL, [batchId]);
  }
}
