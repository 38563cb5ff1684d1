/**
 * How the admin list's ?text= is searched. Trigram indexes (pg_trgm) serve an unanchored
 * match only from three characters on; a shorter text, typically a one- or two-character
 * Chinese given name or surname (王, 李娜), is a name look-up instead: the applicant's name
 * equal to it or starting with it, served by a text_pattern_ops btree. Either way the text
 * travels as a bound LIKE pattern with its wildcards escaped, so `%` and `_` match themselves.
 */
export type TextSearch = { mode: 'contains'; pattern: string } | { mode: 'name_prefix'; pattern: string };

/** Characters from which the trigram indexes take over. */
export const TRIGRAM_MIN_CHARS = 3;

/** `\`, `%` and `_` escaped for LIKE/ILIKE (backslash is the default escape character). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The search for a ?text= value; null when it is blank. */
export function textSearch(raw: string | undefined): TextSearch | null {
  const text = raw?.trim();
  if (!text) return null;
  // Characters, not UTF-16 units: 张 is one, and so is an astral-plane character.
  if ([...text].length < TRIGRAM_MIN_CHARS) return { mode: 'name_prefix', pattern: `${escapeLike(text)}%` };
  return { mode: 'contains', pattern: `%${escapeLike(text)}%` };
}
