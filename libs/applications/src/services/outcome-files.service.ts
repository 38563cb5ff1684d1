import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { cursorTimestampSql } from '@app/db';
import type { TitleLevel } from '../domain';
import type { ApplicationStatus } from '../domain/workflow/transitions';

/** What a certificate shows about its file (snapshotted by libs/certificates at issue). */
export interface CertificateFacts {
  applicationId: string;
  applicantId: string;
  status: ApplicationStatus;
  holderName: string | null;
  level: TitleLevel;
  specialty: string;
  referenceNumber: string | null;
  crossProvincial: boolean;
  /** GB/T 2260 code of the employer's province. */
  homeProvince: string | null;
  cycleCode: string;
  cycleNameZh: string;
  cycleNameEn: string;
}

/** The history entry that rejected a file (what an appeal is lodged against). */
export interface RejectionEntry {
  /** application_history.id (bigint, as a string). */
  historyId: string;
  action: string;
  reason: string | null;
  data: Record<string, unknown> | null;
  createdAt: Date;
}

/** How a file is named in an admin's list (reference number, applicant's name). */
export interface FileLabel {
  id: string;
  referenceNumber: string | null;
  applicantName: string | null;
  status: ApplicationStatus;
}

/** A file waiting for the bureau's confirmation, as the bureau officer's queue lists it. */
export interface AwaitingConfirmationFile {
  id: string;
  referenceNumber: string | null;
  applicantName: string | null;
  employerName: string | null;
  level: TitleLevel;
  specialty: string;
  crossProvincial: boolean;
  cycleId: string;
  cycleCode: string;
  cycleNameZh: string;
  cycleNameEn: string;
  /** When the committee passed it (the certificate's date obtained), null if no pass is recorded. */
  committeePassedAt: Date | null;
  /** When its notice closed (it entered awaiting_confirmation). */
  awaitingSince: Date | null;
  /** The keyset position: created_at at full precision. */
  cursorAt: string;
}

/** What the filing export needs from a file besides its certificate; the identity number still sealed (the caller opens it). */
export interface FilingFacts {
  applicationId: string;
  referenceNumber: string | null;
  documentType: string | null;
  gender: string | null;
  documentNumberSealed: string | null;
  cycleCode: string;
}

const AWAITING_COLUMNS = `a.id, a.reference_number AS "referenceNumber", a.applicant_name AS "applicantName", a.employer_name AS "employerName",
       a.level, a.specialty, a.cross_provincial AS "crossProvincial", a.cycle_id AS "cycleId",
       c.code AS "cycleCode", c.name_zh AS "cycleNameZh", c.name_en AS "cycleNameEn",
       (SELECT h.created_at FROM application_history h WHERE h.application_id = a.id AND h.to_status = 'public_notice' ORDER BY h.id DESC LIMIT 1) AS "committeePassedAt",
       (SELECT h.created_at FROM application_history h WHERE h.application_id = a.id AND h.to_status = 'awaiting_confirmation' ORDER BY h.id DESC LIMIT 1) AS "awaitingSince",
       ${cursorTimestampSql('a.created_at')} AS "cursorAt"`;
/**
 * The bureau's queue, oldest first, on (created_at, id) after the cursor; $1 cycle (null: all),
 * $2/$3 the cursor (null: from the start), $4 the page size, $5 the viewer (their own files left
 * out) (applications_status_idx, or applications_cycle_status_idx with a cycle).
 */
const AWAITING_PAGE_SQL = `SELECT ${AWAITING_COLUMNS}
  FROM applications a JOIN cycles c ON c.id = a.cycle_id
 WHERE a.status = 'awaiting_confirmation'
   AND ($1::uuid IS NULL OR a.cycle_id = $1::uuid)
   AND ($2::timestamptz IS NULL OR (a.created_at, a.id) > ($2::timestamptz, $3::uuid))
   AND a.applicant_id <> $5
 ORDER BY a.created_at, a.id
 LIMIT $4`;
const FILING_FACTS_SQL = `SELECT a.id AS "applicationId", a.reference_number AS "referenceNumber",
       a.data->'identity'->>'documentType' AS "documentType", a.data->'identity'->>'gender' AS "gender",
       a.document_number_sealed AS "documentNumberSealed", c.code AS "cycleCode"
  FROM applications a JOIN cycles c ON c.id = a.cycle_id
 WHERE a.id = ANY($1::uuid[])`;
/** The newest entry that put the file on public notice: the committee's pass (application_history_app_idx, backwards). */
const COMMITTEE_PASS_SQL = `SELECT h.created_at AS "at" FROM application_history h
 WHERE h.application_id = $1 AND h.to_status = 'public_notice'
 ORDER BY h.id DESC LIMIT 1`;

const LABELS_SQL = `SELECT a.id, a.reference_number AS "referenceNumber", a.applicant_name AS "applicantName", a.status FROM applications a WHERE a.id = ANY($1::uuid[])`;
const FACTS_SQL = `SELECT a.id AS "applicationId", a.applicant_id AS "applicantId", a.status, a.applicant_name AS "holderName", a.level, a.specialty,
       a.reference_number AS "referenceNumber", a.cross_provincial AS "crossProvincial", a.home_province AS "homeProvince",
       c.code AS "cycleCode", c.name_zh AS "cycleNameZh", c.name_en AS "cycleNameEn"
  FROM applications a JOIN cycles c ON c.id = a.cycle_id
 WHERE a.id = $1`;
/** The newest history entry that moved the file to rejected (application_history_app_idx, backwards). */
const LAST_REJECTION_SQL = `SELECT h.id::text AS "historyId", h.action, h.reason, h.data, h.created_at AS "createdAt"
  FROM application_history h
 WHERE h.application_id = $1 AND h.to_status = 'rejected'
 ORDER BY h.id DESC LIMIT 1`;

/**
 * What the outcome modules (certificates, appeals) read about files and their history, so
 * that only this module reads its tables.
 */
@Injectable()
export class OutcomeFilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The facts a certificate prints, or null for no such file. */
  async certificateFacts(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<CertificateFacts | null> {
    const rows: CertificateFacts[] = await manager.query(FACTS_SQL, [applicationId]);
    return rows[0] ?? null;
  }

  /** Labels of these files in one query (for lists of other modules' rows, without N+1). */
  async labels(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, FileLabel>> {
    if (!ids.length) return new Map();
    const rows: FileLabel[] = await manager.query(LABELS_SQL, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** A page of the files waiting for the bureau's confirmation (oldest first), of one cycle or all. */
  async awaitingConfirmationPage(query: { cycleId: string | null; after: { at: string; id: string } | null; limit: number; excludeApplicantId: string }): Promise<AwaitingConfirmationFile[]> {
    return this.dataSource.manager.query(AWAITING_PAGE_SQL, [query.cycleId, query.after?.at ?? null, query.after?.id ?? null, query.limit, query.excludeApplicantId]);
  }

  /** The filing facts of these files (identity type, sealed number, gender, cycle code), by id. */
  async filingFacts(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, FilingFacts>> {
    if (!ids.length) return new Map();
    const rows: FilingFacts[] = await manager.query(FILING_FACTS_SQL, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.applicationId, r]));
  }

  /** When the committee last passed the file (it went on public notice), or null when the history records none. */
  async committeePassedAt(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<Date | null> {
    const rows: { at: Date }[] = await manager.query(COMMITTEE_PASS_SQL, [applicationId]);
    return rows[0]?.at ?? null;
  }

  /** The decision that last rejected the file, or null if it was never rejected. */
  async lastRejection(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<RejectionEntry | null> {
    const rows: RejectionEntry[] = await manager.query(LAST_REJECTION_SQL, [applicationId]);
    return rows[0] ?? null;
  }
}
