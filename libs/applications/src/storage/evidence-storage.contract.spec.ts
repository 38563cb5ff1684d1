import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { S3TestServer } from '@app/testing/s3-server';
import { EvidenceStorage, EvidenceTooLargeError } from './evidence-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { s3ClientFor, S3EvidenceStorage } from './s3.storage';

const MiB = 1024 * 1024;

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** `total` bytes in `size`-byte chunks, produced lazily (the test never holds the file twice). */
function generated(total: number, size = 64 * 1024): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const n = Math.min(size, total - sent);
      this.push(Buffer.alloc(n, sent % 251));
      sent += n;
    },
  });
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A source that sends `before` bytes, then fails as a client that went away. */
function failingAfter(before: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent < before) {
        const n = Math.min(16 * 1024, before - sent);
        sent += n;
        this.push(Buffer.alloc(n, 1));
      } else {
        this.destroy(new Error('connection reset'));
      }
    },
  });
}

interface StoreUnderTest {
  storage: EvidenceStorage;
  /** Every stored object (files on disk, keys in the bucket), sorted. */
  objects(): Promise<string[]>;
}

/** One contract, every implementation: what AttachmentsService relies on. */
function storageContract(name: string, setUp: () => Promise<StoreUnderTest>, tearDown: () => Promise<void>, bigTimeoutMs = 20_000) {
  describe(`${name}: the EvidenceStorage contract`, () => {
    let store: StoreUnderTest;
    beforeEach(async () => {
      store = await setUp();
    });
    afterEach(tearDown);

    it('streams to a generated key, reports size and SHA-256, reads back the same bytes, removes idempotently', async () => {
      const data = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256));
      const stored = await store.storage.write(Readable.from([data.subarray(0, 100_000), data.subarray(100_000)]), { maxBytes: data.length });
      expect(stored.key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
      expect(stored.sizeBytes).toBe(data.length);
      expect(stored.sha256).toBe(createHash('sha256').update(data).digest('hex'));
      expect((await collect(store.storage.read(stored.key))).equals(data)).toBe(true);
      expect(await store.objects()).toHaveLength(1);
      await store.storage.remove(stored.key);
      await store.storage.remove(stored.key);
      expect(await store.objects()).toEqual([]);
    });

    it('stores a file larger than one multipart part', async () => {
      const total = 11 * MiB + 123;
      const source = generated(total);
      const stored = await store.storage.write(source);
      expect(stored).toMatchObject({ sizeBytes: total, sha256: await sha256Of(generated(total)) });
      expect(await sha256Of(store.storage.read(stored.key))).toBe(stored.sha256);
    }, bigTimeoutMs);

    it('refuses a stream past maxBytes and leaves no object, small or multipart', async () => {
      await expect(store.storage.write(generated(50_000, 4096), { maxBytes: 10_000 })).rejects.toBeInstanceOf(EvidenceTooLargeError);
      await expect(store.storage.write(generated(12 * MiB), { maxBytes: 6 * MiB })).rejects.toBeInstanceOf(EvidenceTooLargeError);
      expect(await store.objects()).toEqual([]);
    }, bigTimeoutMs);

    it('leaves no object when the source fails midway, small or multipart', async () => {
      await expect(store.storage.write(failingAfter(3 * 4096))).rejects.toThrow('connection reset');
      await expect(store.storage.write(failingAfter(7 * MiB))).rejects.toThrow('connection reset');
      expect(await store.objects()).toEqual([]);
    }, bigTimeoutMs);

    it('errors the read stream of a missing key', async () => {
      const stream = store.storage.read('ab/cd/abcdef01-2345-4789-8abc-def012345678');
      await expect(collect(stream)).rejects.toThrow();
    });

    it('refuses keys it did not generate, before reaching the store', async () => {
      expect(() => store.storage.read('../../etc/passwd')).toThrow('Invalid storage key');
      await expect(store.storage.remove('ab/cd/../../x')).rejects.toThrow('Invalid storage key');
    });
  });
}

describe('evidence stores', () => {
  let dir: string;
  const filesOnDisk = async () =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
          .sort()
      : [];

  storageContract(
    'local disk',
    async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-storage-'));
      return { storage: new LocalDiskStorage({ STORAGE_DIR: dir } as AppConfig), objects: filesOnDisk };
    },
    async () => fs.rmSync(dir, { recursive: true, force: true }),
  );

  describe('S3 (s3rver)', () => {
    const server = new S3TestServer();
    let client: S3Client;
    let storage: S3EvidenceStorage;
    beforeAll(() => server.start());
    afterAll(() => server.close());

    storageContract(
      'S3',
      async () => {
        const settings = { ...server.env, S3_FORCE_PATH_STYLE: true } as unknown as AppConfig;
        client = s3ClientFor(settings);
        storage = new S3EvidenceStorage(settings, client);
        return { storage, objects: () => server.keys() };
      },
      async () => {
        for (const key of await server.keys()) await storage.remove(key);
        storage.onModuleDestroy();
      },
      60_000,
    );

    it('aborts the multipart upload of a refused file (its parts are not left to the store)', async () => {
      const settings = { ...server.env, S3_FORCE_PATH_STYLE: true } as unknown as AppConfig;
      const sent: string[] = [];
      const spied = s3ClientFor(settings);
      spied.middlewareStack.add(
        (next, context) => (args) => {
          sent.push(context.commandName as string);
          return next(args);
        },
        { step: 'initialize' },
      );
      const s3 = new S3EvidenceStorage(settings, spied);
      try {
        await expect(s3.write(generated(12 * MiB), { maxBytes: 6 * MiB })).rejects.toBeInstanceOf(EvidenceTooLargeError);
        expect(sent).toEqual(expect.arrayContaining(['CreateMultipartUploadCommand', 'AbortMultipartUploadCommand', 'DeleteObjectCommand']));
        expect(sent).not.toContain('CompleteMultipartUploadCommand');
        expect(await server.keys()).toEqual([]);
      } finally {
        s3.onModuleDestroy();
      }
    }, 60_000);

    it('probes the bucket: up while it answers, rejects when the store is unreachable', async () => {
      const settings = { ...server.env, S3_FORCE_PATH_STYLE: true } as unknown as AppConfig;
      const up = new S3EvidenceStorage(settings);
      const down = new S3EvidenceStorage({ ...settings, S3_ENDPOINT: 'http://127.0.0.1:1' }, undefined);
      try {
        await expect(up.probe()).resolves.toBeUndefined();
        await expect(down.probe()).rejects.toThrow();
      } finally {
        up.onModuleDestroy();
        down.onModuleDestroy();
      }
    });

    it('fails a refused upload with no object left and never puts the secret key in the error', async () => {
      // s3rver knows one key pair: any other access key id is refused.
      const settings = { ...server.env, S3_FORCE_PATH_STYLE: true, S3_ACCESS_KEY_ID: 'SOMEONE-ELSE', S3_SECRET_ACCESS_KEY: 'very-secret-value-4711' } as unknown as AppConfig;
      const wrong = new S3EvidenceStorage(settings);
      // Its clean-up delete is refused too, and says so: expected here.
      const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        const error = await wrong.write(generated(1000)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(Error);
        expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('very-secret-value-4711');
        expect(String((error as Error).stack)).not.toContain('very-secret-value-4711');
        expect(await server.keys()).toEqual([]);
        expect(JSON.stringify(warned.mock.calls)).not.toContain('very-secret-value-4711');
      } finally {
        warned.mockRestore();
        wrong.onModuleDestroy();
      }
    });
  });
});
