import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { appealDeadlineAfter, AppError, Clock, CursorPage, isIsoDate, shanghaiDate, shanghaiDateTime } from '@app/common';
import { Application, ApplicationAccess, ApplicationError, ApplicationsService, ApplicationWorkflow, Attachment, AttachmentsService, OpenedAttachment, ReviewerFileView, StaleWithUnit, Viewer } from '@app/applications';
import { WorkingDayCalendar } from '@app/notice';
import { OutboxService } from '@app/outbox';
import { postingEnded, recommendationRefusal } from '../domain';
import { Organisation } from '../entities/organisation.entity';
import { PostingOutcome, UnitRecommendation } from '../entities/unit-recommendation.entity';
import { OrganisationError } from '../organisations.errors';
import { OrganisationsService } from './organisations.service';
import { UnitRecommendationsRepository } from './unit-recommendations.repository';

/** The stage key a unit's decline names (notification label `stage`, the rejection's history). */
export const UNIT_RECOMMENDATION_STAGE = 'unit_recommendation';

/** A returned file's correction deadline when the unit gives none (as the office's, domain.md §8). */
const DEFAULT_CORRECTION_DAYS = 10;
const DAY_MS = 24 * 3600 * 1000;
const REMINDER_BATCH = 100;

export interface PostingInput {
  startDate: string;
  /** Optional: at least UNIT_POSTING_WORKING_DAYS working days after the start (default: exactly that). */
  endDate?: string | null;
  /** Recorded once the posting has ended. */
  outcome?: PostingOutcome | null;
  objectionsHandling?: string | null;
}

/** What the office and the unit read of a file's recommendation. */
export interface RecommendationView {
  applicationId: string;
  unit: Organisation | null;
  record: UnitRecommendation | null;
  recommendedAt: Date | null;
}

/** A file in a unit's queue. */
export interface UnitQueueEntry {
  application: Application;
  unit: Organisation | null;
  record: UnitRecommendation | null;
}

type Officer = Viewer;

/**
 * The recommending unit's stage (单位推荐, domain.md §8): its officers' queue and file view,
 * the internal posting on the working-day calendar, and the unit's decisions (return for
 * correction, recommend after the posting, decline), each a workflow action taken by the
 * `unit` actor through ApplicationWorkflow. Officers see only files addressed to their units
 * (404 otherwise, and for their own file).
 */
@Injectable()
export class UnitRecommendationService {
  private readonly logger = new Logger(UnitRecommendationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: ApplicationsService,
    private readonly attachments: AttachmentsService,
    private readonly access: ApplicationAccess,
    private readonly workflow: ApplicationWorkflow,
    private readonly organisations: OrganisationsService,
    private readonly records: UnitRecommendationsRepository,
    private readonly calendar: WorkingDayCalendar,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The files with the officer's units, oldest submission first (keyset), with each one's posting. */
  async queue(officer: Officer, page: { limit: number; cursor?: string }): Promise<CursorPage<UnitQueueEntry>> {
    const units = await this.organisations.unitsOf(officer.id);
    const found = await this.files.unitQueue(units, page);
    const items = found.items.filter((a) => a.applicantId !== officer.id);
    const [orgs, records] = await Promise.all([this.organisations.byIds(items.map((a) => a.recommendingUnitId!)), this.records.ofFiles(items.map((a) => a.id))]);
    const orgById = new Map(orgs.map((o) => [o.id, o]));
    const recordById = new Map(records.map((r) => [r.applicationId, r]));
    return {
      items: items.map((application) => ({ application, unit: orgById.get(application.recommendingUnitId!) ?? null, record: recordById.get(application.id) ?? null })),
      nextCursor: found.nextCursor,
    };
  }

  /** A file of the officer's unit as the unit reads it (no identity number), with its recommendation; 404 for any other. */
  async view(officer: Officer, id: string): Promise<ReviewerFileView & { recommendation: RecommendationView }> {
    const units = await this.organisations.unitsOf(officer.id);
    const view = await this.files.unitView(officer, id, units);
    return { ...view, recommendation: await this.recommendationOf(view.application) };
  }

  /** The evidence of a file addressed to one of the officer's units (no identity documents); 404 for other units' files and their own. */
  async evidence(officer: Officer, id: string): Promise<Attachment[]> {
    return this.attachments.listForUnit(officer, id, await this.organisations.unitsOf(officer.id));
  }

  /** One evidence file of a file addressed to one of the officer's units, to download: read-only, audited (attachment.downloaded) like the office's downloads. */
  async openEvidence(officer: Officer, id: string, attachmentId: string): Promise<OpenedAttachment> {
    return this.attachments.openForUnit(officer, id, attachmentId, await this.organisations.unitsOf(officer.id));
  }

  /** A file's recommendation for a handling admin (the office) or an officer of its unit; 404 for anyone else. */
  async recommendation(viewer: Officer, id: string): Promise<RecommendationView> {
    if (viewer.roles.includes('admin')) {
      const file = await this.access.handledById(viewer, id).catch(() => null);
      if (file) return this.recommendationOf(file);
    }
    const units = await this.organisations.unitsOf(viewer.id);
    const view = await this.files.unitView(viewer, id, units);
    return this.recommendationOf(view.application);
  }

  /** The recommendations of several files at once (the office's qualification queue). */
  async recommendationsOf(files: Pick<Application, 'id' | 'recommendingUnitId' | 'recommendedAt'>[]): Promise<Map<string, RecommendationView>> {
    const [orgs, records] = await Promise.all([
      this.organisations.byIds(files.map((f) => f.recommendingUnitId).filter((x): x is string => !!x)),
      this.records.ofFiles(files.map((f) => f.id)),
    ]);
    const orgById = new Map(orgs.map((o) => [o.id, o]));
    const recordById = new Map(records.map((r) => [r.applicationId, r]));
    return new Map(
      files.map((f) => [
        f.id,
        {
          applicationId: f.id,
          unit: f.recommendingUnitId ? (orgById.get(f.recommendingUnitId) ?? null) : null,
          record: recordById.get(f.id) ?? null,
          recommendedAt: f.recommendedAt ?? null,
        },
      ]),
    );
  }

  /**
   * The officer records (or corrects) the internal posting: its start, its end (at least
   * UNIT_POSTING_WORKING_DAYS working days after the start on the working-day calendar; by
   * default exactly that) and, once it has ended, its outcome. 422 CALENDAR_YEAR_UNCONFIRMED
   * when the end falls in a year nobody confirmed; 422 POSTING_NOT_ENDED for an outcome before the end.
   */
  async recordPosting(officer: Officer, id: string, input: PostingInput): Promise<RecommendationView> {
    const bad = (['startDate', 'endDate'] as const).filter((k) => input[k] != null && !isIsoDate(input[k]));
    if (bad.length) throw OrganisationError.invalid(bad.map((path) => ({ path, code: 'INVALID_DATE', message: `${path} must be a real date, YYYY-MM-DD` })));
    const units = await this.organisations.unitsOf(officer.id);
    const { application } = await this.files.unitView(officer, id, units);
    if (application.status !== 'with_unit') throw OrganisationError.notWithUnit(application.status);
    const workingDays = this.config.UNIT_POSTING_WORKING_DAYS;
    const minimumEnd = await this.minimumEnd(input.startDate, workingDays);
    const endDate = input.endDate ?? minimumEnd;
    if (endDate < minimumEnd) throw OrganisationError.postingTooShort(minimumEnd, workingDays);
    const outcome = input.outcome ?? null;
    const handling = input.objectionsHandling?.trim() || null;
    if (outcome && !postingEnded(endDate, shanghaiDate(this.clock.now()))) throw OrganisationError.postingNotEnded('outcome', endDate);
    if (outcome === 'objections_handled' && !handling) throw OrganisationError.objectionsHandlingRequired();
    await this.dataSource.transaction(async (manager) => {
      await this.records.upsertPosting(manager, {
        applicationId: application.id,
        organisationId: application.recommendingUnitId!,
        postingStartDate: input.startDate,
        postingEndDate: endDate,
        postingWorkingDays: workingDays,
        postingOutcome: outcome,
        objectionsHandling: outcome === 'objections_handled' ? handling : null,
        recordedBy: officer.id,
      });
    });
    return this.recommendationOf(application);
  }

  /** The unit returns the file to the designer with a reason and a correction deadline (default 10 days); it comes back to the unit. */
  async returnFile(officer: Officer, id: string, input: { reason: string; correctionDeadline?: Date | null }): Promise<Application> {
    const reason = input.reason?.trim();
    if (!reason) throw OrganisationError.reasonRequired('return');
    const now = this.clock.now();
    if (input.correctionDeadline && input.correctionDeadline.getTime() <= now.getTime()) throw OrganisationError.deadlineInPast();
    const deadline = input.correctionDeadline ?? new Date(now.getTime() + DEFAULT_CORRECTION_DAYS * DAY_MS);
    const units = await this.organisations.unitsOf(officer.id);
    return this.workflow.take({
      action: 'unit_return',
      applicationId: id,
      caller: { kind: 'unit', userId: officer.id },
      authorize: (file) => this.authorize(officer, units, file),
      rule: async (file, manager) => {
        const unit = await this.unitOf(file, manager);
        await this.tellColleagues(manager, officer, file, unit, 'returned');
        return {
          reason,
          changes: { correctionDeadline: deadline, returnedBy: 'unit' },
          historyData: { correctionDeadline: deadline.toISOString(), unitId: unit.id },
          message: { applicationId: file.id, referenceNumber: file.referenceNumber!, reason, correctionDeadline: shanghaiDateTime(deadline), ...unitName(unit) },
        };
      },
    });
  }

  /**
   * The unit recommends the file: only once its posting has ended and its outcome is recorded
   * (422 POSTING_REQUIRED / POSTING_NOT_ENDED with the end date / POSTING_OUTCOME_REQUIRED).
   * The file goes to the office's qualification review (submitted).
   */
  async recommend(officer: Officer, id: string, input: { note?: string | null }): Promise<Application> {
    const note = input.note?.trim() || null;
    const units = await this.organisations.unitsOf(officer.id);
    return this.workflow.take({
      action: 'unit_recommend',
      applicationId: id,
      caller: { kind: 'unit', userId: officer.id },
      authorize: (file) => this.authorize(officer, units, file),
      rule: async (file, manager) => {
        const now = this.clock.now();
        const locked = await this.records.lock(file.id, manager);
        const record = locked && locked.organisationId === file.recommendingUnitId ? locked : null;
        const refusal = recommendationRefusal(record, shanghaiDate(now));
        if (refusal === 'POSTING_REQUIRED') throw OrganisationError.postingRequired('posting', null);
        if (refusal === 'POSTING_NOT_ENDED') throw OrganisationError.postingNotEnded('posting.endDate', record!.postingEndDate);
        if (refusal === 'POSTING_OUTCOME_REQUIRED') throw OrganisationError.postingRequired('posting.outcome', record!.postingEndDate);
        await this.records.decide(manager, file.id, 'recommended', note, officer.id, now);
        const unit = await this.unitOf(file, manager);
        await this.tellColleagues(manager, officer, file, unit, 'recommended');
        return {
          reason: note,
          changes: { recommendedAt: now },
          historyData: { unitId: unit.id, postingStartDate: record!.postingStartDate, postingEndDate: record!.postingEndDate, postingOutcome: record!.postingOutcome },
          message: {
            applicationId: file.id,
            referenceNumber: file.referenceNumber!,
            recommendedAt: shanghaiDateTime(now),
            postingStartDate: record!.postingStartDate,
            postingEndDate: record!.postingEndDate,
            ...unitName(unit),
          },
        };
      },
    });
  }

  /** The unit declines to recommend, with a reason: the file is rejected at this stage (the designer may appeal). */
  async decline(officer: Officer, id: string, input: { reason: string }): Promise<Application> {
    const reason = input.reason?.trim();
    if (!reason) throw OrganisationError.reasonRequired('decline');
    const units = await this.organisations.unitsOf(officer.id);
    return this.workflow.take({
      action: 'unit_decline',
      applicationId: id,
      caller: { kind: 'unit', userId: officer.id },
      authorize: (file) => this.authorize(officer, units, file),
      rule: async (file, manager) => {
        const now = this.clock.now();
        if (await this.records.lock(file.id, manager)) await this.records.decide(manager, file.id, 'declined', reason, officer.id, now);
        const unit = await this.unitOf(file, manager);
        await this.tellColleagues(manager, officer, file, unit, 'declined');
        const appealDeadline = appealDeadlineAfter(now, this.config.APPEAL_WINDOW_DAYS);
        return {
          reason,
          historyData: { stage: UNIT_RECOMMENDATION_STAGE, unitId: unit.id, appealDeadline: appealDeadline.toISOString() },
          message: { applicationId: file.id, referenceNumber: file.referenceNumber!, stage: UNIT_RECOMMENDATION_STAGE, reason, appealDeadline: shanghaiDateTime(appealDeadline) },
        };
      },
    });
  }

  /**
   * Reminds the officers of every unit that has held a file for UNIT_REMINDER_DAYS days or
   * more, once per such period (dedupe key: file, arrival, period). Returns the events emitted.
   */
  async remindUnits(now: Date): Promise<number> {
    const days = this.config.UNIT_REMINDER_DAYS;
    let emitted = 0;
    let after: { submittedAt: Date; id: string } | null = null;
    for (;;) {
      const rows = await this.files.staleWithUnit(new Date(now.getTime() - days * DAY_MS), after, REMINDER_BATCH);
      for (const row of rows) {
        try {
          emitted += await this.remind(row, now, days);
        } catch (error) {
          // One unit's failure must not stop the others; the next tick tries again.
          this.logger.error(`Reminder for application ${row.id} failed: ${(error as Error).message}`);
        }
      }
      if (rows.length < REMINDER_BATCH) return emitted;
      after = rows[rows.length - 1];
    }
  }

  private async remind(row: StaleWithUnit, now: Date, days: number): Promise<number> {
    const waited = Math.floor((now.getTime() - row.submittedAt.getTime()) / DAY_MS);
    const period = Math.floor(waited / days);
    return this.dataSource.transaction(async (manager) => {
      const [unit] = await this.organisations.byIds([row.recommendingUnitId], manager);
      const officers = await this.organisations.officersOf(row.recommendingUnitId, manager);
      if (!unit || !officers.some((o) => o !== row.applicantId)) return 0;
      const id = await this.outbox.emit(manager, {
        type: 'unit.reminder',
        recipients: officers.filter((o) => o !== row.applicantId).map((userId) => ({ userId })),
        payload: {
          applicationId: row.id,
          referenceNumber: row.referenceNumber,
          applicantName: row.applicantName ?? '',
          days: waited,
          submittedAt: shanghaiDateTime(row.submittedAt),
          ...unitName(unit),
        },
        dedupeKey: `unit-reminder:${row.id}:${row.submittedAt.toISOString()}:${period}`,
      });
      return id ? 1 : 0;
    });
  }

  /** The shortest end of a posting starting on `startDate`; 422 naming the year when the calendar of that year is not confirmed. */
  async minimumEnd(startDate: string, workingDays: number): Promise<string> {
    try {
      return await this.calendar.addWorkingDays(startDate, workingDays);
    } catch (error) {
      if (error instanceof AppError && error.code === 'CALENDAR_YEAR_UNCONFIRMED') throw OrganisationError.calendarUnconfirmed((error.details as { year: number }).year);
      throw error;
    }
  }

  /** An officer acts on files of their units, never their own (404, as for a file they may not see). */
  private authorize(officer: Officer, units: readonly string[], file: Application): void {
    if (!file.recommendingUnitId || !units.includes(file.recommendingUnitId) || file.applicantId === officer.id) throw ApplicationError.notFound();
  }

  private async unitOf(file: Application, manager: EntityManager): Promise<Organisation> {
    const [unit] = await this.organisations.byIds([file.recommendingUnitId!], manager);
    if (!unit) throw ApplicationError.notFound();
    return unit;
  }

  /** The unit's other officers learn what one of them decided. */
  private async tellColleagues(manager: EntityManager, officer: Officer, file: Application, unit: Organisation, outcome: 'recommended' | 'declined' | 'returned'): Promise<void> {
    const colleagues = (await this.organisations.officersOf(unit.id, manager)).filter((id) => id !== officer.id && id !== file.applicantId);
    if (!colleagues.length) return;
    await this.outbox.emit(manager, {
      type: 'unit.file_decided',
      recipients: colleagues.map((userId) => ({ userId })),
      payload: { applicationId: file.id, referenceNumber: file.referenceNumber!, applicantName: file.applicantName ?? '', unitOutcome: outcome, ...unitName(unit) },
    });
  }

  private async recommendationOf(file: Pick<Application, 'id' | 'recommendingUnitId' | 'recommendedAt'>): Promise<RecommendationView> {
    return (await this.recommendationsOf([file])).get(file.id)!;
  }
}

function unitName(unit: Organisation): { 'unitName@zh-CN': string; 'unitName@en': string } {
  return { 'unitName@zh-CN': unit.nameZh, 'unitName@en': unit.nameEn };
}
