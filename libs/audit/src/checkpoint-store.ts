import { createPublicKey, KeyObject } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { Injectable } from '@nestjs/common';
import { AppConfig, parseAuditSigningKey } from '@app/config';
import type { SignedCheckpoint } from './chain/checkpoint';

const CHECKPOINT_FILE = /^checkpoint-\d{20}-\d{8}T\d{6}\d{3}Z\.json$/;

/** The key pair of AUDIT_SIGNING_KEY (both null when it is not set): from the configuration, never from the database. */
@Injectable()
export class AuditSigningKeys {
  readonly privateKey: KeyObject | null;
  readonly publicKey: KeyObject | null;

  constructor(config: Pick<AppConfig, 'AUDIT_SIGNING_KEY'>) {
    this.privateKey = config.AUDIT_SIGNING_KEY ? (parseAuditSigningKey(config.AUDIT_SIGNING_KEY) ?? null) : null;
    this.publicKey = this.privateKey ? createPublicKey(this.privateKey) : null;
  }
}

/** One file of the checkpoint folder: its name and its parsed JSON (undefined: not JSON). */
export interface CheckpointFile {
  name: string;
  content: unknown;
}

/**
 * Signed checkpoints, one JSON file each, in AUDIT_CHECKPOINT_DIR: outside the database, so
 * whoever rewrites the database does not rewrite them too. (Object storage with a retention
 * lock would be the next step; this class is the one place to change.)
 */
@Injectable()
export class AuditCheckpointStore {
  private readonly dir: string;

  constructor(config: Pick<AppConfig, 'AUDIT_CHECKPOINT_DIR'>) {
    this.dir = path.resolve(config.AUDIT_CHECKPOINT_DIR);
  }

  /** Every checkpoint file, oldest first (the names sort by chain position, then time). */
  async list(): Promise<CheckpointFile[]> {
    const names = await fs.readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const files: CheckpointFile[] = [];
    for (const name of names.filter((n) => CHECKPOINT_FILE.test(n)).sort()) {
      const text = await fs.readFile(path.join(this.dir, name), 'utf8');
      let content: unknown;
      try {
        content = JSON.parse(text);
      } catch {
        content = undefined;
      }
      files.push({ name, content });
    }
    return files;
  }

  /** Write a checkpoint whole or not at all (a temporary file renamed into place). Returns its file name. */
  async write(checkpoint: SignedCheckpoint): Promise<string> {
    await fs.mkdir(this.dir, { recursive: true });
    const name = `checkpoint-${checkpoint.seq.padStart(20, '0')}-${checkpoint.signedAt.replace(/[-:.]/g, '')}.json`;
    const temporary = path.join(this.dir, `.${name}.tmp`);
    await fs.writeFile(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`, { flag: 'wx' });
    await fs.rename(temporary, path.join(this.dir, name));
    return name;
  }
}
