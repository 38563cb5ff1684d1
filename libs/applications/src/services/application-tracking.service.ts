import { Injectable } from '@nestjs/common';
import { AuditListQuery, AuditService, AuditEntry } from '@app/audit';
import { Clock, CursorPage, shanghaiDate, shanghaiNoon } from '@app/common';
import type { AuthUser } from '@app/identity';
import { actorRoleOf, pathAheadOfFile } from '../domain/workflow/path-ahead';
import { ApplicationStatus, WorkflowAction, WorkflowActor } from '../domain/workflow/transitions';
import { Application } from '../entities/application.entity';
import { Cycle } from '../entities/cycle.entity';
import { ApplicationError } from '../applications.errors';
import { ApplicationAccess } from './application-access';
import { ApplicationsRepository } from './applications.repository';
import { CyclesService } from './cycles.service';

/** When a public notice would end: what the public-notice module answers (a port: it imports this library). */
export interface NoticeSchedule {
  /**
   * The last day (Asia/Shanghai date) of the file's public notice: the posted notice's end when
   * it is on notice, otherwise the end of a notice posted on `passedOn`; null with the reason
   * when the calendar cannot tell (a year nobody confirmed).
   */
  expectedEnd(applicationId: string, passedOn: Date): Promise<{ date: string | null; note: string | null }>;
}

/** A stage the file has reached, from its history. */
export interface PassedStage {
  status: ApplicationStatus;
  /** application_history.action (created, submitted, accepted ...). */
  action: string;
  at: Date;
  actorRole: WorkflowActor;
  /** Who acted: for admins only (null for the applicant's view and for the portal's own steps). */
  actorId: string | null;
  reason: string | null;
}

/** Where an expected date comes from. */
export type ExpectedBasis = 'cycle.closesAt' | 'application.correctionDeadline' | 'cycle.reviewDeadline' | 'cycle.meetingDate' | 'notice.workingDays';

/** A stage still ahead, with the date it is expected by. */
export interface StageAhead {
  status: ApplicationStatus;
  action: WorkflowAction;
  /** Asia/Shanghai date; null when nothing schedules it (see note). */
  expectedBy: string | null;
  basis: ExpectedBasis | null;
  /** Why there is no expected date. */
  note: string | null;
  /** The expected date is before today (Asia/Shanghai) and the stage is not reached. */
  overdue: boolean;
}

export interface Timeline {
  applicationId: string;
  status: ApplicationStatus;
  passed: PassedStage[];
  ahead: StageAhead[];
}

interface Expected {
  date: string | null;
  basis: ExpectedBasis | null;
  note: string | null;
}

const NONE = (note: string): Expected => ({ date: null, basis: null, note });

/**
 * Where a file stands and what comes next (issue 17, Timelines): the stages it has passed
 * (its history, with date and who by role) and the stages ahead (the path to the title in the
 * TRANSITIONS table) with the dates the cycle's schedule expects them by.
 */
@Injectable()
export class ApplicationTrackingService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly cycles: CyclesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // Absent where the public-notice module is not loaded: the notice's end is then not expected.
  private notices: NoticeSchedule | null = null;

  /** Called by NoticeModule once at start-up (libs/notice imports this library, not the reverse). */
  askNoticeEndsOf(notices: NoticeSchedule): void {
    this.notices = notices;
  }

  /** The file's timeline: its owner (without who acted) and handling admins (with); 404 for anyone else. */
  async timeline(viewer: AuthUser, id: string): Promise<Timeline> {
    const file = await this.applications.findById(id);
    if (!file || !this.access.canView(viewer, file)) throw ApplicationError.notFound();
    const admin = this.access.isHandlingAdmin(viewer, file);
    const [history, cycle] = await Promise.all([this.applications.history(id), this.cycles.get(file.cycleId)]);
    const passed: PassedStage[] = history.map((h) => ({
      status: h.toStatus as ApplicationStatus,
      action: h.action,
      at: h.createdAt,
      actorRole: actorRoleOf(h.action, h.actorId, file.applicantId),
      actorId: admin ? h.actorId : null,
      reason: h.reason,
    }));
    const today = shanghaiDate(this.clock.now());
    const ahead: StageAhead[] = [];
    for (const step of pathAheadOfFile(file)) {
      const expected = await this.expectedBy(step.action, file, cycle, passed);
      ahead.push({ status: step.to, action: step.action, expectedBy: expected.date, basis: expected.basis, note: expected.note, overdue: expected.date !== null && expected.date < today });
    }
    return { applicationId: file.id, status: file.status, passed, ahead };
  }

  /** The audit entries of one file (its own and its reviews'), newest first: handling admins only (404 for their own file). */
  async fileAudit(viewer: AuthUser, id: string, page: Pick<AuditListQuery, 'limit' | 'cursor'>): Promise<CursorPage<AuditEntry>> {
    const file = await this.access.handledById(viewer, id);
    return this.audit.list({ applicationId: file.id, ...page });
  }

  /** The audit log as an admin queries it (GET admin/audit): every filter applies, and entries about their own files are left out. */
  async auditLog(admin: AuthUser, query: Omit<AuditListQuery, 'applicationId' | 'excludeApplicationIds'>): Promise<CursorPage<AuditEntry>> {
    return this.audit.list({ ...query, excludeApplicationIds: await this.access.ownFileIds(admin) });
  }

  /** The date the schedule expects `action` by: each stage's own deadline of the cycle or the file. */
  private async expectedBy(action: WorkflowAction, file: Application, cycle: Cycle, passed: PassedStage[]): Promise<Expected> {
    switch (action) {
      case 'submit':
        return { date: shanghaiDate(cycle.closesAt), basis: 'cycle.closesAt', note: null };
      case 'resubmit':
      case 'resubmit_to_unit':
        return file.correctionDeadline ? { date: shanghaiDate(file.correctionDeadline), basis: 'application.correctionDeadline', note: null } : NONE('The file has no correction deadline');
      case 'unit_recommend':
        return NONE('The recommending unit recommends after its internal posting, which it has not necessarily started');
      case 'complete_review':
        return cycle.reviewDeadline ? { date: cycle.reviewDeadline, basis: 'cycle.reviewDeadline', note: null } : NONE('The cycle has no review deadline yet');
      case 'committee_pass':
        return cycle.meetingDate ? { date: cycle.meetingDate, basis: 'cycle.meetingDate', note: null } : NONE('The cycle has no committee meeting date yet');
      case 'close_notice':
        return this.noticeEnd(file, cycle, passed);
      case 'confirm_title':
        return NONE('The bureau confirms the results in batches, with an approval document number; it announces no date ahead');
      default:
        return NONE('The cycle sets no deadline for this stage');
    }
  }

  /** A notice starts on the day the committee passed the file (or, before that, the meeting date). */
  private async noticeEnd(file: Application, cycle: Cycle, passed: PassedStage[]): Promise<Expected> {
    const pass = [...passed].reverse().find((p) => p.status === 'public_notice');
    const passedOn = pass ? pass.at : cycle.meetingDate ? shanghaiNoon(cycle.meetingDate) : null;
    if (!passedOn) return NONE('The cycle has no committee meeting date yet');
    if (!this.notices) return NONE('The working-day calendar of the public notice is not available');
    const end = await this.notices.expectedEnd(file.id, passedOn);
    return end.date ? { date: end.date, basis: 'notice.workingDays', note: null } : NONE(end.note ?? 'The working-day calendar cannot tell yet');
  }
}
