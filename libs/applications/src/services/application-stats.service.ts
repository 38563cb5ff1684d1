import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { percentileCont } from '../domain/histogram-percentile';
import { ApplicationStatsRepository, CountRow, StageStaysRow, WaitingFilesRow } from './application-stats.repository';

export type WaitingFiles = WaitingFilesRow;

/** The stages a file passes through after submission, each named by the status a file waits in. */
export const STAGES = ['qualification', 'correction', 'review', 'committee', 'notice'] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_STATUS: Record<Stage, string> = {
  qualification: 'submitted',
  correction: 'returned',
  review: 'in_review',
  committee: 'reviewed',
  notice: 'public_notice',
};

/**
 * How each deciding stage's outcome reads from the history (action taken on a file leaving
 * the stage's status; history actions of TRANSITIONS). Review decides nothing by itself (the
 * committee does): its "pass" is finishing review, its "fail" leaving it by withdrawal. A
 * correction that ran out (correction_overdue, leaving `returned`) fails qualification.
 */
const OUTCOMES: Record<'qualification' | 'review' | 'committee' | 'notice', { passed: [string, string][]; failed: [string, string][] }> = {
  qualification: {
    passed: [['submitted', 'accepted']],
    failed: [
      ['submitted', 'rejected'],
      ['returned', 'correction_overdue'],
    ],
  },
  review: { passed: [['in_review', 'reviewed']], failed: [['in_review', 'withdrawn']] },
  committee: { passed: [['reviewed', 'committee_passed']], failed: [['reviewed', 'committee_failed']] },
  notice: {
    // notice_closed since the bureau's confirmation (issue 27); 'approved' for files the notice approved before it.
    passed: [
      ['public_notice', 'notice_closed'],
      ['public_notice', 'approved'],
    ],
    failed: [
      ['public_notice', 'objection_upheld'],
      ['public_notice', 'objection_upheld_rereview'],
    ],
  },
};

export interface PassRate {
  passed: number;
  failed: number;
  /** passed / (passed + failed); null before any decision. */
  rate: number | null;
}

/** Stays are measured in whole ten-minute steps (migration StatsCounters): the days below are exact to ten minutes. */
export interface StageDuration {
  stage: Stage;
  /** Stays in the stage that ended (files still in it are not counted). */
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

/** What the applications module knows about a cycle, for the admin statistics. */
export interface ApplicationStats {
  /** Every file, drafts included. */
  total: number;
  /** Files submitted at least once. */
  filed: number;
  byStatus: Record<string, number>;
  /** By level, specialty and home province: submitted files only (drafts are not files yet). */
  byLevel: Record<string, number>;
  bySpecialty: Record<string, number>;
  byHomeProvince: Record<string, number>;
  crossProvincial: { count: number; share: number | null };
  passRates: Record<keyof typeof OUTCOMES, PassRate>;
  stageDurations: StageDuration[];
  overdueCorrections: number;
  submissionsPerDay: { date: string; count: number }[];
}

const round = (x: number | null, digits: number) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

const TEN_MINUTES_PER_DAY = 144;

/** A stage's ended stays and their median and 90th percentile in days, from its stays counted per whole ten minutes. */
function stageDuration(stage: Stage, stays: readonly StageStaysRow[]): StageDuration {
  const bars = stays.filter((s) => s.fromStatus === STAGE_STATUS[stage]).map((s) => ({ value: s.tenMinutes / TEN_MINUTES_PER_DAY, count: s.stays }));
  const days = (p: number) => round(percentileCont(bars, p), 2);
  return { stage, count: bars.reduce((sum, bar) => sum + bar.count, 0), medianDays: days(0.5), p90Days: days(0.9) };
}

/**
 * A cycle's statistics from applications and their history (domain.md §7: every breakdown
 * by home province too): read from the counters the database keeps per cycle as files change,
 * so the time does not grow with the files; the queries run side by side on their own pool
 * connections, so the answer takes the longest one, not their sum.
 */
@Injectable()
export class ApplicationStatsService {
  constructor(private readonly stats: ApplicationStatsRepository) {}

  /** The cycle's files waiting on the office as of `now`: awaiting qualification (and since when), corrections overdue, reviewed. */
  waiting(cycleId: string, now: Date, manager?: EntityManager): Promise<WaitingFiles> {
    return this.stats.waiting(cycleId, now, manager);
  }

  /** The statistics of one cycle as of `now` (deadlines are compared with it); `manager`: where to read (default the primary). */
  async ofCycle(cycleId: string, now: Date, manager?: EntityManager): Promise<ApplicationStats> {
    const stageStatuses = STAGES.map((s) => STAGE_STATUS[s]);
    const [counts, actions, stays, perDay, overdueCorrections] = await Promise.all([
      this.stats.counts(cycleId, manager),
      this.stats.actions(cycleId, stageStatuses, manager),
      this.stats.stays(cycleId, stageStatuses, manager),
      this.stats.submissionsPerDay(cycleId, manager),
      this.stats.overdueCorrections(cycleId, now, manager),
    ]);
    const pick = (dimension: CountRow['dimension'], field: 'files' | 'filed') =>
      Object.fromEntries(counts.filter((c) => c.dimension === dimension && c[field] > 0).map((c) => [c.value ?? 'unknown', c[field]]));
    const byStatus = pick('status', 'files');
    const total = Object.values(byStatus).reduce((s, n) => s + n, 0);
    const filed = counts.filter((c) => c.dimension === 'status').reduce((s, c) => s + c.filed, 0);
    const cross = counts.find((c) => c.dimension === 'cross_provincial' && c.value === 'true')?.filed ?? 0;

    const actionCount = (pairs: [string, string][]) =>
      pairs.reduce((sum, [from, action]) => sum + (actions.find((a) => a.fromStatus === from && a.action === action)?.count ?? 0), 0);
    const passRates = Object.fromEntries(
      Object.entries(OUTCOMES).map(([stage, o]) => {
        const passed = actionCount(o.passed);
        const failed = actionCount(o.failed);
        return [stage, { passed, failed, rate: passed + failed ? round(passed / (passed + failed), 4) : null }];
      }),
    ) as ApplicationStats['passRates'];

    const stageDurations = STAGES.map((stage) => stageDuration(stage, stays));

    return {
      total,
      filed,
      byStatus,
      byLevel: pick('level', 'filed'),
      bySpecialty: pick('specialty', 'filed'),
      byHomeProvince: pick('home_province', 'filed'),
      crossProvincial: { count: cross, share: filed ? round(cross / filed, 4) : null },
      passRates,
      stageDurations,
      overdueCorrections,
      submissionsPerDay: perDay.map((d) => ({ date: d.day, count: d.count })),
    };
  }
}
