import * as fs from 'fs';
import {
  COMMON_PASSWORDS_FILE,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PasswordProblemCode,
  checkPassword,
  getCommonPasswords,
  isCommonPassword,
} from './password-policy';

const codes = (password: string, email?: string): PasswordProblemCode[] =>
  checkPassword(password, email).map((p) => p.code);

// A character outside the BMP: one code point, two UTF-16 code units.
const LOCK = '\u{1F512}';

describe('password policy', () => {
  describe('constants', () => {
    it('exposes the length bounds', () => {
      expect(PASSWORD_MIN_LENGTH).toBe(8);
      expect(PASSWORD_MAX_LENGTH).toBe(128);
    });
  });

  describe('common-password list', () => {
    it('ships at least 10,000 entries', () => {
      expect(getCommonPasswords().size).toBeGreaterThanOrEqual(10_000);
    });

    it('is lowercase, deduplicated, one per line, most common first', () => {
      const lines = fs.readFileSync(COMMON_PASSWORDS_FILE, 'utf8').split('\n').filter((l) => l.length > 0);
      expect(lines.length).toBeGreaterThanOrEqual(10_000);
      expect(new Set(lines).size).toBe(lines.length);
      expect(lines.filter((l) => l !== l.toLowerCase().trim())).toEqual([]);
      expect(lines.slice(0, 2)).toEqual(['123456', 'password']);
    });

    it('is loaded once and cached', () => {
      expect(getCommonPasswords()).toBe(getCommonPasswords());
    });

    it('matches case-insensitively', () => {
      expect(isCommonPassword('PassWord')).toBe(true);
      expect(isCommonPassword('violet-tugboat-ledger-97-orbit')).toBe(false);
    });
  });

  describe('common passwords', () => {
    it.each(['password', '123456', 'qwerty123', 'PASSWORD', 'Qwerty123'])('rejects %p as too common', (pw) => {
      expect(codes(pw)).toContain('PASSWORD_TOO_COMMON');
    });

    it('gives a human-readable message', () => {
      const problem = checkPassword('password').find((p) => p.code === 'PASSWORD_TOO_COMMON');
      expect(problem?.message).toEqual(expect.any(String));
      expect(problem?.message.length).toBeGreaterThan(0);
    });
  });

  describe('length', () => {
    it('rejects 7 characters as too short', () => {
      expect(codes('xk7#pq2')).toEqual(['PASSWORD_TOO_SHORT']);
    });

    it('accepts 8 characters', () => {
      expect(codes('xk7#pq2z')).toEqual([]);
    });

    it('accepts 128 characters', () => {
      expect(codes('xk7#pq2z'.repeat(16))).toEqual([]);
    });

    it('rejects 129 characters as too long', () => {
      expect(codes('xk7#pq2z'.repeat(16) + 'a')).toEqual(['PASSWORD_TOO_LONG']);
    });

    it('rejects the empty string as too short', () => {
      expect(codes('')).toEqual(['PASSWORD_TOO_SHORT']);
    });

    it('counts code points, not UTF-16 units (astral characters)', () => {
      const seven = LOCK.repeat(7);
      expect(seven.length).toBe(14); // would pass a naive .length check
      expect(codes(seven)).toEqual(['PASSWORD_TOO_SHORT']);
      expect(codes(LOCK.repeat(8))).toEqual([]);

      const max = LOCK.repeat(128);
      expect(max.length).toBe(256); // would fail a naive .length check
      expect(codes(max)).toEqual([]);
      expect(codes(LOCK.repeat(129))).toEqual(['PASSWORD_TOO_LONG']);
    });

    it('counts BMP multi-byte characters as one each', () => {
      expect(codes('密码安全很重要')).toEqual(['PASSWORD_TOO_SHORT']); // 7
      expect(codes('密码安全非常重要')).toEqual([]); // 8
    });

    it('handles very long input without error', () => {
      expect(codes('a'.repeat(1_000_000))).toEqual(['PASSWORD_TOO_LONG']);
    });
  });

  describe('e-mail', () => {
    const email = 'Jane.Doe-Designer@Example.com';

    it('rejects the e-mail address itself, case-insensitively and trimmed', () => {
      expect(codes('jane.doe-designer@example.com', email)).toEqual(['PASSWORD_EQUALS_EMAIL']);
      expect(codes('JANE.DOE-DESIGNER@EXAMPLE.COM', `  ${email}  `)).toEqual(['PASSWORD_EQUALS_EMAIL']);
      expect(codes(' jane.doe-designer@example.com ', email)).toEqual(['PASSWORD_EQUALS_EMAIL']);
    });

    it("rejects the e-mail's local part", () => {
      expect(codes('Jane.Doe-Designer', email)).toEqual(['PASSWORD_EQUALS_EMAIL']);
    });

    it('accepts a password that merely contains the e-mail', () => {
      expect(codes('jane.doe-designer@example.com!x', email)).toEqual([]);
    });

    it('does not check the e-mail when none is given', () => {
      expect(codes('jane.doe-designer@example.com')).toEqual([]);
      expect(codes('jane.doe-designer@example.com', '')).toEqual([]);
      expect(codes('jane.doe-designer@example.com', '   ')).toEqual([]);
    });

    it('can report several problems at once', () => {
      expect(codes('Dragon', 'dragon@example.com')).toEqual(['PASSWORD_TOO_SHORT', 'PASSWORD_TOO_COMMON', 'PASSWORD_EQUALS_EMAIL']);
    });
  });

  describe('acceptable passwords', () => {
    it('accepts an uncommon long passphrase', () => {
      expect(checkPassword('violet tugboat ledger orbit 97 marmalade', 'jane@example.com')).toEqual([]);
    });

    it('imposes no composition rules', () => {
      expect(codes('allowercaseletterspassphrase')).toEqual([]);
    });
  });
});
