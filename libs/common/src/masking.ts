/** Mask an identifier, keeping the first and last 4 characters (domain.md §10). */
export function maskIdentifier(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** Mask a phone number: 138****5678. */
export function maskPhone(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (value.length < 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** Mask an e-mail address for a record that must not hold it: first character and domain (z***@example.com). */
export function maskEmail(value: string | null | undefined): string | null {
  if (value == null) return null;
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskIdentifier(value);
  return `${value[0]}***${value.slice(at)}`;
}
