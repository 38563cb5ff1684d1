import { LocalizedText } from './localized-text';

/** One problem with one field, as shown beside the field and returned by the API. */
export interface FieldError {
  /** JSON pointer into the form data, e.g. /identity/mobile or /workHistory/2/end. */
  pointer: string;
  /** Stable machine code (FIELD_REQUIRED, ID_NUMBER_CHECKSUM, ...); clients key on it, never on the message. */
  code: string;
  message: LocalizedText;
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  return base + tokens.map((t) => '/' + escapePointerToken(String(t))).join('');
}
