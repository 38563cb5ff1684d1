import { Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'crypto';
import { AppConfig } from '@app/config';
import { Clock } from '@app/common';
import { normaliseEmail } from './email';

/** The httpOnly cookie that marks a browser (or any client keeping cookies) as a known device of one account. */
export const LOGIN_DEVICE_COOKIE = 'tp_device';

const VERSION = 'd1';
const FORMAT = /^d1\.(\d{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/** The value of one cookie in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Device cookies (OWASP "slow down online guessing attacks with device cookies"): after a
 * successful login the client gets `d1.<expiry>.<device id>.<mac>`, an HMAC over the account
 * (hash of the normalised e-mail), the expiry and a random device id. Presented on a later
 * login to the same account, it makes the client known: its failures are counted on the
 * device instead of the address (an attacker at the same address does not lock it out), and
 * neither the account's delay nor the address's limit applies to it. It holds no personal
 * data, and is useless for any other account.
 */
@Injectable()
export class LoginDevices {
  private readonly key: Buffer;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    // A key of its own, derived, so a device cookie's MAC can never stand for another signature.
    this.key = createHmac('sha256', config.JWT_SECRET).update('login-device-cookie/v1').digest();
  }

  private mac(email: string, expiry: string, deviceId: string): Buffer {
    const account = createHash('sha256').update(email).digest('hex');
    return createHmac('sha256', this.key).update(`${VERSION}.${account}.${expiry}.${deviceId}`).digest();
  }

  /** A new device cookie value for this account. */
  issue(rawEmail: string): string {
    const email = normaliseEmail(rawEmail);
    const expiry = String(Math.floor(this.clock.now().getTime() / 1000) + this.config.LOGIN_KNOWN_CLIENT_TTL_SECONDS);
    const deviceId = randomBytes(16).toString('base64url');
    return `${VERSION}.${expiry}.${deviceId}.${this.mac(email, expiry, deviceId).toString('base64url')}`;
  }

  /** The device id of a cookie issued for this account and not expired; null for anything else. */
  verify(value: string | undefined, email: string): string | null {
    const match = value ? FORMAT.exec(value) : null;
    if (!match) return null;
    const [, expiry, deviceId, mac] = match;
    if (Number(expiry) * 1000 <= this.clock.now().getTime()) return null;
    // Compared as text: base64url's last character carries unused bits, so decoding first would
    // accept more than one spelling of the same MAC.
    const presented = Buffer.from(mac);
    const expected = Buffer.from(this.mac(email, expiry, deviceId).toString('base64url'));
    return presented.length === expected.length && timingSafeEqual(presented, expected) ? deviceId : null;
  }
}
