import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApplicationWorkflow } from '@app/applications';
import { shanghaiDate } from '@app/common';
import { isNoticeDueToClose } from '../guards/notice-guards';
import { NoticesRepository } from './notices.repository';
import { ObjectionsRepository } from './objections.repository';

/** Notices read per scan page; each is closed in its own transaction. */
const PAGE = 100;

/**
 * Closing notices whose period ended cleanly (domain.md §8 Confirmation and certificate): a
 * notice whose last day is before today (Beijing time) and that no objection holds (an open one,
 * or an unconfirmed one whose confirmation link has not expired) is closed, and its file goes
 * to the bureau (`close_notice`: `awaiting_confirmation`, the applicant told). The title and
 * its certificate come with the bureau's confirmation (libs/certificates, ConfirmationService).
 */
@Injectable()
export class NoticeClosingService {
  private readonly logger = new Logger(NoticeClosingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: NoticesRepository,
    private readonly objections: ObjectionsRepository,
    private readonly workflow: ApplicationWorkflow,
  ) {}

  /**
   * Close every notice due at `now`; returns how many files went to the bureau (one event each).
   * Each notice is re-checked under its row lock (an objection lodged or a run of another
   * worker in between), so a repeated or concurrent run closes nothing twice.
   */
  async closeDue(now: Date): Promise<number> {
    const today = shanghaiDate(now);
    let closed = 0;
    for (let after: { endDate: string; id: string } | null = null; ; ) {
      const page = await this.notices.duePage(today, now, after, PAGE);
      for (const due of page) {
        try {
          if (await this.closeOne(due.id, today, now)) closed++;
        } catch (e) {
          // One file that cannot be closed must not hold the others back; the next run retries it.
          this.logger.error(`Notice ${due.id} could not be closed: ${(e as Error).message}`);
        }
      }
      if (page.length < PAGE) break;
      after = { endDate: page[page.length - 1].endDate, id: page[page.length - 1].id };
    }
    return closed;
  }

  private closeOne(noticeId: string, today: string, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const notice = await this.notices.lock(manager, noticeId);
      if (!notice || !isNoticeDueToClose(notice, today)) return false;
      if ((await this.objections.holdingCount(manager, notice.id, now)) > 0) return false;
      await this.workflow.takeIn(manager, {
        action: 'close_notice',
        applicationId: notice.applicationId,
        caller: { kind: 'system', userId: null },
        authorize: () => undefined,
        rule: (file) => ({
          historyData: { noticeId: notice.id },
          message: {
            applicationId: file.id,
            referenceNumber: file.referenceNumber ?? '',
            level: file.level,
            specialty: file.specialty,
            noticeClosedOn: today,
          },
        }),
      });
      await this.notices.setStatus(manager, notice.id, 'closed', now);
      return true;
    });
  }
}
