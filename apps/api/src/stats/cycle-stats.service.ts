import { Injectable } from '@nestjs/common';
import { ApplicationStats, ApplicationStatsService, CyclesService } from '@app/applications';
import { Clock } from '@app/common';
import { LagTolerantReads } from '@app/db';
import { UserDirectory } from '@app/identity';
import { ReviewerWorkload, ReviewStatsService } from '@app/review';

/** A cycle's statistics for administrators: what applications know, plus expert review's share. */
export interface CycleStats extends ApplicationStats {
  cycleId: string;
  generatedAt: Date;
  /** Files past a deadline now: returned files past their correction deadline; files with a review open past its deadline. */
  overdue: { corrections: number; reviews: number };
  reviewerWorkload: (ReviewerWorkload & { fullName: string | null })[];
}

/**
 * Composes the statistics from the modules that own the data (applications and their history;
 * review assignments; reviewer names from the user directory). No rule lives here: each
 * module computes its own aggregates in SQL; the three run side by side.
 */
@Injectable()
export class CycleStatsService {
  constructor(
    private readonly cycles: CyclesService,
    private readonly applications: ApplicationStatsService,
    private readonly reviews: ReviewStatsService,
    private readonly users: UserDirectory,
    private readonly clock: Clock,
    private readonly reads: LagTolerantReads,
  ) {}

  /** The statistics of one cycle (404 CYCLE_NOT_FOUND for an unknown one). */
  async ofCycle(cycleId: string): Promise<CycleStats> {
    await this.cycles.get(cycleId);
    const now = this.clock.now();
    // Statistics tolerate replication lag: on the read replica when there is one.
    const [stats, workload, overdueReviews] = await this.reads.run((manager) =>
      Promise.all([this.applications.ofCycle(cycleId, now, manager), this.reviews.workload(cycleId, now, manager), this.reviews.overdueFiles(cycleId, now, manager)]),
    );
    const names = workload.length ? await this.users.contacts(workload.map((w) => w.reviewerId)) : new Map();
    return {
      cycleId,
      generatedAt: now,
      ...stats,
      overdue: { corrections: stats.overdueCorrections, reviews: overdueReviews },
      reviewerWorkload: workload.map((w) => ({ ...w, fullName: names.get(w.reviewerId)?.fullName ?? null })),
    };
  }
}
