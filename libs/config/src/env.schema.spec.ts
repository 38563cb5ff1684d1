import { assertRunnable, ConfigValidationError, EnvironmentVariables, runProblems, validateEnvironment } from './env.schema';
import { generateAuditSigningKey } from './audit-signing-key';
import { parseTrustProxy } from './trust-proxy';
import { parseFraction } from './fraction';

describe('validateEnvironment', () => {
  it('applies working local defaults when nothing is set (the database tools need no secrets)', () => {
    const config = validateEnvironment({});
    expect(config.DATABASE_URL).toBe('postgres://title_portal_app@127.0.0.1:5432/title_portal');
    expect(config.DATABASE_OWNER_URL).toBe('postgres://postgres@127.0.0.1:5432/title_portal');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_AUTO_MIGRATE).toBe(true);
  });

  it('migrates as DATABASE_OWNER_URL; unset, as DATABASE_URL itself once that is not the local default', () => {
    expect(validateEnvironment({ DATABASE_URL: 'postgres://app:pw@db.example:5432/portal' }).DATABASE_OWNER_URL).toBe('postgres://app:pw@db.example:5432/portal');
    const both = validateEnvironment({ DATABASE_URL: 'postgres://app@db.example/portal', DATABASE_OWNER_URL: 'postgres://owner@db.example/portal' });
    expect([both.DATABASE_URL, both.DATABASE_OWNER_URL]).toEqual(['postgres://app@db.example/portal', 'postgres://owner@db.example/portal']);
    expect(() => validateEnvironment({ DATABASE_OWNER_URL: 'mysql://x' })).toThrow(/DATABASE_OWNER_URL/);
  });

  it('derives PUBLIC_URL from PORT when PUBLIC_URL is unset, so e-mailed links and QR codes follow the port', () => {
    expect(validateEnvironment({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(validateEnvironment({ PORT: '4100' }).PUBLIC_URL).toBe('http://localhost:4100');
    expect(validateEnvironment({ PORT: '4100', PUBLIC_URL: '' }).PUBLIC_URL).toBe('http://localhost:4100');
    expect(validateEnvironment({ PORT: '4100', PUBLIC_URL: 'https://portal.example.org' }).PUBLIC_URL).toBe('https://portal.example.org');
    expect(() => validateEnvironment({ PUBLIC_URL: 'portal.example.org' })).toThrow(/PUBLIC_URL must be an http\(s\) URL/);
  });

  it('converts strings to numbers and booleans', () => {
    const config = validateEnvironment({
      PORT: '4100',
      DATABASE_AUTO_MIGRATE: 'false',
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      PII_ENCRYPTION_KEY: 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100',
      AUDIT_SIGNING_KEY: generateAuditSigningKey(),
      ADMIN_PASSWORD: 'An-office-password-2026',
      SEED_DEMO: 'false',
    });
    expect(config.PORT).toBe(4100);
    expect(config.DATABASE_AUTO_MIGRATE).toBe(false);
    expect(config.LOG_PRETTY).toBe(false);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short', HOST_PROVINCE: 'CQ' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET', 'HOST_PROVINCE']) expect(message).toContain(name);
  });

  it('treats empty values as unset', () => {
    expect(validateEnvironment({ SMTP_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('refuses LOGIN_MAX_FAILURES_PER_ACCOUNT by name: its meaning changed, so an old setting is never silently ignored', () => {
    expect(() => validateEnvironment({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '10' })).toThrow(/LOGIN_MAX_FAILURES_PER_ACCOUNT: retired.*LOGIN_MAX_FAILURES_PER_CLIENT/);
    expect(validateEnvironment({ LOGIN_MAX_FAILURES_PER_CLIENT: '7' }).LOGIN_MAX_FAILURES_PER_CLIENT).toBe(7);
  });

  describe('TRUST_PROXY', () => {
    it('takes false, a hop count or a list of proxy addresses and ranges', () => {
      expect(parseTrustProxy(validateEnvironment({}).TRUST_PROXY)).toBe(false);
      expect(parseTrustProxy(validateEnvironment({ TRUST_PROXY: '0' }).TRUST_PROXY)).toBe(false);
      expect(parseTrustProxy(validateEnvironment({ TRUST_PROXY: '2' }).TRUST_PROXY)).toBe(2);
      expect(parseTrustProxy(validateEnvironment({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,::1,loopback' }).TRUST_PROXY)).toEqual(['10.0.0.1', '10.1.0.0/16', '::1', 'loopback']);
    });

    it.each(['true', 'yes', '11', '10.0.0.0/33', '10.0.0.1/8/8', 'proxy.example.org', ' , '])('refuses %p, naming the variable', (value) => {
      expect(() => validateEnvironment({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY must be false, a hop count/);
    });
  });

  describe('COMMITTEE_QUORUM', () => {
    it('takes a share n/d with n <= d', () => {
      expect(parseFraction(validateEnvironment({}).COMMITTEE_QUORUM)).toEqual({ numerator: 2, denominator: 3 });
      expect(parseFraction(validateEnvironment({ COMMITTEE_QUORUM: '3/4' }).COMMITTEE_QUORUM)).toEqual({ numerator: 3, denominator: 4 });
    });

    it.each(['0/3', '4/3', '2/0', '0.66', 'two thirds', '2/3/4'])('refuses %p, naming the variable', (value) => {
      expect(() => validateEnvironment({ COMMITTEE_QUORUM: value })).toThrow(/COMMITTEE_QUORUM: must be a share n\/d/);
    });
  });

  describe('fit to run (runProblems)', () => {
    const secrets = {
      JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      PII_ENCRYPTION_KEY: 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100',
      AUDIT_SIGNING_KEY: generateAuditSigningKey(),
      ADMIN_PASSWORD: 'An-office-password-2026',
      SEED_DEMO: 'false',
    };
    const published = new EnvironmentVariables();
    const refused = (env: Record<string, string | undefined>): string[] => runProblems(validateEnvironment(env)).map((p) => p.split(':')[0]).sort();

    it('is production unless development is asked for', () => {
      expect(validateEnvironment({}).NODE_ENV).toBe('production');
    });

    it('refuses to start on the published defaults in production, naming each variable', () => {
      let error: unknown;
      try {
        assertRunnable(validateEnvironment({ NODE_ENV: 'production' }));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigValidationError);
      expect((error as ConfigValidationError).problems.map((p) => p.split(':')[0]).sort()).toEqual(['ADMIN_PASSWORD', 'AUDIT_SIGNING_KEY', 'JWT_SECRET', 'PII_ENCRYPTION_KEY', 'SEED_DEMO']);
    });

    it.each(Object.keys(secrets))('refuses when only %s is left at its default or on', (name) => {
      const env: Record<string, string | undefined> = { NODE_ENV: 'production', ...secrets, [name]: undefined };
      expect(() => assertRunnable(validateEnvironment(env))).toThrow(new RegExp(`- ${name}: `));
    });

    it('starts with secrets of its own and the demo seed off', () => {
      expect(runProblems(validateEnvironment({ NODE_ENV: 'production', ...secrets }))).toEqual([]);
    });

    it('refuses a missing or published signing key in development too, naming it (the demo seed and password stay allowed)', () => {
      const signingKey = { AUDIT_SIGNING_KEY: secrets.AUDIT_SIGNING_KEY };
      expect(refused({ NODE_ENV: 'development' })).toEqual(['AUDIT_SIGNING_KEY', 'JWT_SECRET', 'PII_ENCRYPTION_KEY']);
      expect(refused({ NODE_ENV: 'development', ...signingKey, JWT_SECRET: published.JWT_SECRET, PII_ENCRYPTION_KEY: secrets.PII_ENCRYPTION_KEY })).toEqual(['JWT_SECRET']);
      expect(refused({ NODE_ENV: 'development', ...signingKey, JWT_SECRET: secrets.JWT_SECRET, PII_ENCRYPTION_KEY: published.PII_ENCRYPTION_KEY })).toEqual(['PII_ENCRYPTION_KEY']);
      expect(refused({ NODE_ENV: 'development', JWT_SECRET: secrets.JWT_SECRET, PII_ENCRYPTION_KEY: secrets.PII_ENCRYPTION_KEY })).toEqual(['AUDIT_SIGNING_KEY']);
      expect(refused({ NODE_ENV: 'development', ...signingKey, JWT_SECRET: secrets.JWT_SECRET, PII_ENCRYPTION_KEY: secrets.PII_ENCRYPTION_KEY })).toEqual([]);
    });

    it('lets only the test suite run on the published keys', () => {
      expect(runProblems(validateEnvironment({ NODE_ENV: 'test' }))).toEqual([]);
      expect(validateEnvironment({ NODE_ENV: 'test' }).JWT_SECRET).toBe(published.JWT_SECRET);
    });

    it('leaves tools that only need the database alone (validateEnvironment checks formats only)', () => {
      expect(validateEnvironment({}).SEED_DEMO).toBe(true);
    });
  });
});
