import { createHash } from 'crypto';
import { checkLink, ChainHead, GENESIS_HASH, sha256Hex, StoredLink } from './chain-link';

/** A canonical text in the format of audit_entry_canonical (migration AuditChain). */
function canonical(seq: number, prevHash: string, data: Record<string, unknown> = {}): string {
  return JSON.stringify([1, seq + 100, seq, '2026-11-29T12:00:00.123456Z', null, 'user.login_succeeded', 'user', 'u1', data, '127.0.0.1', 'jest', prevHash]);
}

function chain(length: number): StoredLink[] {
  const links: StoredLink[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const text = canonical(seq, prev);
    const hash = sha256Hex(text);
    links.push({ id: String(seq + 100), seq: String(seq), prevHash: prev, hash, canonical: text });
    prev = hash;
  }
  return links;
}

function firstBreak(links: StoredLink[]) {
  let previous: ChainHead | null = null;
  for (const link of links) {
    const broken = checkLink(link, previous);
    if (broken) return broken;
    previous = { seq: link.seq, hash: link.hash };
  }
  return null;
}

describe('audit chain links', () => {
  it('hashes the UTF-8 bytes of the canonical text with SHA-256 (hex), as the database does', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // Chinese text: the bytes hashed are UTF-8, not UTF-16 code units.
    expect(sha256Hex('资格审查')).toBe(createHash('sha256').update(Buffer.from('资格审查', 'utf8')).digest('hex'));
    expect(sha256Hex('资格审查')).not.toBe(createHash('sha256').update(Buffer.from('资格审查', 'utf16le')).digest('hex'));
  });

  it('accepts an intact chain starting at the genesis', () => {
    expect(firstBreak(chain(5))).toBeNull();
  });

  it('names the changed entry when its content no longer matches its hash', () => {
    const links = chain(5);
    links[2] = { ...links[2], canonical: links[2].canonical.replace('user.login_succeeded', 'user.login_failed') };
    expect(firstBreak(links)).toEqual({ id: '103', seq: '3', problem: 'HASH_MISMATCH', expected: sha256Hex(links[2].canonical), actual: links[2].hash });
  });

  it('names the entry after a removed one (position gap), and the one after a re-hashed one', () => {
    const removed = chain(5).filter((l) => l.seq !== '3');
    expect(firstBreak(removed)).toMatchObject({ id: '104', problem: 'SEQUENCE_GAP', expected: '3', actual: '4' });

    const links = chain(5);
    const rehashed = sha256Hex(links[1].canonical + ' ');
    links[1] = { ...links[1], canonical: links[1].canonical + ' ', hash: rehashed };
    expect(firstBreak(links)).toMatchObject({ id: '103', seq: '3', problem: 'PREV_HASH_MISMATCH', expected: rehashed });
  });

  it('requires the first entry to be position 1 after the genesis', () => {
    const [first] = chain(1);
    expect(checkLink({ ...first, prevHash: 'f'.repeat(64) }, null)).toMatchObject({ problem: 'PREV_HASH_MISMATCH', expected: GENESIS_HASH });
    expect(checkLink({ ...first, seq: '2' }, null)).toMatchObject({ problem: 'SEQUENCE_GAP', expected: '1' });
  });
});
