/** How an account's failed logins slow its next login from a client it does not know. */
export interface LoginDelayPolicy {
  /** Failures (from any client, in the window) before the first delay. */
  afterFailures: number;
  /** The first delay, ms; doubled by each further failure. */
  baseMs: number;
  /** Never longer than this, ms: the account is slowed, never locked. */
  maxMs: number;
}

/**
 * The delay before the password of a login from an unknown client is checked, given the
 * account's failures so far: none up to `afterFailures`, then base, 2 x base, 4 x base ...
 * capped at `maxMs`. A known client (device cookie, or an address that logged in before)
 * is not delayed; the caller decides that.
 */
export function loginDelayMs(accountFailures: number, policy: LoginDelayPolicy): number {
  const over = accountFailures - policy.afterFailures;
  if (over < 0 || policy.baseMs <= 0) return 0;
  // 2^31 x base is past any cap; a larger exponent would only overflow.
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(over, 31));
}
