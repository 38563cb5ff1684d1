import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CyclesService } from '@app/applications';
import { OPEN_REVIEW_STATUSES } from '../entities/review-assignment.entity';

/** A reviewer's open reviews of one cycle that share a deadline: what a deadline reminder names. */
export interface PendingReviews {
  reviewerId: string;
  cycleId: string;
  cycleNameZh: string;
  cycleNameEn: string;
  dueAt: Date;
  pendingCount: number;
}

// Reviews not yet submitted (assigned or draft) whose deadline falls in ($1, $2].
const PENDING_DUE_BETWEEN = `SELECT reviewer_id AS "reviewerId", cycle_id AS "cycleId", due_at AS "dueAt", count(*)::int AS "pendingCount"
  FROM review_assignments
 WHERE status = ANY($3::text[]) AND due_at > $1 AND due_at <= $2
 GROUP BY reviewer_id, cycle_id, due_at
 ORDER BY due_at, reviewer_id, cycle_id`;

/**
 * What the review-deadline reminders (a notifications schedule) need to know about open
 * reviews, so that only this module reads review_assignments (and cycles come through
 * the applications module's service).
 */
@Injectable()
export class ReviewDeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: CyclesService,
  ) {}

  /** Per reviewer and cycle, the open reviews whose deadline falls in (from, to], nearest first. */
  async pendingDueBetween(from: Date, to: Date): Promise<PendingReviews[]> {
    const rows: Omit<PendingReviews, 'cycleNameZh' | 'cycleNameEn'>[] = await this.dataSource.query(PENDING_DUE_BETWEEN, [from, to, OPEN_REVIEW_STATUSES]);
    const names = new Map<string, { zh: string; en: string }>();
    for (const cycleId of new Set(rows.map((r) => r.cycleId))) {
      const cycle = await this.cycles.get(cycleId);
      names.set(cycleId, { zh: cycle.nameZh, en: cycle.nameEn });
    }
    return rows.map((r) => ({ ...r, cycleNameZh: names.get(r.cycleId)!.zh, cycleNameEn: names.get(r.cycleId)!.en }));
  }
}
