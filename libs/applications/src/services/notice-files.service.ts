import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { TitleLevel } from '../domain';
import type { ApplicationStatus } from '../domain/workflow/transitions';

/**
 * What a public notice shows and its messages need about a file: the public fields (name,
 * employer, level, specialty, cycle) and the ids and reference its events carry. Never an
 * identity number or contact detail (domain.md §8 Public notice).
 */
export interface NoticeFileRow {
  applicationId: string;
  applicantId: string;
  status: ApplicationStatus;
  referenceNumber: string | null;
  applicantName: string | null;
  employerName: string | null;
  level: TitleLevel;
  specialty: string;
  cycleId: string;
  cycleNameZh: string;
  cycleNameEn: string;
}

const NOTICE_FILES_SQL = `SELECT a.id AS "applicationId", a.applicant_id AS "applicantId", a.status, a.reference_number AS "referenceNumber",
       a.applicant_name AS "applicantName", a.employer_name AS "employerName", a.level, a.specialty,
       a.cycle_id AS "cycleId", c.name_zh AS "cycleNameZh", c.name_en AS "cycleNameEn"
  FROM applications a JOIN cycles c ON c.id = a.cycle_id
 WHERE a.id = ANY($1::uuid[])`;

/** What the public-notice module (libs/notice) reads about files, so that only this module reads its tables. */
@Injectable()
export class NoticeFilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The files of `applicationIds` (one query for a whole page), by id; unknown ids are absent. */
  async files(applicationIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, NoticeFileRow>> {
    if (applicationIds.length === 0) return new Map();
    const rows: NoticeFileRow[] = await manager.query(NOTICE_FILES_SQL, [[...new Set(applicationIds)]]);
    return new Map(rows.map((r) => [r.applicationId, r]));
  }
}
