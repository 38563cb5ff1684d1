import { Injectable } from '@nestjs/common';
import { EventEmitter, once } from 'events';
import { PassThrough, pipeline, Readable } from 'stream';
import { setImmediate as nextTurn } from 'timers/promises';
import * as ExcelJS from 'exceljs';
import { csvStringifier, maskIdentifier, PiiCipher } from '@app/common';
import { AppConfig } from '@app/config';
import { LagTolerantReads } from '@app/db';
import { EXPORT_FIELDS, exportCells, exportHeaders, ExportLocale, ExportRecord } from '../domain/listing';
import { ApplicationListFilter, ApplicationsRepository, ExportRow } from './applications.repository';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFilter = Omit<ApplicationListFilter, 'limit' | 'cursor' | 'applicantId' | 'excludeApplicantId'>;
/** What the export reads: the request's filter, bound to the exporting admin. */
type ExportQuery = ExportFilter & Pick<ApplicationListFilter, 'excludeApplicantId'>;

/** A started export: the bytes as they come, and how to label them. */
export interface ExportFile {
  stream: Readable;
  contentType: string;
  fileName: string;
  /** Rows written so far (all of them once the stream has ended). */
  rows(): number;
}

/** The name a download carries: applications-<UTC date of the request>.<format>. */
export function exportFileName(format: ExportFormat, requestedAt: Date): string {
  return `applications-${requestedAt.toISOString().slice(0, 10)}.${format}`;
}

/** Rows per keyset read: one batch is all the export holds in memory. */
const BATCH_SIZE = 1000;
/**
 * Rows the XLSX writer adds between turns of the event loop, so that exceljs's zip pipeline
 * (which moves only when the loop turns) compresses alongside: 1,000 rows a turn queued 962 MB
 * of XML at 1,000,000 rows, 20 a turn 25 MB and ran faster (10 s against 12.6 s).
 */
const XLSX_ROWS_PER_TURN = 20;
/**
 * XML the writer lets wait for the compressor before it stops adding rows until all of it has
 * been taken. Turns alone bound nothing: the compressor runs on libuv's thread pool, and with
 * that pool or the CPU busy (a test suite compiling beside it in CI; other jobs in the worker)
 * the XML queued at the full rate: the unit spec reads all its 60,000 rows while the pool is held.
 */
const XLSX_QUEUED_XML_BYTES = 1024 * 1024;

/**
 * The stream exceljs's worksheet pipes its XML into on the way to the compressor (archiver's
 * PassThrough in front of the deflater), whose write buffer is the XML not yet compressed.
 * exceljs offers no backpressure (its writes always return true; exceljs issue #734, open
 * since 2019), so this reads exceljs 4.4's worksheet stream and a readable-stream 2 buffer:
 * the version is pinned, and the export's unit spec fails if the shape changes.
 */
type ZipQueue = EventEmitter & { _writableState: { length: number } };

function zipQueueOf(sheet: ExcelJS.Worksheet): ZipQueue {
  const queue = (sheet as unknown as { stream: { pipes: unknown[] } }).stream.pipes[0];
  if (!(queue instanceof EventEmitter) || typeof (queue as Partial<ZipQueue>)._writableState?.length !== 'number') {
    throw new Error('exceljs no longer pipes a worksheet into a stream whose buffer can be read (see zipQueueOf)');
  }
  return queue as ZipQueue;
}

/** Resolves once `writable` has drained or `out` has closed (a client gone: nothing drains then), leaving no listener behind. */
async function drainedOrClosed(writable: EventEmitter, out: Readable): Promise<void> {
  const waiting = new AbortController();
  try {
    await Promise.race([once(writable, 'drain', { signal: waiting.signal }), once(out, 'close', { signal: waiting.signal })]);
  } finally {
    waiting.abort();
  }
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The admin list as a file (CSV or XLSX), streamed: rows are read from PostgreSQL in keyset
 * batches only as fast as the client takes the bytes (backpressure all the way), so memory
 * stays one batch whatever the row count. Identity numbers are masked (domain.md §10). The
 * worker pipes the bytes into the evidence store (ApplicationExportsService).
 */
@Injectable()
export class ApplicationExportService {
  private readonly cipher: PiiCipher;

  constructor(
    private readonly applications: ApplicationsRepository,
    config: AppConfig,
    private readonly reads: LagTolerantReads,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
  }

  /**
   * The bytes of an export of the files matching `filter`, as `requestedBy` may see them (never
   * their own files), and how to label them. `rows()` is the number of rows written so far:
   * the whole count once the stream has ended. Run by the worker (ApplicationExportsService),
   * which stores the bytes; the request itself is audited there.
   */
  open(requestedBy: string, filter: ExportFilter, format: ExportFormat, locale: ExportLocale, fileName = exportFileName(format, new Date())): ExportFile {
    // The files the admin handles: never their own (ApplicationAccess.isHandlingAdmin).
    const handled: ExportQuery = { ...filter, excludeApplicantId: requestedBy };
    const counter = { rows: 0 };
    const stream = format === 'csv' ? this.csv(handled, locale, counter) : this.xlsx(handled, locale, counter);
    return { stream, contentType: EXPORT_CONTENT_TYPES[format], fileName, rows: () => counter.rows };
  }

  /** Rows one by one, read a batch at a time; pulled only when the consumer wants more. */
  private async *records(filter: ExportQuery, locale: ExportLocale, counter: { rows: number }): AsyncGenerator<(string | number | null)[]> {
    // Exports tolerate lag: each batch on the read replica when there is one.
    for await (const batch of this.applications.exportBatches(filter, BATCH_SIZE, (work) => this.reads.run(work))) {
      for (const row of batch) {
        counter.rows++;
        yield exportCells(this.record(row), locale);
      }
    }
  }

  private record(row: ExportRow): ExportRecord {
    return {
      referenceNumber: row.reference_number,
      applicantName: row.applicant_name,
      documentNumberMasked: row.document_number_sealed ? maskIdentifier(this.cipher.open(row.document_number_sealed)) : null,
      level: row.level,
      specialty: row.specialty,
      status: row.status,
      employerName: row.employer_name,
      homeProvince: row.home_province,
      crossProvincial: row.cross_provincial,
      exceptionalRoute: row.exceptional_route,
      submittedAt: row.submitted_at,
      reviewScore: row.review_score,
    };
  }

  /** UTF-8 with a byte-order mark, so Excel opens the Chinese text as UTF-8; formula-like text neutralised (csvStringifier). */
  private csv(filter: ExportQuery, locale: ExportLocale, counter: { rows: number }): Readable {
    const stringifier = csvStringifier({ bom: true, header: true, columns: exportHeaders(locale) });
    // pipeline() destroys both sides on an error or when the client goes away, which ends the generator (no more reads).
    return pipeline(Readable.from(this.records(filter, locale, counter)), stringifier, () => undefined);
  }

  /**
   * exceljs's streaming WorkbookWriter, without shared strings (they would be held until the
   * end) or styles: each row is committed, i.e. written out, as it is added. The writer does
   * not propagate backpressure by itself, so every XLSX_ROWS_PER_TURN rows the loop lets the
   * zip pipeline run, waits while more than XLSX_QUEUED_XML_BYTES of XML are queued for the
   * compressor, and waits for the response stream to drain.
   */
  private xlsx(filter: ExportQuery, locale: ExportLocale, counter: { rows: number }): Readable {
    const out = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const sheet = workbook.addWorksheet(locale === 'en' ? 'Applications' : '申报材料');
    sheet.columns = EXPORT_FIELDS.map((c) => ({ header: c.header[locale], key: c.key, width: c.width }));
    const write = async () => {
      let n = 0;
      let queue: ZipQueue | undefined;
      for await (const cells of this.records(filter, locale, counter)) {
        if (out.destroyed) return; // the client went away: stop reading
        sheet.addRow(cells).commit();
        if (++n % XLSX_ROWS_PER_TURN !== 0) continue;
        await nextTurn();
        queue ??= zipQueueOf(sheet);
        if (queue._writableState.length > XLSX_QUEUED_XML_BYTES) await drainedOrClosed(queue, out);
        if (out.writableNeedDrain) await drainedOrClosed(out, out); // the client reads slowly
      }
      sheet.commit();
      await workbook.commit();
    };
    write().catch((error: Error) => out.destroy(error));
    return out;
  }
}
