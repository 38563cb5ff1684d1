import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { TitleLevel } from '@app/applications';
import { ACTIVE_ASSIGNMENT_STATUSES, type AssignmentStatus, type DeclineReason, isActiveAssignment } from '../entities/review-assignment.entity';

/** A reviewer profile as assignment reads it. */
export interface PoolRow {
  userId: string;
  specialties: string[];
  maxLevel: TitleLevel;
  employerName: string;
  employerCreditCode: string | null;
  maxLoadPerCycle: number;
  active: boolean;
}

export interface AssignmentRow {
  id: string;
  applicationId: string;
  reviewerId: string;
  cycleId: string;
  status: AssignmentStatus;
}

/** The assignment rows on one file: every reviewer with a row (any status), and how many rows are active. */
export interface FileAssignments {
  reviewerIds: Set<string>;
  active: number;
}

export interface NewAssignments {
  applicationIds: string[];
  reviewerIds: string[];
  cycleId: string;
  assignedBy: string | null;
  dueAt: Date | null;
  rubricVersion: string | null;
}

// Every assignment of a cycle is serialized on this key (pg_advisory_xact_lock, released at commit):
// manual and automatic assignment read loads and write rows under it, so no cap is ever exceeded.
const LOCK_CYCLE_SQL = `SELECT pg_advisory_xact_lock(hashtextextended('review_assignments:' || $1::text, 0))`;

const POOL_COLUMNS = `user_id AS "userId", specialties, max_level AS "maxLevel", employer_name AS "employerName",
  employer_credit_code AS "employerCreditCode", max_load_per_cycle AS "maxLoadPerCycle", active`;
const ACTIVE_POOL_SQL = `SELECT ${POOL_COLUMNS} FROM reviewer_profiles WHERE active ORDER BY user_id`;
const POOL_BY_IDS_SQL = `SELECT ${POOL_COLUMNS} FROM reviewer_profiles WHERE user_id = ANY($1::uuid[])`;

const ASSIGNMENT_COLUMNS = `id, application_id AS "applicationId", reviewer_id AS "reviewerId", cycle_id AS "cycleId", status`;
/** Every row on these files, whatever its status: active ones hold slots, the others keep a reviewer off that file. */
const ASSIGNMENTS_ON_SQL = `SELECT application_id AS "applicationId", reviewer_id AS "reviewerId", status FROM review_assignments WHERE application_id = ANY($1::uuid[])`;
const FILE_ASSIGNMENTS_SQL = `SELECT ${ASSIGNMENT_COLUMNS} FROM review_assignments WHERE application_id = $1`;
const LOADS_SQL = `SELECT reviewer_id AS "reviewerId", count(*)::int AS load FROM review_assignments
 WHERE cycle_id = $1 AND reviewer_id = ANY($2::uuid[]) AND status = ANY($3::text[]) GROUP BY reviewer_id`;
const LOCK_ASSIGNMENT_SQL = `SELECT ${ASSIGNMENT_COLUMNS} FROM review_assignments WHERE id = $1 FOR UPDATE`;
const INSERT_ASSIGNMENTS_SQL = `INSERT INTO review_assignments (application_id, reviewer_id, cycle_id, assigned_by, due_at, rubric_version)
SELECT t.application_id, t.reviewer_id, $3, $4, $5, $6 FROM unnest($1::uuid[], $2::uuid[]) AS t(application_id, reviewer_id)
RETURNING id, application_id AS "applicationId", reviewer_id AS "reviewerId"`;
const SET_STATUS_SQL = `UPDATE review_assignments SET status = $2, decline_reason = $3, status_note = $4, updated_at = now() WHERE id = $1`;

/** Every query of assignment on review_assignments (and the reads it needs of the pool and of files). */
@Injectable()
export class AssignmentsRepository {
  /** Serialize every assignment of the cycle until the transaction ends. */
  async lockCycle(manager: EntityManager, cycleId: string): Promise<void> {
    await manager.query(LOCK_CYCLE_SQL, [cycleId]);
  }

  /** The active reviewers of the pool, by user id. */
  activePool(manager: EntityManager): Promise<PoolRow[]> {
    return manager.query(ACTIVE_POOL_SQL);
  }

  poolByIds(manager: EntityManager, userIds: string[]): Promise<PoolRow[]> {
    return manager.query(POOL_BY_IDS_SQL, [userIds]);
  }

  /** Who has a row on each of these files (any status) and how many of those rows are active. */
  async onFiles(manager: EntityManager, applicationIds: string[]): Promise<Map<string, FileAssignments>> {
    if (!applicationIds.length) return new Map();
    const rows: { applicationId: string; reviewerId: string; status: string }[] = await manager.query(ASSIGNMENTS_ON_SQL, [applicationIds]);
    const byFile = new Map<string, FileAssignments>();
    for (const row of rows) {
      let file = byFile.get(row.applicationId);
      if (!file) byFile.set(row.applicationId, (file = { reviewerIds: new Set(), active: 0 }));
      file.reviewerIds.add(row.reviewerId);
      if (isActiveAssignment(row.status)) file.active++;
    }
    return byFile;
  }

  fileAssignments(manager: EntityManager, applicationId: string): Promise<AssignmentRow[]> {
    return manager.query(FILE_ASSIGNMENTS_SQL, [applicationId]);
  }

  /** Active assignments in the cycle per reviewer (reviewers with none are absent). */
  async loads(manager: EntityManager, cycleId: string, reviewerIds: string[]): Promise<Map<string, number>> {
    const rows: { reviewerId: string; load: number }[] = await manager.query(LOADS_SQL, [cycleId, reviewerIds, ACTIVE_ASSIGNMENT_STATUSES]);
    return new Map(rows.map((r) => [r.reviewerId, r.load]));
  }

  async lock(manager: EntityManager, id: string): Promise<AssignmentRow | null> {
    const rows: AssignmentRow[] = await manager.query(LOCK_ASSIGNMENT_SQL, [id]);
    return rows[0] ?? null;
  }

  /** One statement for the whole batch (bound arrays); the partial unique index refuses a second active row per pair. */
  insertMany(manager: EntityManager, rows: NewAssignments): Promise<{ id: string; applicationId: string; reviewerId: string }[]> {
    return manager.query(INSERT_ASSIGNMENTS_SQL, [rows.applicationIds, rows.reviewerIds, rows.cycleId, rows.assignedBy, rows.dueAt, rows.rubricVersion]);
  }

  async setStatus(manager: EntityManager, id: string, status: AssignmentStatus, declineReason: DeclineReason | null, note: string | null): Promise<void> {
    await manager.query(SET_STATUS_SQL, [id, status, declineReason, note]);
  }
}
