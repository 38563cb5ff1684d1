/** Every user-facing string in the domain is produced in both portal languages at once. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}
