import { createHash } from 'crypto';

/** prev_hash of the first entry: the chain starts at this genesis. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the chain check needs of one stored entry, read in seq order. */
export interface StoredLink {
  id: string;
  /** Position in the chain (bigint as text). */
  seq: string;
  prevHash: string;
  hash: string;
  /** audit_entry_canonical(row) as the database renders it now: the one canonical text (migration AuditChain). */
  canonical: string;
}

export type ChainProblem =
  /** The entry is not at the position after the previous one (an entry was removed or re-numbered). */
  | 'SEQUENCE_GAP'
  /** The entry does not name the previous entry's hash (an entry before it was removed or replaced). */
  | 'PREV_HASH_MISMATCH'
  /** The entry's content no longer hashes to its stored hash (the entry was changed). */
  | 'HASH_MISMATCH'
  /** A committed entry without a chain position (written with the chaining trigger disabled). */
  | 'UNCHAINED';

/** The first broken link: which entry, what was expected and what is stored. */
export interface ChainBreak {
  id: string;
  seq: string | null;
  problem: ChainProblem;
  expected: string | null;
  actual: string | null;
}

/** The end of the chain checked so far. */
export interface ChainHead {
  seq: string;
  hash: string;
}

/** Hex SHA-256 of a canonical text (UTF-8), as audit_entry_hash computes it in the database. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Check one entry against the one before it (null: it is the first). The hash is recomputed
 * here, in Node, from the canonical text, so a database function changed to return the stored
 * hash would not hide a changed entry.
 */
export function checkLink(entry: StoredLink, previous: ChainHead | null): ChainBreak | null {
  const expectedSeq = previous ? (BigInt(previous.seq) + 1n).toString() : '1';
  if (entry.seq !== expectedSeq) return { id: entry.id, seq: entry.seq, problem: 'SEQUENCE_GAP', expected: expectedSeq, actual: entry.seq };
  const expectedPrev = previous ? previous.hash : GENESIS_HASH;
  if (entry.prevHash !== expectedPrev) return { id: entry.id, seq: entry.seq, problem: 'PREV_HASH_MISMATCH', expected: expectedPrev, actual: entry.prevHash };
  const recomputed = sha256Hex(entry.canonical);
  if (entry.hash !== recomputed) return { id: entry.id, seq: entry.seq, problem: 'HASH_MISMATCH', expected: recomputed, actual: entry.hash };
  return null;
}
