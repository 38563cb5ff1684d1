import { randomBytes } from 'crypto';
import { titleLevelDefinition } from '@app/common';

export const CERTIFICATE_SEQUENCE_DIGITS = 6;

/**
 * `<year><host province code><level code><6-digit sequence>`: 2026 + 50 + 2 + 000001 =
 * `2026502000001`. The sequence runs per year and level; past 999999 it keeps all its digits.
 */
export function certificateNumber(year: number, provinceCode: string, level: string, sequence: number): string {
  const levelCode = titleLevelDefinition(level)?.certificateDigit;
  if (!levelCode) throw new Error(`No certificate code for level "${level}"`);
  if (!/^\d{2}$/.test(provinceCode)) throw new Error(`Not a province code: "${provinceCode}"`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`Not a sequence: ${sequence}`);
  return `${year}${provinceCode}${levelCode}${String(sequence).padStart(CERTIFICATE_SEQUENCE_DIGITS, '0')}`;
}

/** Bytes of randomness in a verification code: 144 bits, 24 base64url characters. */
export const VERIFICATION_CODE_BYTES = 18;

/** A fresh verification code: unguessable and URL-safe. */
export function newVerificationCode(): string {
  return randomBytes(VERIFICATION_CODE_BYTES).toString('base64url');
}

/** What a verification code looks like; anything else is not looked up at all. */
export const VERIFICATION_CODE_PATTERN = /^[A-Za-z0-9_-]{24}$/;
