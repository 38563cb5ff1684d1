import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
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

  /** The decision that last rejected the file, or null if it was never rejected. */
  async lastRejection(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<RejectionEntry | null> {
    const rows: RejectionEntry[] = await manager.query(LAST_REJECTION_SQL, [applicationId]);
    return rows[0] ?? null;
  }
}
