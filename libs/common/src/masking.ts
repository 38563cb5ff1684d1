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
