import { parseIsoDate } from '@app/common';
import { isProvinceCode } from './regions';

// ISO 7064 MOD 11-2 as used by GB 11643 (domain.md §5).
const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK_CHARS = '10X98765432';

// GB 32100: the code's alphabet drops I, O, S, V and Z to avoid look-alikes.
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

// Nobody alive (or applying for a title) was born before this; catches typos like 1088.
const EARLIEST_BIRTH_YEAR = 1900;

export type ResidentIdFailure =
  | 'LENGTH'
  | 'FORMAT'
  | 'CHECKSUM'
  | 'BIRTH_DATE_INVALID'
  | 'BIRTH_DATE_FUTURE'
  | 'PROVINCE_UNKNOWN';

export type ResidentIdResult =
  | { ok: true; value: string; birthDate: string; province: string }
  | { ok: false; reason: ResidentIdFailure };

export type UsccFailure = 'LENGTH' | 'FORMAT' | 'CHECKSUM';

export type UsccResult = { ok: true; value: string } | { ok: false; reason: UsccFailure };

/** The check character for the first 17 digits of a resident ID number. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i];
  return RESIDENT_ID_CHECK_CHARS[sum % 11];
}

/** Trims and upper-cases so a lower-case x check character is accepted and stored as X. */
export function normaliseResidentId(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Validates an 18-character PRC resident ID number. `today` (YYYY-MM-DD, Asia/Shanghai)
 * is passed in rather than read from the clock so results are reproducible in tests.
 */
export function validateResidentId(value: unknown, today: string): ResidentIdResult {
  if (typeof value !== 'string') return { ok: false, reason: 'FORMAT' };
  const id = normaliseResidentId(value);
  if (id.length !== 18) return { ok: false, reason: 'LENGTH' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'FORMAT' };
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'CHECKSUM' };
  const province = id.slice(0, 2);
  if (!isProvinceCode(province)) return { ok: false, reason: 'PROVINCE_UNKNOWN' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const parsed = parseIsoDate(birthDate);
  if (!parsed || parsed.y < EARLIEST_BIRTH_YEAR) return { ok: false, reason: 'BIRTH_DATE_INVALID' };
  if (birthDate > today) return { ok: false, reason: 'BIRTH_DATE_FUTURE' };
  return { ok: true, value: id, birthDate, province };
}

/** The check character for the first 17 characters of a unified social credit code. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]);
    if (v < 0) throw new RangeError(`character outside the code's alphabet: ${first17[i]}`);
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** People type credit codes in lower case; they are checked and stored upper-cased. */
export function normaliseUscc(value: string): string {
  return value.trim().toUpperCase();
}

export function validateUscc(value: unknown): UsccResult {
  if (typeof value !== 'string') return { ok: false, reason: 'FORMAT' };
  const code = normaliseUscc(value);
  if (code.length !== 18) return { ok: false, reason: 'LENGTH' };
  for (const ch of code) if (!USCC_ALPHABET.includes(ch)) return { ok: false, reason: 'FORMAT' };
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, reason: 'CHECKSUM' };
  return { ok: true, value: code };
}

/** 11 digits, 1 then 3-9 (no mainland carrier prefix starts 10, 11 or 12). No +86 prefix. */
export function isMainlandMobile(value: unknown): value is string {
  return typeof value === 'string' && /^1[3-9]\d{9}$/.test(value);
}

/**
 * An international number in E.164 (+, country code, at most 15 digits in all), as a Hong Kong,
 * Macao, Taiwan or foreign designer (passport or other document) gives it. Spaces, hyphens and
 * brackets people type between the groups (`+852 9123 4567`) are allowed and ignored.
 */
export function isE164Phone(value: unknown): value is string {
  return typeof value === 'string' && /^\+[1-9]\d{6,14}$/.test(value.replace(/[\s\-()]/g, ''));
}

/**
 * The mobile number rule that follows the identity document: a resident ID holder gives a
 * mainland mobile; anyone else may give a mainland mobile or an international one in E.164.
 */
export function isMobileForDocument(value: unknown, documentType: unknown): value is string {
  if (isMainlandMobile(value)) return true;
  return documentType !== 'resident_id' && documentType !== undefined && isE164Phone(value);
}

/**
 * Shows the first 4 and last 4 characters and stars the rest (domain.md §10). Values of
 * 8 characters or fewer are starred completely: showing 4 + 4 would reveal all of them.
 */
export function maskIdentifier(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 8) return '*'.repeat(chars.length);
  return chars.slice(0, 4).join('') + '*'.repeat(chars.length - 8) + chars.slice(-4).join('');
}
