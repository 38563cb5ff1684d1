export type VarValue = string | number | null;

/** `name@locale`: a payload variable given once per language, e.g. `cycleName@zh-CN`. */
const LOCALIZED_KEY = /^([A-Za-z][A-Za-z0-9_]*)@([A-Za-z]{2}(?:-[A-Za-z]{2})?)$/;

/**
 * Resolves locale-specific payload variables for one recipient: a domain service
 * that cannot know who will read a message (or writes to several people at once)
 * puts `cycleName@zh-CN` and `cycleName@en` in the payload, and the recipient sees
 * the one in their language as `cycleName`. A plain `cycleName` in the payload is
 * overridden by the matching variant; when no variant matches the locale, a plain
 * value wins, then any variant (a message in the other language beats a template
 * error). The suffixed keys are dropped.
 */
export function resolveLocalizedVars(vars: Readonly<Record<string, VarValue>>, locale: string): Record<string, VarValue> {
  const out: Record<string, VarValue> = {};
  const exact: Record<string, VarValue> = {};
  const fallback: Record<string, VarValue> = {};
  for (const [key, value] of Object.entries(vars)) {
    const match = LOCALIZED_KEY.exec(key);
    if (!match) {
      out[key] = value;
      continue;
    }
    const [, name, variant] = match;
    if (variant.toLowerCase() === locale.toLowerCase()) exact[name] = value;
    else if (!(name in fallback)) fallback[name] = value;
  }
  for (const [name, value] of Object.entries(fallback)) if (out[name] === undefined || out[name] === null) out[name] = value;
  Object.assign(out, exact);
  return out;
}
