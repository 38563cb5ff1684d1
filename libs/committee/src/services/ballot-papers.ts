import { Injectable } from '@nestjs/common';
import { createHash, hkdfSync, randomBytes } from 'crypto';
import { AppConfig } from '@app/config';
import { PiiCipher } from '@app/common';

const PURPOSE = 'committee-ballot-paper';

/**
 * Ballot papers: a paper is a random nonce bound to one meeting and item, sealed with a key that
 * is not in the database (derived from PII_ENCRYPTION_KEY), so a paper can be checked without
 * storing anything when it is issued, and it names no member. The choice row keeps only
 * `paperHash` (SHA-256 of the nonce), which makes each paper count once.
 */
@Injectable()
export class BallotPapers {
  private readonly cipher: PiiCipher;

  constructor(config: AppConfig) {
    this.cipher = BallotPapers.cipherFor(config.PII_ENCRYPTION_KEY);
  }

  /** A separate key from the PII one (HKDF), so a paper is never a PII ciphertext and vice versa. */
  static cipherFor(piiKey: string): PiiCipher {
    const ikm = /^[0-9a-fA-F]{64}$/.test(piiKey) ? Buffer.from(piiKey, 'hex') : Buffer.from(piiKey, 'base64');
    return new PiiCipher(Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), PURPOSE, 32)).toString('hex'));
  }

  /** A fresh paper for (meeting, item). */
  issue(meetingId: string, applicationId: string): string {
    return this.cipher.seal([PURPOSE, meetingId, applicationId, randomBytes(32).toString('base64url')].join('|'));
  }

  /** The paper's hash when it is a genuine paper for (meeting, item); null otherwise (forged, altered, another item's). */
  paperHash(token: string, meetingId: string, applicationId: string): string | null {
    let plain: string;
    try {
      plain = this.cipher.open(token);
    } catch {
      return null;
    }
    const [purpose, meeting, application, nonce] = plain.split('|');
    if (purpose !== PURPOSE || meeting !== meetingId || application !== applicationId || !nonce) return null;
    return createHash('sha256').update(nonce).digest('hex');
  }
}
