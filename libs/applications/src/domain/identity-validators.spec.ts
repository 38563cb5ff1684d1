import * as fs from 'fs';
import * as path from 'path';
import {
  isE164Phone,
  isMainlandMobile,
  isMobileForDocument,
  maskIdentifier,
  residentIdCheckChar,
  ResidentIdFailure,
  UsccFailure,
  usccCheckChar,
  validateResidentId,
  validateUscc,
} from './identity-validators';

// Public facts (check digits, GB/T 2260 codes) copied from shared/ into the repository: tests read only the repository.
const VECTORS_PATH = path.join(__dirname, 'fixtures', 'test-vectors.json');

interface Vectors {
  residentId: {
    valid: { value: string; birthDate: string; province: string }[];
    invalid: { value: string; reason: string }[];
  };
  unifiedSocialCreditCode: {
    valid: { value: string }[];
    invalid: { value: string; reason: string }[];
    normalise: { value: string; becomes: string }[];
  };
  mainlandMobile: { valid: string[]; invalid: { value: string; reason: string }[] };
}

const vectors: Vectors = JSON.parse(fs.readFileSync(VECTORS_PATH, 'utf8'));
const TODAY = '2026-03-15';

function expectedIdReason(reason: string): ResidentIdFailure | undefined {
  if (/check character/.test(reason) && !/although/.test(reason)) return 'CHECKSUM';
  if (/no such date/.test(reason)) return 'BIRTH_DATE_INVALID';
  if (/future/.test(reason)) return 'BIRTH_DATE_FUTURE';
  if (/province/.test(reason)) return 'PROVINCE_UNKNOWN';
  if (/\d+ characters/.test(reason)) return 'LENGTH';
  if (/letter/.test(reason)) return 'FORMAT';
  return undefined;
}

function expectedUsccReason(reason: string): UsccFailure | undefined {
  if (/check character/.test(reason)) return 'CHECKSUM';
  if (/\d+ characters/.test(reason)) return 'LENGTH';
  if (/alphabet/.test(reason)) return 'FORMAT';
  return undefined;
}

describe('validateResidentId', () => {
  it('has vectors to check', () => {
    expect(vectors.residentId.valid.length).toBeGreaterThan(0);
    expect(vectors.residentId.invalid.length).toBeGreaterThan(0);
  });

  it.each(vectors.residentId.valid.map((v) => [v.value, v]))('accepts %s', (_value, v) => {
    expect(validateResidentId(v.value, TODAY)).toEqual({ ok: true, value: v.value, birthDate: v.birthDate, province: v.province });
  });

  it.each(vectors.residentId.invalid.map((v) => [v.value, v.reason]))('rejects %s (%s)', (value, reason) => {
    const result = validateResidentId(value, TODAY);
    expect(result.ok).toBe(false);
    const expected = expectedIdReason(reason);
    if (expected && !result.ok) expect(result.reason).toBe(expected);
  });

  it('accepts a lower-case x and normalises it to X', () => {
    const withX = vectors.residentId.valid.find((v) => v.value.endsWith('X'))!;
    expect(validateResidentId(withX.value.toLowerCase(), TODAY)).toMatchObject({ ok: true, value: withX.value });
  });

  it('treats a birth date of today as valid and tomorrow as future', () => {
    const first17 = '50010320260315123';
    const id = first17 + residentIdCheckChar(first17);
    expect(validateResidentId(id, '2026-03-15')).toMatchObject({ ok: true, birthDate: '2026-03-15' });
    expect(validateResidentId(id, '2026-03-14')).toEqual({ ok: false, reason: 'BIRTH_DATE_FUTURE' });
  });

  it('rejects birth years before 1900 and non-strings', () => {
    const first17 = '50010318880101123';
    expect(validateResidentId(first17 + residentIdCheckChar(first17), TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE_INVALID' });
    expect(validateResidentId(Number("500103198805124713"), TODAY)).toEqual({ ok: false, reason: 'FORMAT' });
  });
});

describe('validateUscc', () => {
  it.each(vectors.unifiedSocialCreditCode.valid.map((v) => [v.value]))('accepts %s', (value) => {
    expect(validateUscc(value)).toEqual({ ok: true, value });
  });

  it.each(vectors.unifiedSocialCreditCode.invalid.map((v) => [v.value, v.reason]))('rejects %s (%s)', (value, reason) => {
    const result = validateUscc(value);
    expect(result.ok).toBe(false);
    const expected = expectedUsccReason(reason);
    if (expected && !result.ok) expect(result.reason).toBe(expected);
  });

  it.each(vectors.unifiedSocialCreditCode.normalise.map((v) => [v.value, v.becomes]))('normalises %s to %s', (value, becomes) => {
    expect(validateUscc(value)).toEqual({ ok: true, value: becomes });
  });

  it('maps a check value of 31 to 0', () => {
    // Search a prefix whose weighted sum is divisible by 31, so the check value is 31 -> 0.
    let found: string | undefined;
    for (let n = 0; n < 1000 && !found; n++) {
      const prefix = `915000000000000${String(n).padStart(3, '0')}`.slice(0, 17);
      if (usccCheckChar(prefix) === '0') found = prefix;
    }
    expect(found).toBeDefined();
    expect(validateUscc(found + '0')).toMatchObject({ ok: true });
  });
});

describe('isMainlandMobile', () => {
  it.each(vectors.mainlandMobile.valid.map((v) => [v]))('accepts %s', (value) => {
    expect(isMainlandMobile(value)).toBe(true);
  });

  it.each(vectors.mainlandMobile.invalid.map((v) => [v.value, v.reason]))('rejects %s (%s)', (value) => {
    expect(isMainlandMobile(value)).toBe(false);
  });

  it('rejects a +86 prefix and non-strings', () => {
    expect(isMainlandMobile('+8613800138000')).toBe(false);
    expect(isMainlandMobile(13800138000)).toBe(false);
  });
});

describe('maskIdentifier', () => {
  it('keeps the first 4 and last 4 characters', () => {
    expect(maskIdentifier('500103198805124713')).toBe('5001**********4713');
    expect(maskIdentifier('13800138000')).toBe('1380***8000');
    expect(maskIdentifier('E12345678')).toBe('E123*5678');
  });

  it('stars short values completely rather than reveal them', () => {
    expect(maskIdentifier('12345678')).toBe('********');
    expect(maskIdentifier('')).toBe('');
  });
});

describe('international mobile numbers', () => {
  it('accepts E.164 with the separators people type, refuses numbers without + or too long', () => {
    expect(isE164Phone('+852 9123 4567')).toBe(true);
    expect(isE164Phone('+85291234567')).toBe(true);
    expect(isE164Phone('+1 (415) 555-2671')).toBe(true);
    expect(isE164Phone('91234567')).toBe(false);
    expect(isE164Phone('+0 123 4567')).toBe(false);
    expect(isE164Phone('+1234567890123456')).toBe(false);
  });

  it('follows the identity document: a resident ID holder gives a mainland mobile, others either', () => {
    expect(isMobileForDocument('+852 9123 4567', 'passport')).toBe(true);
    expect(isMobileForDocument('+852 9123 4567', 'other')).toBe(true);
    expect(isMobileForDocument('+852 9123 4567', 'resident_id')).toBe(false);
    expect(isMobileForDocument('13800138000', 'passport')).toBe(true);
    expect(isMobileForDocument('13800138000', 'resident_id')).toBe(true);
  });
});
