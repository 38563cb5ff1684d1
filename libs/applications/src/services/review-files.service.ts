import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { TitleLevel } from '../domain';
import type { ApplicationStatus } from '../domain/workflow/transitions';
import { Application } from '../entities/application.entity';
import { ApplicationsRepository } from './applications.repository';
import { AttachmentQueries } from './attachment-queries';
import { isEvidenceShownToReviewers } from '../domain/reviewer-view';
import type { Attachment } from '../entities/attachment.entity';

/** A file as expert review assigns it: who applied, what for, and the employer that conflicts are judged on. */
export interface ReviewFileRow {
  id: string;
  applicantId: string;
  level: TitleLevel;
  specialty: string;
  referenceNumber: string | null;
  applicantName: string | null;
  employerName: string | null;
  /** The employer's unified social credit code, from the form data. */
  employerCreditCode: string | null;
}

/** What automatic assignment's count pass needs of a file: which, whose and at what level (never the form data). */
export type InReviewKey = Pick<ReviewFileRow, 'id' | 'applicantId' | 'level'>;

const REVIEW_FILE_COLUMNS = `a.id, a.applicant_id AS "applicantId", a.level, a.specialty, a.reference_number AS "referenceNumber",
       a.applicant_name AS "applicantName", a.employer_name AS "employerName", a.data #>> '{employer,creditCode}' AS "employerCreditCode"`;
/** A cycle's in_review files in id order after $2 (null: from the start), $3 at a time (applications_cycle_status_idx). */
const IN_REVIEW_PAGE_SQL = `SELECT a.id, a.applicant_id AS "applicantId", a.level
  FROM applications a
 WHERE a.cycle_id = $1 AND a.status = 'in_review' AND ($2::uuid IS NULL OR a.id > $2::uuid)
 ORDER BY a.id LIMIT $3`;
const FILE_SQL = `SELECT ${REVIEW_FILE_COLUMNS} FROM applications a WHERE a.id = $1`;
/** Those of the files $1 still in review (primary key), in no particular order. */
const IN_REVIEW_BY_IDS_SQL = `SELECT ${REVIEW_FILE_COLUMNS} FROM applications a WHERE a.id = ANY($1::uuid[]) AND a.status = 'in_review'`;
const DECISION_FILES_SQL = `SELECT ${REVIEW_FILE_COLUMNS}, a.cycle_id AS "cycleId", a.status FROM applications a WHERE a.id = ANY($1::uuid[])`;

/** A file as the committee vote reads it: the review facts plus where it is in the workflow. */
export interface DecisionFileRow extends ReviewFileRow {
  cycleId: string;
  status: ApplicationStatus;
}

/**
 * What expert review (libs/review: assignment, conflicts) reads about files, so that only
 * this module reads its applications table.
 */
@Injectable()
export class ReviewFilesService {
  private readonly attachments: AttachmentQueries;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
  ) {
    this.attachments = new AttachmentQueries(dataSource);
  }

  /** The file's evidence as the experts see it (no identity documents), oldest first; the caller has checked who reads it. */
  async evidenceShownToReviewers(applicationId: string): Promise<Attachment[]> {
    return (await this.attachments.list(applicationId)).filter((a) => isEvidenceShownToReviewers(a.kind));
  }

  /** The whole file by id, or null (a review's draft checks that its file is still in review). */
  application(applicationId: string, manager?: EntityManager): Promise<Application | null> {
    return this.applications.findById(applicationId, manager);
  }

  /** The whole file locked for change inside the caller's transaction, or null: changes to one file's reviews run one after another. */
  lockApplication(applicationId: string, manager: EntityManager): Promise<Application | null> {
    return this.applications.lockById(applicationId, manager);
  }

  /** A page of a cycle's files in review, by id after `afterId`: their keys only. */
  inReviewPage(cycleId: string, afterId: string | null, limit: number, manager: EntityManager = this.dataSource.manager): Promise<InReviewKey[]> {
    return manager.query(IN_REVIEW_PAGE_SQL, [cycleId, afterId, limit]);
  }

  /** Those of `ids` still in review, in no particular order (automatic assignment reads a page of its plan at a time). */
  inReviewByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ReviewFileRow[]> {
    return manager.query(IN_REVIEW_BY_IDS_SQL, [ids]);
  }

  async file(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewFileRow | null> {
    const rows: ReviewFileRow[] = await manager.query(FILE_SQL, [applicationId]);
    return rows[0] ?? null;
  }

  /** Many files by id in one query (a committee's agenda), in no particular order; unknown ids are absent. */
  decisionFiles(applicationIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<DecisionFileRow[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return manager.query(DECISION_FILES_SQL, [applicationIds]);
  }
}
