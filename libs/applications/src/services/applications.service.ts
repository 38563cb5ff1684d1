import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { AuditService } from '@app/audit';
import { Clock, CursorPage, FieldProblem, maskIdentifier, PiiCipher, shanghaiDate, shanghaiDateTime } from '@app/common';
import { isUniqueViolation, LagTolerantReads } from '@app/db';
import { PersonIdentity } from '@app/identity';
import type { AuthUser } from '@app/identity';
import {
  applyMergePatch,
  checkDomainFields,
  evaluateEligibility,
  EligibilityOutcome,
  FieldError,
  isProvinceCode,
  missingEvidence,
  normaliseIdentifiers,
  provinceOfRegion,
  requiredEvidence,
  reviewerFormData,
  TitleLevel,
} from '../domain';
import { Application } from '../entities/application.entity';
import type { ApplicationStatus, WorkflowActor } from '../domain/workflow/transitions';
import { actorRoleOf } from '../domain/workflow/path-ahead';
import { Cycle } from '../entities/cycle.entity';
import { ApplicationError, CycleError } from '../applications.errors';
import { ApplicationAccess, Viewer } from './application-access';
import { ApplicationChanges, ApplicationListFilter, ApplicationsRepository, HistoryEntry } from './applications.repository';
import { HostOffice } from './host-office.service';
import { ApplicationWorkflow } from './application-workflow';
import { AttachmentsService } from './attachments.service';
import { CyclesService } from './cycles.service';
import { FormsService } from './forms.service';
import { referenceNumber } from '../domain/reference-number';

type Locale = 'zh-CN' | 'en';
type FormData = Record<string, unknown> & { identity?: Record<string, unknown>; employer?: Record<string, unknown> };

export interface SubmissionProblem {
  code: string;
  message: string;
  path?: string;
  data?: unknown;
}

export interface EligibilityReport extends EligibilityOutcome {
  crossProvincial: boolean;
  homeProvince: string | null;
  countUntil: string;
  evidence: { required: { kind: string; minCount: number }[]; missing: { kind: string; needed: number; present: number }[] };
}

/** What a viewer is shown of an application: the identity number in full only to its owner (or on an audited reveal). */
export interface ApplicationView {
  application: Application;
  data: FormData;
  documentNumberMasked: string | null;
}

/** What a reviewer is shown of a file they review now: the form data cut down by reviewerFormData, no identity number at all. */
export interface ReviewerFileView {
  application: Application;
  data: Record<string, unknown>;
}

const EMPTY_DATA: FormData = {};

/** Where a file's recommending unit is looked up: what the form says, at submission. */
export interface RecommendingUnitQuestion {
  /** The employer's unified social credit code, as normalised (null when the form has none). */
  employerCreditCode: string | null;
  /** The employer's GB/T 2260 region code (district or county), null when none. */
  regionCode: string | null;
  crossProvincial: boolean;
}

/** The unit found, or the submission problem naming what is missing. */
export type RecommendingUnitAnswer = { organisationId: string } | { problem: SubmissionProblem };

/**
 * The recommending units (单位推荐, domain.md §8), as libs/organisations answers: which unit a
 * file goes to at submission, and telling its officers a file arrived. A port, not an import:
 * libs/organisations imports libs/applications and plugs its answer in at start-up
 * (ApplicationsService.askRecommendingUnitsOf).
 */
export interface RecommendingUnits {
  unitFor(question: RecommendingUnitQuestion, locale: Locale, manager: EntityManager): Promise<RecommendingUnitAnswer>;
  /** Inside the submitting transaction: the unit's officers are told (outbox). */
  fileArrived(manager: EntityManager, file: Application, organisationId: string, vars: { referenceNumber: string; applicantName: string; 'cycleName@zh-CN': string; 'cycleName@en': string }): Promise<void>;
}

/** The identity number in form data, or null when there is none. */
function documentNumberOf(data: FormData): string | null {
  const value = data.identity?.documentNumber;
  return typeof value === 'string' && value ? value : null;
}

/** Where the identity number sits in the form: the field one-person-one-account refusals name. */
const DOCUMENT_NUMBER_PATH = '/identity/documentNumber';
/** The database's one-active-file-per-person-per-cycle guarantee (migration OnePersonOneAccount). */
const PERSON_PER_CYCLE_KEY = 'applications_one_per_person_per_cycle';

/** The refusals of one person, one account (domain.md §8), in the reader's language; never the number. */
const PERSON_PROBLEMS = {
  IDENTITY_BOUND_TO_OTHER_ACCOUNT: {
    'zh-CN': '该证件号码已绑定其他账号（一人一号）：请使用该账号申报，或联系评审办公室更正',
    en: 'This identity number is already bound to another account (one person, one account): apply from that account, or ask the evaluation office to correct it',
  },
  IDENTITY_MISMATCH: {
    'zh-CN': '证件号码与本账号首次提交时绑定的号码不一致；如需更正，请联系评审办公室',
    en: 'The identity number differs from the one bound to this account at its first submission; only the evaluation office can correct it',
  },
  PERSON_HAS_ACTIVE_APPLICATION: {
    'zh-CN': '持该证件号码的申报人在本批次已有申报',
    en: 'The holder of this identity number already has an application in this cycle',
  },
} as const;

function personProblem(code: keyof typeof PERSON_PROBLEMS, locale: Locale): SubmissionProblem {
  return { code, path: DOCUMENT_NUMBER_PATH, message: PERSON_PROBLEMS[code][locale] };
}

/** A returned file's correction deadline when the admin gives none (domain.md §8). */
export const DEFAULT_CORRECTION_DAYS = 10;

function historyEntry(
  application: Application,
  action: string,
  from: ApplicationStatus | null,
  to: ApplicationStatus,
  actorId: string | null,
  reason: string | null = null,
): HistoryEntry {
  return { applicationId: application.id, action, fromStatus: from, toStatus: to, actorId, reason, data: null };
}

/** What every message about a numbered file names: the file, its reference number and its cycle (in each reader's language). */
function fileVars(application: Pick<Application, 'id'>, referenceNumber: string, cycle: Cycle) {
  return { applicationId: application.id, referenceNumber, 'cycleName@zh-CN': cycle.nameZh, 'cycleName@en': cycle.nameEn };
}

/** A designer's application: drafts, eligibility, submission and withdrawal. */
/** One history entry as a viewer reads it (GET applications/:id/history). */
export interface HistoryView {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  /** Who acted, by role (system: the portal itself). */
  actorRole: WorkflowActor;
  /** Who acted: handling admins only; null in everyone else's view and for the portal's own steps. */
  actorId: string | null;
  reason: string | null;
  at: Date;
}

@Injectable()
export class ApplicationsService {
  private readonly cipher: PiiCipher;
  // Absent where libs/organisations is not loaded (the worker): there nobody submits.
  private units: RecommendingUnits | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly cycles: CyclesService,
    private readonly forms: FormsService,
    private readonly workflow: ApplicationWorkflow,
    private readonly attachments: AttachmentsService,
    private readonly persons: PersonIdentity,
    private readonly audit: AuditService,
    private readonly hostOffice: HostOffice,
    private readonly clock: Clock,
    config: AppConfig,
    private readonly reads: LagTolerantReads,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
  }

  /** Called by OrganisationsModule once at start-up: which unit recommends a file is its answer. */
  askRecommendingUnitsOf(units: RecommendingUnits): void {
    this.units = units;
  }

  /** Start a draft for (cycle, level, specialty); one active application per applicant and cycle. */
  async create(user: AuthUser, input: { cycleId: string; level: TitleLevel; specialty: string }): Promise<Application> {
    const cycle = await this.cycles.get(input.cycleId);
    if (!cycle.levels.includes(input.level)) throw CycleError.notOffered('level', input.level);
    if (!cycle.specialties.includes(input.specialty)) throw CycleError.notOffered('specialty', input.specialty);
    if (!this.cycles.isOpen(cycle)) throw CycleError.windowClosed();
    const formVersionId = cycle.formVersions[input.level]!;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const application = manager.create(Application, {
          applicantId: user.id,
          cycleId: cycle.id,
          level: input.level,
          specialty: input.specialty,
          status: 'draft',
          formVersionId,
          data: {},
          applicantName: user.fullName,
        });
        await manager.save(application);
        await this.applications.addHistory(manager, historyEntry(application, 'created', null, 'draft', user.id));
        return application;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'applications_one_active_per_cycle')) {
        const existing = await this.applications.findActive(user.id, cycle.id);
        throw ApplicationError.alreadyActive(existing?.id ?? 'unknown', existing?.referenceNumber ?? null);
      }
      throw error;
    }
  }

  async view(viewer: AuthUser, id: string, reveal = false): Promise<ApplicationView> {
    const application = await this.access.viewable(viewer, id);
    return this.present(viewer, application, reveal);
  }

  /** The file as a reviewer reviewing it now reads it (ApplicationAccess.reviewable; 404 otherwise). */
  async reviewerView(reviewer: Viewer, id: string): Promise<ReviewerFileView> {
    const application = await this.access.reviewable(reviewer, id);
    return { application, data: reviewerFormData((application.data ?? EMPTY_DATA) as FormData) };
  }

  /**
   * The file as an officer of its recommending unit reads it (`unitIds`: the units the viewer
   * acts for): the reviewer's cut of the form data, no identity number. 404 for a file of
   * another unit, and for the officer's own file.
   */
  async unitView(viewer: Viewer, id: string, unitIds: readonly string[]): Promise<ReviewerFileView> {
    const application = await this.access.unitViewable(viewer, id, unitIds);
    return { application, data: reviewerFormData((application.data ?? EMPTY_DATA) as FormData) };
  }

  /** A unit's queue: its files with status with_unit, oldest submission first (keyset). */
  unitQueue(unitIds: readonly string[], page: { limit: number; cursor?: string }): Promise<CursorPage<Application>> {
    return this.applications.unitQueue({ unitIds: [...unitIds], ...page });
  }

  /** Files some unit has held since before `before` (the units' reminders), keyset. */
  staleWithUnit(before: Date, after: { submittedAt: Date; id: string } | null, limit: number) {
    return this.applications.staleWithUnit(before, after, limit);
  }

  /**
   * Save form data as a JSON merge patch on top of the version the client edited.
   * Validated as a draft (types, formats, domain checks; not yet required fields).
   */
  async saveDraft(
    viewer: AuthUser,
    id: string,
    input: { version: number; data?: Record<string, unknown>; exceptionalRoute?: boolean },
  ): Promise<ApplicationView> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const application = await this.access.lockEditable(viewer, id, manager);
      if (application.version !== input.version) throw ApplicationError.staleVersion(application.version);
      const current = this.withDocumentNumber(application);
      const previousNumber = documentNumberOf(current);
      const merged = normaliseIdentifiers(input.data ? applyMergePatch<FormData>(current, input.data) : current);
      const errors = [
        ...(await this.forms.validator(application.formVersionId, manager)).validateDraft(merged),
        ...checkDomainFields(merged, { today: shanghaiDate(this.clock.now()), hostProvince: this.hostOffice.provinceCode }),
      ];
      if (errors.length) throw ApplicationError.invalidData(this.localise(errors, viewer.locale));
      const changes = { ...this.stored(application, merged, previousNumber), version: application.version + 1 };
      if (input.exceptionalRoute !== undefined) changes.exceptionalRoute = input.exceptionalRoute;
      Object.assign(application, changes);
      application.updatedAt = await this.applications.update(manager, id, changes);
      return { application, documentNumber: documentNumberOf(merged) };
    });
    return this.present(viewer, saved.application, false, saved.documentNumber);
  }

  /** The cycle's eligibility policy evaluated against the file as it stands. */
  /** The eligibility report of a file the viewer is reviewing now (see reviewerView); 404 otherwise. */
  async reviewerEligibility(reviewer: Viewer, id: string): Promise<EligibilityReport> {
    const application = await this.access.reviewable(reviewer, id);
    const cycle = await this.cycles.get(application.cycleId);
    return this.evaluate(application, cycle, application.data, await this.attachments.kindsOf(id));
  }

  async eligibility(viewer: AuthUser, id: string): Promise<EligibilityReport> {
    const application = await this.access.viewable(viewer, id);
    const cycle = await this.cycles.get(application.cycleId);
    return this.evaluate(application, cycle, application.data, await this.attachments.kindsOf(id));
  }

  /**
   * Submit a draft to its recommending unit, or resubmit a returned file to whoever returned it
   * (the workflow's `submit` / `resubmit_to_unit` / `resubmit`). All problems are reported at once
   * (422), a missing recommending unit among them. `ip`: where the declaration is signed from,
   * kept on the file as part of it (declarationIp); the audit entry takes the request's address itself.
   */
  async submit(viewer: AuthUser, id: string, input: { declarationAccepted: boolean }, ip: string | null): Promise<ApplicationView> {
    let documentNumber: string | null = null;
    // The person (one person, one account): the number's blind index, and the account it is bound to when not this one.
    const person: { index: string | null; heldBy: string | null } = { index: null, heldBy: null };
    let application: Application;
    try {
      application = await this.takeSubmit(viewer, id, input, ip, person, (n) => (documentNumber = n));
    } catch (error) {
      throw await this.refusalOfPerson(viewer, id, person, error);
    }
    return this.present(viewer, application, false, documentNumber);
  }

  /**
   * A submission refused for the person: a number bound to another account (found by the rule,
   * or by the database when two accounts bind it at once) is recorded for the office after the
   * rollback; the database's own refusals become the 422 the rule would have given.
   */
  private async refusalOfPerson(viewer: AuthUser, id: string, person: { index: string | null; heldBy: string | null }, error: unknown): Promise<unknown> {
    let refusal = error;
    if (person.index && this.persons.isBoundElsewhere(error)) {
      person.heldBy = await this.persons.holderOf(person.index);
      refusal = ApplicationError.cannotSubmit([personProblem('IDENTITY_BOUND_TO_OTHER_ACCOUNT', viewer.locale)]);
    } else if (isUniqueViolation(error, PERSON_PER_CYCLE_KEY)) {
      refusal = ApplicationError.cannotSubmit([personProblem('PERSON_HAS_ACTIVE_APPLICATION', viewer.locale)]);
    }
    if (person.heldBy && person.heldBy !== viewer.id) await this.persons.recordConflict(person.heldBy, viewer.id, id);
    return refusal;
  }

  private takeSubmit(
    viewer: AuthUser,
    id: string,
    input: { declarationAccepted: boolean },
    ip: string | null,
    person: { index: string | null; heldBy: string | null },
    numberRead: (documentNumber: string | null) => void,
  ): Promise<Application> {
    return this.workflow.take<'submit' | 'resubmit' | 'resubmit_to_unit'>({
      action: (file) => (file.status !== 'returned' ? 'submit' : file.returnedBy === 'unit' ? 'resubmit_to_unit' : 'resubmit'),
      applicationId: id,
      caller: { kind: 'applicant', userId: viewer.id },
      authorize: (file) => this.access.owned(viewer, file),
      rule: async (file, manager) => {
        const now = this.clock.now();
        const cycle = await this.cycles.get(file.cycleId, manager);
        const data = this.withDocumentNumber(file);
        const documentNumber = documentNumberOf(data);
        numberRead(documentNumber);
        person.index = documentNumber ? this.persons.indexOf(documentNumber) : null;
        // To the unit (a submission, or the resubmission of a file the unit returned): which unit, named now.
        const toUnit = file.status !== 'returned' || file.returnedBy === 'unit';
        const { report, unitId } = await this.submissionReport(viewer, file, cycle, data, input, now, manager, toUnit, person);
        // First submission binds the number to the account (a concurrent binding of the same
        // number by another account fails here on the unique index: see refusalOfPerson).
        if (person.index && (await this.persons.bind(manager, file.applicantId, person.index)) === 'mismatch') {
          throw ApplicationError.cannotSubmit([personProblem('IDENTITY_MISMATCH', viewer.locale)]);
        }
        // The rule's last step: the cycle's counter row stays locked from here until COMMIT
        // (a rollback returns the number, so numbers are gap-free). A resubmission keeps its number.
        const number = file.referenceNumber ?? referenceNumber(cycle.code, file.level, await this.applications.nextSequence(manager, cycle.id));
        if (unitId) {
          await this.units!.fileArrived(manager, file, unitId, { referenceNumber: number, applicantName: file.applicantName ?? '', 'cycleName@zh-CN': cycle.nameZh, 'cycleName@en': cycle.nameEn });
        }
        return {
          changes: {
            submittedAt: now,
            declarationAcceptedAt: now,
            declarationIp: ip,
            eligibility: report,
            requiresAdminConfirmation: report.requiresAdminConfirmation,
            correctionDeadline: null,
            referenceNumber: number,
            returnedBy: null,
            ...(unitId ? { recommendingUnitId: unitId } : {}),
            identityIndex: person.index,
          },
          message: {
            ...fileVars(file, number, cycle),
            level: file.level,
            specialty: file.specialty,
            submittedAt: shanghaiDateTime(now),
          },
        };
      },
    });
  }

  /** Withdraw before the committee vote; frees the cycle for a new application. */
  async withdraw(viewer: AuthUser, id: string, reason: string): Promise<ApplicationView> {
    const application = await this.workflow.take({
      action: 'withdraw',
      applicationId: id,
      caller: { kind: 'applicant', userId: viewer.id },
      authorize: (file) => this.access.owned(viewer, file),
      rule: async (file, manager) => ({
        reason,
        // A draft never had a reference number or a receipt, so it needs no withdrawal receipt either.
        message: file.referenceNumber
          ? { ...fileVars(file, file.referenceNumber, await this.cycles.get(file.cycleId, manager)), withdrawnAt: shanghaiDateTime(this.clock.now()) }
          : null,
      }),
    });
    return this.present(viewer, application, false);
  }

  /**
   * Return a submitted file for correction with a reason and a deadline (default 10 days,
   * domain.md §8). The admin's `return` decision of qualification review
   * (QualificationService, POST /applications/:id/qualification).
   */
  async returnForCorrection(admin: AuthUser, id: string, input: { reason: string; correctionDeadline?: Date }): Promise<Application> {
    return this.workflow.take({
      action: 'return_for_correction',
      applicationId: id,
      caller: { kind: 'admin', userId: admin.id },
      authorize: (file) => {
        if (!this.access.isHandlingAdmin(admin, file)) throw ApplicationError.notFound();
      },
      rule: (file) => {
        const deadline = input.correctionDeadline ?? new Date(this.clock.now().getTime() + DEFAULT_CORRECTION_DAYS * 24 * 3600 * 1000);
        return {
          reason: input.reason,
          changes: { correctionDeadline: deadline, returnedBy: 'office' },
          historyData: { correctionDeadline: deadline.toISOString() },
          // Only a submitted file can be returned, and submission numbers it.
          message: { applicationId: file.id, referenceNumber: file.referenceNumber!, reason: input.reason, correctionDeadline: shanghaiDateTime(deadline) },
        };
      },
    });
  }

  /**
   * The file's history as this viewer may read it: who acted by role for everyone, and by
   * user id only for handling admins (an owner or reviewer learns no one's account id).
   */
  async historyOf(viewer: AuthUser, id: string): Promise<HistoryView[]> {
    const file = await this.access.viewable(viewer, id);
    const admin = this.access.isHandlingAdmin(viewer, file);
    return (await this.applications.history(id)).map((h) => ({
      action: h.action,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      actorRole: actorRoleOf(h.action, h.actorId, file.applicantId),
      actorId: admin ? h.actorId : null,
      reason: h.reason,
      at: h.createdAt,
    }));
  }

  /**
   * Admins list every file they handle (filters apply; never their own); everyone else lists their own.
   * The admin's list and search tolerate lag (on the read replica when there is one); one's own
   * files are read back right after writing them, so that list stays on the primary.
   */
  list(viewer: AuthUser, filter: ApplicationListFilter & { mine?: boolean }): Promise<CursorPage<Application>> {
    const { mine, ...given } = filter;
    const rest = { ...given, now: this.clock.now() };
    if (!this.listsEveryFile(viewer, mine)) {
      if (rest.sort === 'score') throw ApplicationError.sortNotAllowed('score');
      return this.applications.list({ ...rest, applicantId: viewer.id });
    }
    return this.reads.run((manager) => this.applications.list({ ...rest, excludeApplicantId: viewer.id }, manager));
  }

  /** Whether list() shows this viewer every file they handle (an admin not asking for their own): the admin's view, with review scores. */
  listsEveryFile(viewer: AuthUser, mine?: boolean): boolean {
    return viewer.roles.includes('admin') && !mine;
  }

  private evaluate(application: Application, cycle: Cycle, data: FormData, kinds: string[]): EligibilityReport {
    const countUntil = shanghaiDate(cycle.closesAt);
    const outcome = evaluateEligibility({
      policy: cycle.eligibilityPolicy,
      level: application.level,
      data,
      countUntil,
      exceptionalRoute: application.exceptionalRoute,
    });
    const { crossProvincial, homeProvince } = this.crossProvincial(data);
    const hasCurrentTitle = Boolean((data as { currentTitle?: unknown }).currentTitle);
    const required = requiredEvidence(cycle.evidenceRules, { level: application.level, crossProvincial, exceptionalRoute: application.exceptionalRoute, hasCurrentTitle });
    return { ...outcome, crossProvincial, homeProvince, countUntil, evidence: { required, missing: missingEvidence(required, kinds) } };
  }

  /** Cross-provincial when the employer's province is not the host province (domain.md §7). */
  private crossProvincial(data: FormData): { crossProvincial: boolean; homeProvince: string | null } {
    const region = data.employer?.regionCode;
    const province = typeof region === 'string' ? provinceOfRegion(region) : null;
    if (!province || !isProvinceCode(province)) return { crossProvincial: false, homeProvince: null };
    return { crossProvincial: this.hostOffice.isCrossProvincial(province), homeProvince: province };
  }

  /**
   * What form data writes onto the application: the identity number only sealed, apart from
   * the rest, and the list fields copied out of the form.
   * `sealedNumber` is what the application's sealed number opens to, when the caller knows:
   * an unchanged number keeps its ciphertext (no new IV, no encryption per autosave).
   */
  private stored(application: Application, data: FormData, sealedNumber?: string | null): ApplicationChanges {
    const identity = { ...(data.identity ?? {}) };
    const documentNumber = documentNumberOf(data);
    delete identity.documentNumber;
    const unchanged = documentNumber !== null && documentNumber === sealedNumber && application.documentNumberSealed !== null;
    return {
      data: { ...data, ...(data.identity ? { identity } : {}) },
      documentNumberSealed: documentNumber === null ? null : unchanged ? application.documentNumberSealed : this.cipher.seal(documentNumber),
      applicantName: typeof identity.fullName === 'string' ? identity.fullName.slice(0, 100) : application.applicantName,
      employerName: typeof data.employer?.name === 'string' ? (data.employer.name as string).slice(0, 200) : null,
      ...this.crossProvincial(data),
    };
  }

  /**
   * The eligibility report a submission stores, or 422 with every problem at once: window,
   * correction deadline, verified e-mail, bar, declaration, form data, evidence, eligibility.
   */
  private async submissionReport(
    viewer: AuthUser,
    file: Application,
    cycle: Cycle,
    data: FormData,
    input: { declarationAccepted: boolean },
    now: Date,
    manager: EntityManager,
    toUnit: boolean,
    person: { index: string | null; heldBy: string | null },
  ): Promise<{ report: EligibilityReport; unitId: string | null }> {
    const problems: SubmissionProblem[] = [];
    const en = viewer.locale === 'en';
    if (file.status === 'draft' && !this.cycles.isOpen(cycle, now)) {
      problems.push({ code: 'WINDOW_CLOSED', message: en ? 'The submission window of this cycle is not open' : '本批次申报时间未开放或已截止' });
    }
    if (file.status === 'returned' && file.correctionDeadline && file.correctionDeadline < now) {
      problems.push({ code: 'CORRECTION_DEADLINE_PASSED', message: en ? 'The correction deadline has passed' : '补正期限已过' });
    }
    if (!viewer.emailVerified) {
      problems.push({ code: 'EMAIL_NOT_VERIFIED', message: en ? 'Verify your e-mail address before submitting' : '提交前请先验证电子邮箱' });
    }
    if (person.index) {
      // One person, one account (domain.md §8): the number is the account's from its first submission on.
      const standing = await this.persons.standing(manager, file.applicantId, person.index);
      if (standing.kind === 'mismatch') problems.push(personProblem('IDENTITY_MISMATCH', viewer.locale));
      if (standing.kind === 'other') {
        person.heldBy = standing.holderId;
        problems.push(personProblem('IDENTITY_BOUND_TO_OTHER_ACCOUNT', viewer.locale));
      }
      // One file per cycle per person, whatever account filed the other one (said once: a number
      // bound to another account is refused as such already).
      if (standing.kind !== 'other' && (await this.applications.personActiveIn(manager, person.index, file.cycleId, file.id))) {
        problems.push(personProblem('PERSON_HAS_ACTIVE_APPLICATION', viewer.locale));
      }
    }
    // The revocation bar follows the person: this account's, the bound account's, and those of
    // every account that filed under the same number.
    const accounts = person.index ? [file.applicantId, ...(await this.applications.applicantsOfPerson(manager, person.index))] : [file.applicantId];
    const barredUntil = await this.persons.personBarredUntil(accounts, person.index, now, manager);
    if (barredUntil) {
      // The date the bar ends, in the message itself (domain.md §8: a revoked title bars for years).
      const until = shanghaiDate(barredUntil);
      problems.push({ code: 'APPLICANT_BARRED', message: en ? `You are barred from applying until ${until}` : `您在${until}之前不得申报`, data: { barredUntil } });
    }
    if (input.declarationAccepted !== true) {
      problems.push({ code: 'DECLARATION_REQUIRED', path: 'declarationAccepted', message: en ? 'Accept the declaration that the file is true' : '请确认个人承诺（申报材料真实）' });
    }

    const fieldErrors = [...(await this.forms.validator(file.formVersionId, manager)).validateFull(data), ...checkDomainFields(data, { today: shanghaiDate(now), hostProvince: this.hostOffice.provinceCode })];
    for (const e of fieldErrors) problems.push({ code: e.code, path: e.pointer, message: e.message[viewer.locale] });

    const report = this.evaluate(file, cycle, file.data, await this.attachments.kindsOf(file.id, manager));
    for (const m of report.evidence.missing) {
      const entrustment = m.kind === 'entrustment_letter';
      problems.push({
        code: entrustment ? 'ENTRUSTMENT_LETTER_MISSING' : 'EVIDENCE_MISSING',
        path: `attachments.${m.kind}`,
        message: entrustment
          ? en ? 'A cross-provincial application needs the entrustment letter of the home province' : '跨省申报须上传户籍/工作所在省人社部门的委托评审函'
          : en ? `Evidence "${m.kind}" is missing: ${m.needed} file(s) needed, ${m.present} uploaded` : `缺少材料“${m.kind}”：需要 ${m.needed} 份，已上传 ${m.present} 份`,
        data: m,
      });
    }
    if (!report.eligible) {
      for (const r of report.results.filter((x) => !x.passed)) {
        problems.push({ code: 'NOT_ELIGIBLE', path: `eligibility.${r.code}`, message: r.explanation[viewer.locale], data: { rule: r.code, explanation: r.explanation } });
      }
    }
    let unitId: string | null = null;
    if (toUnit) {
      if (!this.units) throw new Error('No recommending units: OrganisationsModule is not loaded');
      const employer = data.employer ?? {};
      const answer = await this.units.unitFor(
        {
          employerCreditCode: typeof employer.creditCode === 'string' && employer.creditCode ? employer.creditCode : null,
          regionCode: typeof employer.regionCode === 'string' && employer.regionCode ? employer.regionCode : null,
          crossProvincial: report.crossProvincial,
        },
        viewer.locale,
        manager,
      );
      if ('problem' in answer) problems.push(answer.problem);
      else unitId = answer.organisationId;
    }
    if (problems.length) throw ApplicationError.cannotSubmit(problems);
    return { report, unitId };
  }

  private withDocumentNumber(application: Application): FormData {
    const data = (application.data ?? EMPTY_DATA) as FormData;
    if (!application.documentNumberSealed) return data;
    return { ...data, identity: { ...(data.identity ?? {}), documentNumber: this.cipher.open(application.documentNumberSealed) } };
  }

  /** `documentNumber`: what the application's sealed number opens to, when the caller already knows (saves a decryption). */
  private async present(viewer: AuthUser, application: Application, reveal: boolean, documentNumber?: string | null): Promise<ApplicationView> {
    const owner = this.access.isOwner(viewer, application);
    const full = documentNumber !== undefined ? documentNumber : application.documentNumberSealed ? this.cipher.open(application.documentNumberSealed) : null;
    const masked = maskIdentifier(full);
    let shown = owner ? full : masked;
    // Only a handling admin may reveal (reviewers read files through reviewerView, without the number).
    if (!owner && reveal && full && this.access.isHandlingAdmin(viewer, application)) {
      // Every admin view of a full identity number is recorded (domain.md §10).
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, { actorId: viewer.id, action: 'application.identity_revealed', entityType: 'application', entityId: application.id, data: { field: 'identity.documentNumber', masked } }),
      );
      shown = full;
    }
    const data = application.data as FormData;
    const withNumber = shown ? { ...data, identity: { ...(data.identity ?? {}), documentNumber: shown } } : data;
    return { application, data: withNumber, documentNumberMasked: masked };
  }

  private localise(errors: FieldError[], locale: Locale): FieldProblem[] {
    return errors.map((e) => ({ path: e.pointer, code: e.code, message: e.message[locale] }));
  }
}
