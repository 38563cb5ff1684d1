import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PostingOutcome, UnitDecision, UnitRecommendation } from '../entities/unit-recommendation.entity';

const COLUMNS = `application_id AS "applicationId", organisation_id AS "organisationId", to_char(posting_start_date, 'YYYY-MM-DD') AS "postingStartDate",
  to_char(posting_end_date, 'YYYY-MM-DD') AS "postingEndDate", posting_working_days AS "postingWorkingDays", posting_outcome AS "postingOutcome",
  objections_handling AS "objectionsHandling", posting_recorded_by AS "postingRecordedBy", decision, decision_note AS "decisionNote",
  decided_by AS "decidedBy", decided_at AS "decidedAt", updated_at AS "updatedAt"`;
const LOCK_SQL = `SELECT ${COLUMNS} FROM unit_recommendations WHERE application_id = $1 FOR UPDATE`;
const OF_FILES_SQL = `SELECT ${COLUMNS} FROM unit_recommendations WHERE application_id = ANY($1::uuid[])`;
/**
 * The unit's posting of a file, recorded or corrected: a new unit (the file came back to
 * another one) starts a new record, and a changed posting forgets an earlier decision.
 */
const UPSERT_POSTING_SQL = `
  INSERT INTO unit_recommendations (application_id, organisation_id, posting_start_date, posting_end_date, posting_working_days, posting_outcome, objections_handling, posting_recorded_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (application_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, posting_start_date = EXCLUDED.posting_start_date,
    posting_end_date = EXCLUDED.posting_end_date, posting_working_days = EXCLUDED.posting_working_days, posting_outcome = EXCLUDED.posting_outcome,
    objections_handling = EXCLUDED.objections_handling, posting_recorded_by = EXCLUDED.posting_recorded_by,
    decision = NULL, decision_note = NULL, decided_by = NULL, decided_at = NULL, updated_at = now()
  RETURNING ${COLUMNS}`;
const DECIDE_SQL = `UPDATE unit_recommendations SET decision = $2, decision_note = $3, decided_by = $4, decided_at = $5, updated_at = now() WHERE application_id = $1`;

export interface PostingInput {
  applicationId: string;
  organisationId: string;
  postingStartDate: string;
  postingEndDate: string;
  postingWorkingDays: number;
  postingOutcome: PostingOutcome | null;
  objectionsHandling: string | null;
  recordedBy: string;
}

/** Every query on the units' recommendations. */
@Injectable()
export class UnitRecommendationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A file's record, locked until the transaction ends (a recommendation and a posting change run one after the other). */
  async lock(applicationId: string, manager: EntityManager): Promise<UnitRecommendation | null> {
    const rows: UnitRecommendation[] = await manager.query(LOCK_SQL, [applicationId]);
    return rows[0] ?? null;
  }

  async ofFiles(applicationIds: string[], manager: EntityManager = this.dataSource.manager): Promise<UnitRecommendation[]> {
    if (!applicationIds.length) return [];
    return manager.query(OF_FILES_SQL, [applicationIds]);
  }

  async upsertPosting(manager: EntityManager, p: PostingInput): Promise<UnitRecommendation> {
    const rows: UnitRecommendation[] = await manager.query(UPSERT_POSTING_SQL, [
      p.applicationId,
      p.organisationId,
      p.postingStartDate,
      p.postingEndDate,
      p.postingWorkingDays,
      p.postingOutcome,
      p.objectionsHandling,
      p.recordedBy,
    ]);
    return rows[0];
  }

  async decide(manager: EntityManager, applicationId: string, decision: UnitDecision, note: string | null, by: string, at: Date): Promise<void> {
    await manager.query(DECIDE_SQL, [applicationId, decision, note, by, at]);
  }
}
