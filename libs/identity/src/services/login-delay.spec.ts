import { loginDelayMs } from './login-delay';

describe('loginDelayMs', () => {
  const policy = { afterFailures: 5, baseMs: 1000, maxMs: 10_000 };

  it('does not delay the first failures', () => {
    for (let failures = 0; failures < 5; failures++) expect(loginDelayMs(failures, policy)).toBe(0);
  });

  it('doubles with each further failure, up to the cap, and never refuses', () => {
    expect([5, 6, 7, 8, 9, 10, 50, 10_000].map((n) => loginDelayMs(n, policy))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000, 10_000]);
  });

  it('grows monotonically', () => {
    let previous = 0;
    for (let failures = 0; failures < 100; failures++) {
      const delay = loginDelayMs(failures, { afterFailures: 2, baseMs: 7, maxMs: 5000 });
      expect(delay).toBeGreaterThanOrEqual(previous);
      previous = delay;
    }
  });

  it('is off with a zero base, and delays from the first failure with afterFailures 0', () => {
    expect(loginDelayMs(100, { ...policy, baseMs: 0 })).toBe(0);
    expect(loginDelayMs(0, { ...policy, afterFailures: 0 })).toBe(1000);
  });
});
