import { createHash } from 'crypto';

/** prev_hash of the first entry: the chain starts at this genesis. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * One stored entry as the chain check reads it: its raw columns, each as PostgreSQL's type
 * output prints it (no function of the schema involved, so none can be replaced to lie).
 */
export interface StoredLink {
  id: string;
  /** Position in the chain (bigint as text). */
  seq: string;
  /** created_at::text with TimeZone UTC and DateStyle ISO, e.g. `2026-11-29 12:00:00.123456+00`. */
  createdAt: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** data::text: jsonb's own printed form (keys in jsonb order, numbers as stored). */
  data: string;
  ip: string | null;
  userAgent: string | null;
  prevHash: string;
  hash: string;
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

const PG_UTC_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;

/** `2026-11-29 12:00:00.12+00` -> `2026-11-29T12:00:00.120000Z` (the canonical time: UTC, microseconds). */
function canonicalTime(createdAt: string): string {
  const m = PG_UTC_TIMESTAMP.exec(createdAt);
  // Anything else cannot have been hashed by the chaining trigger: kept as is, it fails the hash.
  return m ? `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(6, '0')}Z` : createdAt;
}

/** A JSON string or null, escaped as PostgreSQL's jsonb prints it (the same escapes as JSON.stringify). */
function jsonText(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

/**
 * The canonical text of an entry, computed here from its raw columns: the text the chaining
 * trigger hashed with audit_entry_canonical (migration AuditChain), i.e. the jsonb array
 * [1, id, seq, created_at (UTC, microseconds), actor_id, action, entity_type, entity_id, data,
 * ip, user_agent, prev_hash] as jsonb prints it (elements separated by ", "). The verifier
 * never asks the database for it: an insider who replaced that function to return an entry's
 * old text would otherwise hide the change.
 */
export function canonicalText(e: StoredLink): string {
  const elements = [
    '1',
    /^\d+$/.test(e.id) ? e.id : jsonText(e.id),
    /^\d+$/.test(e.seq) ? e.seq : jsonText(e.seq),
    jsonText(canonicalTime(e.createdAt)),
    jsonText(e.actorId),
    jsonText(e.action),
    jsonText(e.entityType),
    jsonText(e.entityId),
    e.data,
    jsonText(e.ip),
    jsonText(e.userAgent),
    jsonText(e.prevHash),
  ];
  return `[${elements.join(', ')}]`;
}

/**
 * Check one entry against the one before it (null: it is the first). The hash is recomputed
 * here, in Node, from the raw columns (canonicalText), so no database function, changed or
 * not, takes part in deciding that an entry is intact.
 */
export function checkLink(entry: StoredLink, previous: ChainHead | null): ChainBreak | null {
  const expectedSeq = previous ? (BigInt(previous.seq) + 1n).toString() : '1';
  if (entry.seq !== expectedSeq) return { id: entry.id, seq: entry.seq, problem: 'SEQUENCE_GAP', expected: expectedSeq, actual: entry.seq };
  const expectedPrev = previous ? previous.hash : GENESIS_HASH;
  if (entry.prevHash !== expectedPrev) return { id: entry.id, seq: entry.seq, problem: 'PREV_HASH_MISMATCH', expected: expectedPrev, actual: entry.prevHash };
  const recomputed = sha256Hex(canonicalText(entry));
  if (entry.hash !== recomputed) return { id: entry.id, seq: entry.seq, problem: 'HASH_MISMATCH', expected: recomputed, actual: entry.hash };
  return null;
}
