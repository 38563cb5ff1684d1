import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { shanghaiDateTime } from '@app/common';
import { OutboxService } from '@app/outbox';
import { DAY_MS, dueReminder, MINUTE_MS, RegisterSchedule, Schedule } from '@app/queue';
import { ReviewDeadlinesService } from '../services/review-deadlines.service';

/** Reminders before a review deadline, nearest last (domain.md §8: "reminders before it and when overdue"). */
export const REVIEW_REMINDERS = [
  { label: '3d', days: 3 },
  { label: '1d', days: 1 },
] as const;
export type ReviewReminderLabel = (typeof REVIEW_REMINDERS)[number]['label'];

const FARTHEST_DAYS = Math.max(...REVIEW_REMINDERS.map((r) => r.days));
/** An overdue review is reported once, if the worker sees it within this long after the deadline. */
const OVERDUE_WINDOW_DAYS = 7;

/** Which review reminder is due for a deadline at `dueAt`, at `now` (see dueReminder). */
export const dueReviewReminder = (dueAt: Date, now: Date) => dueReminder(REVIEW_REMINDERS, dueAt, now);

const reviewDedupeKey = (label: ReviewReminderLabel | 'overdue', reviewerId: string, cycleId: string, dueAt: Date) =>
  `review_deadline:${label}:${reviewerId}:${cycleId}:${dueAt.toISOString()}`;

/**
 * Reviewers with reviews still open get `review.reminder` 3 days and 1 day before the
 * review deadline, and `review.overdue` once after it, one message per reviewer and cycle
 * naming how many reviews are open. The open reviews come from ReviewDeadlinesService.
 */
@Injectable()
@RegisterSchedule()
export class ReviewDeadlineRemindersSchedule implements Schedule {
  readonly key = 'review-deadline-reminders' as const;
  readonly repeat = { every: 15 * MINUTE_MS };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reviews: ReviewDeadlinesService,
    private readonly outbox: OutboxService,
  ) {}

  async run(now: Date): Promise<number> {
    const upcoming = await this.reviews.pendingDueBetween(now, new Date(now.getTime() + FARTHEST_DAYS * DAY_MS));
    const overdue = await this.reviews.pendingDueBetween(new Date(now.getTime() - OVERDUE_WINDOW_DAYS * DAY_MS), now);
    return this.dataSource.transaction(async (manager) => {
      let emitted = 0;
      for (const row of upcoming) {
        const dueAt = new Date(row.dueAt);
        const due = dueReviewReminder(dueAt, now);
        if (!due) continue;
        const id = await this.outbox.emit(manager, {
          type: 'review.reminder',
          recipients: [{ userId: row.reviewerId }],
          payload: {
            'cycleName@zh-CN': row.cycleNameZh,
            'cycleName@en': row.cycleNameEn,
            pendingCount: row.pendingCount,
            reviewDeadline: shanghaiDateTime(dueAt),
            daysLeft: due.daysLeft,
          },
          dedupeKey: reviewDedupeKey(due.label, row.reviewerId, row.cycleId, dueAt),
        });
        if (id !== null) emitted++;
      }
      for (const row of overdue) {
        const dueAt = new Date(row.dueAt);
        const id = await this.outbox.emit(manager, {
          type: 'review.overdue',
          recipients: [{ userId: row.reviewerId }],
          payload: { 'cycleName@zh-CN': row.cycleNameZh, 'cycleName@en': row.cycleNameEn, pendingCount: row.pendingCount, reviewDeadline: shanghaiDateTime(dueAt) },
          dedupeKey: reviewDedupeKey('overdue', row.reviewerId, row.cycleId, dueAt),
        });
        if (id !== null) emitted++;
      }
      return emitted;
    });
  }
}
