import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'tp.language';

dayjs.extend(utc);
dayjs.extend(timezone);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  // Chinese first: the portal's people are Chinese offices and designers.
  return stored === 'en' ? 'en' : 'zh-CN';
}

// Each language's texts are a chunk of their own, and a visit loads only the one it shows (the
// other comes when the visitor switches): the first load stays within its budget as pages add
// texts. Both files have the same keys (translations.spec.ts), so no fallback language is needed.
const TEXTS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  'zh-CN': () => import('./zh-CN.json'),
  en: () => import('./en.json'),
};

// The back office's texts (admin, recommending units, the bureau) are a chunk of their own too,
// loaded with those pages (loadBackOfficeTexts) into the same namespace: designers, reviewers
// and visitors never download them.
const BACK_OFFICE_TEXTS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  'zh-CN': () => import('./back-office.zh-CN.json'),
  en: () => import('./back-office.en.json'),
};
const backOfficeLoaded = new Set<Language>();
let backOfficeShown = false;

async function ensureTexts(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', (await TEXTS[language]()).default);
  if (backOfficeShown && !backOfficeLoaded.has(language)) {
    i18n.addResourceBundle(language, 'translation', (await BACK_OFFICE_TEXTS[language]()).default, true, false);
    backOfficeLoaded.add(language);
  }
}

/** The back office's texts in the shown language (and, from then on, in any language switched to); the back-office routes load with them. */
export async function loadBackOfficeTexts(): Promise<void> {
  backOfficeShown = true;
  await ensureTexts(currentLanguage());
}

/** Resolves once the shown language's texts are loaded; render after it (main.tsx). */
export const i18nReady: Promise<void> = (async () => {
  const language = initialLanguage();
  await i18n.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureTexts(language);
  applyLanguage(language);
})();

function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}
export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await ensureTexts(language);
  applyLanguage(language);
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** Times are shown in Asia/Shanghai whatever the browser's zone (domain: display uses Shanghai time). */
export const DISPLAY_ZONE = 'Asia/Shanghai';

export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? dayjs(value).tz(DISPLAY_ZONE).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatDate(value: string | Date | null | undefined): string {
  return value ? dayjs(value).tz(DISPLAY_ZONE).format('YYYY-MM-DD') : '—';
}

/** A text given in both languages by the API ({ 'zh-CN', en }). */
export function localized(text: { 'zh-CN'?: string; en?: string } | null | undefined): string {
  if (!text) return '';
  return (currentLanguage() === 'en' ? text.en : text['zh-CN']) ?? text['zh-CN'] ?? text.en ?? '';
}

export default i18n;
