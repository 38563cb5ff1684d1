import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { AppError, Clock, CursorPage, decodeCursor, FieldProblem, TIME_THEN_ID_CURSOR, ForbiddenError, isUuid, PiiCipher, Role, shanghaiDate, toCursorPage } from '@app/common';
import type { AuthUser } from '@app/identity';
import { ApplicationError, ApplicationWorkflow, AwaitingConfirmationFile, OutcomeFilesService } from '@app/applications';
import { OrganisationsService } from '@app/organisations';
import { ConfirmationError, NamedFile } from '../certificates.errors';
import { BATCH_MAX_FILES, batchFileIds, issueDateProblem, normaliseDocumentNumber, repeatsBatch } from '../domain/confirmation-rules';
import { FILING_FORMAT_VERSION, filingCsv, filingDocument, FilingDocument, FilingRecord } from '../domain/filing-format';
import { BatchCertificateRow, BatchRow, ConfirmationRepository } from './confirmation.repository';
import { CertificatesService } from './certificates.service';

export type Officer = Pick<AuthUser, 'id' | 'roles'>;

export interface ConfirmBatchInput {
  documentNumber: string;
  issuedOn: string;
  applicationIds: string[];
}

export interface BatchView {
  id: string;
  documentNumber: string;
  issuedOn: string;
  confirmedAt: Date;
  confirmedBy: string;
  fileCount: number;
}

/** One file of a batch as the bureau's list shows it (its certificate). */
export interface BatchFileView {
  applicationId: string;
  referenceNumber: string;
  holderName: string;
  level: string;
  specialty: string;
  certificateNumber: string;
  certificateStatus: 'valid' | 'revoked';
  obtainedOn: string;
  issuedOn: string;
  crossProvincial: boolean;
}

export type FilingFormat = 'csv' | 'json';

/** A keyset cursor (TIME_THEN_ID_CURSOR) as the repositories read it; a forged one is a 400 INVALID_CURSOR. */
function afterCursor(cursor: string | undefined): { at: string; id: string } | null {
  if (!cursor) return null;
  const [at, id] = decodeCursor(cursor, TIME_THEN_ID_CURSOR) as [string, string];
  return { at, id };
}

const view = (b: BatchRow): BatchView => ({ id: b.id, documentNumber: b.documentNumber, issuedOn: b.issuedOn, confirmedAt: b.confirmedAt, confirmedBy: b.confirmedBy, fileCount: b.fileCount });

/**
 * The bureau's confirmation (domain.md §8, Confirmation and certificate): its officer confirms
 * a batch of files awaiting confirmation with an approval document number (文号) and a date of
 * issue; each file is then approved (`confirm_title`) and its certificate issued, all in one
 * transaction. Batches are idempotent by document number (the same request again answers the
 * same batch) and concurrent-safe (each file is locked by the workflow: of two batches naming
 * one file, one wins and the other is refused with 409, changing nothing).
 *
 * The confirmation lives with the certificates because it is what issues them: the batch,
 * its document number and the certificates it issued are one decision.
 */
@Injectable()
export class ConfirmationService {
  private readonly cipher: PiiCipher;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batches: ConfirmationRepository,
    private readonly certificates: CertificatesService,
    private readonly files: OutcomeFilesService,
    private readonly workflow: ApplicationWorkflow,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly organisations: OrganisationsService,
    config: AppConfig,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
  }

  /**
   * Confirm a batch: 201-like `created: true` with the new batch, or `created: false` with the
   * batch an identical earlier request made. 400 naming the fields, 404 for unknown files or
   * the officer's own, 409 naming the files not awaiting confirmation or for a document
   * number that confirmed other files.
   */
  async confirm(officer: Officer, input: ConfirmBatchInput): Promise<{ batch: BatchView; created: boolean }> {
    const ours = await this.actsForTheFilesBureau(officer);
    const request = this.validate(input);
    // The host office's files are its bureau's to confirm: to anyone else they are as absent as unknown ones.
    if (!ours) throw ConfirmationError.filesNotFound(request.applicationIds);
    const earlier = await this.repeated(request);
    if (earlier) return { batch: earlier, created: false };

    // Before any lock: every file must be one the officer may confirm, and waiting for it.
    const labels = await this.files.labels(request.applicationIds);
    const missing = request.applicationIds.filter((id) => !labels.has(id));
    if (missing.length) throw ConfirmationError.filesNotFound(missing);
    const notAwaiting = request.applicationIds.map((id) => labels.get(id)!).filter((f) => f.status !== 'awaiting_confirmation');
    if (notAwaiting.length) {
      // An identical request may have confirmed them since this one looked: then this is its repeat.
      const meanwhile = await this.repeated(request);
      if (meanwhile) return { batch: meanwhile, created: false };
    }
    if (notAwaiting.length) throw ConfirmationError.filesNotAwaiting(notAwaiting.map((f) => ({ applicationId: f.id, referenceNumber: f.referenceNumber, status: f.status })));

    const outcome = await this.dataSource.transaction(async (manager) => {
      const batchId = await this.batches.insertBatch(manager, { documentNumber: request.documentNumber, issuedOn: request.issuedOn, confirmedBy: officer.id, fileCount: request.applicationIds.length });
      // Taken meanwhile (an identical request at the same moment, committed while this one waited): read it below.
      if (!batchId) return null;
      // In one order (sorted ids), so two batches sharing files cannot deadlock.
      for (const applicationId of request.applicationIds) await this.confirmFile(manager, officer, batchId, request, applicationId);
      await this.audit.record(manager, {
        actorId: officer.id,
        action: 'confirmation_batch.confirmed',
        entityType: 'confirmation_batch',
        entityId: batchId,
        data: { documentNumber: request.documentNumber, issuedOn: request.issuedOn, applicationIds: request.applicationIds },
      });
      return batchId;
    });
    if (outcome === null) {
      const again = await this.repeated(request);
      if (again) return { batch: again, created: false };
      // The number was taken by a batch that has since gone (batches are never deleted): refuse rather than guess.
      throw new Error(`Approval document ${request.documentNumber} was taken and is gone`);
    }
    return { batch: view((await this.batches.byId(outcome))!), created: true };
  }

  /** The files awaiting the bureau, oldest first (keyset), of one cycle or all. */
  async awaiting(officer: Officer, query: { cycleId?: string; limit: number; cursor?: string }): Promise<CursorPage<AwaitingConfirmationFile>> {
    if (!(await this.actsForTheFilesBureau(officer))) return { items: [], nextCursor: null };
    // The officer's own file is not theirs to confirm: it is not in their queue (it would be 404 to confirm).
    const rows = await this.files.awaitingConfirmationPage({ cycleId: query.cycleId ?? null, after: afterCursor(query.cursor), limit: query.limit + 1, excludeApplicantId: officer.id });
    return toCursorPage(rows, query.limit, (r) => [r.cursorAt, r.id]);
  }

  /** The batches, newest first (keyset). */
  async list(officer: Officer, query: { limit: number; cursor?: string }): Promise<CursorPage<BatchView>> {
    if (!(await this.actsForTheFilesBureau(officer))) return { items: [], nextCursor: null };
    const rows = await this.batches.page(afterCursor(query.cursor), query.limit + 1);
    const page = toCursorPage(rows, query.limit, (r) => [r.cursorAt, r.id]);
    return { items: page.items.map(view), nextCursor: page.nextCursor };
  }

  /** One batch; 404 for an unknown id. */
  async get(officer: Officer, batchId: string): Promise<BatchView> {
    return view(await this.batchOr404(officer, batchId));
  }

  /** The files a batch confirmed, with their certificates, by certificate number. */
  async batchFiles(officer: Officer, batchId: string): Promise<BatchFileView[]> {
    await this.batchOr404(officer, batchId);
    const rows = await this.batches.certificates(batchId);
    return rows.map((c) => ({
      applicationId: c.applicationId,
      referenceNumber: c.approvalReference,
      holderName: c.holderName,
      level: c.level,
      specialty: c.specialty,
      certificateNumber: c.number,
      certificateStatus: c.status,
      obtainedOn: c.obtainedOn,
      issuedOn: c.issuedOn,
      crossProvincial: c.crossProvincialNoteZh !== null,
    }));
  }

  /**
   * The filing export of a batch for the national title record (filing-format.ts), identity
   * numbers in full: the bureau's officers only, and every export is audited (who, which
   * batch, which format, how many records; never the numbers).
   */
  async filing(officer: Officer, batchId: string, format: FilingFormat): Promise<{ fileName: string; csv?: string; document?: FilingDocument }> {
    const batch = await this.batchOr404(officer, batchId);
    const certificates = await this.batches.certificates(batchId);
    const facts = await this.files.filingFacts(certificates.map((c) => c.applicationId));
    const records = certificates.map((c) => this.record(c, facts.get(c.applicationId)));
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: officer.id,
        action: 'confirmation_batch.filing_exported',
        entityType: 'confirmation_batch',
        entityId: batch.id,
        data: { format, formatVersion: FILING_FORMAT_VERSION, documentNumber: batch.documentNumber, records: records.length, applicationIds: certificates.map((c) => c.applicationId) },
      }),
    );
    const fileName = `filing-${batch.issuedOn}-${batch.id.slice(0, 8)}.${format}`;
    if (format === 'csv') return { fileName, csv: filingCsv(records) };
    return {
      fileName,
      document: filingDocument({ id: batch.id, documentNumber: batch.documentNumber, issuedOn: batch.issuedOn, confirmedAt: new Date(batch.confirmedAt).toISOString(), fileCount: batch.fileCount }, records, this.clock.now()),
    };
  }

  private record(c: BatchCertificateRow, f: { documentType: string | null; gender: string | null; documentNumberSealed: string | null; cycleCode: string } | undefined): FilingRecord {
    return {
      formatVersion: FILING_FORMAT_VERSION,
      certificateNumber: c.number,
      holderName: c.holderName,
      identityType: f?.documentType ?? null,
      identityNumber: f?.documentNumberSealed ? this.cipher.open(f.documentNumberSealed) : null,
      gender: f?.gender ?? null,
      level: c.level,
      titleZh: c.titleZh,
      titleEn: c.titleEn,
      specialty: c.specialty,
      specialtyZh: c.specialtyZh,
      cycleCode: f?.cycleCode ?? '',
      cycleNameZh: c.cycleNameZh,
      evaluatingBodyZh: c.evaluatingBodyZh,
      approvalDocumentNumber: c.approvalDocumentNumber ?? '',
      issuedOn: c.issuedOn,
      obtainedOn: c.obtainedOn,
      crossProvincial: c.crossProvincialNoteZh !== null,
      crossProvincialNoteZh: c.crossProvincialNoteZh,
      referenceNumber: c.approvalReference,
      certificateStatus: c.status,
    };
  }

  /** confirm_title on one file inside the batch's transaction: approve, record the batch's file, issue the certificate. */
  private async confirmFile(manager: EntityManager, officer: Officer, batchId: string, request: ConfirmBatchInput, applicationId: string): Promise<void> {
    try {
      await this.workflow.takeIn(manager, {
        action: 'confirm_title',
        applicationId,
        caller: { kind: 'authority', userId: officer.id },
        // The officer's own file is as absent as an unknown one.
        authorize: (file) => {
          if (file.applicantId === officer.id) throw ApplicationError.notFound();
        },
        rule: async (file, m) => {
          const passedAt = await this.files.committeePassedAt(file.id, m);
          if (!passedAt) throw ConfirmationError.filesNotAwaiting([{ applicationId: file.id, referenceNumber: file.referenceNumber, status: `${file.status}, no committee pass recorded` }]);
          const passedOn = shanghaiDate(passedAt);
          if (request.issuedOn < passedOn) {
            throw ConfirmationError.invalid([{ path: 'issuedOn', code: 'ISSUE_DATE_BEFORE_PASS', message: `The date of issue is before the committee passed ${file.referenceNumber ?? file.id} (${passedOn})` }]);
          }
          await this.batches.addFile(m, batchId, file.id);
          const issued = await this.certificates.issue(m, { applicationId: file.id, issuedOn: request.issuedOn, committeePassedOn: passedAt, approvalDocumentNumber: request.documentNumber, confirmationBatchId: batchId });
          return {
            historyData: { batchId, documentNumber: request.documentNumber, issuedOn: request.issuedOn, certificateNumber: issued.certificateNumber },
            message: {
              applicationId: file.id,
              referenceNumber: file.referenceNumber ?? '',
              level: file.level,
              specialty: file.specialty,
              certificateNumber: issued.certificateNumber,
              approvedAt: request.issuedOn,
              approvalDocumentNumber: request.documentNumber,
            },
          };
        },
      });
    } catch (e) {
      // Someone confirmed it first (it waited on the file's lock): name the file.
      if (e instanceof AppError && e.code === 'INVALID_TRANSITION') {
        const label = (await this.files.labels([applicationId], manager)).get(applicationId);
        throw ConfirmationError.filesNotAwaiting([{ applicationId, referenceNumber: label?.referenceNumber ?? null, status: label?.status ?? 'unknown' } satisfies NamedFile]);
      }
      if (e instanceof AppError && e.code === 'APPLICATION_NOT_FOUND') throw ConfirmationError.filesNotFound([applicationId]);
      throw e;
    }
  }

  /** The batch an identical request already made, or null; 409 when the number confirmed other files or another date. */
  private async repeated(request: ConfirmBatchInput): Promise<BatchView | null> {
    const batch = await this.batches.byDocumentNumber(request.documentNumber);
    if (!batch) return null;
    const fileIds = await this.batches.fileIds(batch.id);
    if (!repeatsBatch({ issuedOn: batch.issuedOn, applicationIds: fileIds }, request)) throw ConfirmationError.documentNumberTaken(batch.id, batch.documentNumber);
    return view(batch);
  }

  private validate(input: ConfirmBatchInput): ConfirmBatchInput {
    const problems: FieldProblem[] = [];
    const documentNumber = normaliseDocumentNumber(input.documentNumber);
    if ('problem' in documentNumber) problems.push(documentNumber.problem);
    const date = issueDateProblem(input.issuedOn, shanghaiDate(this.clock.now()));
    if (date) problems.push(date);
    const ids = Array.isArray(input.applicationIds) ? input.applicationIds : [];
    if (!ids.length || ids.length > BATCH_MAX_FILES) problems.push({ path: 'applicationIds', code: 'BATCH_SIZE', message: `Name between 1 and ${BATCH_MAX_FILES} files` });
    ids.forEach((id, i) => {
      if (!isUuid(id)) problems.push({ path: `applicationIds.${i}`, code: 'INVALID_UUID', message: 'Not an application id' });
    });
    if (problems.length) throw ConfirmationError.invalid(problems);
    return { documentNumber: (documentNumber as { value: string }).value, issuedOn: input.issuedOn, applicationIds: batchFileIds(ids) };
  }

  /** The batch, when the officer acts for the bureau that confirmed it; 404 for an unknown id and for another bureau's officer. */
  private async batchOr404(officer: Officer, batchId: string): Promise<BatchRow> {
    if (!(await this.actsForTheFilesBureau(officer))) throw ConfirmationError.batchNotFound();
    const batch = isUuid(batchId) ? await this.batches.byId(batchId) : null;
    if (!batch) throw ConfirmationError.batchNotFound();
    return batch;
  }

  /**
   * Whether the officer acts for the bureau of the files' host office (HostOffice, through the
   * organisations): every file here, and so every batch, is the host office's, and its bureau
   * alone confirms them. The role is checked first (the routes name it already; this keeps the
   * service closed if another caller forgets): 403 without it.
   */
  private async actsForTheFilesBureau(officer: Officer): Promise<boolean> {
    if (!officer.roles.includes(Role.AuthorityOfficer)) throw new ForbiddenError();
    return this.organisations.actsForHostBureau(officer.id);
  }
}
