import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { REVIEWERS_PER_LEVEL } from '../domain/assignment';
import { ACTIVE_ASSIGNMENT_STATUSES, OPEN_REVIEW_STATUSES } from '../entities/review-assignment.entity';

/** One reviewer's load in a cycle. */
export interface ReviewerWorkload {
  reviewerId: string;
  /** Assignments holding a slot (assigned, draft or submitted). */
  assigned: number;
  submitted: number;
  /** Not submitted (assigned or draft) and past their deadline. */
  overdue: number;
}

// Per reviewer of the cycle, one range of review_assignments_cycle_workload_idx (index-only).
const WORKLOAD_SQL = `SELECT reviewer_id AS "reviewerId",
       count(*) FILTER (WHERE status = ANY($3::text[]))::int AS assigned,
       count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
       count(*) FILTER (WHERE status = ANY($4::text[]) AND due_at < $2)::int AS overdue
  FROM review_assignments
 WHERE cycle_id = $1
 GROUP BY reviewer_id
HAVING count(*) FILTER (WHERE status = ANY($3::text[])) > 0
 ORDER BY reviewer_id`;

// Files with at least one review still open past its deadline (review_assignments_open_due_idx: open assignments by due date).
const OVERDUE_FILES_SQL = `SELECT count(DISTINCT application_id)::int AS n
  FROM review_assignments
 WHERE cycle_id = $1 AND status = ANY($3::text[]) AND due_at < $2`;

/**
 * Files in review whose panel is short of its size (REVIEWERS_PER_LEVEL, passed as JSON so the
 * rule stays in one place). The one statistic that must read the file's status and level with
 * its assignments: the cycle's in_review range of applications_cycle_status_idx, then one
 * range of review_assignments_application_idx per file, counted in the database.
 */
const INCOMPLETE_PANELS_SQL = `SELECT count(*)::int AS n
  FROM applications a
 WHERE a.cycle_id = $1 AND a.status = 'in_review'
   AND (SELECT count(*) FROM review_assignments r WHERE r.application_id = a.id AND r.status = ANY($2::text[]))
       < coalesce(($3::jsonb ->> a.level::text)::int, 3)`;

/**
 * What the admin statistics need from expert review (reviewer workload, files past the review
 * deadline), so that only this module reads review_assignments. Aggregates only.
 */
@Injectable()
export class ReviewStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Per reviewer with assignments in the cycle: assigned, submitted, overdue as of `now`; by reviewer id. */
  workload(cycleId: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<ReviewerWorkload[]> {
    return manager.query(WORKLOAD_SQL, [cycleId, now, ACTIVE_ASSIGNMENT_STATUSES, OPEN_REVIEW_STATUSES]);
  }

  /** How many files of the cycle are in review without their full panel of reviewers. */
  async incompletePanels(cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query(INCOMPLETE_PANELS_SQL, [cycleId, ACTIVE_ASSIGNMENT_STATUSES, JSON.stringify(REVIEWERS_PER_LEVEL)])) as { n: number }[];
    return row.n;
  }

  /** How many files of the cycle have a review open past its deadline as of `now`. */
  async overdueFiles(cycleId: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query(OVERDUE_FILES_SQL, [cycleId, now, OPEN_REVIEW_STATUSES])) as { n: number }[];
    return row.n;
  }
}
