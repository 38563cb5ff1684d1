import { createHmac } from 'crypto';
import { hashToken, newToken, PiiCipher } from './pii-cipher';

const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';

describe('PiiCipher', () => {
  const cipher = new PiiCipher(KEY);

  it('round-trips and never repeats a ciphertext', () => {
    const a = cipher.seal('500103198805124713');
    const b = cipher.seal('500103198805124713');
    expect(a).not.toEqual(b);
    expect(a).not.toContain('500103198805124713');
    expect(cipher.open(a)).toBe('500103198805124713');
  });

  it('rejects a tampered ciphertext', () => {
    const sealed = cipher.seal('secret');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('other!').toString('base64url');
    expect(() => cipher.open(parts.join('.'))).toThrow();
  });

  it('rejects a value sealed with another key', () => {
    const other = new PiiCipher('ff'.repeat(32));
    expect(() => other.open(cipher.seal('x'))).toThrow();
  });

  it('makes a keyed blind index: an HMAC, the same for the same value under the same key, never the value', () => {
    const index = cipher.blindIndex('500103198805124713');
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(cipher.blindIndex('500103198805124713')).toBe(index);
    expect(cipher.blindIndex('500103198805124721')).not.toBe(index);
    expect(new PiiCipher('ff'.repeat(32)).blindIndex('500103198805124713')).not.toBe(index);
    // Not a plain hash of the value, nor an HMAC keyed with the AES key itself.
    expect(index).not.toBe(hashToken('500103198805124713'));
    expect(index).not.toBe(createHmac('sha256', Buffer.from(KEY, 'hex')).update('500103198805124713').digest('hex'));
  });

  it('hashes tokens deterministically and makes unguessable tokens', () => {
    expect(hashToken('abc')).toBe(hashToken('abc'));
    expect(newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
