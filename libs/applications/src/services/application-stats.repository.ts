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

/** How many ended stays in a stage lasted `tenMinutes` whole ten-minute steps. */
export interface StageStaysRow {
  fromStatus: string;
  tenMinutes: number;
  stays: number;
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
 * A cycle's counts per dimension from its counters (cycle_file_counts: signed rows the triggers
 * write as files change, folded from time to time; migration StatsCounters): each group's rows
 * summed, then rolled up per dimension (GROUPING SETS). `filed` counts the files that were
 * submitted: a draft (or a draft withdrawn) is not yet a file of the cycle.
 */
const COUNTS_SQL = `WITH g AS (
  SELECT status, level, specialty, home_province, cross_provincial, sum(files) AS n, sum(files) FILTER (WHERE filed) AS filed
    FROM cycle_file_counts WHERE cycle_id = $1
   GROUP BY status, level, specialty, home_province, cross_provincial)
SELECT CASE WHEN GROUPING(status) = 0 THEN 'status' WHEN GROUPING(level) = 0 THEN 'level' WHEN GROUPING(specialty) = 0 THEN 'specialty'
            WHEN GROUPING(home_province) = 0 THEN 'home_province' ELSE 'cross_provincial' END AS dimension,
       coalesce(status, level, specialty, home_province, cross_provincial::text) AS value,
       sum(n)::int AS files, coalesce(sum(filed), 0)::int AS filed
  FROM g
 GROUP BY GROUPING SETS ((status), (level), (specialty), (home_province), (cross_provincial))`;

/** Returned files whose correction deadline has passed (applications_returned_deadline_idx: only the cycle's returned files). */
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

/** The history's decisions per stage: actions taken on files leaving each status (cycle_action_counts). */
const ACTIONS_SQL = `SELECT from_status AS "fromStatus", action, sum(entries)::int AS count
  FROM cycle_action_counts
 WHERE cycle_id = $1 AND from_status = ANY($2::text[])
 GROUP BY from_status, action`;

/**
 * The ended stays in each stage by length (cycle_stage_stays: whole ten-minute steps, from
 * history entry times), shortest first: what the percentiles of time per stage are read from.
 * Files still in a stage are not counted: their stay has no length yet.
 */
const STAYS_SQL = `SELECT from_status AS "fromStatus", ten_minutes AS "tenMinutes", sum(stays)::int AS stays
  FROM cycle_stage_stays
 WHERE cycle_id = $1 AND from_status = ANY($2::text[])
 GROUP BY from_status, ten_minutes
HAVING sum(stays) > 0
 ORDER BY from_status, ten_minutes`;

/** First submissions per Asia/Shanghai calendar day (a resubmission is not a new file). */
const SUBMISSIONS_PER_DAY_SQL = `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(entries)::int AS count
  FROM cycle_action_counts
 WHERE cycle_id = $1 AND from_status = 'draft' AND action = 'submitted'
 GROUP BY day HAVING sum(entries) > 0 ORDER BY day`;

/**
 * The statistics' queries: the counters the triggers keep per cycle (a few thousand rows
 * whatever the number of files), and the live counts that depend on the time (overdue
 * corrections, the files waiting), which read only their statuses' index ranges. No file row
 * comes to Node. Each runs on its own pool connection, so the service can run them side by
 * side; `manager` is the primary's or the read replica's (never a transaction's, which would
 * serialise them).
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

  stays(cycleId: string, fromStatuses: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<StageStaysRow[]> {
    return manager.query(STAYS_SQL, [cycleId, fromStatuses]);
  }

  /** Sums each counter group's rows into one (the counters' schedule; migrations StatsCounters, EmployerNameSearch). */
  async foldCounters(): Promise<void> {
    await this.dataSource.query('SELECT fold_stats_counters(), fold_employer_counts()');
  }

  submissionsPerDay(cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<DayCountRow[]> {
    return manager.query(SUBMISSIONS_PER_DAY_SQL, [cycleId]);
  }
}
