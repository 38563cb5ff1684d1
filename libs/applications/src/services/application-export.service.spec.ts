import { pbkdf2, pbkdf2Sync, randomBytes } from 'crypto';
import { Readable, Writable } from 'stream';
import { pipeline } from 'stream/promises';
import { promisify } from 'util';
import type { AppConfig } from '@app/config';
import type { LagTolerantReads } from '@app/db';
import { ApplicationExportService, ExportFormat } from './application-export.service';
import type { ApplicationsRepository, ExportRow } from './applications.repository';

const BATCHES = 60;
const BATCH_SIZE = 1000;

function row(n: number): ExportRow {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    reference_number: `2026-${String(n).padStart(7, '0')}`,
    applicant_name: `申报人 ${n}`,
    document_number_sealed: null,
    level: 'intermediate',
    specialty: 'interior',
    status: 'submitted',
    employer_name: `设计院 ${n % 97}`,
    home_province: '50',
    cross_provincial: n % 3 === 0,
    exceptional_route: false,
    submitted_at: new Date(Date.UTC(2026, 2, 1, 0, 0, n % 60)),
    review_score: null,
  };
}

/** An export over BATCHES batches of fake rows, counting how many batches it has read. */
function exportOf(format: ExportFormat) {
  const pulled = { batches: 0 };
  const applications = {
    async *exportBatches(): AsyncGenerator<ExportRow[]> {
      for (let b = 0; b < BATCHES; b++) {
        // A query's round trip: the event loop turns (stream callbacks, zlib) between batches.
        await new Promise((resolve) => setImmediate(resolve));
        pulled.batches++;
        yield Array.from({ length: BATCH_SIZE }, (_, i) => row(b * BATCH_SIZE + i));
      }
    },
  } as unknown as ApplicationsRepository;
  const config = { PII_ENCRYPTION_KEY: randomBytes(32).toString('hex') } as AppConfig;
  const reads = { run: <T>(work: () => Promise<T>) => work() } as unknown as LagTolerantReads;
  const file = new ApplicationExportService(applications, config, reads).open('admin', {}, format, 'zh-CN');
  return { file, pulled };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lets the export run (queries, streams, zlib) with nobody reading its bytes, until it stops reading batches. */
async function settled(pulled: { batches: number }): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const seen = pulled.batches;
    await sleep(500);
    if ((seen > 0 && pulled.batches === seen) || Date.now() > deadline) return pulled.batches;
  }
}

/**
 * Bounded memory is a matter of backpressure: with nobody reading, the export reads no further
 * than a few batches; read to the end, it reads them all. An export that gathered its rows
 * first (or ignored a full stream) would read every batch while unread. The memory itself is
 * measured by `npm run bench` (bench/scenarios/export.js).
 */
describe.each(['csv', 'xlsx'] as const)('ApplicationExportService (%s)', (format) => {
  it('reads rows only as fast as its bytes are taken', async () => {
    const { file, pulled } = exportOf(format);
    // Stopped well before the end: what the stream buffers (its high-water marks, one batch, and
    // for XLSX the compressed bytes waiting in the zip stream), not the rows.
    const unread = await settled(pulled);
    expect(unread).toBeGreaterThan(0);
    expect(unread).toBeLessThan(BATCHES / 2);

    let bytes = 0;
    await pipeline(
      file.stream,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done();
        },
      }),
    );
    expect(pulled.batches).toBe(BATCHES);
    expect(file.rows()).toBe(BATCHES * BATCH_SIZE);
    expect(bytes).toBeGreaterThan(0);
  });

  it('stops reading when the reader goes away', async () => {
    const { file, pulled } = exportOf(format);
    const before = await settled(pulled);
    (file.stream as Readable).destroy();
    await sleep(500);
    expect(pulled.batches).toBeLessThanOrEqual(before + 1);
  });
});

/**
 * Keeps every thread of libuv's pool (where zlib compresses) busy for about `ms`, as a busy
 * machine or worker would; resolves when the first thread frees.
 */
function occupyThreadPool(ms: number): Promise<unknown> {
  const sample = 20_000;
  const started = process.hrtime.bigint();
  pbkdf2Sync('pool', 'salt', sample, 32, 'sha256');
  const perIteration = Number(process.hrtime.bigint() - started) / 1e6 / sample;
  const iterations = Math.ceil(ms / perIteration);
  const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  return Promise.race(Array.from({ length: threads }, () => promisify(pbkdf2)('pool', 'salt', iterations, 32, 'sha256')));
}

describe('ApplicationExportService (xlsx): what waits inside exceljs', () => {
  // exceljs's zip pipeline takes no backpressure: rows added while the compressor cannot keep up
  // (its thread pool busy, or no turn of the event loop) queued their XML whole: here every
  // batch was read while the pool was held; 962 MB of buffers at a million rows with no turns.
  it('reads about a megabyte of rows ahead of a compressor that is held up', async () => {
    const { file, pulled } = exportOf('xlsx');
    const readWhilePoolHeld = occupyThreadPool(1500).then(() => pulled.batches);
    await pipeline(file.stream, new Writable({ write: (_chunk: Buffer, _encoding, done) => done() }));
    expect(file.rows()).toBe(BATCHES * BATCH_SIZE);
    // A megabyte of XML is ~2,500 of these rows: 3 batches read (all 60 without the wait).
    expect(await readWhilePoolHeld).toBeLessThanOrEqual(5);
  });
});
