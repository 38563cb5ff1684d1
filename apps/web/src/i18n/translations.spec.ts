import { describe, expect, it } from '@jest/globals';
import backOfficeEn from './back-office.en.json';
import backOfficeZhCN from './back-office.zh-CN.json';
import enShell from './en.json';
import zhCNShell from './zh-CN.json';
import { readFileSync } from 'fs';
import { resolve } from 'path';

/** Every leaf key of a translation file, as dotted paths (`journey.appeal.submit`). */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

/** i18next's plural suffixes: a language may need forms the other lacks (English `_one`/`_other`, Chinese `_other` only). */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (list: string[]) => [...new Set(list.map((k) => k.replace(PLURAL, '')))].sort();

// What a back-office page sees: the shell's texts and the back office's, one namespace (i18n/index.ts).
const en = { ...enShell, ...backOfficeEn };
const zhCN = { ...zhCNShell, ...backOfficeZhCN };

describe('the web translation files', () => {
  it('the back office adds namespaces of its own, never one of the shell (the later file would hide the earlier)', () => {
    for (const [shell, backOffice] of [[zhCNShell, backOfficeZhCN], [enShell, backOfficeEn]] as const) {
      expect(Object.keys(backOffice).filter((k) => k in shell)).toEqual([]);
    }
  });

  it('zh-CN and en have the same keys: no text shows untranslated in either language', () => {
    const zh = base(keys(zhCN));
    const english = base(keys(en));
    expect(zh.filter((k) => !english.includes(k))).toEqual([]);
    expect(english.filter((k) => !zh.includes(k))).toEqual([]);
  });

  it('no translation is empty (apart from a status with no next step)', () => {
    for (const [name, file] of [['zh-CN', zhCN], ['en', en]] as const) {
      const empty = keys(file).filter((k) => {
        const value = k.split('.').reduce<unknown>((node: unknown, part: string) => (node as Record<string, unknown>)[part], file);
        return value === '' && !k.startsWith('nextSteps.');
      });
      expect({ name, empty }).toEqual({ name, empty: [] });
    }
  });

  it('every notification type the API sends has a label in both languages (the preferences page shows no raw key such as appeal.lodged)', () => {
    // The API's catalogue, read as text: the web's compiler does not reach into the API's libraries.
    const catalogue = readFileSync(resolve(__dirname, '../../../../libs/notifications/src/catalogue/notification-types.ts'), 'utf8');
    const types = [...catalogue.matchAll(/^\s+type: '([a-z_]+\.[a-z_]+)',$/gm)].map((m) => m[1]);
    expect(types.length).toBeGreaterThan(15);
    for (const [name, file] of [['zh-CN', zhCN], ['en', en]] as const) {
      const missing = types.filter((type) => typeof type.split('.').reduce<unknown>((node: unknown, part: string) => (node as Record<string, unknown> | undefined)?.[part], file.notificationTypes) !== 'string');
      expect({ name, missing }).toEqual({ name, missing: [] });
    }
  });
});
