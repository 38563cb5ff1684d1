import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicationAccess, ApplicationWorkflow, NoticeFileRow, NoticeFilesService } from '@app/applications';
import { AuditService } from '@app/audit';
import { Clock, CursorPage, decodeCursor, encodeCursor, hashToken, maskEmail, maskPhone, newToken, PiiCipher, Role, shanghaiDate, shanghaiDateTime, appealDeadlineAfter, TIME_THEN_ID_CURSOR } from '@app/common';
import { AppConfig } from '@app/config';
import { UserDirectory } from '@app/identity';
import { OutboxService } from '@app/outbox';
import type { OutboxLocale } from '@app/outbox';
import { ReviewRestartService } from '@app/review';
import type { ObjectionStatus } from '../entities/objection.entity';
import { NoticeError } from '../notice.errors';
import { assertNoticeRunning, assertObjectionOpen } from '../guards/notice-guards';
import { NoticesRepository } from './notices.repository';
import { ObjectionRow, ObjectionsRepository } from './objections.repository';

/** The rejection stage an upheld objection names (notification label `stage`). */
export const PUBLIC_NOTICE_STAGE = 'public_notice';

export interface LodgeObjectionInput {
  name: string;
  email?: string | null;
  phone?: string | null;
  statement: string;
  /** The language of the receipt e-mail. */
  locale?: OutboxLocale;
}

/** What the objector is told: their objection's number (no ids, nothing about the file). */
export interface ObjectionReceipt {
  reference: string;
  receivedAt: Date;
  /** When an e-mail was given and is not confirmed yet: the confirmation link mailed to it works until then. */
  confirmEmailBy: Date | null;
}

/** How long an objector's confirmation link works (and an unconfirmed objection holds its notice). */
export const OBJECTION_CONFIRM_HOURS = 24;

export interface ResolveObjectionInput {
  outcome: 'upheld' | 'dismissed';
  note: string;
  /** Upheld only: send the file back to expert review instead of rejecting it. */
  reReview?: boolean;
}

/** An objection as admins see it: the phone and the e-mail address masked (domain.md §10; in full only through contact(), audited), the file named. */
export interface ObjectionView {
  id: string;
  reference: string;
  noticeId: string;
  applicationId: string;
  referenceNumber: string | null;
  applicantName: string | null;
  objectorName: string;
  emailMasked: string | null;
  emailConfirmedAt: Date | null;
  phoneMasked: string | null;
  statement: string;
  status: ObjectionStatus;
  reReview: boolean | null;
  resolutionNote: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
}

type Admin = { id: string; roles: readonly string[] };

/**
 * Objections to files on public notice (domain.md §8): anyone lodges one during the notice
 * period without an account (an e-mail address is confirmed before the receipt goes to it;
 * admins notified once the objection is open); an admin
 * upholds it (the file is rejected, or sent back to expert review) or dismisses it. Lodging,
 * resolving and the notice's closing all lock the notice row first, so an objection lodged
 * as the notice closes either holds it or comes too late, never both.
 */
@Injectable()
export class ObjectionsService {
  private readonly cipher: PiiCipher;
  private readonly appealWindowDays: number;
  private readonly confirmLink: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly objections: ObjectionsRepository,
    private readonly notices: NoticesRepository,
    private readonly files: NoticeFilesService,
    private readonly workflow: ApplicationWorkflow,
    private readonly access: ApplicationAccess,
    private readonly restart: ReviewRestartService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly users: UserDirectory,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
    this.appealWindowDays = config.APPEAL_WINDOW_DAYS;
    this.confirmLink = `${config.PUBLIC_URL}/confirm-objection`;
  }

  /**
   * Lodge an objection to notice `noticeId`: 404 for no such notice, 409 NOTICE_PERIOD_OVER
   * outside its first to last day (Beijing time) or once it is no longer posted, 400 when
   * neither an e-mail nor a phone number is given.
   *
   * Anyone can type any address, so the first message to a given e-mail address, and the only
   * one until it is confirmed, is a neutral confirmation link (nothing the objector typed); the
   * receipt follows confirmation
   * (confirmEmail). With a phone number the office can call back, the objection is open at
   * once and the admins are told; with only an e-mail it is `unconfirmed` until confirmed.
   */
  async lodge(noticeId: string, input: LodgeObjectionInput): Promise<ObjectionReceipt> {
    const email = input.email?.trim() || null;
    const phone = input.phone?.replace(/[\s-]/g, '') || null;
    if (!email && !phone) {
      const message = 'Give an e-mail address or a phone number so the office can reach you';
      throw NoticeError.invalid([
        { path: 'email', code: 'CONTACT_REQUIRED', message },
        { path: 'phone', code: 'CONTACT_REQUIRED', message },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const notice = await this.notices.lock(manager, noticeId);
      if (!notice) throw NoticeError.noticeNotFound();
      const now = this.clock.now();
      const today = shanghaiDate(now);
      assertNoticeRunning(notice, today);
      const n = await this.objections.nextNumber(manager);
      const reference = `YY-${today.slice(0, 4)}-${String(n).padStart(4, '0')}`;
      const token = email ? newToken() : null;
      const confirmEmailBy = token ? new Date(now.getTime() + OBJECTION_CONFIRM_HOURS * 3600 * 1000) : null;
      const row = await this.objections.insert(manager, {
        reference,
        noticeId: notice.id,
        applicationId: notice.applicationId,
        objectorName: input.name.trim(),
        email,
        phoneSealed: phone ? this.cipher.seal(phone) : null,
        phoneMasked: phone ? maskPhone(phone) : null,
        statement: input.statement.trim(),
        status: phone ? 'open' : 'unconfirmed',
        confirmTokenHash: token ? hashToken(token) : null,
        confirmExpiresAt: confirmEmailBy,
        locale: input.locale ?? 'zh-CN',
      });
      if (row.status === 'open') await this.notifyAdmins(manager, row);
      if (email && token) {
        // No name: the address is not the objector's until they open the link.
        await this.outbox.emit(manager, {
          type: 'objection.confirm_email',
          recipients: [{ email, locale: input.locale ?? 'zh-CN' }],
          payload: { linkBase: this.confirmLink, expiresInHours: OBJECTION_CONFIRM_HOURS },
          secret: token,
        });
      }
      // Nothing about the objector: the audit log is read more widely than the objection.
      await this.audit.record(manager, {
        actorId: null,
        action: 'objection.lodged',
        entityType: 'objection',
        entityId: row.id,
        data: { noticeId: notice.id, applicationId: notice.applicationId, reference, status: row.status },
      });
      return { reference, receivedAt: row.createdAt, confirmEmailBy };
    });
  }

  /**
   * The objector opened the link mailed to their address (400 INVALID_TOKEN when it is unknown,
   * used or expired): the address is confirmed, the receipt goes to it, and an e-mail-only
   * objection becomes open and reaches the admins.
   */
  async confirmEmail(token: string): Promise<ObjectionReceipt> {
    const tokenHash = hashToken(token);
    const found = await this.objections.findByConfirmToken(tokenHash, this.clock.now());
    if (!found) throw NoticeError.invalidConfirmationToken();
    return this.dataSource.transaction(async (manager) => {
      // Notice first, as lodging, resolving and closing lock it: one order, no deadlock.
      await this.notices.lock(manager, found.noticeId);
      const row = await this.objections.confirm(manager, tokenHash, this.clock.now());
      if (!row || !row.email) throw NoticeError.invalidConfirmationToken();
      const applicantName = (await this.files.files([row.applicationId], manager)).get(row.applicationId)?.applicantName ?? '';
      if (row.was === 'unconfirmed') await this.notifyAdmins(manager, row);
      await this.outbox.emit(manager, {
        type: 'objection.acknowledged',
        recipients: [{ email: row.email, locale: row.locale === 'en' ? 'en' : 'zh-CN', name: row.objectorName, verified: true }],
        payload: { objectionReference: row.reference, applicantName, receivedAt: shanghaiDateTime(row.createdAt) },
      });
      await this.audit.record(manager, { actorId: null, action: 'objection.email_confirmed', entityType: 'objection', entityId: row.id, data: { status: row.status } });
      return { reference: row.reference, receivedAt: row.createdAt, confirmEmailBy: null };
    });
  }

  /** Every active admin but the file's applicant is told of an open objection (never of an unconfirmed one). */
  private async notifyAdmins(manager: EntityManager, row: ObjectionRow): Promise<void> {
    const file = (await this.files.files([row.applicationId], manager)).get(row.applicationId);
    // Nobody handles their own file, nor hears of objections to it.
    const admins = (await this.users.activeIdsOfRole(Role.Admin, manager)).filter((id) => !file || !this.access.isOwner({ id }, file));
    if (!admins.length) return;
    await this.outbox.emit(manager, {
      type: 'objection.received',
      recipients: admins.map((userId) => ({ userId })),
      payload: {
        objectionId: row.id,
        objectionReference: row.reference,
        referenceNumber: file?.referenceNumber ?? '',
        applicantName: file?.applicantName ?? '',
        receivedAt: shanghaiDateTime(row.createdAt),
      },
    });
  }

  /** Objections, oldest first (the order to handle them), optionally of one status; never those to the admin's own files. */
  async list(admin: Admin, filter: { status?: ObjectionStatus; limit: number; cursor?: string }): Promise<CursorPage<ObjectionView>> {
    const after = filter.cursor ? decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR) : null;
    const own = await this.access.ownFileIds(admin);
    const rows = await this.objections.page(filter.status ?? null, after ? { createdAt: after[0] as string, id: after[1] as string } : null, filter.limit + 1, own);
    const page = rows.slice(0, filter.limit);
    const files = await this.files.files(page.map((r) => r.applicationId));
    const last = page[page.length - 1];
    return { items: page.map((r) => this.view(r, files.get(r.applicationId))), nextCursor: rows.length > filter.limit && last ? encodeCursor([last.cursorAt, last.id]) : null };
  }

  /** One objection, for an admin handling its file; 404 otherwise (their own file's objections are as absent as unknown ones). */
  async get(id: string, admin: Admin): Promise<ObjectionView> {
    const { row, file } = await this.handled(id, admin);
    return this.view(row, file);
  }

  /** The objection and its file if the admin handles the file (ApplicationAccess); 404 OBJECTION_NOT_FOUND otherwise. */
  private async handled(id: string, admin: Admin): Promise<{ row: ObjectionRow; file: NoticeFileRow | undefined }> {
    const row = await this.objections.findById(id);
    const file = row ? (await this.files.files([row.applicationId])).get(row.applicationId) : undefined;
    if (!row || !file || !this.access.isHandlingAdmin({ id: admin.id, roles: admin.roles as Role[] }, file)) throw NoticeError.objectionNotFound();
    return { row, file };
  }

  /**
   * The objector's full contact details, for an admin who must reach them (domain.md §10: the
   * phone number is shown in full only on this explicit request, and each view is audited).
   */
  async contact(id: string, admin: Admin): Promise<{ objectionId: string; email: string | null; phone: string | null }> {
    const { row } = await this.handled(id, admin);
    // applicationId: the entry is about the file too (an admin's audit queries leave their own files' entries out).
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { actorId: admin.id, action: 'objection.contact_viewed', entityType: 'objection', entityId: id, data: { applicationId: row.applicationId } }),
    );
    return { objectionId: row.id, email: row.email, phone: row.phoneSealed ? this.cipher.open(row.phoneSealed) : null };
  }

  /**
   * An admin resolves an open objection (409 once resolved). Upheld: the file leaves the notice,
   * rejected with the note as its reason (`uphold_objection_reject`, appeal window opens) or, with
   * reReview, back in expert review with a new panel needed (`uphold_objection_rereview`).
   * Dismissed: nothing else changes; the notice closes on schedule once no objection is open.
   */
  async resolve(id: string, input: ResolveObjectionInput, admin: Admin): Promise<ObjectionView> {
    // Dismissing decides the file as much as upholding: never on the admin's own file (404).
    const { row: found } = await this.handled(id, admin);
    await this.dataSource.transaction(async (manager) => {
      // Notice first, as lodging and closing lock it: one order, no deadlock.
      const notice = await this.notices.lock(manager, found.noticeId);
      const objection = await this.objections.lock(manager, id);
      if (!notice || !objection) throw NoticeError.objectionNotFound();
      assertObjectionOpen(objection);
      const now = this.clock.now();
      const note = input.note.trim();
      const reReview = input.outcome === 'upheld' ? input.reReview === true : null;
      if (input.outcome === 'upheld') {
        await this.uphold(manager, notice.applicationId, note, reReview === true, admin);
        await this.notices.setStatus(manager, notice.id, 'withdrawn', now);
      }
      await this.objections.resolve(manager, id, { status: input.outcome, reReview, note, by: admin.id, at: now });
      await this.audit.record(manager, {
        actorId: admin.id,
        action: `objection.${input.outcome}`,
        entityType: 'objection',
        entityId: id,
        data: { noticeId: notice.id, applicationId: notice.applicationId, reReview },
      });
    });
    return this.get(id, admin);
  }

  private async uphold(manager: EntityManager, applicationId: string, reason: string, reReview: boolean, admin: Admin): Promise<void> {
    const caller = { kind: 'admin' as const, userId: admin.id };
    // Checked again on the locked file: an admin never decides on their own file.
    const authorize = (file: { applicantId: string }) => {
      if (!this.access.isHandlingAdmin({ id: admin.id, roles: admin.roles as Role[] }, file)) throw NoticeError.objectionNotFound();
    };
    if (reReview) {
      await this.workflow.takeIn(manager, {
        action: 'uphold_objection_rereview',
        applicationId,
        caller,
        authorize,
        rule: async (_file, m) => {
          await this.restart.restart(m, applicationId, { reason: `Objection upheld: ${reason}`, actorId: admin.id });
          // The aggregate is cleared with the review: so is its copy the admin list sorts by.
          return { reason, changes: { reviewScore: null } };
        },
      });
      return;
    }
    const appealDeadline = appealDeadlineAfter(this.clock.now(), this.appealWindowDays);
    await this.workflow.takeIn(manager, {
      action: 'uphold_objection_reject',
      applicationId,
      caller,
      authorize,
      rule: (file) => ({
        reason,
        historyData: { stage: PUBLIC_NOTICE_STAGE, appealDeadline: appealDeadline.toISOString() },
        message: { applicationId: file.id, referenceNumber: file.referenceNumber ?? '', stage: PUBLIC_NOTICE_STAGE, reason, appealDeadline: shanghaiDateTime(appealDeadline) },
      }),
    });
  }

  private view(r: ObjectionRow, file: NoticeFileRow | undefined): ObjectionView {
    return {
      id: r.id,
      reference: r.reference,
      noticeId: r.noticeId,
      applicationId: r.applicationId,
      referenceNumber: file?.referenceNumber ?? null,
      applicantName: file?.applicantName ?? null,
      objectorName: r.objectorName,
      emailMasked: maskEmail(r.email),
      emailConfirmedAt: r.emailConfirmedAt,
      phoneMasked: r.phoneMasked,
      statement: r.statement,
      status: r.status,
      reReview: r.reReview,
      resolutionNote: r.resolutionNote,
      resolvedBy: r.resolvedBy,
      resolvedAt: r.resolvedAt,
      createdAt: r.createdAt,
    };
  }
}
