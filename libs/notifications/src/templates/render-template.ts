import { escapeHtml, interpolate, placeholders, type Placeholder } from './interpolate';
import { label, TEMPLATE_LOCALES, type TemplateLocale } from './labels';
import { LAYOUT, layoutHtml, layoutText, type EmailParts } from './layout';
import { TEMPLATES, isTemplateKey, type LocaleTemplate } from './template-definitions';
import { TemplateVariableError, UnknownTemplateError } from './template-errors';

export type TemplateVars = Readonly<Record<string, string | number | null | undefined>>;

export interface RenderedTemplate {
  /** E-mail subject, one line. */
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** Short inbox title, one line. */
  readonly title: string;
  /** Inbox body, plain text. */
  readonly body: string;
}

/**
 * Variables any template may use without the sender supplying them; `defaultFor`
 * fills them when absent or blank. The office name is configurable per deployment,
 * but most senders need not care, and its default is in the reader's language.
 */
const OPTIONAL_VARS: ReadonlySet<string> = new Set(['officeName']);

function defaultFor(name: string, locale: TemplateLocale): string | undefined {
  return name === 'officeName' ? LAYOUT[locale].defaultOfficeName : undefined;
}

// The greeting is the layout's, not the template's: its `recipientName` is optional (see renderTemplate).
function allStrings(t: LocaleTemplate): string[] {
  return [t.subject, t.title, t.body, ...t.paragraphs, ...(t.action ? [`{{${t.action.urlVar}}}`] : [])];
}

/**
 * Names of the variables a template needs (in either locale), sorted. Optional
 * variables (officeName with its default, and the greeting's recipientName) are not included.
 */
export function templateVariables(templateKey: string): string[] {
  if (!isTemplateKey(templateKey)) throw new UnknownTemplateError(templateKey);
  const names = new Set<string>();
  for (const locale of TEMPLATE_LOCALES) {
    for (const s of allStrings(TEMPLATES[templateKey][locale])) {
      for (const p of placeholders(s)) if (!OPTIONAL_VARS.has(p.name)) names.add(p.name);
    }
  }
  return [...names].sort();
}

// Own properties only: a variable named like an Object.prototype member must not
// pick up a function from the prototype chain.
function present(vars: TemplateVars, name: string): string | undefined {
  const value: unknown = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  // A blank reason or deadline is as useless to the reader as a missing one.
  if (typeof value !== 'string') return undefined;
  return value.trim() === '' ? undefined : value;
}

// Links are the one place a variable turns into markup with behaviour: only
// absolute http(s) URLs, so a stray "javascript:" can never become a button.
const SAFE_URL = /^https?:\/\/[^\s]+$/i;

// Mail header injection: a CR or LF in a subject would start a new header.
// U+0085/U+2028/U+2029 are removed too because some clients treat them as breaks.
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g;

function oneLine(s: string): string {
  return s.replace(LINE_BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Renders a template for one recipient.
 *
 * The html variant HTML-escapes every inserted value (and turns its line breaks
 * into <br>); the text, subject, title and body variants insert values as given,
 * because they are plain text and escaping would show "&amp;" to the reader. The
 * subject and title are flattened to one line.
 *
 * Throws UnknownTemplateError for an unknown key or locale, and
 * TemplateVariableError when a needed variable is missing or blank, a closed label
 * set does not know the value, or a link is not an absolute http(s) URL.
 */
export function renderTemplate(templateKey: string, locale: TemplateLocale, vars: TemplateVars): RenderedTemplate {
  if (!isTemplateKey(templateKey)) throw new UnknownTemplateError(templateKey);
  if (!(TEMPLATE_LOCALES as readonly string[]).includes(locale)) throw new UnknownTemplateError(templateKey, locale);
  const t: LocaleTemplate = TEMPLATES[templateKey][locale];

  // The compiler is the first check (each emitter's payload is typed by EventPayloads in
  // @app/outbox, and the catalogue's requiredVars against it); this one stays for what it
  // cannot see: blank values, rows written by older code, casts. Up front, in a stable
  // order, so the error names the first missing variable whichever string uses it first.
  for (const name of templateVariables(templateKey)) {
    if (present(vars, name) === undefined) throw new TemplateVariableError(templateKey, name);
  }

  const resolve = (p: Placeholder): string => {
    const raw = present(vars, p.name) ?? defaultFor(p.name, locale);
    if (raw === undefined) throw new TemplateVariableError(templateKey, p.name);
    if (!p.labelSet) return raw;
    const shown = label(p.labelSet, raw, locale);
    if (shown === undefined) throw new TemplateVariableError(templateKey, p.name, 'invalid', `"${raw}" is not a known ${p.labelSet}`);
    return shown;
  };
  const plain = (s: string) => interpolate(s, resolve);
  const html = (s: string) => interpolate(s, resolve, escapeHtml).replace(/\r\n|\r|\n/g, '<br>');

  let action: { label: string; url: string } | undefined;
  if (t.action) {
    const url = resolve({ name: t.action.urlVar });
    if (!SAFE_URL.test(url)) throw new TemplateVariableError(templateKey, t.action.urlVar, 'invalid', 'not an absolute http(s) URL');
    action = { label: t.action.label, url };
  }

  const subject = oneLine(plain(t.subject));
  // Named only when the dispatcher gives a name, which it does only for a verified address.
  const greeting = present(vars, 'recipientName') === undefined ? LAYOUT[locale].neutralGreeting : LAYOUT[locale].greeting;
  const officeName = oneLine(resolve({ name: 'officeName' }));

  const textParts: EmailParts = {
    locale,
    subject,
    greeting: plain(greeting),
    paragraphs: t.paragraphs.map(plain),
    action,
    officeName,
  };
  const htmlParts: EmailParts = {
    locale,
    subject: escapeHtml(subject),
    greeting: html(greeting),
    paragraphs: t.paragraphs.map(html),
    action: action && { label: escapeHtml(action.label), url: escapeHtml(action.url) },
    officeName: escapeHtml(officeName),
  };

  return {
    subject,
    html: layoutHtml(htmlParts),
    text: layoutText(textParts),
    title: oneLine(plain(t.title)),
    body: plain(t.body),
  };
}
