import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'stream';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { isEvidenceKind, isEvidenceShownToReviewers } from '../domain';
import { Application } from '../entities/application.entity';
import { Attachment } from '../entities/attachment.entity';
import { ApplicationError } from '../applications.errors';
import { EvidenceStorage, EvidenceTooLargeError, StoredEvidence, whenReadable } from '../storage/evidence-storage';
import { ApplicationAccess, Viewer } from './application-access';
import { AttachmentError } from './attachment.errors';
import { AttachmentQueries } from './attachment-queries';
import { cleanFileName } from './file-name';
import { MEDIA_SNIFF_BYTES, peekHead, sniffMediaType } from './media-sniffing';
import { UploadLimits } from './upload-limits';

export interface AttachmentList {
  items: Attachment[];
  totalBytes: number;
  limits: UploadLimits;
}

export interface OpenedAttachment {
  stream: Readable;
  mediaType: string;
  originalName: string;
  sizeBytes: number;
}
/**
 * Evidence files of an application: stored by content-checked type and size, visible to
 * whoever may see the application, changed only by its owner while it is editable (appeal
 * evidence: while it stands rejected).
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);
  private readonly queries: AttachmentQueries;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly storage: EvidenceStorage,
    private readonly audit: AuditService,
  ) {
    this.queries = new AttachmentQueries(dataSource);
  }

  /**
   * Store one evidence file. `declaredLength` is the least the file can weigh judging by what
   * the client declared; when it already breaks a limit the body is never read. The caller
   * owns `file`: if this throws before consuming it, the caller drains or discards it.
   */
  async upload(viewer: Viewer, applicationId: string, kind: string, file: Readable, originalName: string, declaredLength?: number): Promise<Attachment> {
    if (!isEvidenceKind(kind)) throw AttachmentError.invalidKind();
    const name = cleanFileName(originalName);

    // Authorise and size up before reading a byte of the file; the row lock is held only
    // for this short check (an upload can take minutes) and taken again to record the file.
    const { limits, usedBytes } = await this.dataSource.transaction(async (manager) => {
      const application = await this.access.lockForEvidence(viewer, applicationId, kind, manager);
      return { limits: await this.queries.limitsFor(application.cycleId, manager), usedBytes: await this.queries.totalBytes(application.id, manager) };
    });
    const room = limits.maxTotalBytes - usedBytes;
    if (declaredLength !== undefined && declaredLength > limits.maxFileBytes) throw AttachmentError.fileTooLarge(limits.maxFileBytes);
    if (room <= 0 || (declaredLength !== undefined && declaredLength > room)) throw AttachmentError.totalTooLarge(limits.maxTotalBytes, usedBytes);

    const { head, stream } = await peekHead(file, MEDIA_SNIFF_BYTES);
    if (head.length === 0) throw AttachmentError.emptyFile();
    const mediaType = await sniffMediaType(head);
    if (!mediaType || !limits.acceptedMediaTypes.includes(mediaType)) throw AttachmentError.unsupportedType(mediaType, limits.acceptedMediaTypes);

    const maxBytes = Math.min(limits.maxFileBytes, room);
    const stored = await this.store(stream, maxBytes, limits, usedBytes);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const application = await this.access.lockForEvidence(viewer, applicationId, kind, manager);
        // Re-checked under the lock: concurrent uploads to one application run one after another here.
        const used = await this.queries.totalBytes(application.id, manager);
        if (used + stored.sizeBytes > limits.maxTotalBytes) throw AttachmentError.totalTooLarge(limits.maxTotalBytes, used);
        // Under the same lock, so two uploads of one file cannot both pass: no unique index needed.
        const same = await this.queries.findByContent(application.id, stored.sha256, manager);
        if (same) throw AttachmentError.duplicate(same);
        const attachment = await this.queries.insert(manager, {
          applicationId: application.id,
          kind,
          storageKey: stored.key,
          originalName: name,
          mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          uploadedBy: viewer.id,
        });
        await this.recordAudit(manager, viewer, 'attachment.uploaded', application, attachment);
        return attachment;
      });
    } catch (error) {
      await this.discard(stored.key);
      throw error;
    }
  }

  /** The evidence kinds uploaded to a file, one entry per file (what submission and eligibility count). */
  kindsOf(applicationId: string, manager?: EntityManager): Promise<string[]> {
    return this.queries.kinds(applicationId, manager);
  }

  /** The application's evidence, oldest first, with the limits that apply to it. */
  async list(viewer: Viewer, applicationId: string): Promise<AttachmentList> {
    const application = await this.access.viewable(viewer, applicationId);
    const [items, limits] = await Promise.all([this.queries.list(application.id), this.queries.limitsFor(application.cycleId)]);
    return { items, totalBytes: items.reduce((sum, a) => sum + a.sizeBytes, 0), limits };
  }

  /** The evidence a reviewer of the file sees now (ApplicationAccess.reviewable), oldest first: no identity documents. */
  async listForReviewer(reviewer: Viewer, applicationId: string): Promise<Attachment[]> {
    const application = await this.access.reviewable(reviewer, applicationId);
    return (await this.queries.list(application.id)).filter((a) => isEvidenceShownToReviewers(a.kind));
  }

  /** The bytes of one file; downloads by anyone but the owner are audited. */
  async open(viewer: Viewer, applicationId: string, attachmentId: string): Promise<OpenedAttachment> {
    const application = await this.access.viewable(viewer, applicationId);
    return this.openOf(viewer, application, attachmentId, () => true);
  }

  /** One file for a reviewer of the file now, audited; an identity document answers 404 as if it were not there. */
  async openForReviewer(reviewer: Viewer, applicationId: string, attachmentId: string): Promise<OpenedAttachment> {
    const application = await this.access.reviewable(reviewer, applicationId);
    return this.openOf(reviewer, application, attachmentId, (a) => isEvidenceShownToReviewers(a.kind));
  }

  /** The evidence of a file addressed to one of the officer's units (ApplicationAccess.unitViewable), oldest first: no identity documents, as for the experts. */
  async listForUnit(officer: Viewer, applicationId: string, unitIds: readonly string[]): Promise<Attachment[]> {
    const application = await this.access.unitViewable(officer, applicationId, unitIds);
    return (await this.queries.list(application.id)).filter((a) => isEvidenceShownToReviewers(a.kind));
  }

  /** One file for an officer of the file's recommending unit, read-only and audited; an identity document answers 404 as if it were not there. */
  async openForUnit(officer: Viewer, applicationId: string, attachmentId: string, unitIds: readonly string[]): Promise<OpenedAttachment> {
    const application = await this.access.unitViewable(officer, applicationId, unitIds);
    return this.openOf(officer, application, attachmentId, (a) => isEvidenceShownToReviewers(a.kind));
  }

  private async openOf(viewer: Viewer, application: Application, attachmentId: string, shown: (a: Attachment) => boolean): Promise<OpenedAttachment> {
    const attachment = await this.queries.find(application.id, attachmentId);
    if (!attachment || !shown(attachment)) throw ApplicationError.attachmentNotFound();
    // Opened before the audit entry: a download that cannot start is not recorded as made.
    const stream = await whenReadable(this.storage.read(attachment.storageKey));
    if (!this.access.isOwner(viewer, application)) {
      await this.recordAudit(this.dataSource.manager, viewer, 'attachment.downloaded', application, attachment).catch((error: unknown) => {
        stream.destroy();
        throw error;
      });
    }
    return {
      stream,
      mediaType: attachment.mediaType,
      originalName: attachment.originalName,
      sizeBytes: attachment.sizeBytes,
    };
  }

  /** Delete a file (owner, editable application). The bytes go once the row is gone. */
  async remove(viewer: Viewer, applicationId: string, attachmentId: string): Promise<void> {
    const attachment = await this.dataSource.transaction(async (manager) => {
      const application = await this.access.lockOwned(viewer, applicationId, manager);
      const found = await this.queries.find(application.id, attachmentId, manager);
      if (!found) throw ApplicationError.attachmentNotFound();
      this.access.evidenceChangeable(application, found.kind);
      await this.queries.delete(manager, found.id);
      await this.recordAudit(manager, viewer, 'attachment.deleted', application, found);
      return found;
    });
    // After commit: a crash here leaves an orphan file (harmless), never a row without its file.
    await this.discard(attachment.storageKey);
  }

  private async store(stream: Readable, maxBytes: number, limits: UploadLimits, usedBytes: number): Promise<StoredEvidence> {
    try {
      return await this.storage.write(stream, { maxBytes });
    } catch (error) {
      // Our own limit, or the transport's hard ceiling (a 413 raised by the multipart parser).
      if (error instanceof EvidenceTooLargeError || (error as { statusCode?: number })?.statusCode === HttpStatus.PAYLOAD_TOO_LARGE) {
        throw maxBytes < limits.maxFileBytes ? AttachmentError.totalTooLarge(limits.maxTotalBytes, usedBytes) : AttachmentError.fileTooLarge(limits.maxFileBytes);
      }
      throw error;
    }
  }

  private async discard(key: string): Promise<void> {
    try {
      await this.storage.remove(key);
    } catch (error) {
      this.logger.error({ err: error, storageKey: key }, 'Could not remove an evidence file; it is orphaned');
    }
  }

  private recordAudit(manager: EntityManager, viewer: Viewer, action: string, application: Application, attachment: Attachment): Promise<void> {
    // Metadata only: never the bytes, and not the file name (it may carry personal details).
    return this.audit.record(manager, {
      actorId: viewer.id,
      action,
      entityType: 'application',
      entityId: application.id,
      data: {
        attachmentId: attachment.id,
        kind: attachment.kind,
        mediaType: attachment.mediaType,
        sizeBytes: attachment.sizeBytes,
        sha256: attachment.sha256,
      },
    });
  }
}
