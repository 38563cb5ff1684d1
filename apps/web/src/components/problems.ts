import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** A readable sentence for an API refusal: the translated code when known, else the API's message. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.codes.${error.code}`;
    const translated = t(key);
    return translated !== key ? translated : error.message;
  }
  return t('errors.unexpected');
}

/** Puts each field problem of a 400 on its antd form field (property paths like `password`). Returns whether any landed. */
export function showFieldProblems(form: FormInstance, t: TFunction, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problems.length) return false;
  const fields = error.problems
    .filter((p) => p.path && form.getFieldInstance?.(p.path.split('.')) !== undefined)
    .map((p) => {
      const key = `errors.codes.${p.code}`;
      const translated = t(key);
      return { name: p.path!.split('.'), errors: [translated !== key ? translated : p.message] };
    });
  form.setFields(fields);
  return fields.length > 0;
}
