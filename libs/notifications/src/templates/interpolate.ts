/**
 * `{{name}}` / `{{name|labelSet}}` placeholders. The label form lets senders store
 * locale-neutral keys (`associate_senior`) in the notification's variables and
 * have each recipient read them in their own language.
 */

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*(?:\|\s*([a-zA-Z][a-zA-Z0-9]*)\s*)?\}\}/g;

export interface Placeholder {
  readonly name: string;
  readonly labelSet?: string;
}

export function placeholders(template: string): Placeholder[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => (m[2] ? { name: m[1], labelSet: m[2] } : { name: m[1] }));
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes for both element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Replaces placeholders with `resolve(...)`. `escape` is applied to the literal
 * template text as well as to the values, so the html variant is escaped end to
 * end (template authors need not remember that "&" is special) while the plain
 * variant passes `identity` and keeps values byte for byte.
 */
export function interpolate(
  template: string,
  resolve: (p: Placeholder) => string,
  escape: (s: string) => string = (s) => s,
): string {
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    out += escape(template.slice(last, at));
    out += escape(resolve(m[2] ? { name: m[1], labelSet: m[2] } : { name: m[1] }));
    last = at + m[0].length;
  }
  return out + escape(template.slice(last));
}
