import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { AuditService } from '@app/audit';
import { Clock, CursorPage, FieldProblem, maskIdentifier, PiiCipher, shanghaiDate } from '@app/common';
import { isUniqueViolation, transactionEndingWith } from '@app/db';
import { OutboxService } from '@app/outbox';
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
  TitleLevel,
} from '../domain';
import { Application, ApplicationStatus, WITHDRAWABLE_STATUSES } from '../entities/application.entity';
import { ApplicationHistory } from '../entities/application-history.entity';
import { Attachment } from '../entities/attachment.entity';
import { Cycle } from '../entities/cycle.entity';
import { ApplicationError, CycleError } from '../applications.errors';
import { ApplicationAccess } from './application-access';
import { ApplicationListFilter, ApplicationsRepository, HistoryEntry } from './applications.repository';
import { CyclesService } from './cycles.service';
import { FormsService } from './forms.service';
import { referencePrefix, shanghaiDateTime } from './application-lifecycle';

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

const EMPTY_DATA: FormData = {};

/** The identity number in form data, or null when there is none. */
function documentNumberOf(data: FormData): string | null {
  const value = data.identity?.documentNumber;
  return typeof value === 'string' && value ? value : null;
}

/** What a submission writes onto the application (besides a first submission's reference number). */
const SUBMISSION_COLUMNS = [
  'status', 'submittedAt', 'declarationAcceptedAt', 'declarationIp', 'eligibility', 'requiresAdminConfirmation', 'correctionDeadline', 'version',
] as const satisfies readonly (keyof Application)[];

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

/** The cycle's name for a message, in each recipient's language (see DeliveryService locale variants). */
function cycleNameVars(cycle: Cycle): Record<string, string> {
  return { 'cycleName@zh-CN': cycle.nameZh, 'cycleName@en': cycle.nameEn, cycleName: cycle.nameZh };
}

/** What every message about a file names: the file, its reference number and its cycle. */
function fileVars(application: Application, cycle: Cycle): Record<string, string | null> {
  return { applicationId: application.id, referenceNumber: application.referenceNumber, ...cycleNameVars(cycle) };
}

/** A designer's application: drafts, eligibility, submission and withdrawal. */
@Injectable()
export class ApplicationsService {
  private readonly cipher: PiiCipher;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationAccess,
    private readonly cycles: CyclesService,
    private readonly forms: FormsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
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

  async view(viewer: AuthUser, id: string, reveal = false, ip: string | null = null): Promise<ApplicationView> {
    const application = await this.access.viewable(viewer, id);
    return this.present(viewer, application, reveal, ip);
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
    // The row lock travels with BEGIN and the write with COMMIT: three round trips in all.
    const saved = await transactionEndingWith(this.dataSource, async (tx) => {
      const manager = tx.manager;
      const application = this.access.editable(viewer, this.applications.applicationOf(tx.startRows));
      if (application.version !== input.version) throw ApplicationError.staleVersion(application.version);
      const current = this.withDocumentNumber(application);
      const previousNumber = documentNumberOf(current);
      const merged = normaliseIdentifiers(input.data ? applyMergePatch<FormData>(current, input.data) : current);
      const errors = [
        ...(await this.forms.validator(application.formVersionId, manager)).validateDraft(merged),
        ...checkDomainFields(merged, { today: shanghaiDate(this.clock.now()) }),
      ];
      if (errors.length) throw ApplicationError.invalidData(this.localise(errors, viewer.locale));
      this.store(application, merged, previousNumber);
      if (input.exceptionalRoute !== undefined) application.exceptionalRoute = input.exceptionalRoute;
      application.version += 1;
      const [updated] = await tx.commitWith([
        this.applications.updateStatement(application, [
          'data', 'documentNumberSealed', 'applicantName', 'employerName', 'crossProvincial', 'homeProvince', 'exceptionalRoute', 'version',
        ]),
      ]);
      this.applications.stampUpdated(application, updated);
      return { application, documentNumber: documentNumberOf(merged) };
    }, { startingWith: this.applications.lockByIdStatement(id) });
    return this.present(viewer, saved.application, false, null, saved.documentNumber);
  }

  /** The cycle's eligibility policy evaluated against the file as it stands. */
  async eligibility(viewer: AuthUser, id: string): Promise<EligibilityReport> {
    const application = await this.access.viewable(viewer, id);
    const cycle = await this.cycles.get(application.cycleId);
    const attachments = await this.dataSource.manager.find(Attachment, { where: { applicationId: id }, select: { kind: true } });
    return this.evaluate(application, cycle, application.data, attachments.map((a) => a.kind));
  }

  /** Submit (or resubmit a returned file). All problems are reported at once (422). */
  async submit(viewer: AuthUser, id: string, input: { declarationAccepted: boolean }, ip: string | null): Promise<ApplicationView> {
    const now = this.clock.now();
    // The row lock (with the cycle, the bar and the evidence kinds) travels with BEGIN, every
    // write with COMMIT: with the account read, three round trips in all.
    const submitted = await transactionEndingWith(this.dataSource, async (tx) => {
      const manager = tx.manager;
      const { application, cycle, barredUntil, evidenceKinds } = this.access.ownedForSubmission(viewer, this.applications.submissionContextOf(tx.startRows));
      if (application.status !== 'draft' && application.status !== 'returned') throw ApplicationError.invalidTransition(application.status, 'submit');
      const problems: SubmissionProblem[] = [];
      const en = viewer.locale === 'en';

      if (application.status === 'draft' && !this.cycles.isOpen(cycle, now)) {
        problems.push({ code: 'WINDOW_CLOSED', message: en ? 'The submission window of this cycle is not open' : '本批次申报时间未开放或已截止' });
      }
      if (application.status === 'returned' && application.correctionDeadline && application.correctionDeadline < now) {
        problems.push({ code: 'CORRECTION_DEADLINE_PASSED', message: en ? 'The correction deadline has passed' : '补正期限已过' });
      }
      if (!viewer.emailVerified) {
        problems.push({ code: 'EMAIL_NOT_VERIFIED', message: en ? 'Verify your e-mail address before submitting' : '提交前请先验证电子邮箱' });
      }
      if (barredUntil) {
        problems.push({ code: 'APPLICANT_BARRED', message: en ? 'You are barred from applying until the date given' : '您在限制期内不得申报', data: { barredUntil } });
      }
      if (input.declarationAccepted !== true) {
        problems.push({ code: 'DECLARATION_REQUIRED', path: 'declarationAccepted', message: en ? 'Accept the declaration that the file is true' : '请确认个人承诺（申报材料真实）' });
      }

      const data = this.withDocumentNumber(application);
      const fieldErrors = [...(await this.forms.validator(application.formVersionId, manager)).validateFull(data), ...checkDomainFields(data, { today: shanghaiDate(now) })];
      for (const e of fieldErrors) problems.push({ code: e.code, path: e.pointer, message: e.message[viewer.locale] });

      const report = this.evaluate(application, cycle, application.data, evidenceKinds);
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
      if (problems.length) throw ApplicationError.cannotSubmit(problems);

      const from = application.status;
      application.status = 'submitted';
      application.submittedAt = now;
      application.declarationAcceptedAt = now;
      application.declarationIp = ip;
      application.eligibility = { ...report, results: report.results };
      application.requiresAdminConfirmation = report.requiresAdminConfirmation;
      application.correctionDeadline = null;
      application.version += 1;
      // Every write goes in one message with COMMIT (nothing here needs a result before the
      // end): one round trip instead of five, and the counter row is locked for the shortest time.
      // The version is new on every submission, so it keys the receipt for the numbering.
      const receiptDedupeKey = `application.submitted:${id}:${application.version}`;
      const first = !application.referenceNumber;
      const rows = await tx.commitWith([
        this.applications.historyStatement(historyEntry(application, from === 'returned' ? 'resubmitted' : 'submitted', from, 'submitted', viewer.id)),
        this.audit.recordStatement({ actorId: viewer.id, action: 'application.submitted', entityType: 'application', entityId: id, ip }),
        this.outbox.emitStatement({
          type: 'application.submitted',
          recipients: [{ userId: application.applicantId }],
          payload: {
            // A first submission's number is filled in by the last statement.
            ...fileVars(application, cycle),
            level: application.level,
            specialty: application.specialty,
            submittedAt: shanghaiDateTime(now),
          },
          dedupeKey: receiptDedupeKey,
        }),
        // Last: a first submission takes the cycle's next number here (a resubmission keeps its own).
        first
          ? this.applications.updateAndNumberStatement(application, SUBMISSION_COLUMNS, { prefix: referencePrefix(cycle.code, application.level), receiptDedupeKey })
          : this.applications.updateStatement(application, SUBMISSION_COLUMNS),
      ]);
      const updated = rows[rows.length - 1];
      this.applications.stampUpdated(application, updated);
      if (first) application.referenceNumber = this.applications.referenceNumberOf(id, updated);
      return { application, documentNumber: documentNumberOf(data) };
    }, { startingWith: this.applications.lockForSubmissionStatement(id, now) });
    return this.present(viewer, submitted.application, false, null, submitted.documentNumber);
  }

  /** Withdraw before the committee vote; frees the cycle for a new application. */
  async withdraw(viewer: AuthUser, id: string, reason: string): Promise<ApplicationView> {
    const application = await this.dataSource.transaction(async (manager) => {
      const application = await this.access.lockOwned(viewer, id, manager);
      if (!WITHDRAWABLE_STATUSES.includes(application.status)) throw ApplicationError.invalidTransition(application.status, 'withdraw');
      const from = application.status;
      application.status = 'withdrawn';
      application.statusReason = reason;
      application.version += 1;
      await manager.save(application);
      await this.applications.addHistory(manager, historyEntry(application, 'withdrawn', from, 'withdrawn', viewer.id, reason));
      await this.audit.record(manager, { actorId: viewer.id, action: 'application.withdrawn', entityType: 'application', entityId: id });
      // A draft never had a reference number or a receipt, so it needs no withdrawal receipt either.
      if (application.referenceNumber) {
        const cycle = await this.cycles.get(application.cycleId, manager);
        await this.outbox.emit(manager, {
          type: 'application.withdrawn',
          recipients: [{ userId: application.applicantId }],
          payload: {
            ...fileVars(application, cycle),
            withdrawnAt: shanghaiDateTime(this.clock.now()),
          },
        });
      }
      return application;
    });
    return this.present(viewer, application, false, null);
  }

  async historyOf(viewer: AuthUser, id: string): Promise<ApplicationHistory[]> {
    await this.access.viewable(viewer, id);
    return this.applications.history(id);
  }

  /** Admins list every file (filters apply); everyone else lists their own. */
  list(viewer: AuthUser, filter: ApplicationListFilter & { mine?: boolean }): Promise<CursorPage<Application>> {
    const { mine, ...rest } = filter;
    if (!viewer.roles.includes('admin') || mine) return this.applications.list({ ...rest, applicantId: viewer.id });
    return this.applications.list(rest);
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
    return { crossProvincial: province !== this.config.HOST_PROVINCE, homeProvince: province };
  }

  /**
   * Puts form data onto the application: the identity number only sealed, apart from the
   * rest, and the list fields copied out of the form.
   * `sealedNumber` is what the application's sealed number opens to, when the caller knows:
   * an unchanged number keeps its ciphertext (no new IV, no encryption per autosave).
   */
  private store(application: Application, data: FormData, sealedNumber?: string | null): void {
    const identity = { ...(data.identity ?? {}) };
    const documentNumber = documentNumberOf(data);
    delete identity.documentNumber;
    application.data = { ...data, ...(data.identity ? { identity } : {}) };
    const unchanged = documentNumber !== null && documentNumber === sealedNumber && application.documentNumberSealed !== null;
    application.documentNumberSealed = documentNumber === null ? null : unchanged ? application.documentNumberSealed : this.cipher.seal(documentNumber);
    application.applicantName = typeof identity.fullName === 'string' ? identity.fullName.slice(0, 100) : application.applicantName;
    application.employerName = typeof data.employer?.name === 'string' ? (data.employer.name as string).slice(0, 200) : null;
    const { crossProvincial, homeProvince } = this.crossProvincial(data);
    application.crossProvincial = crossProvincial;
    application.homeProvince = homeProvince;
  }

  private withDocumentNumber(application: Application): FormData {
    const data = (application.data ?? EMPTY_DATA) as FormData;
    if (!application.documentNumberSealed) return data;
    return { ...data, identity: { ...(data.identity ?? {}), documentNumber: this.cipher.open(application.documentNumberSealed) } };
  }

  /** `documentNumber`: what the application's sealed number opens to, when the caller already knows (saves a decryption). */
  private async present(viewer: AuthUser, application: Application, reveal: boolean, ip: string | null, documentNumber?: string | null): Promise<ApplicationView> {
    const owner = this.access.isOwner(viewer, application);
    const full = documentNumber !== undefined ? documentNumber : application.documentNumberSealed ? this.cipher.open(application.documentNumberSealed) : null;
    const masked = maskIdentifier(full);
    let shown = owner ? full : masked;
    if (!owner && reveal && full) {
      // Every admin view of a full identity number is recorded (domain.md §10).
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, { actorId: viewer.id, action: 'application.identity_revealed', entityType: 'application', entityId: application.id, ip }),
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
