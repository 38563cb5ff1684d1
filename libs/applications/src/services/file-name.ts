import { AttachmentError } from './attachment.errors';

export const MAX_FILE_NAME_LENGTH = 255;

// C0/C1 controls plus the Unicode format characters that reorder or hide text
// ("invoice\u202Efdp.exe" displays as "invoiceexe.pdf").
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * The name to store and show for an uploaded file. Names are shown to admins and reviewers
 * and sent back in Content-Disposition, so anything that could act as a path or disguise
 * the name is refused rather than silently rewritten.
 */
export function cleanFileName(raw: string | undefined | null): string {
  const name = (raw ?? '').normalize('NFC').trim();
  if (!name) throw AttachmentError.invalidFileName('is empty');
  if (CONTROL_CHARACTERS.test(name)) throw AttachmentError.invalidFileName('contains control characters');
  if (/[/\\]/.test(name)) throw AttachmentError.invalidFileName('contains a path separator');
  if (name.includes('..')) throw AttachmentError.invalidFileName('contains ".."');
  if (/^\.+$/.test(name)) throw AttachmentError.invalidFileName('is only dots');
  return truncateFileName(name, MAX_FILE_NAME_LENGTH);
}

/** Shorten to `max` characters (code points, as PostgreSQL counts them), keeping a short extension. */
function truncateFileName(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (ext.length > 0 && ext.length <= 16) {
    return Array.from(name.slice(0, dot)).slice(0, max - ext.length).join('').trimEnd() + ext.join('');
  }
  return chars.slice(0, max).join('').trimEnd();
}
