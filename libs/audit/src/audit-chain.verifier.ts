import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';
import { AuditCheckpointStore, AuditSigningKeys } from './checkpoint-store';
import { ChainBreak, ChainHead, checkLink } from './chain/chain-link';
import { CheckpointClaim, checkCheckpoint } from './chain/checkpoint';

export type CheckpointProblemCode =
  /** The file is not a checkpoint (not JSON, or fields missing). */
  | 'UNREADABLE'
  /** Its signature does not verify with the configured key: forged or changed. */
  | 'SIGNATURE_INVALID'
  /** Checkpoints exist but no AUDIT_SIGNING_KEY is configured to check them. */
  | 'NO_KEY'
  /** The checkpointed entry is in the chain with another hash: the chain was rewritten up to it. */
  | 'ENTRY_CHANGED'
  /** The chain is shorter than the checkpoint: entries were cut from the end. */
  | 'CHAIN_TRUNCATED';

export interface CheckpointProblem {
  file: string;
  /** The position the checkpoint names (null when it could not be read). */
  seq: string | null;
  problem: CheckpointProblemCode;
  expected: string | null;
  actual: string | null;
}

export interface CheckpointsVerification {
  /** Checkpoint files found. */
  checked: number;
  /** The newest checkpoint with a valid signature. */
  newest: CheckpointClaim | null;
  problems: CheckpointProblem[];
}

/** What a verification found: the chain is valid up to `head`, or broken at `firstBroken`; and what the signed checkpoints say. */
export interface ChainVerification {
  /** The chain is intact and agrees with every checkpoint. */
  valid: boolean;
  /** Entries checked (up to and including the broken one). */
  checked: number;
  /** The last entry of the valid part of the chain (null: no valid entry). */
  head: ChainHead | null;
  firstBroken: ChainBreak | null;
  checkpoints: CheckpointsVerification;
}

/** A walk of the chain from a trusted point on (the worker's check before it signs). */
export interface ChainWalk {
  valid: boolean;
  head: ChainHead | null;
  firstBroken: ChainBreak | null;
}

const BATCH = 2000;

/**
 * Walks the audit chain in position order and reports the first broken link: each entry's
 * position follows the previous one's, it names the previous entry's hash (64 zeros for the
 * first) and its canonical text, rebuilt here in Node from the raw columns (canonicalText, the
 * same text as the database's audit_entry_canonical, but not asked of it), hashes to its
 * stored hash. The whole walk reads one snapshot. Then every signed checkpoint
 * (AuditCheckpointStore, outside the database) must verify with the key, name an entry that is
 * still in the chain with the same hash, and be no longer than the chain: so a tail cut off, or
 * a chain recomputed from a change onward by someone with the owner's rights, is found up to
 * the last checkpoint. Used by `npm run audit:verify` and GET /admin/audit/verify.
 */
@Injectable()
export class AuditChainVerifier {
  constructor(
    private readonly audit: AuditRepository,
    private readonly store: AuditCheckpointStore,
    private readonly keys: AuditSigningKeys,
  ) {}

  async verify(): Promise<ChainVerification> {
    const files = await this.store.list();
    const problems: CheckpointProblem[] = [];
    const claims: { file: string; claim: CheckpointClaim }[] = [];
    for (const file of files) {
      if (file.content === undefined) problems.push({ file: file.name, seq: null, problem: 'UNREADABLE', expected: null, actual: null });
      else if (!this.keys.publicKey) problems.push({ file: file.name, seq: null, problem: 'NO_KEY', expected: null, actual: null });
      else {
        const claim = checkCheckpoint(file.content, this.keys.publicKey);
        if (claim) claims.push({ file: file.name, claim });
        else {
          const seq = (file.content as { seq?: unknown })?.seq;
          problems.push({ file: file.name, seq: typeof seq === 'string' ? seq : null, problem: 'SIGNATURE_INVALID', expected: null, actual: null });
        }
      }
    }
    const wanted = new Map<string, string>(claims.map(({ claim }) => [claim.seq, claim.hash]));
    const found = new Map<string, string>();
    const walk = await this.audit.inSnapshot((manager) => this.walk(manager, null, (seq, hash) => wanted.has(seq) && found.set(seq, hash)));

    for (const { file, claim } of claims) {
      const hash = found.get(claim.seq);
      if (hash !== undefined) {
        if (hash !== claim.hash) problems.push({ file, seq: claim.seq, problem: 'ENTRY_CHANGED', expected: claim.hash, actual: hash });
      } else if (walk.valid) {
        // The whole chain was walked and never reached this position.
        problems.push({ file, seq: claim.seq, problem: 'CHAIN_TRUNCATED', expected: claim.seq, actual: walk.head?.seq ?? '0' });
      }
    }
    const newest = claims.reduce<CheckpointClaim | null>((n, { claim }) => (!n || BigInt(claim.seq) > BigInt(n.seq) ? claim : n), null);
    return {
      valid: walk.valid && problems.length === 0,
      checked: walk.checked,
      head: walk.head,
      firstBroken: walk.firstBroken,
      checkpoints: { checked: files.length, newest, problems },
    };
  }

  /**
   * Walk from `start` (an entry trusted to be at that position with that hash, e.g. the newest
   * checkpoint's) to the end; from the genesis when null. The entry at `start` itself must still
   * be there with that hash.
   */
  walkFrom(start: ChainHead | null): Promise<ChainWalk> {
    return this.audit.inSnapshot(async (manager) => {
      if (start) {
        const [entry] = await this.audit.chainAfter((BigInt(start.seq) - 1n).toString(), 1, manager);
        if (!entry || entry.seq !== start.seq || entry.hash !== start.hash) {
          return { valid: false, head: null, firstBroken: { id: entry?.id ?? '', seq: start.seq, problem: 'HASH_MISMATCH', expected: start.hash, actual: entry?.seq === start.seq ? entry.hash : null } };
        }
        // Its own content must still give its hash (its predecessor is vouched for by the checkpoint).
        const broken = checkLink(entry, { seq: (BigInt(start.seq) - 1n).toString(), hash: entry.prevHash });
        if (broken) return { valid: false, head: null, firstBroken: broken };
      }
      const { valid, head, firstBroken } = await this.walk(manager, start);
      return { valid, head, firstBroken };
    });
  }

  private async walk(manager: EntityManager, start: ChainHead | null, visit?: (seq: string, hash: string) => void): Promise<ChainWalk & { checked: number }> {
    let head: ChainHead | null = start;
    let checked = 0;
    for (;;) {
      const links = await this.audit.chainAfter(head?.seq ?? '0', BATCH, manager);
      for (const link of links) {
        checked++;
        visit?.(link.seq, link.hash);
        const broken = checkLink(link, head);
        if (broken) return { valid: false, checked, head, firstBroken: broken };
        head = { seq: link.seq, hash: link.hash };
      }
      if (links.length < BATCH) break;
    }
    // A gap right after the head (its successor removed, later ones present) is caught above;
    // rows outside the chain altogether are only found this way.
    const unchained = await this.audit.firstUnchained(manager);
    if (unchained) return { valid: false, checked, head, firstBroken: { id: unchained, seq: null, problem: 'UNCHAINED', expected: null, actual: null } };
    return { valid: true, checked, head, firstBroken: null };
  }
}
