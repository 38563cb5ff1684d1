import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';
import { ChainBreak, ChainHead, checkLink } from './chain/chain-link';

/** What a verification found: the chain is valid up to `head`, or broken at `firstBroken`. */
export interface ChainVerification {
  valid: boolean;
  /** Entries checked (up to and including the broken one). */
  checked: number;
  /** The last entry of the valid part of the chain (null: no valid entry). Keep it elsewhere to anchor the chain. */
  head: ChainHead | null;
  firstBroken: ChainBreak | null;
}

const BATCH = 2000;

/**
 * Walks the audit chain in position order and reports the first broken link: each entry's
 * position follows the previous one's, it names the previous entry's hash (64 zeros for the
 * first) and its canonical text, rebuilt here in Node from the raw columns (canonicalText, the
 * same text as the database's audit_entry_canonical, but not asked of it), hashes to its
 * stored hash. The whole walk reads one snapshot. Used by `npm run audit:verify` and
 * GET /admin/audit/verify.
 *
 * What it cannot see: entries removed from the end of the chain (compare `head` with a copy
 * kept elsewhere), or a chain rewritten from the tampered entry on by someone who also
 * recomputed every later hash (same remedy).
 */
@Injectable()
export class AuditChainVerifier {
  constructor(private readonly audit: AuditRepository) {}

  verify(): Promise<ChainVerification> {
    return this.audit.inSnapshot((manager) => this.walk(manager));
  }

  private async walk(manager: EntityManager): Promise<ChainVerification> {
    let head: ChainHead | null = null;
    let checked = 0;
    for (;;) {
      const links = await this.audit.chainAfter(head?.seq ?? '0', BATCH, manager);
      for (const link of links) {
        checked++;
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
