import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { appealDeadlineAfter, Clock, CursorPage, shanghaiDateTime } from '@app/common';
import type { AuthUser } from '@app/identity';
import { Application } from '../entities/application.entity';
import { ApplicationError } from '../applications.errors';
import { ApplicationAccess } from './application-access';
import { ApplicationWorkflow } from './application-workflow';
import { ApplicationsRepository, EvidenceItem } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { CyclesService } from './cycles.service';

export type QualificationDecision = 'accept' | 'return' | 'reject';
export const QUALIFICATION_DECISIONS: readonly QualificationDecision[] = ['accept', 'return', 'reject'];

export interface QualificationDecisionInput {
  decision: QualificationDecision;
  reason?: string | null;
  correctionDeadline?: Date | null;
  /** The admin checked the exceptional-route letters (破格) and confirms the route. */
  confirmExceptional?: boolean;
  /** The admin checked the home province's entrustment letter (cross-provincial files). */
  confirmEntrustment?: boolean;
}

/** What accepting a file needs the admin to confirm explicitly. */
export interface RequiredConfirmations {
  exceptional: boolean;
  entrustment: boolean;
}

/** A file in the qualification queue with its evidence and the confirmations accepting it needs. */
export interface QueueEntry {
  application: Application;
  evidence: EvidenceItem[];
  confirmations: RequiredConfirmations;
}

/** The stage key a qualification rejection names (notification label `stage`). */
export const QUALIFICATION_STAGE = 'qualification_review';
/** The stage key of a returned file closed because its correction deadline passed (domain.md §8). */
export const CORRECTION_OVERDUE_STAGE = 'correction_overdue';

const OVERDUE_BATCH = 100;

/**
 * Which confirmations accepting this file needs (domain.md §8: exceptional-route letters,
 * entrustment letter). A cross-provincial file the partner association recommended needs no
 * entrustment confirmation: the association's recommendation is it (the letter stays required
 * evidence at submission); only a file that reached the office without one (before units) does.
 */
export function requiredConfirmations(file: Pick<Application, 'exceptionalRoute' | 'requiresAdminConfirmation' | 'crossProvincial' | 'recommendedAt'>): RequiredConfirmations {
  return { exceptional: file.exceptionalRoute || file.requiresAdminConfirmation, entrustment: file.crossProvincial && !file.recommendedAt };
}

/**
 * Qualification review (资格审查, domain.md §8): the admin's queue of submitted files and
 * the decision on each (accept, return for correction, reject), and the closing of returned
 * files nobody resubmitted by their correction deadline (a scheduled job of the worker).
 */
@Injectable()
export class QualificationService {
  private readonly logger = new Logger(QualificationService.name);

  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly workflow: ApplicationWorkflow,
    private readonly files: ApplicationsService,
    private readonly cycles: CyclesService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Submitted files, oldest submission first, with their evidence; the admin's own file is not in their queue. */
  async queue(admin: AuthUser, filter: { cycleId?: string; limit: number; cursor?: string }): Promise<CursorPage<QueueEntry>> {
    const page = await this.applications.qualificationQueue({ ...filter, excludeApplicantId: admin.id });
    const evidence = await this.applications.evidenceOf(page.items.map((a) => a.id));
    const byFile = new Map<string, EvidenceItem[]>();
    for (const e of evidence) byFile.set(e.applicationId, [...(byFile.get(e.applicationId) ?? []), e]);
    return {
      items: page.items.map((application) => ({ application, evidence: byFile.get(application.id) ?? [], confirmations: requiredConfirmations(application) })),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * The admin's decision on a submitted file. A reason is required to return or reject
   * (400); accepting an exceptional-route or cross-provincial file needs its confirmation
   * flag (422 naming it). Someone else deciding first answers 409 INVALID_TRANSITION.
   */
  async decide(admin: AuthUser, id: string, input: QualificationDecisionInput): Promise<Application> {
    const reason = input.reason?.trim() || null;
    switch (input.decision) {
      case 'accept':
        return this.accept(admin, id, input, reason);
      case 'return': {
        if (!reason) throw ApplicationError.reasonRequired('return');
        if (input.correctionDeadline && input.correctionDeadline.getTime() <= this.clock.now().getTime()) throw ApplicationError.correctionDeadlinePast();
        return this.files.returnForCorrection(admin, id, { reason, correctionDeadline: input.correctionDeadline ?? undefined });
      }
      case 'reject':
        if (!reason) throw ApplicationError.reasonRequired('reject');
        return this.reject(admin, id, reason);
    }
  }

  private accept(admin: AuthUser, id: string, input: QualificationDecisionInput, note: string | null): Promise<Application> {
    return this.workflow.take({
      action: 'accept_qualification',
      applicationId: id,
      caller: { kind: 'admin', userId: admin.id },
      authorize: (file) => this.authorize(admin, file),
      rule: async (file, manager) => {
        const needed = requiredConfirmations(file);
        const missing: { path: string; code: string; message: string }[] = [];
        if (needed.exceptional && input.confirmExceptional !== true) {
          missing.push({
            path: 'confirmExceptional',
            code: 'EXCEPTIONAL_ROUTE_CONFIRMATION_REQUIRED',
            message: 'This file takes the exceptional route: confirm the recommendation letters were checked (confirmExceptional: true)',
          });
        }
        if (needed.entrustment && input.confirmEntrustment !== true) {
          missing.push({
            path: 'confirmEntrustment',
            code: 'ENTRUSTMENT_CONFIRMATION_REQUIRED',
            message: "This file is cross-provincial: confirm the home province's entrustment letter was checked (confirmEntrustment: true)",
          });
        }
        if (missing.length) throw ApplicationError.confirmationRequired(missing);
        const cycle = await this.cycles.get(file.cycleId, manager);
        return {
          reason: note,
          historyData: { confirmedExceptional: needed.exceptional, confirmedEntrustment: needed.entrustment },
          message: { applicationId: file.id, referenceNumber: file.referenceNumber!, 'cycleName@zh-CN': cycle.nameZh, 'cycleName@en': cycle.nameEn },
        };
      },
    });
  }

  private reject(admin: AuthUser, id: string, reason: string): Promise<Application> {
    return this.workflow.take({
      action: 'reject_qualification',
      applicationId: id,
      caller: { kind: 'admin', userId: admin.id },
      authorize: (file) => this.authorize(admin, file),
      rule: (file) => {
        const appealDeadline = appealDeadlineAfter(this.clock.now(), this.config.APPEAL_WINDOW_DAYS);
        return {
          reason,
          historyData: { stage: QUALIFICATION_STAGE, appealDeadline: appealDeadline.toISOString() },
          message: { applicationId: file.id, referenceNumber: file.referenceNumber!, stage: QUALIFICATION_STAGE, reason, appealDeadline: shanghaiDateTime(appealDeadline) },
        };
      },
    });
  }

  /**
   * Closes as rejected every returned file whose correction deadline passed before `now`
   * without a resubmission, each with a notification to its applicant. Idempotent and safe
   * to run concurrently: each file is taken under the workflow's lock, and a file someone
   * else closed (or the applicant resubmitted) first answers INVALID_TRANSITION and is
   * skipped. Returns the number of files this run closed.
   */
  async closeOverdueCorrections(now: Date): Promise<number> {
    let closed = 0;
    let after: { correctionDeadline: Date; id: string } | null = null;
    for (;;) {
      const rows = await this.applications.overdueCorrections(now, after, OVERDUE_BATCH);
      for (const row of rows) if (await this.closeOverdue(row.id, now)) closed++;
      if (rows.length < OVERDUE_BATCH) return closed;
      after = rows[rows.length - 1];
    }
  }

  /** Closes one overdue file; false when it no longer is (closed, resubmitted or given more time meanwhile). */
  private async closeOverdue(id: string, now: Date): Promise<boolean> {
    try {
      await this.workflow.take({
        action: 'close_overdue_correction',
        applicationId: id,
        caller: { kind: 'system', userId: null },
        authorize: () => undefined,
        rule: (file) => {
          const deadline = file.correctionDeadline;
          if (!deadline || deadline.getTime() >= now.getTime()) throw new NotOverdue();
          const at = shanghaiDateTime(deadline);
          const reason = `补正期限（${at}）已过，未重新提交 / The correction deadline (${at}) passed without resubmission`;
          const appealDeadline = appealDeadlineAfter(now, this.config.APPEAL_WINDOW_DAYS);
          return {
            reason,
            historyData: { stage: CORRECTION_OVERDUE_STAGE, correctionDeadline: deadline.toISOString(), appealDeadline: appealDeadline.toISOString() },
            message: { applicationId: file.id, referenceNumber: file.referenceNumber!, stage: CORRECTION_OVERDUE_STAGE, reason, appealDeadline: shanghaiDateTime(appealDeadline) },
          };
        },
      });
      return true;
    } catch (error) {
      if (error instanceof NotOverdue) return false;
      if (error instanceof ApplicationError && (error.code === 'INVALID_TRANSITION' || error.code === 'APPLICATION_NOT_FOUND')) return false;
      // One file's failure must not stop the others; the next tick tries it again.
      this.logger.error(`Closing overdue correction of application ${id} failed: ${(error as Error).message}`);
      return false;
    }
  }

  /** Admins decide every file but their own (404, as for anyone who may not see it). */
  private authorize(admin: AuthUser, file: Application): void {
    this.access.handled(admin, file);
  }
}

/** The locked file is not overdue any more (its deadline moved); nothing to close. */
class NotOverdue extends Error {}
