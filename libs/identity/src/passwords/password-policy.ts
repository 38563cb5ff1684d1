import * as fs from 'fs';
import * as path from 'path';

/**
 * Password policy (NIST SP 800-63B style): a length range, no composition
 * rules, a block-list of common passwords, and no password equal to the
 * account's e-mail address.
 *
 * Lengths are counted in Unicode code points, not UTF-16 code units, so an
 * emoji or a supplementary-plane CJK character counts as one character.
 * The password is NOT normalised (NFC/NFKC) here; combining sequences count
 * each code point.
 */

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblemCode =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_COMMON'
  | 'PASSWORD_EQUALS_EMAIL';

export interface PasswordProblem {
  code: PasswordProblemCode;
  message: string;
}

/**
 * Path of the bundled list. The build must copy `*.txt` assets next to the
 * compiled JavaScript (tsc does not copy them), or loading fails at run time.
 */
export const COMMON_PASSWORDS_FILE = path.join(__dirname, 'common-passwords.txt');

let commonPasswords: ReadonlySet<string> | undefined;

/**
 * Returns the set of common passwords (lowercase). The file is read lazily on
 * first use and cached for the lifetime of the process.
 */
export function getCommonPasswords(): ReadonlySet<string> {
  if (commonPasswords === undefined) {
    const text = fs.readFileSync(COMMON_PASSWORDS_FILE, 'utf8');
    const set = new Set<string>();
    for (const line of text.split(/\r?\n/)) {
      const entry = line.trim().toLowerCase();
      if (entry.length > 0) set.add(entry);
    }
    commonPasswords = set;
  }
  return commonPasswords;
}

/** True when the lowercase form of `password` is in the common-password list. */
export function isCommonPassword(password: string): boolean {
  return getCommonPasswords().has(password.toLowerCase());
}

/**
 * Counts Unicode code points, stopping once `limit` is exceeded so that a
 * huge input costs no more than `limit + 1` iterations.
 */
function countCodePoints(value: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < value.length && count <= limit; i += 1) {
    const unit = value.charCodeAt(i);
    // A high surrogate followed by a low surrogate is one code point; a lone
    // surrogate counts as one, as with the string iterator.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

function equalsEmail(password: string, email: string | undefined): boolean {
  if (email === undefined) return false;
  const normalisedEmail = email.trim().toLowerCase();
  if (normalisedEmail.length === 0) return false;
  const candidate = password.trim().toLowerCase();
  if (candidate.length === 0) return false;
  if (candidate === normalisedEmail) return true;
  const at = normalisedEmail.lastIndexOf('@');
  if (at > 0) {
    const localPart = normalisedEmail.slice(0, at).trim();
    if (localPart.length > 0 && candidate === localPart) return true;
  }
  return false;
}

/**
 * Checks `password` against the policy and returns every problem found
 * (an empty array means the password is acceptable).
 *
 * @param password the candidate password, exactly as entered
 * @param email    the account's e-mail address, if known
 */
export function checkPassword(password: string, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];

  const length = countCodePoints(password, PASSWORD_MAX_LENGTH);
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({
      code: 'PASSWORD_TOO_SHORT',
      message: `Password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
    });
  } else if (length > PASSWORD_MAX_LENGTH) {
    problems.push({
      code: 'PASSWORD_TOO_LONG',
      message: `Password must be at most ${PASSWORD_MAX_LENGTH} characters long.`,
    });
  }

  // Over-long input cannot be in the list (no entry is that long); skip the
  // lower-casing of a potentially huge string.
  if (length <= PASSWORD_MAX_LENGTH && isCommonPassword(password)) {
    problems.push({
      code: 'PASSWORD_TOO_COMMON',
      message: 'This password is too common and easy to guess; choose a different one.',
    });
  }

  if (length <= PASSWORD_MAX_LENGTH && equalsEmail(password, email)) {
    problems.push({
      code: 'PASSWORD_EQUALS_EMAIL',
      message: 'Password must not be the same as your e-mail address.',
    });
  }

  return problems;
}
