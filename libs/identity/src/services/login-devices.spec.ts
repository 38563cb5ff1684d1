import { AppConfig, validateEnvironment } from '@app/config';
import { Clock } from '@app/common';
import { LoginDevices, readCookie } from './login-devices';

class FixedClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  now(): Date {
    return this.at;
  }
}

describe('LoginDevices', () => {
  const config = Object.assign(new AppConfig(), validateEnvironment({ LOGIN_KNOWN_CLIENT_TTL_SECONDS: '3600' }));
  const clock = new FixedClock(new Date('2026-03-01T00:00:00Z'));
  const devices = new LoginDevices(config, clock);

  afterEach(() => (clock.at = new Date('2026-03-01T00:00:00Z')));

  it('recognises its own cookie for the account it was issued for, with a device id of its own', () => {
    const first = devices.issue('owner@example.com');
    const second = devices.issue('owner@example.com');
    expect(devices.verify(first, 'owner@example.com')).toEqual(expect.any(String));
    expect(devices.verify(first, 'owner@example.com')).not.toBe(devices.verify(second, 'owner@example.com'));
    expect(first).not.toContain('owner');
  });

  it('refuses it for another account, tampered, from another key, or expired', () => {
    const value = devices.issue('owner@example.com');
    expect(devices.verify(value, 'attacker@example.com')).toBeNull();
    const [version, expiry, id, mac] = value.split('.');
    expect(devices.verify([version, String(Number(expiry) + 3600), id, mac].join('.'), 'owner@example.com')).toBeNull();
    // Any other spelling of the MAC, the last character's unused bits included.
    for (const tampered of [`${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`, `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`]) {
      expect(devices.verify([version, expiry, id, tampered].join('.'), 'owner@example.com')).toBeNull();
    }
    const otherKey = new LoginDevices(Object.assign(new AppConfig(), validateEnvironment({ JWT_SECRET: 'another-secret-of-at-least-32-characters!!' })), clock);
    expect(otherKey.verify(value, 'owner@example.com')).toBeNull();
    clock.at = new Date('2026-03-01T01:00:00Z');
    expect(devices.verify(value, 'owner@example.com')).toBeNull();
    for (const junk of [undefined, '', 'd1', 'x'.repeat(5000)]) expect(devices.verify(junk, 'owner@example.com')).toBeNull();
  });

  it('reads one cookie out of a Cookie header', () => {
    expect(readCookie('a=1; tp_device=d1.x ; b=2', 'tp_device')).toBe('d1.x');
    expect(readCookie('tp_device_other=1', 'tp_device')).toBeUndefined();
    expect(readCookie(undefined, 'tp_device')).toBeUndefined();
  });
});
