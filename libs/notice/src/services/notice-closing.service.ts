import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApplicationWorkflow } from '@app/applications';
import { CertificatesService } from '@app/certificates';
import { shanghaiDate, shanghaiNoon } from '@app/common';
import { isNoticeDueToClose } from '../guards/notice-guards';
import { NoticesRepository } from './notices.repository';
import { ObjectionsRepository } from './objections.repository';

/** Notices read per scan page; each is closed in its own transaction. */
const PAGE = 100;

/**
 * Closing notices whose period ended cleanly (domain.md §8 Confirmation and certificate): a
 * notice whose last day is before today (Beijing time) and that no objection holds (an open one,
 * or an unconfirmed one whose confirmation link has not expired) is
 * closed, and its file becomes `approved` (`close_notice`) with its certificate issued in the
 * same transaction, so an approved file always has a certificate and the `application.approved`
 * message carries its number.
 */
@Injectable()
export class NoticeClosingService {
  private readonly logger = new Logger(NoticeClosingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: NoticesRepository,
    private readonly objections: ObjectionsRepository,
    private readonly workflow: ApplicationWorkflow,
    private readonly certificates: CertificatesService,
  ) {}

  /**
   * Close every notice due at `now`; returns how many files were approved (one event each).
   * Each notice is re-checked under its row lock (an objection lodged or a run of another
   * worker in between), so a repeated or concurrent run approves nothing twice.
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
          // One file that cannot be closed (e.g. its certificate refused) must not hold the others back; the next run retries it.
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
        rule: async (file, m) => {
          const issued = await this.certificates.issue(m, {
            applicationId: file.id,
            approvedOn: now,
            // Noon in Beijing of the pass date: the certificate's date obtained is that calendar day.
            committeePassedOn: shanghaiNoon(notice.passedOn),
          });
          return {
            historyData: { noticeId: notice.id, certificateNumber: issued.certificateNumber },
            message: {
              applicationId: file.id,
              referenceNumber: file.referenceNumber ?? '',
              level: file.level,
              specialty: file.specialty,
              certificateNumber: issued.certificateNumber,
              approvedAt: today,
            },
          };
        },
      });
      await this.notices.setStatus(manager, notice.id, 'closed', now);
      return true;
    });
  }
}
