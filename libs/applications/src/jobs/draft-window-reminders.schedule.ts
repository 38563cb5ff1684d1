import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { shanghaiDateTime } from '@app/common';
import { OutboxService } from '@app/outbox';
import { DAY_MS, dueReminder, MINUTE_MS, RegisterSchedule, Schedule } from '@app/queue';
import { DraftRemindersService } from '../services/draft-reminders.service';

/** Reminders before a cycle's submission window closes, nearest last. */
export const DRAFT_REMINDERS = [
  { label: '7d', days: 7 },
  { label: '1d', days: 1 },
] as const;
export type DraftReminderLabel = (typeof DRAFT_REMINDERS)[number]['label'];

const FARTHEST_DAYS = Math.max(...DRAFT_REMINDERS.map((r) => r.days));
const BATCH = 200;

/** Which draft reminder is due for a window closing at `closesAt`, at `now` (see dueReminder). */
export const dueDraftReminder = (closesAt: Date, now: Date) => dueReminder(DRAFT_REMINDERS, closesAt, now);

export const draftReminderDedupeKey = (label: DraftReminderLabel, applicationId: string) => `draft_reminder:${label}:${applicationId}`;

/**
 * Applicants whose application in a cycle is still a draft get
 * `application.draft_reminder` 7 days and 1 day before the window closes, once
 * each. An item is considered for at most 7 days, well inside the outbox's
 * dedupe retention. The drafts come from DraftRemindersService.
 */
@Injectable()
@RegisterSchedule()
export class DraftWindowRemindersSchedule implements Schedule {
  readonly key = 'draft-window-reminders' as const;
  readonly repeat = { every: 15 * MINUTE_MS };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: DraftRemindersService,
    private readonly outbox: OutboxService,
  ) {}

  async run(now: Date): Promise<number> {
    const rows = await this.drafts.draftsClosingBetween(now, new Date(now.getTime() + FARTHEST_DAYS * DAY_MS));
    let emitted = 0;
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      emitted += await this.dataSource.transaction(async (manager) => {
        let n = 0;
        for (const row of batch) {
          const due = dueDraftReminder(new Date(row.closesAt), now);
          if (!due) continue;
          const id = await this.outbox.emit(manager, {
            type: 'application.draft_reminder',
            recipients: [{ userId: row.applicantId }],
            payload: {
              'cycleName@zh-CN': row.cycleNameZh,
              'cycleName@en': row.cycleNameEn,
              daysLeft: due.daysLeft,
              windowClosesAt: shanghaiDateTime(new Date(row.closesAt)),
              applicationId: row.applicationId,
            },
            dedupeKey: draftReminderDedupeKey(due.label, row.applicationId),
          });
          if (id !== null) n++;
        }
        return n;
      });
    }
    return emitted;
  }
}
