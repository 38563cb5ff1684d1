import { createReadStream, createWriteStream } from 'fs';
import { mkdir, rename, rm } from 'fs/promises';
import * as path from 'path';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { checkedEvidenceKey, EvidenceStorage, EvidenceWriteOptions, MeteredDigest, newEvidenceKey, StoredEvidence } from './evidence-storage';

/**
 * Evidence on the local file system under STORAGE_DIR, a folder nothing serves. Files are
 * named by generated ids only, written to a temporary name, flushed, then renamed into
 * place, so a reader never sees a half-written file and a failed write leaves nothing.
 */
@Injectable()
export class LocalDiskStorage extends EvidenceStorage {
  private readonly root: string;

  constructor(config: AppConfig) {
    super();
    this.root = path.resolve(config.STORAGE_DIR);
  }

  async write(source: Readable, opts: EvidenceWriteOptions = {}): Promise<StoredEvidence> {
    const key = newEvidenceKey();
    const id = path.basename(key);
    // The temporary folder sits on the same file system as the final one, so rename is atomic.
    const tmpDir = path.join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true, mode: 0o700 });
    const tmp = path.join(tmpDir, `${id}.part`);
    const meter = new MeteredDigest(opts.maxBytes);
    // flush: fsync before close, so the rename below never publishes bytes still in the page cache.
    const file = createWriteStream(tmp, { flags: 'wx', mode: 0o600, flush: true });
    try {
      await pipeline(source, meter, file);
      const target = this.pathOf(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      await rename(tmp, target);
      return { key, sizeBytes: meter.bytes, sha256: meter.digest() };
    } catch (error) {
      // The pipeline fails without waiting for the file's open, still on libuv's thread pool:
      // removed only once the stream has closed, or the open can land after the removal.
      if (!file.closed) await new Promise<void>((closed) => file.once('close', () => closed()));
      await rm(tmp, { force: true });
      throw error;
    }
  }

  read(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return path.join(this.root, checkedEvidenceKey(key));
  }
}
