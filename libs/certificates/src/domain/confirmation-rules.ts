import type { FieldProblem } from '@app/common';

/** The longest approval document number (文号) accepted; the column is varchar(64). */
export const DOCUMENT_NUMBER_MAX_LENGTH = 64;
/** The most files one batch may confirm (one request, one transaction). */
export const BATCH_MAX_FILES = 200;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Control characters (C0, DEL, C1) and line or paragraph separators: never part of a printed number. */
// eslint-disable-next-line no-control-regex -- the point is to find them
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * The approval document number as stored: trimmed (outer spaces, also ideographic ones);
 * refused empty, longer than DOCUMENT_NUMBER_MAX_LENGTH or with control characters.
 * Its wording (e.g. 渝人社职〔2026〕15号) varies by bureau and year, so no pattern beyond that.
 */
export function normaliseDocumentNumber(raw: unknown): { value: string } | { problem: FieldProblem } {
  const path = 'documentNumber';
  if (typeof raw !== 'string') return { problem: { path, code: 'DOCUMENT_NUMBER_REQUIRED', message: 'Give the approval document number' } };
  const value = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (!value) return { problem: { path, code: 'DOCUMENT_NUMBER_REQUIRED', message: 'Give the approval document number' } };
  if ([...value].length > DOCUMENT_NUMBER_MAX_LENGTH) return { problem: { path, code: 'DOCUMENT_NUMBER_TOO_LONG', message: `The approval document number has at most ${DOCUMENT_NUMBER_MAX_LENGTH} characters` } };
  if (CONTROL.test(value)) return { problem: { path, code: 'DOCUMENT_NUMBER_FORMAT', message: 'The approval document number may not contain control characters or line breaks' } };
  return { value };
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isCivilDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = CIVIL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The date of issue: a real date, not after `today` (Asia/Shanghai, YYYY-MM-DD). */
export function issueDateProblem(issuedOn: unknown, today: string): FieldProblem | null {
  const path = 'issuedOn';
  if (!isCivilDate(issuedOn)) return { path, code: 'ISSUE_DATE_INVALID', message: 'Give the date of issue as YYYY-MM-DD' };
  if (issuedOn > today) return { path, code: 'ISSUE_DATE_IN_FUTURE', message: `The date of issue cannot be after today (${today})` };
  return null;
}

/** The batch's files: sorted and without repeats (so locks are taken in one order, and the same set reads the same). */
export function batchFileIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))].sort();
}

/** Whether a request repeats a batch already made: same document number (the caller matched it), same date, same files. */
export function repeatsBatch(batch: { issuedOn: string; applicationIds: readonly string[] }, request: { issuedOn: string; applicationIds: readonly string[] }): boolean {
  const a = batchFileIds(batch.applicationIds);
  const b = batchFileIds(request.applicationIds);
  return batch.issuedOn === request.issuedOn && a.length === b.length && a.every((id, i) => id === b[i]);
}
