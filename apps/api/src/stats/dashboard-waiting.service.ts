import { Injectable } from '@nestjs/common';
import { ApplicationStatsService, CyclesService } from '@app/applications';
import { AppealStatsService } from '@app/appeals';
import { CommitteeStatsService } from '@app/committee';
import { Clock, shanghaiDate } from '@app/common';
import { LagTolerantReads } from '@app/db';
import { NoticeStatsService } from '@app/notice';
import { DeliveryAdminService } from '@app/notifications';
import { ReviewStatsService } from '@app/review';

const DAY_MS = 24 * 3600 * 1000;

/** What waits on the office: per cycle for its files, office-wide for notices, objections, appeals and notifications. */
export interface DashboardWaiting {
  cycleId: string;
  generatedAt: Date;
  /** The last day (Asia/Shanghai) counted as "this week" for notices: today and the six days after. */
  weekEnds: string;
  awaitingQualification: { count: number; oldestSubmittedAt: Date | null; oldestDays: number | null };
  correctionsOverdue: number;
  incompletePanels: number;
  reviewsOverdue: number;
  reviewedNotOnAgenda: number;
  meetingsToClose: number;
  noticesEndingThisWeek: number;
  openObjections: number;
  pendingAppeals: number;
  failedNotifications: number;
}

/**
 * Composes "waiting on the office" from the modules that own each count; each count is one
 * aggregate over an index range, never a scan of the cycle's files. All of them run side by side.
 */
@Injectable()
export class DashboardWaitingService {
  constructor(
    private readonly cycles: CyclesService,
    private readonly applications: ApplicationStatsService,
    private readonly reviews: ReviewStatsService,
    private readonly committees: CommitteeStatsService,
    private readonly notices: NoticeStatsService,
    private readonly appeals: AppealStatsService,
    private readonly deliveries: DeliveryAdminService,
    private readonly clock: Clock,
    private readonly reads: LagTolerantReads,
  ) {}

  /** The counts for one cycle (404 CYCLE_NOT_FOUND for an unknown one). */
  async ofCycle(cycleId: string): Promise<DashboardWaiting> {
    await this.cycles.get(cycleId);
    const now = this.clock.now();
    const weekEnds = shanghaiDate(new Date(now.getTime() + 6 * DAY_MS));
    const [files, incompletePanels, reviewsOverdue, committee, notice, pendingAppeals] = await this.reads.run((manager) =>
      Promise.all([
        this.applications.waiting(cycleId, now, manager),
        this.reviews.incompletePanels(cycleId, manager),
        this.reviews.overdueFiles(cycleId, now, manager),
        this.committees.waiting(cycleId, manager),
        this.notices.waiting(weekEnds, manager),
        this.appeals.pending(manager),
      ]),
    );
    // The failed list is read where the admin retries it (the primary): the count must match it.
    const failedNotifications = await this.deliveries.countFailed();
    const oldest = files.oldestSubmittedAt ? new Date(files.oldestSubmittedAt) : null;
    return {
      cycleId,
      generatedAt: now,
      weekEnds,
      awaitingQualification: {
        count: files.awaitingQualification,
        oldestSubmittedAt: oldest,
        oldestDays: oldest ? Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / DAY_MS)) : null,
      },
      correctionsOverdue: files.correctionsOverdue,
      incompletePanels,
      reviewsOverdue,
      // A file on an undecided agenda is still `reviewed`: the rest wait for a meeting.
      reviewedNotOnAgenda: Math.max(0, files.reviewed - committee.onAgenda),
      meetingsToClose: committee.openMeetings,
      noticesEndingThisWeek: notice.noticesEnding,
      openObjections: notice.openObjections,
      pendingAppeals,
      failedNotifications,
    };
  }
}
