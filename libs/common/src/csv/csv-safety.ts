import { Options, stringify, Stringifier } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';

/** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"), tab and carriage return included. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number ("-12.5") is read as a number, never as a formula: left as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * A text cell made safe to open in a spreadsheet: one starting with = + - @, a tab or a carriage
 * return gets a leading single quote, so `=HYPERLINK(...)` shows as text instead of running.
 */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * A csv-stringify stream for every CSV the portal writes: string cells (header included) pass
 * through neutraliseCsvCell; numbers, booleans and dates are cast as csv-stringify does.
 */
export function csvStringifier(options: Omit<Options, 'cast'>): Stringifier {
  return stringify({ ...options, cast: { string: (value) => neutraliseCsvCell(value) } });
}

/** csvStringifier's rules for a small CSV made in one piece (e.g. a filing export of one batch). */
export function csvText(records: Record<string, unknown>[], options: Omit<Options, 'cast'>): string {
  return stringifySync(records, { ...options, cast: { string: (value) => neutraliseCsvCell(value) } });
}
