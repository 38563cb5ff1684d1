import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** One group of a cycle's files: which dimension it counts, its value, how many files. */
export interface CountRow {
  dimension: 'status' | 'level' | 'specialty' | 'home_province' | 'cross_provincial';
  value: string | null;
  /** Every file, drafts included. */
  files: number;
  /** Files submitted at least once (not drafts, nor drafts withdrawn). */
  filed: number;
}

export interface ActionCountRow {
  fromStatus: string;
  action: string;
  count: number;
}

export interface StageDurationRow {
  fromStatus: string;
  count: number;
  medianDays: number;
  p90Days: number;
}

/** What waits on the office among a cycle's files, from applications alone. */
export interface WaitingFilesRow {
  awaitingQualification: number;
  /** The oldest submission among the files awaiting qualification (null when none). */
  oldestSubmittedAt: Date | null;
  correctionsOverdue: number;
  reviewed: number;
}

export interface DayCountRow {
  day: string;
  count: number;
}

/**
 * A cycle's counts per dimension, in one index-only scan (applications_cycle_stats_idx): the
 * files grouped once on every dimension, then rolled up per dimension (GROUPING SETS) over
 * those few thousand groups. `filed` counts the files that were submitted: a draft (or a
 * draft withdrawn) is not yet a file of the cycle.
 */
const COUNTS_SQL = `WITH g AS (
  SELECT status, level, specialty, home_province, cross_provincial, count(*) AS n,
         count(*) FILTER (WHERE submitted_at IS NOT NULL) AS filed
    FROM applications WHERE cycle_id = $1
   GROUP BY status, level, specialty, home_province, cross_provincial, submitted_at IS NOT NULL)
SELECT CASE WHEN GROUPING(status) = 0 THEN 'status' WHEN GROUPING(level) = 0 THEN 'level' WHEN GROUPING(specialty) = 0 THEN 'specialty'
            WHEN GROUPING(home_province) = 0 THEN 'home_province' ELSE 'cross_provincial' END AS dimension,
       coalesce(status, level, specialty, home_province, cross_provincial::text) AS value,
       sum(n)::int AS files, sum(filed)::int AS filed
  FROM g
 GROUP BY GROUPING SETS ((status), (level), (specialty), (home_province), (cross_provincial))`;

/** Returned files whose correction deadline has passed (applications_status_submitted_idx leads with status). */
const OVERDUE_CORRECTIONS_SQL = `SELECT count(*)::int AS n FROM applications
 WHERE cycle_id = $1 AND status = 'returned' AND correction_deadline < $2`;

/**
 * The files waiting on the office, in one read of three ranges of applications_cycle_status_idx
 * (cycle, status): never the cycle's other files.
 */
const WAITING_SQL = `SELECT count(*) FILTER (WHERE status = 'submitted')::int AS "awaitingQualification",
       min(submitted_at) FILTER (WHERE status = 'submitted') AS "oldestSubmittedAt",
       count(*) FILTER (WHERE status = 'returned' AND correction_deadline < $2)::int AS "correctionsOverdue",
       count(*) FILTER (WHERE status = 'reviewed')::int AS reviewed
  FROM applications
 WHERE cycle_id = $1 AND status IN ('submitted', 'returned', 'reviewed')`;

/** The history's decisions per stage: actions taken on files leaving each status (index-only on application_history_cycle_idx). */
const ACTIONS_SQL = `SELECT from_status AS "fromStatus", action, count(*)::int AS count
  FROM application_history
 WHERE cycle_id = $1 AND from_status = ANY($2::text[])
 GROUP BY from_status, action`;

/**
 * Days spent in each stage, over the stays that ended (a history entry leaving the status:
 * its time minus when the file entered it, stage_entered_at): median and 90th percentile
 * (continuous). Files still in a stage are not counted: their stay has no length yet.
 */
const DURATIONS_SQL = `SELECT from_status AS "fromStatus", count(*)::int AS count,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM created_at - stage_entered_at) / 86400)::float8 AS "medianDays",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM created_at - stage_entered_at) / 86400)::float8 AS "p90Days"
  FROM application_history
 WHERE cycle_id = $1 AND from_status = ANY($2::text[]) AND stage_entered_at IS NOT NULL
 GROUP BY from_status`;

/** First submissions per Asia/Shanghai calendar day (a resubmission is not a new file). */
const SUBMISSIONS_PER_DAY_SQL = `SELECT to_char((created_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS day, count(*)::int AS count
  FROM application_history
 WHERE cycle_id = $1 AND from_status = 'draft' AND action = 'submitted'
 GROUP BY 1 ORDER BY 1`;

/**
 * The statistics' queries on applications and their history: aggregates only, computed by
 * PostgreSQL; no file row comes to Node. Each runs on its own pool connection, so the
 * service can run them side by side; `manager` is the primary's or the read replica's (never a
 * transaction's, which would serialise them).
 */
@Injectable()
export class ApplicationStatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  counts(cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<CountRow[]> {
    return manager.query(COUNTS_SQL, [cycleId]);
  }

  async overdueCorrections(cycleId: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query(OVERDUE_CORRECTIONS_SQL, [cycleId, now])) as { n: number }[];
    return row.n;
  }

  async waiting(cycleId: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<WaitingFilesRow> {
    const [row] = (await manager.query(WAITING_SQL, [cycleId, now])) as WaitingFilesRow[];
    return row;
  }

  actions(cycleId: string, fromStatuses: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ActionCountRow[]> {
    return manager.query(ACTIONS_SQL, [cycleId, fromStatuses]);
  }

  durations(cycleId: string, fromStatuses: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<StageDurationRow[]> {
    return manager.query(DURATIONS_SQL, [cycleId, fromStatuses]);
  }

  submissionsPerDay(cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<DayCountRow[]> {
    return manager.query(SUBMISSIONS_PER_DAY_SQL, [cycleId]);
  }
}
