import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { appealDeadlineAfter, Clock, CursorPage, shanghaiDateTime } from '@app/common';
import { AuditService } from '@app/audit';
import { OutboxService } from '@app/outbox';
import { isUniqueViolation } from '@app/db';
import { ApplicationAccess, ApplicationError, ApplicationWorkflow, FileLabel, OutcomeFilesService, RejectionEntry } from '@app/applications';
import { AuthUser, UserDirectory } from '@app/identity';
import { ReviewRestartService } from '@app/review';
import { Appeal, AppealOutcome, AppealStatus } from '../entities/appeal.entity';
import { AppealError } from '../appeals.errors';
import { assertAppealOpen } from '../guards/appeal-guards';
import { AppealsRepository } from './appeals.repository';

/**
 * When the appeal window of a rejection ends: the deadline the rejection itself recorded and
 * told the applicant (its history entry's `appealDeadline`), or else the decision's time plus
 * APPEAL_WINDOW_DAYS.
 */
/** The rejection an applicant may appeal (rejectionOf). */
export interface RejectionSummary {
  stage: string | null;
  action: string;
  reason: string | null;
  decidedAt: Date;
  appealDeadline: Date;
  windowOpen: boolean;
  appealed: boolean;
}

export function appealDeadline(rejection: Pick<RejectionEntry, 'data' | 'createdAt'>, windowDays: number): Date {
  const recorded = rejection.data?.appealDeadline;
  if (typeof recorded === 'string' && !Number.isNaN(Date.parse(recorded))) return new Date(recorded);
  return appealDeadlineAfter(new Date(rejection.createdAt), windowDays);
}

export interface AppealDecisionInput {
  outcome: AppealOutcome;
  note: string;
}

/** An appeal with how its file is named, for the admin's list. */
export interface AppealListItem {
  appeal: Appeal;
  file: FileLabel | null;
}

/**
 * Appeals against rejections (domain.md §8): a rejected applicant appeals once per decision
 * within the window, admins are notified; an admin sends the file back to expert review with
 * new reviewers (workflow action decide_appeal_rereview) or upholds the rejection, and the
 * applicant is notified either way.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appeals: AppealsRepository,
    private readonly access: ApplicationAccess,
    private readonly workflow: ApplicationWorkflow,
    private readonly files: OutcomeFilesService,
    private readonly restart: ReviewRestartService,
    private readonly users: UserDirectory,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * The applicant appeals the decision that rejected their file: 404 for anyone else's file,
   * 409 APPEAL_NOT_REJECTED / APPEAL_ALREADY_LODGED, 422 APPEAL_WINDOW_CLOSED with the date.
   */
  async lodge(applicant: AuthUser, applicationId: string, groundsText: string): Promise<Appeal> {
    const grounds = groundsText.trim();
    if (!grounds) throw AppealError.fieldRequired('grounds', 'State the grounds of the appeal');
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The file's lock orders concurrent appeals of one file; the unique key backs it up.
        const file = await this.access.lockOwned(applicant, applicationId, manager);
        if (file.status !== 'rejected') throw AppealError.notRejected(file.status);
        const rejection = await this.files.lastRejection(file.id, manager);
        if (!rejection) throw AppealError.notRejected(file.status);
        const existing = await this.appeals.findByRejection(rejection.historyId, manager);
        if (existing) throw AppealError.alreadyLodged(existing.id);
        const deadline = appealDeadline(rejection, this.config.APPEAL_WINDOW_DAYS);
        const now = this.clock.now();
        if (now.getTime() > deadline.getTime()) throw AppealError.windowClosed(deadline, shanghaiDateTime(deadline));

        const appeal = await this.appeals.insert(manager, { applicationId: file.id, applicantId: file.applicantId, rejectionHistoryId: rejection.historyId, grounds, deadline });
        await this.audit.record(manager, {
          actorId: applicant.id,
          action: 'appeal.lodged',
          entityType: 'application',
          entityId: file.id,
          data: { appealId: appeal.id, rejectionHistoryId: rejection.historyId },
        });
        // Every active admin but the applicant (nobody handles their own file).
        const admins = (await this.users.activeIdsOfRole('admin', manager)).filter((id) => !this.access.isOwner({ id }, file));
        if (admins.length) {
          await this.outbox.emit(manager, {
            type: 'appeal.lodged',
            recipients: admins.map((userId) => ({ userId })),
            payload: {
              appealId: appeal.id,
              applicationId: file.id,
              referenceNumber: file.referenceNumber!,
              applicantName: file.applicantName ?? '',
              lodgedAt: shanghaiDateTime(appeal.createdAt),
            },
          });
        }
        return appeal;
      });
    } catch (error) {
      // Two appeals of one decision at once: the second meets the unique key.
      if (isUniqueViolation(error, 'appeals_rejection_key')) throw AppealError.alreadyLodged('');
      throw error;
    }
  }

  /**
   * An admin decides an open appeal: re_review sends the file back to in_review with its panel
   * closed (new reviewers needed); upheld leaves it rejected. 404 for an appeal on the admin's
   * own file, 409 APPEAL_ALREADY_DECIDED for a decided one.
   */
  async decide(admin: AuthUser, appealId: string, input: AppealDecisionInput): Promise<Appeal> {
    const note = input.note.trim();
    if (!note) throw AppealError.fieldRequired('note', 'Give the applicant the reason for the decision');
    return this.dataSource.transaction(async (manager) => {
      const appeal = await this.appeals.lockById(appealId, manager);
      if (!appeal || !this.access.isHandlingAdmin(admin, appeal)) throw AppealError.notFound();
      assertAppealOpen(appeal);
      const decidedAt = this.clock.now();

      if (input.outcome === 're_review') {
        await this.workflow.takeIn(manager, {
          action: 'decide_appeal_rereview',
          applicationId: appeal.applicationId,
          caller: { kind: 'admin', userId: admin.id },
          authorize: (file) => {
            if (!this.access.isHandlingAdmin(admin, file)) throw ApplicationError.notFound();
          },
          rule: async (file, m) => {
            const restarted = await this.restart.restart(m, file.id, { reason: 'appeal: re-review', actorId: admin.id });
            return {
              reason: note,
              // The aggregate is cleared with the review: so is its copy the admin list sorts by.
              changes: { reviewScore: null },
              historyData: { appealId: appeal.id, supersededAssignments: restarted.superseded },
              message: { applicationId: file.id, referenceNumber: file.referenceNumber!, outcome: 're_review', decisionNote: note },
            };
          },
        });
      } else {
        // The file stays rejected: no transition, but the decision is recorded and announced.
        const facts = await this.files.certificateFacts(appeal.applicationId, manager);
        await this.audit.record(manager, {
          actorId: admin.id,
          action: 'application.appeal_decided',
          entityType: 'application',
          entityId: appeal.applicationId,
          data: { appealId: appeal.id, outcome: 'upheld' },
        });
        await this.outbox.emit(manager, {
          type: 'appeal.decided',
          recipients: [{ userId: appeal.applicantId }],
          payload: { applicationId: appeal.applicationId, referenceNumber: facts?.referenceNumber ?? '', outcome: 'upheld', decisionNote: note },
        });
      }
      await this.appeals.decide(manager, appeal.id, { outcome: input.outcome, decisionNote: note, decidedBy: admin.id, decidedAt });
      return (await this.appeals.findById(appeal.id, manager))!;
    });
  }

  /** Appeals for the admin's list (by status, oldest first), each with its file's reference and applicant; never the admin's own. */
  async list(admin: AuthUser, filter: { status?: AppealStatus; limit: number; cursor?: string }): Promise<CursorPage<AppealListItem>> {
    // Bound to the admin in the query, so a page is never cut short by their own appeals.
    const page = await this.appeals.list({ ...filter, excludeApplicantId: admin.id });
    const labels = await this.files.labels(page.items.map((a) => a.applicationId));
    return {
      items: page.items.map((appeal) => ({ appeal, file: labels.get(appeal.applicationId) ?? null })),
      nextCursor: page.nextCursor,
    };
  }

  /** A file's appeals, oldest first, for its applicant or a handling admin; 404 for anyone else. */
  async ofApplication(viewer: AuthUser, applicationId: string): Promise<AppealListItem[]> {
    const file = await this.access.viewable(viewer, applicationId);
    // Assigned reviewers may read the file, not the appeals against its rejection.
    if (!this.access.canView(viewer, file)) throw ApplicationError.notFound();
    const label: FileLabel = { id: file.id, referenceNumber: file.referenceNumber, applicantName: file.applicantName, status: file.status };
    return (await this.appeals.ofApplication(file.id)).map((appeal) => ({ appeal, file: label }));
  }

  /**
   * The decision that rejected the file, as its applicant reads it before appealing: the stage
   * (the history entry's `stage`: qualification_review, correction_overdue, committee_vote,
   * public_notice), the reason, the end of the appeal window and whether this decision was
   * appealed already. Null when the file is not rejected; 404 as for the appeals.
   */
  async rejectionOf(viewer: AuthUser, applicationId: string): Promise<RejectionSummary | null> {
    const file = await this.access.viewable(viewer, applicationId);
    if (!this.access.canView(viewer, file)) throw ApplicationError.notFound();
    if (file.status !== 'rejected') return null;
    const rejection = await this.files.lastRejection(file.id);
    if (!rejection) return null;
    const deadline = appealDeadline(rejection, this.config.APPEAL_WINDOW_DAYS);
    const stage = typeof rejection.data?.stage === 'string' ? rejection.data.stage : null;
    return {
      stage,
      action: rejection.action,
      reason: rejection.reason,
      decidedAt: new Date(rejection.createdAt),
      appealDeadline: deadline,
      windowOpen: this.clock.now().getTime() <= deadline.getTime(),
      appealed: (await this.appeals.findByRejection(rejection.historyId, this.dataSource.manager)) !== null,
    };
  }

  /** One appeal, for the applicant who lodged it or an admin handling its file; 404 otherwise. */
  async get(viewer: AuthUser, appealId: string): Promise<AppealListItem> {
    const appeal = await this.appeals.findById(appealId);
    if (!appeal || !(this.access.isOwner(viewer, appeal) || this.access.isHandlingAdmin(viewer, appeal))) throw AppealError.notFound();
    return this.item(appeal);
  }

  /** One appeal on the admins' route: only for an admin handling its file; 404 otherwise, also on their own file. */
  async getHandled(admin: AuthUser, appealId: string): Promise<AppealListItem> {
    const appeal = await this.appeals.findById(appealId);
    if (!appeal || !this.access.isHandlingAdmin(admin, appeal)) throw AppealError.notFound();
    return this.item(appeal);
  }

  private async item(appeal: Appeal): Promise<AppealListItem> {
    const labels = await this.files.labels([appeal.applicationId]);
    return { appeal, file: labels.get(appeal.applicationId) ?? null };
  }
}
