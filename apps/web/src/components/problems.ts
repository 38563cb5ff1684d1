import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { currentLanguage } from '../i18n';

export type FieldProblem = { path?: string; code: string; message: string };

/**
 * The server could not be reached or failed (fetch rejected, status 0, 5xx): the applicant's
 * data is not at fault, so this reads as a connection problem with a retry, never as a field to fix.
 */
export function isNetworkError(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 0 || error.status >= 500;
  return error instanceof TypeError || (error instanceof Error && /fetch|network|load failed/i.test(error.message));
}

function known(t: TFunction, key: string): string | null {
  const translated = t(key, { defaultValue: '' });
  return translated && translated !== key ? translated : null;
}

/** The API's own text only when it is already in the page's language (a Chinese account's messages on an English page are not). */
function inPageLanguage(message: string): boolean {
  return /[\u4e00-\u9fff]/.test(message) === currentLanguage().startsWith('zh');
}

/**
 * One field problem in the page's language. A domain check's own message (a code such as
 * ID_NUMBER_CHECKSUM, worded with its detail by the API) when it is in the page's language;
 * else by its code (errors.fields, then errors.codes), then by its field's name (errors.paths:
 * `token`, `reason`), else a generic sentence. Never a raw key or another language's text;
 * generic FIELD_* codes are always translated (their API text is technical English).
 */
export function problemText(t: TFunction, problem: FieldProblem): string {
  const field = problem.path?.split(/[./]/).filter(Boolean).pop();
  const own = problem.message && !problem.code.startsWith('FIELD_') && inPageLanguage(problem.message) ? problem.message : null;
  return (
    own ??
    known(t, `errors.fields.${problem.code}`) ??
    known(t, `errors.codes.${problem.code}`) ??
    (field ? known(t, `errors.paths.${field}`) : null) ??
    (problem.message && inPageLanguage(problem.message) ? problem.message : t('errors.fieldInvalid'))
  );
}

/** A readable sentence for an API refusal in the page's language: network trouble, the translated code, or its fields' problems. */
export function errorText(t: TFunction, error: unknown): string {
  if (isNetworkError(error)) return t('errors.network');
  if (error instanceof ApiError) {
    const byCode = known(t, `errors.codes.${error.code}`);
    if (byCode) return byCode;
    if (error.problems.length) return [...new Set(error.problems.map((p) => problemText(t, p)))].join(currentLanguage() === 'en' ? '; ' : '；');
    return error.message && inPageLanguage(error.message) ? error.message : t('errors.unexpected');
  }
  return t('errors.unexpected');
}

/** Puts each field problem of a 400 on its antd form field (property paths like `password`). Returns whether any landed. */
export function showFieldProblems(form: FormInstance, t: TFunction, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problems.length) return false;
  const fields = error.problems
    .filter((p) => p.path && form.getFieldInstance?.(p.path.split('.')) !== undefined)
    .map((p) => ({ name: p.path!.split('.'), errors: [problemText(t, p)] }));
  form.setFields(fields);
  return fields.length > 0;
}
