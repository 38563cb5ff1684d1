import { AppConfig, validateEnvironment } from '@app/config';
import { rateLimitPolicies, RateLimitedError, targetAddress } from './throttling';

describe('targetAddress', () => {
  it('is the e-mail of the body, normalised, so case and spaces do not make a new target', () => {
    expect(targetAddress({ body: { email: '  Someone@Example.COM ' } })).toBe('someone@example.com');
  });

  it('falls back to the signed-in caller, and is null without either', () => {
    expect(targetAddress({ body: { token: 'x' }, user: { email: 'Me@Example.com' } })).toBe('me@example.com');
    expect(targetAddress({ body: { token: 'x' } })).toBeNull();
    expect(targetAddress({})).toBeNull();
  });

  it('ignores an e-mail that is not a string (the validation pipe refuses it later)', () => {
    expect(targetAddress({ body: { email: ['a@example.com'] } })).toBeNull();
    expect(targetAddress({ body: { email: '   ' }, user: { email: 'me@example.com' } })).toBe('me@example.com');
  });
});

describe('rateLimitPolicies', () => {
  it('takes every limit from the configuration', () => {
    const config = Object.assign(new AppConfig(), validateEnvironment({ RATE_LIMIT_MAIL_PER_ADDRESS: '2', RATE_LIMIT_PASSWORD_WINDOW_SECONDS: '60' }));
    expect(rateLimitPolicies(config)).toEqual({
      mail: { perIp: 30, perAddress: 2, windowSeconds: 3600 },
      password: { perIp: 30, perAddress: 10, windowSeconds: 60 },
      objection: { perIp: 5, perAddress: 5, windowSeconds: 3600 },
      verify: { perIp: 60, perAddress: 60, windowSeconds: 60 },
      token: { perIp: 30, perAddress: 30, windowSeconds: 900 },
      session: { perIp: 600, perAddress: 600, windowSeconds: 60 },
      public: { perIp: 600, perAddress: 600, windowSeconds: 60 },
    });
  });
});

describe('RateLimitedError', () => {
  it('is a 429 RATE_LIMITED with Retry-After', () => {
    const error = new RateLimitedError(90);
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', details: { retryAfterSeconds: 90 }, headers: { 'Retry-After': '90' } });
  });
});
