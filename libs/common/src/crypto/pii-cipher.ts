import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'crypto';

const VERSION = 'v1';

/**
 * AES-256-GCM for personal data and short-lived secrets at rest (domain.md §10).
 * Output: `v1.<iv>.<tag>.<ciphertext>` in base64url; the version prefix leaves room
 * for key rotation.
 */
export class PiiCipher {
  private readonly key: Buffer;
  /** The blind index's own key, derived from the PII key: the AES key itself never keys an HMAC. */
  private readonly indexKey: Buffer;

  constructor(key: string) {
    this.key = /^[0-9a-fA-F]{64}$/.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64');
    if (this.key.length !== 32) throw new Error('PII key must be 32 bytes');
    this.indexKey = createHmac('sha256', this.key).update('portal blind index v1').digest();
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, ciphertext] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('Not a sealed value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  /**
   * Deterministic keyed digest (HMAC-SHA256, 64 hex characters), for equality lookups on
   * encrypted values (e.g. "same ID number"): without the key it says nothing about the value.
   */
  blindIndex(value: string): string {
    return createHmac('sha256', this.indexKey).update(value, 'utf8').digest('hex');
  }
}

/** SHA-256 hex of a token: what the database stores instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A URL-safe random token with 256 bits of entropy. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}
