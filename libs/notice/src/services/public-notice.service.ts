import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NoticeFilesService, TitleLevel } from '@app/applications';
import { AppConfig } from '@app/config';
import { LagTolerantReads } from '@app/db';
import { Clock, CursorPage, decodeCursor, encodeCursor, shanghaiDate, TIME_THEN_ID_CURSOR } from '@app/common';
import { NoticeError } from '../notice.errors';
import { NoticesRepository } from './notices.repository';
import { WorkingDayCalendar } from './working-day-calendar.service';

/** A file as posted: its notice and the notice's first and last day (Asia/Shanghai dates). */
export interface PostedNotice {
  applicationId: string;
  noticeId: string;
  startDate: string;
  endDate: string;
}

/** A notice as the public sees it (domain.md §8): never an identity number or contact detail. */
export interface PublicNoticeView {
  id: string;
  name: string | null;
  employer: string | null;
  level: TitleLevel;
  specialty: string;
  cycleNameZh: string;
  cycleNameEn: string;
  startDate: string;
  endDate: string;
  /** N: the notice's length in working days, as configured when it was posted. */
  workingDays: number;
}

/**
 * Posting passed files for public notice (domain.md §8): from the day of the committee's pass
 * to the N-th working day after it (NOTICE_WORKING_DAYS, default 5) on the host region's
 * confirmed calendar. Day 1 is the first working day after the pass date; the pass date itself
 * never counts, whatever the time of the vote.
 */
@Injectable()
export class PublicNoticeService {
  constructor(
    private readonly notices: NoticesRepository,
    private readonly calendar: WorkingDayCalendar,
    private readonly files: NoticeFilesService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly reads: LagTolerantReads,
  ) {}

  /**
   * Post `items` in the caller's transaction (the one that takes committee_pass), all or none.
   * 422 CALENDAR_YEAR_UNCONFIRMED (details.year) when the period would reach a year nobody
   * confirmed; 409 NOTICE_ALREADY_POSTED when a file is on notice already.
   */
  async post(manager: EntityManager, items: { applicationId: string }[], passedOn: Date): Promise<PostedNotice[]> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('PublicNoticeService.post must run inside the transaction that passes the files');
    if (items.length === 0) return [];
    const workingDays = this.config.NOTICE_WORKING_DAYS;
    const passedDate = shanghaiDate(passedOn);
    const endDate = await this.calendar.addWorkingDays(passedDate, workingDays, manager);
    const ids = [...new Set(items.map((i) => i.applicationId))];
    const rows = await this.notices.insertMany(manager, ids, { passedOn: passedDate, startDate: passedDate, endDate, workingDays });
    if (rows.length !== ids.length) {
      const inserted = new Set(rows.map((r) => r.applicationId));
      throw NoticeError.alreadyPosted(ids.find((id) => !inserted.has(id))!);
    }
    const byApplication = new Map(rows.map((r) => [r.applicationId, r]));
    return items.map((i) => {
      const row = byApplication.get(i.applicationId)!;
      return { applicationId: i.applicationId, noticeId: row.id, startDate: row.startDate, endDate: row.endDate };
    });
  }

  /** The end date a notice posted on `passedOn` would have now (422 when the calendar cannot tell). */
  endDateFor(passedOn: Date): Promise<string> {
    return this.calendar.addWorkingDays(shanghaiDate(passedOn), this.config.NOTICE_WORKING_DAYS);
  }

  /**
   * The notices posted now, newest first (public, no login); names come from the applications module in one query per page.
   * Read on the replica when there is one: a notice appearing a moment after the vote is fine.
   */
  async listOpen(filter: { limit: number; cursor?: string }): Promise<CursorPage<PublicNoticeView>> {
    const after = filter.cursor ? decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR) : null;
    const today = shanghaiDate(this.clock.now());
    const { rows, files } = await this.reads.run(async (manager) => {
      const rows = await this.notices.openPage(today, after ? { createdAt: after[0] as string, id: after[1] as string } : null, filter.limit + 1, manager);
      return { rows, files: await this.files.files(rows.slice(0, filter.limit).map((r) => r.applicationId), manager) };
    });
    const page = rows.slice(0, filter.limit);
    const items: PublicNoticeView[] = [];
    for (const r of page) {
      const f = files.get(r.applicationId);
      if (!f) continue;
      items.push({
        id: r.id,
        name: f.applicantName,
        employer: f.employerName,
        level: f.level,
        specialty: f.specialty,
        cycleNameZh: f.cycleNameZh,
        cycleNameEn: f.cycleNameEn,
        startDate: r.startDate,
        endDate: r.endDate,
        workingDays: r.workingDays,
      });
    }
    const last = page[page.length - 1];
    return { items, nextCursor: rows.length > filter.limit && last ? encodeCursor([last.cursorAt, last.id]) : null };
  }

  /** The open notice of a file, if it is on notice (e.g. for the committee's response or an admin screen). */
  openNoticeOf(applicationId: string) {
    return this.notices.openOfApplication(applicationId);
  }
}
