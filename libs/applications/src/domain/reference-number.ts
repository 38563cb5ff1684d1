import { TITLE_LEVEL_DEFINITIONS } from '@app/common';
import type { TitleLevel } from './form-data';

export function referenceNumber(cycleCode: string, level: TitleLevel, sequence: number): string {
  return `${referencePrefix(cycleCode, level)}${String(sequence).padStart(REFERENCE_DIGITS, '0')}`;
}

/** Everything before the sequence: `<cycle code>-<level code>-`. */
export function referencePrefix(cycleCode: string, level: TitleLevel): string {
  return `${cycleCode}-${TITLE_LEVEL_DEFINITIONS[level].referenceCode}-`;
}

/** The sequence is zero-padded to this many digits (longer numbers are kept whole). */
export const REFERENCE_DIGITS = 6;
