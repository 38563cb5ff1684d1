import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import { Readable } from 'stream';
import type { AppConfig } from '@app/config';
import { DEFAULT_EVIDENCE_RULES } from '../domain';
import { EvidenceTooLargeError } from '../storage/evidence-storage';
import { LocalDiskStorage } from '../storage/local-disk.storage';
import { AttachmentError } from './attachment.errors';
import { cleanFileName, MAX_FILE_NAME_LENGTH } from './file-name';
import { peekHead, sniffMediaType } from './media-sniffing';
import { uploadLimits } from './upload-limits';

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function chunked(data: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) parts.push(data.subarray(i, i + size));
  return Readable.from(parts, { objectMode: false });
}

describe('cleanFileName', () => {
  it.each([
    ['  学位证书.pdf  ', '学位证书.pdf'],
    ['portfolio 2024 (final).PDF', 'portfolio 2024 (final).PDF'],
    ['C:evidence.png', 'C:evidence.png'],
    ['cafe\u0301.jpg', 'café.jpg'],
  ])('keeps %j as %j', (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['../../etc/passwd.pdf', 'path separator'],
    ['..\\boot.ini', 'path separator'],
    ['dir/file.pdf', 'path separator'],
    ['report..pdf', '".."'],
    ['..', '".."'],
    ['.', 'only dots'],
    ['line\nbreak.pdf', 'control'],
    ['nul\u0000.pdf', 'control'],
    ['del\u007f.pdf', 'control'],
    ['invoice\u202Efdp.exe', 'control'],
    ['zero\u200Bwidth.pdf', 'control'],
  ])('refuses %j (%s) with INVALID_FILE_NAME on field file', (raw, reason) => {
    let error: unknown;
    try {
      cleanFileName(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AttachmentError);
    expect(error).toMatchObject({ code: 'INVALID_FILE_NAME', status: 400, details: [{ path: 'file', code: 'INVALID_FILE_NAME' }] });
    expect((error as Error).message).toContain(reason);
  });

  it('refuses a missing name', () => {
    expect(() => cleanFileName(undefined)).toThrow(AttachmentError);
  });

  it('shortens long names to 255 characters, keeping the extension and whole characters', () => {
    const long = cleanFileName(`${'证'.repeat(300)}.pdf`);
    expect(Array.from(long)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(long.endsWith('.pdf')).toBe(true);
    // Characters outside the BMP count as one and are never split.
    const emoji = cleanFileName('😀'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(emoji).toBe('😀'.repeat(MAX_FILE_NAME_LENGTH));
  });
});

describe('uploadLimits', () => {
  it('uses the cycle rules and falls back to the defaults for what is missing or invalid', () => {
    expect(uploadLimits({ maxFileBytes: 1000, maxTotalBytes: 5000, acceptedMediaTypes: ['application/pdf'] })).toEqual({
      maxFileBytes: 1000,
      maxTotalBytes: 5000,
      acceptedMediaTypes: ['application/pdf'],
    });
    expect(uploadLimits(undefined)).toEqual({
      maxFileBytes: DEFAULT_EVIDENCE_RULES.maxFileBytes,
      maxTotalBytes: DEFAULT_EVIDENCE_RULES.maxTotalBytes,
      acceptedMediaTypes: DEFAULT_EVIDENCE_RULES.acceptedMediaTypes,
    });
    expect(uploadLimits({ maxFileBytes: -1, maxTotalBytes: 1.5 }).maxFileBytes).toBe(DEFAULT_EVIDENCE_RULES.maxFileBytes);
    expect(uploadLimits({ maxFileBytes: -1, maxTotalBytes: 1.5 }).maxTotalBytes).toBe(DEFAULT_EVIDENCE_RULES.maxTotalBytes);
  });

  it('never accepts a type outside PDF, JPEG and PNG, whatever a cycle lists', () => {
    expect(uploadLimits({ acceptedMediaTypes: ['image/png', 'text/html', 'image/svg+xml'] }).acceptedMediaTypes).toEqual(['image/png']);
  });
});

describe('sniffMediaType', () => {
  it('decides by content only', async () => {
    expect(await sniffMediaType(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('application/pdf');
    expect(await sniffMediaType(PNG_1X1)).toBe('image/png');
    expect(await sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]))).toBe('image/jpeg');
    expect(await sniffMediaType(Buffer.from('hello, this is text'))).toBeNull();
    expect(await sniffMediaType(Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(64)]))).not.toMatch(/pdf|jpeg|png/);
  });
});

describe('peekHead', () => {
  it('returns the first bytes and a stream that still yields everything', async () => {
    const data = Buffer.from(Array.from({ length: 20_000 }, (_, i) => i % 251));
    const { head, stream } = await peekHead(chunked(data, 1000), 4100);
    expect(head.length).toBeGreaterThanOrEqual(4100);
    expect(head.equals(data.subarray(0, head.length))).toBe(true);
    expect((await collect(stream)).equals(data)).toBe(true);
  });

  it('handles a stream shorter than the sample, and an empty one', async () => {
    const short = await peekHead(chunked(Buffer.from('abc'), 1), 4100);
    expect(short.head.toString()).toBe('abc');
    expect((await collect(short.stream)).toString()).toBe('abc');
    const empty = await peekHead(Readable.from([]), 4100);
    expect(empty.head.length).toBe(0);
  });

  it('rejects when the source fails before the sample is complete', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });
    await expect(peekHead(failing, 10)).rejects.toThrow('client went away');
  });
});

describe('LocalDiskStorage', () => {
  let dir: string;
  let storage: LocalDiskStorage;
  const files = () => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : []);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-storage-'));
    storage = new LocalDiskStorage({ STORAGE_DIR: dir } as AppConfig);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('streams to a generated key and reports size and SHA-256', async () => {
    const data = Buffer.alloc(100_000, 7);
    const stored = await storage.write(chunked(data, 8192));
    expect(stored.key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(stored.sizeBytes).toBe(data.length);
    expect(stored.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect((await collect(storage.read(stored.key))).equals(data)).toBe(true);
    expect(files()).toHaveLength(1);
    await storage.remove(stored.key);
    await storage.remove(stored.key);
    expect(files()).toHaveLength(0);
  });

  it('aborts past maxBytes and leaves no file behind', async () => {
    await expect(storage.write(chunked(Buffer.alloc(50_000), 4096), { maxBytes: 10_000 })).rejects.toBeInstanceOf(EvidenceTooLargeError);
    expect(files()).toHaveLength(0);
  });

  it('leaves no file behind when the source fails midway', async () => {
    let sent = 0;
    const source = new Readable({
      read() {
        if (sent++ < 3) this.push(Buffer.alloc(4096));
        else this.destroy(new Error('connection reset'));
      },
    });
    await expect(storage.write(source)).rejects.toThrow('connection reset');
    expect(files()).toHaveLength(0);
  });

  it('refuses keys it did not generate', async () => {
    expect(() => storage.read('../../etc/passwd')).toThrow('Invalid storage key');
    await expect(storage.remove('ab/cd/../../x')).rejects.toThrow('Invalid storage key');
  });
});
