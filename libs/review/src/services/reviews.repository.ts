import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import type { ReviewerFileAccess } from '@app/applications';
import { ACTIVE_ASSIGNMENT_STATUSES, AssignmentStatus, ReviewAssignment } from '../entities/review-assignment.entity';
import { ReviewOutcome } from '../entities/review-outcome.entity';

export type ReviewChanges = QueryDeepPartialEntity<ReviewAssignment>;

const IS_ASSIGNED_SQL = `SELECT 1 FROM review_assignments
  WHERE application_id = $1 AND reviewer_id = $2 AND status = ANY($3::text[]) LIMIT 1`;

const UPSERT_OUTCOME_SQL = `
  INSERT INTO review_outcomes (application_id, aggregate, spread, spread_flag, review_count, rubric_version, computed_at)
  VALUES ($1, $2::numeric, $3::numeric, $4, $5, $6, $7)
  ON CONFLICT (application_id) DO UPDATE SET aggregate = EXCLUDED.aggregate, spread = EXCLUDED.spread,
    spread_flag = EXCLUDED.spread_flag, review_count = EXCLUDED.review_count, rubric_version = EXCLUDED.rubric_version,
    computed_at = EXCLUDED.computed_at`;

/** Close every active assignment of a file (restart of its review); the rows stay, as history. */
const SUPERSEDE_ACTIVE_SQL = `UPDATE review_assignments SET status = 'superseded', status_note = $3, updated_at = now()
 WHERE application_id = $1 AND status = ANY($2::text[])
 RETURNING id, reviewer_id AS "reviewerId"`;
const DELETE_OUTCOME_SQL = `DELETE FROM review_outcomes WHERE application_id = $1 RETURNING application_id`;
const PANEL_OUTCOME_SQL = `SELECT aggregate::text AS aggregate, spread::text AS spread, spread_flag AS "spreadFlag", review_count AS "reviewCount"
  FROM review_outcomes WHERE application_id = $1`;
// Ordered by the review itself (total, then text), never by who or when, so the order names nobody.
const ANONYMOUS_REVIEWS_SQL = `SELECT total::text AS total, recommendation, comment
  FROM review_assignments WHERE application_id = $1 AND status = $2
 ORDER BY total DESC NULLS LAST, comment NULLS LAST`;

/** The review panel's result on a file, as a committee reads it. */
export interface PanelOutcomeRow {
  aggregate: string;
  spread: string;
  spreadFlag: boolean;
  reviewCount: number;
}

/** One submitted review, without its reviewer: no id, no name, no time. */
export interface AnonymousReviewRow {
  total: string | null;
  recommendation: 'pass' | 'fail' | null;
  comment: string | null;
}

/** Every query on review assignments as reviews (scores, submission) and on review outcomes. */
@Injectable()
export class ReviewsRepository implements ReviewerFileAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewAssignment | null> {
    return manager.findOne(ReviewAssignment, { where: { id } });
  }

  /** Row lock: saves, submission and reopening of one review run one after another. */
  lockById(id: string, manager: EntityManager): Promise<ReviewAssignment | null> {
    return manager.createQueryBuilder(ReviewAssignment, 'r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  async update(manager: EntityManager, id: string, changes: ReviewChanges): Promise<void> {
    await manager.createQueryBuilder().update(ReviewAssignment).set(changes).where('id = :id', { id }).execute();
  }

  /** One reviewer's assignments, newest first, keyset-paginated on (created_at, id). */
  async listByReviewer(reviewerId: string, filter: { status?: AssignmentStatus; limit: number; cursor?: string }): Promise<CursorPage<ReviewAssignment>> {
    const qb = this.dataSource.manager.createQueryBuilder(ReviewAssignment, 'r').where('r.reviewer_id = :reviewerId', { reviewerId });
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(r.created_at, r.id) < (:createdAt, :id)', { createdAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('r.created_at'), 'cursor_at')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, filter.limit, (e) => [cursorAt.get(e.id)!, e.id]);
  }

  /** The assignments that hold a slot on a file (assigned, draft, submitted). Read under the file's lock to decide completion. */
  activeOfApplication(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewAssignment[]> {
    return manager
      .createQueryBuilder(ReviewAssignment, 'r')
      .where('r.application_id = :applicationId AND r.status IN (:...statuses)', { applicationId, statuses: ACTIVE_ASSIGNMENT_STATUSES })
      .orderBy('r.created_at')
      .addOrderBy('r.id')
      .getMany();
  }

  /** Whether the reviewer holds an active assignment on the file (ApplicationAccess asks this through its ReviewerFileAccess port). */
  async isActivelyAssigned(reviewerId: string, applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = (await manager.query(IS_ASSIGNED_SQL, [applicationId, reviewerId, ACTIVE_ASSIGNMENT_STATUSES])) as unknown[];
    return rows.length > 0;
  }

  async upsertOutcome(manager: EntityManager, o: ReviewOutcome): Promise<void> {
    await manager.query(UPSERT_OUTCOME_SQL, [o.applicationId, o.aggregate, o.spread, o.spreadFlag, o.reviewCount, o.rubricVersion, o.computedAt]);
  }

  /** Mark the file's active assignments superseded; returns the rows closed. */
  async supersedeActive(manager: EntityManager, applicationId: string, note: string | null): Promise<{ id: string; reviewerId: string }[]> {
    // An UPDATE ... RETURNING answers [rows, count] through the driver.
    const [rows] = (await manager.query(SUPERSEDE_ACTIVE_SQL, [applicationId, ACTIVE_ASSIGNMENT_STATUSES, note])) as [{ id: string; reviewerId: string }[], number];
    return rows;
  }

  /** Remove the file's aggregated outcome; whether there was one. */
  async deleteOutcome(manager: EntityManager, applicationId: string): Promise<boolean> {
    const [rows] = (await manager.query(DELETE_OUTCOME_SQL, [applicationId])) as [unknown[], number];
    return rows.length > 0;
  }

  findOutcome(applicationId: string): Promise<ReviewOutcome | null> {
    return this.dataSource.manager.findOne(ReviewOutcome, { where: { applicationId } });
  }

  async panelOutcome(applicationId: string): Promise<PanelOutcomeRow | null> {
    const rows: PanelOutcomeRow[] = await this.dataSource.query(PANEL_OUTCOME_SQL, [applicationId]);
    return rows[0] ?? null;
  }

  anonymousSubmitted(applicationId: string): Promise<AnonymousReviewRow[]> {
    const submitted: AssignmentStatus = 'submitted';
    return this.dataSource.query(ANONYMOUS_REVIEWS_SQL, [applicationId, submitted]);
  }
}
