import { createHash } from 'crypto';
import { canonicalText, checkLink, ChainHead, GENESIS_HASH, sha256Hex, StoredLink } from './chain-link';

/** An entry's raw columns as the verifier reads them (created_at::text in UTC, data::text). */
function entry(seq: number, prevHash: string, data = '{}'): Omit<StoredLink, 'hash'> {
  return {
    id: String(seq + 100),
    seq: String(seq),
    createdAt: '2026-11-29 12:00:00.123456+00',
    actorId: null,
    action: 'user.login_succeeded',
    entityType: 'user',
    entityId: 'u1',
    data,
    ip: '127.0.0.1',
    userAgent: 'jest',
    prevHash,
  };
}

function chain(length: number): StoredLink[] {
  const links: StoredLink[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const raw = entry(seq, prev);
    const hash = sha256Hex(canonicalText({ ...raw, hash: '' }));
    links.push({ ...raw, hash });
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

  it('builds the canonical text from the raw columns as jsonb prints the array (UTC microseconds, nulls, escapes)', () => {
    const text = canonicalText({
      ...entry(7, 'a'.repeat(64), '{"to": "in_review", "from": "submitted", "score": 81.50}'),
      createdAt: '2026-03-01 08:00:05.12+00',
      actorId: 'f1b2c3d4-0000-4000-8000-000000000001',
      userAgent: 'Probe "1"\\\n\t\u0001 资格',
      hash: '',
    });
    expect(text).toBe(
      '[1, 107, 7, "2026-03-01T08:00:05.120000Z", "f1b2c3d4-0000-4000-8000-000000000001", "user.login_succeeded", "user", "u1", ' +
        '{"to": "in_review", "from": "submitted", "score": 81.50}, "127.0.0.1", "Probe \\"1\\"\\\\\\n\\t\\u0001 资格", "' + 'a'.repeat(64) + '"]',
    );
    expect(canonicalText({ ...entry(1, GENESIS_HASH), createdAt: '2026-03-01 08:00:05+00', ip: null, hash: '' })).toContain('"2026-03-01T08:00:05.000000Z", null, "user.login_succeeded"');
  });

  it('accepts an intact chain starting at the genesis', () => {
    expect(firstBreak(chain(5))).toBeNull();
  });

  it('names the changed entry when its content no longer matches its hash', () => {
    const links = chain(5);
    links[2] = { ...links[2], action: 'user.login_failed' };
    expect(firstBreak(links)).toEqual({ id: '103', seq: '3', problem: 'HASH_MISMATCH', expected: sha256Hex(canonicalText(links[2])), actual: links[2].hash });
    // A time in another zone or format is not what the trigger hashed.
    expect(firstBreak([{ ...chain(1)[0], createdAt: '2026-11-29 20:00:00.123456+08' }])).toMatchObject({ problem: 'HASH_MISMATCH' });
  });

  it('names the entry after a removed one (position gap), and the one after a re-hashed one', () => {
    const removed = chain(5).filter((l) => l.seq !== '3');
    expect(firstBreak(removed)).toMatchObject({ id: '104', problem: 'SEQUENCE_GAP', expected: '3', actual: '4' });

    const links = chain(5);
    const changed = { ...links[1], data: '{"x": 1}' };
    const rehashed = sha256Hex(canonicalText(changed));
    links[1] = { ...changed, hash: rehashed };
    expect(firstBreak(links)).toMatchObject({ id: '103', seq: '3', problem: 'PREV_HASH_MISMATCH', expected: rehashed });
  });

  it('requires the first entry to be position 1 after the genesis', () => {
    const [first] = chain(1);
    expect(checkLink({ ...first, prevHash: 'f'.repeat(64) }, null)).toMatchObject({ problem: 'PREV_HASH_MISMATCH', expected: GENESIS_HASH });
    expect(checkLink({ ...first, seq: '2' }, null)).toMatchObject({ problem: 'SEQUENCE_GAP', expected: '1' });
  });
});
