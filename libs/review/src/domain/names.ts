/**
 * Keys for comparing names the way people write them: the same employer or person typed on
 * different keyboards, in different cases, with or without the legal-form suffix, must give
 * the same key. An empty key (a name that is nothing but a suffix or punctuation) matches nothing.
 */

// Punctuation, symbols and every kind of space (after NFKC, full-width forms are half-width).
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s]+/gu;

// Legal-form words at the end of an English name, compared as whole words so that
// "Zinc" never loses its "inc". "Co., Ltd." / "Co.,Ltd" / "Company Limited" all end in these.
const LATIN_SUFFIX_WORDS = new Set(['co', 'company', 'ltd', 'limited', 'inc', 'incorporated', 'llc', 'corp', 'corporation', 'plc', 'gmbh']);

// Chinese legal forms, longest first; stripped repeatedly ("某某集团股份有限公司" -> "某某").
const CJK_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司'];

/** The key of an employer's name: NFKC, lower case, no spaces or punctuation, no legal-form suffix. */
export function employerNameKey(name: string | null | undefined): string {
  if (!name) return '';
  const words = name.normalize('NFKC').toLowerCase().replace(SEPARATORS, ' ').trim().split(' ').filter(Boolean);
  while (words.length > 0 && LATIN_SUFFIX_WORDS.has(words[words.length - 1])) words.pop();
  let key = words.join('');
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const suffix of CJK_SUFFIXES) {
      if (key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length);
        stripped = true;
        break;
      }
    }
  }
  return key;
}

/** The key of a person's name: NFKC, lower case, no spaces or punctuation ("阿依古丽·买买提" = "阿依古丽买买提"). */
export function personNameKey(name: string | null | undefined): string {
  if (!name) return '';
  return name.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
}

/** A unified social credit code as stored: NFKC (full-width digits typed in), no spaces, upper case. */
export function creditCodeKey(code: string | null | undefined): string {
  if (!code) return '';
  return code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
