import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';
import zhCN from './zh-CN.json';
import en from './en.json';

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

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}
applyLanguage(i18n.language as Language);

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  applyLanguage(language);
  void i18n.changeLanguage(language);
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
