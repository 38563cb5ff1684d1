import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'stream';
import { DataSource, EntityManager } from 'typeorm';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, ValidationFailedError } from '@app/common';
import { AuditService } from '@app/audit';
import { DEFAULT_EVIDENCE_RULES, EVIDENCE_KINDS, EvidenceRules, isEvidenceKind, isEvidenceShownToReviewers } from '../domain';
import { Application } from '../entities/application.entity';
import { Attachment } from '../entities/attachment.entity';
import { Cycle } from '../entities/cycle.entity';
import { ApplicationError } from '../applications.errors';
import { EvidenceStorage, EvidenceTooLargeError, StoredEvidence } from '../storage/evidence-storage';
import { ApplicationAccess, Viewer } from './application-access';

/** How many leading bytes decide the media type (file-type's recommended sample size). */
export const MEDIA_SNIFF_BYTES = 4100;
export const MAX_FILE_NAME_LENGTH = 255;
/** Whatever a cycle lists, only these are ever accepted (domain.md §5): inert formats a browser will not run. */
export const SAFE_EVIDENCE_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** Errors of evidence uploads; codes are part of the API contract. */
export class AttachmentError extends AppError {
  static fileTooLarge(maxFileBytes: number) {
    return new AttachmentError('FILE_TOO_LARGE', `A file may be at most ${maxFileBytes} bytes`, HttpStatus.PAYLOAD_TOO_LARGE, { maxFileBytes });
  }
  static totalTooLarge(maxTotalBytes: number, usedBytes: number) {
    return new AttachmentError(
      'APPLICATION_FILES_TOO_LARGE',
      `The files of an application may total at most ${maxTotalBytes} bytes; ${usedBytes} are used`,
      HttpStatus.PAYLOAD_TOO_LARGE,
      { maxTotalBytes, usedBytes },
    );
  }
  static unsupportedType(detected: string | null, accepted: readonly string[]) {
    return new AttachmentError(
      'UNSUPPORTED_FILE_TYPE',
      `The file's content is ${detected ?? 'of an unrecognised type'}; accepted: ${accepted.join(', ')}`,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      { detectedType: detected, acceptedMediaTypes: accepted },
    );
  }
  static invalidFileName(reason: string) {
    return new AttachmentError('INVALID_FILE_NAME', `Invalid file name: ${reason}`, HttpStatus.BAD_REQUEST, [
      { path: 'file', code: 'INVALID_FILE_NAME', message: `The file name ${reason}` },
    ]);
  }
  static emptyFile() {
    return new AttachmentError('FILE_EMPTY', 'The file is empty', HttpStatus.BAD_REQUEST, [{ path: 'file', code: 'FILE_EMPTY', message: 'The file is empty' }]);
  }
  static invalidKind() {
    const message = `kind must be one of: ${EVIDENCE_KINDS.join(', ')}`;
    return new ValidationFailedError([{ path: 'kind', code: 'FIELD_IS_IN', message }], 'Invalid fields: kind');
  }
}

// C0/C1 controls plus the Unicode format characters that reorder or hide text
// ("invoice\u202Efdp.exe" displays as "invoiceexe.pdf").
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * The name to store and show for an uploaded file. Names are shown to admins and reviewers
 * and sent back in Content-Disposition, so anything that could act as a path or disguise
 * the name is refused rather than silently rewritten.
 */
export function cleanFileName(raw: string | undefined | null): string {
  const name = (raw ?? '').normalize('NFC').trim();
  if (!name) throw AttachmentError.invalidFileName('is empty');
  if (CONTROL_CHARACTERS.test(name)) throw AttachmentError.invalidFileName('contains control characters');
  if (/[/\\]/.test(name)) throw AttachmentError.invalidFileName('contains a path separator');
  if (name.includes('..')) throw AttachmentError.invalidFileName('contains ".."');
  if (/^\.+$/.test(name)) throw AttachmentError.invalidFileName('is only dots');
  return truncateFileName(name, MAX_FILE_NAME_LENGTH);
}

/** Shorten to `max` characters (code points, as PostgreSQL counts them), keeping a short extension. */
function truncateFileName(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (ext.length > 0 && ext.length <= 16) {
    return Array.from(name.slice(0, dot)).slice(0, max - ext.length).join('').trimEnd() + ext.join('');
  }
  return chars.slice(0, max).join('').trimEnd();
}

export interface UploadLimits {
  maxFileBytes: number;
  maxTotalBytes: number;
  acceptedMediaTypes: string[];
}

/** A cycle's limits, falling back to the defaults for anything missing or nonsensical. */
export function uploadLimits(rules: Partial<EvidenceRules> | null | undefined): UploadLimits {
  const positive = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : fallback);
  const listed = Array.isArray(rules?.acceptedMediaTypes) && rules.acceptedMediaTypes.length ? rules.acceptedMediaTypes : DEFAULT_EVIDENCE_RULES.acceptedMediaTypes;
  return {
    maxFileBytes: positive(rules?.maxFileBytes, DEFAULT_EVIDENCE_RULES.maxFileBytes),
    maxTotalBytes: positive(rules?.maxTotalBytes, DEFAULT_EVIDENCE_RULES.maxTotalBytes),
    acceptedMediaTypes: listed.filter((t) => SAFE_EVIDENCE_TYPES.includes(t)),
  };
}

/**
 * Read at least `bytes` bytes (or the whole stream if shorter) without losing them: the
 * returned stream yields the head again followed by the rest. The source is left paused,
 * so a caller that gives up can still drain or destroy it.
 */
export function peekHead(source: Readable, bytes: number): Promise<{ head: Buffer; stream: Readable }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const cleanup = () => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
    };
    const finish = (ended: boolean) => {
      cleanup();
      const head = Buffer.concat(chunks, length);
      if (ended) return resolve({ head, stream: Readable.from(head.length ? [head] : []) });
      source.pause();
      source.unshift(head);
      resolve({ head, stream: source });
    };
    const onData = (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(buf);
      length += buf.length;
      if (length >= bytes) {
        source.pause();
        finish(false);
      }
    };
    const onEnd = () => finish(true);
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    if (source.readableEnded) return resolve({ head: Buffer.alloc(0), stream: Readable.from([]) });
    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', onError);
  });
}

/** The media type decided by the content alone, or null when unrecognised. */
export async function sniffMediaType(head: Uint8Array): Promise<string | null> {
  return (await fileTypeFromBuffer(head))?.mime ?? null;
}

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

/** Every query the evidence feature makes (kept beside its only user). */
class AttachmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  async limitsFor(cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<UploadLimits> {
    const cycle = await manager.findOne(Cycle, { where: { id: cycleId }, select: { id: true, evidenceRules: true } });
    return uploadLimits(cycle?.evidenceRules);
  }

  async totalBytes(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query<{ total: string }[]>('SELECT COALESCE(SUM(size_bytes), 0)::text AS total FROM attachments WHERE application_id = $1', [
      applicationId,
    ]);
    return Number(row.total);
  }

  async kinds(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.find(Attachment, { where: { applicationId }, select: { kind: true } });
    return rows.map((r) => r.kind);
  }

  list(applicationId: string): Promise<Attachment[]> {
    return this.dataSource.manager.find(Attachment, { where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  find(applicationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Attachment | null> {
    return manager.findOne(Attachment, { where: { id, applicationId } });
  }

  insert(manager: EntityManager, values: Omit<Attachment, 'id' | 'createdAt'>): Promise<Attachment> {
    return manager.save(manager.create(Attachment, values));
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(Attachment, { id });
  }
}

/**
 * Evidence files of an application: stored by content-checked type and size, visible to
 * whoever may see the application, changed only by its owner while it is editable.
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
      const application = await this.access.lockEditable(viewer, applicationId, manager);
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
        const application = await this.access.lockEditable(viewer, applicationId, manager);
        // Re-checked under the lock: concurrent uploads to one application run one after another here.
        const used = await this.queries.totalBytes(application.id, manager);
        if (used + stored.sizeBytes > limits.maxTotalBytes) throw AttachmentError.totalTooLarge(limits.maxTotalBytes, used);
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

  /** The application's evidence, oldest first, with the limits that apply to it. */
  /** The evidence kinds uploaded to a file, one entry per file (what submission and eligibility count). */
  kindsOf(applicationId: string, manager?: EntityManager): Promise<string[]> {
    return this.queries.kinds(applicationId, manager);
  }

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

  private async openOf(viewer: Viewer, application: Application, attachmentId: string, shown: (a: Attachment) => boolean): Promise<OpenedAttachment> {
    const attachment = await this.queries.find(application.id, attachmentId);
    if (!attachment || !shown(attachment)) throw ApplicationError.attachmentNotFound();
    if (!this.access.isOwner(viewer, application)) {
      await this.recordAudit(this.dataSource.manager, viewer, 'attachment.downloaded', application, attachment);
    }
    return {
      stream: this.storage.read(attachment.storageKey),
      mediaType: attachment.mediaType,
      originalName: attachment.originalName,
      sizeBytes: attachment.sizeBytes,
    };
  }

  /** Delete a file (owner, editable application). The bytes go once the row is gone. */
  async remove(viewer: Viewer, applicationId: string, attachmentId: string): Promise<void> {
    const attachment = await this.dataSource.transaction(async (manager) => {
      const application = await this.access.lockEditable(viewer, applicationId, manager);
      const found = await this.queries.find(application.id, attachmentId, manager);
      if (!found) throw ApplicationError.attachmentNotFound();
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
