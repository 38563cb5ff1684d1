import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'stream';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { Clock, CursorPage, DEFAULT_PAGE_SIZE, toCursorPage } from '@app/common';
import { AppConfig } from '@app/config';
import { JobProducer } from '@app/queue';
import { ExportError } from '../applications.errors';
import type { ExportLocale } from '../domain/listing';
import { ApplicationExport } from '../entities/application-export.entity';
import { EvidenceStorage } from '../storage/evidence-storage';
import { ApplicationExportService, EXPORT_CONTENT_TYPES, ExportFilter, exportFileName, ExportFormat } from './application-export.service';
import { ApplicationExportsRepository } from './application-exports.repository';

/** A queued export whose job has not started after this long is queued again (its job was never queued, or was lost with Redis). */
export const EXPORT_REQUEUE_AFTER_MS = 60 * 1000;
/** Expired files removed per schedule tick (the next tick takes the rest). */
const PURGE_BATCH = 100;
/** Stable code of an export the worker could not write (the cause is in the worker's log). */
export const EXPORT_FAILED_CODE = 'EXPORT_WRITE_FAILED';

const jobIdOf = (exportId: string) => `application-export-${exportId}`;

/** The filter as stored (JSON): its dates come back as strings. */
function revived(filter: Record<string, unknown>): ExportFilter {
  const out: Record<string, unknown> = { ...filter };
  for (const key of ['submittedFrom', 'submittedTo'] as const) if (typeof out[key] === 'string') out[key] = new Date(out[key]);
  return out as ExportFilter;
}

/** A download: the stored bytes, and how to label them. */
export interface ExportDownload {
  stream: Readable;
  contentType: string;
  fileName: string;
  sizeBytes: number;
}

/**
 * Exports of the admin list as a queued operation: the API records the request (and audits it)
 * and queues `applications.export`; the worker streams the rows (ApplicationExportService) into
 * the evidence store (local disk or S3), then marks the export done with its row count and size;
 * the admin who asked downloads it until EXPORT_RETENTION_HOURS have passed. Nobody else sees it.
 */
@Injectable()
export class ApplicationExportsService {
  private readonly logger = new Logger(ApplicationExportsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exports: ApplicationExportsRepository,
    private readonly files: ApplicationExportService,
    private readonly storage: EvidenceStorage,
    private readonly producer: JobProducer,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Record and queue an export of the files matching `filter` (admins; the route checks the role); audited as `applications.exported`. */
  async request(admin: { id: string }, filter: ExportFilter, format: ExportFormat, locale: ExportLocale): Promise<ApplicationExport> {
    const id = await this.dataSource.transaction(async (manager) => {
      const exportId = await this.exports.insertQueued(manager, { requestedBy: admin.id, format, locale, filter: { ...filter }, fileName: exportFileName(format, this.clock.now()) });
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'applications.exported',
        entityType: 'cycle',
        entityId: filter.cycleId ?? '*',
        data: { exportId, format, filter: { ...filter } },
      });
      return exportId;
    });
    await this.queue(id);
    return (await this.exports.findById(id))!;
  }

  /** One of the admin's own exports; 404 for anyone else's. */
  async get(admin: { id: string }, id: string): Promise<ApplicationExport> {
    const found = await this.exports.findById(id);
    if (!found || found.requestedBy !== admin.id) throw ExportError.notFound();
    return found;
  }

  /** The admin's exports, newest first. */
  async list(admin: { id: string }, page: { limit?: number; cursor?: string }): Promise<CursorPage<ApplicationExport>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.exports.listFor(admin.id, limit, page.cursor);
    return toCursorPage(rows, limit, (e) => [e.requestedAt.toISOString(), e.id]);
  }

  /** Whether a done export's file is past its time (or already removed). */
  isExpired(e: ApplicationExport, now = this.clock.now()): boolean {
    return e.status === 'done' && (!e.storageKey || (e.expiresAt !== null && e.expiresAt.getTime() <= now.getTime()));
  }

  /**
   * The file of one of the admin's own exports, streamed from the store; audited as
   * `applications.export_downloaded`. 404 for anyone else's, 409 while not done (or failed), 410 once expired.
   */
  async download(admin: { id: string }, id: string): Promise<ExportDownload> {
    const found = await this.get(admin, id);
    if (found.status === 'failed') throw ExportError.failed(found.errorCode);
    if (found.status !== 'done') throw ExportError.notReady(found.status);
    if (this.isExpired(found)) throw ExportError.expired();
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: admin.id,
        action: 'applications.export_downloaded',
        entityType: 'application_export',
        entityId: found.id,
        data: { format: found.format, rowCount: found.rowCount },
      }),
    );
    return { stream: this.storage.read(found.storageKey!), contentType: EXPORT_CONTENT_TYPES[found.format], fileName: found.fileName, sizeBytes: found.sizeBytes ?? 0 };
  }

  /**
   * The worker's side: write the file into the store and mark the export done. Null when it is
   * done or failed already (a duplicate job). On an error nothing stays in the store (the store's
   * writes are all-or-nothing); `finalAttempt`: no retry follows, so the export ends `failed`.
   */
  async execute(exportId: string, finalAttempt: boolean): Promise<{ rowCount: number; sizeBytes: number } | null> {
    const found = await this.exports.findById(exportId);
    if (!found || !(await this.exports.claim(exportId))) return null;
    try {
      const file = this.files.open(found.requestedBy, revived(found.filter), found.format, found.locale, found.fileName);
      const stored = await this.storage.write(file.stream);
      const result = { rowCount: file.rows(), sizeBytes: stored.sizeBytes, storageKey: stored.key };
      let finished = false;
      try {
        finished = await this.exports.finish(exportId, result, this.config.EXPORT_RETENTION_HOURS);
      } finally {
        // Not recorded (an error, or a duplicate finished first): the file would be nobody's.
        if (!finished) await this.storage.remove(stored.key).catch(() => undefined);
      }
      return finished ? { rowCount: result.rowCount, sizeBytes: result.sizeBytes } : null;
    } catch (error) {
      this.logger.warn(`export ${exportId} failed (${(error as Error).message})${finalAttempt ? '' : '; retried'}`);
      await this.exports.recordFailure(exportId, EXPORT_FAILED_CODE, finalAttempt);
      throw error;
    }
  }

  /** Queue again the exports whose job never started (the `application-exports` schedule); returns how many. */
  async requeueStale(now: Date): Promise<number> {
    const ids = await this.exports.queuedBefore(new Date(now.getTime() - EXPORT_REQUEUE_AFTER_MS), 100);
    for (const id of ids) await this.producer.enqueue('applications.export', { exportId: id }, { jobId: jobIdOf(id) });
    return ids.length;
  }

  /** Remove the files past EXPORT_RETENTION_HOURS at `now` (the `application-exports` schedule); returns how many. */
  async purgeExpired(now: Date): Promise<number> {
    const expired = await this.exports.expiredBy(now, PURGE_BATCH);
    for (const e of expired) {
      await this.storage.remove(e.storage_key);
      await this.exports.forgetFile(e.id, e.storage_key);
    }
    return expired.length;
  }

  /** Queue the export's job; with Redis down the export stays queued and the schedule queues it later. */
  private async queue(exportId: string): Promise<void> {
    try {
      await this.producer.enqueue('applications.export', { exportId }, { jobId: jobIdOf(exportId) });
    } catch (error) {
      this.logger.warn(`export ${exportId} not queued now (${(error as Error).message}); the application-exports schedule will queue it`);
    }
  }
}
