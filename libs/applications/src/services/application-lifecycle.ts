import type { TitleLevel } from '../domain';

/** Level codes inside reference numbers: 2026-ID-INT-000123. */
export const LEVEL_CODES: Record<TitleLevel, string> = {
  assistant: 'AST',
  intermediate: 'INT',
  associate_senior: 'SEN',
  full_senior: 'PRO',
};

export function referenceNumber(cycleCode: string, level: TitleLevel, sequence: number): string {
  return `${referencePrefix(cycleCode, level)}${String(sequence).padStart(REFERENCE_DIGITS, '0')}`;
}

/** Everything before the sequence: `<cycle code>-<level code>-`. */
export function referencePrefix(cycleCode: string, level: TitleLevel): string {
  return `${cycleCode}-${LEVEL_CODES[level]}-`;
}

/** The sequence is zero-padded to this many digits (longer numbers are kept whole). */
export const REFERENCE_DIGITS = 6;
