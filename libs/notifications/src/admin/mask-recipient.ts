/**
 * How an admin list shows a delivery's recipient: enough to recognise an address
 * (first two characters and the domain), not enough to harvest it. Users are also
 * identified by id, which the admin can open in the user screens.
 */
export function maskRecipientKey(recipientKey: string): string {
  const colon = recipientKey.indexOf(':');
  const kind = recipientKey.slice(0, colon);
  const value = recipientKey.slice(colon + 1);
  if (kind === 'email') return maskEmail(value);
  return recipientKey;
}

export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '*'.repeat(Math.min(address.length, 8));
  const local = address.slice(0, at);
  const shown = local.length <= 2 ? local.slice(0, 1) : local.slice(0, 2);
  return `${shown}***${address.slice(at)}`;
}
