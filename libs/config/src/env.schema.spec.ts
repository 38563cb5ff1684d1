import { ConfigValidationError, validateEnvironment } from './env.schema';

describe('validateEnvironment', () => {
  it('applies working local defaults when nothing is set', () => {
    const config = validateEnvironment({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/title_portal');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_AUTO_MIGRATE).toBe(true);
  });

  it('converts strings to numbers and booleans', () => {
    const config = validateEnvironment({ PORT: '4100', DATABASE_AUTO_MIGRATE: 'false', NODE_ENV: 'production' });
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
});
