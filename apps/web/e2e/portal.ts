import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { simpleParser, type ParsedMail } from 'mailparser';

export { expect };

/** The demo accounts the seed creates (README > Demo accounts). */
export const ADMIN = { email: 'admin@title-portal.local', password: 'Admin-demo-2026!' };
export const PASSWORD = 'a-long-Designer-passphrase-42';

export const test = base.extend<{ cspViolations: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  baseURL: async ({}, use) => use(process.env.TP_WEB_BASE_URL),
  // Every page must run under its CSP without refusals, apart from the two known, harmless ones:
  // rc-component's scroll locker and scrollbar measurement insert <style> elements without the
  // nonce (see the API's http/security-headers.ts), so they are blocked and nothing else is.
  cspViolations: async ({ page }, use) => {
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.sample}`);
      });
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text());
    });
    await use(violations);
  },
});

/** Unique addresses per run: the database is shared by the tests of one run. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 6)}@example.com`;
}

/** Waits for the message the sink received for this address whose subject matches. */
export async function waitForMail(to: string, subject?: RegExp, timeoutMs = 30_000): Promise<ParsedMail> {
  const dir = process.env.TP_WEB_MAIL_DIR!;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const name of fs.readdirSync(dir).sort()) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, name)));
      const recipients = ([] as { value: { address?: string }[] }[]).concat((mail.to as never) ?? []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
      if (recipients.includes(to.toLowerCase()) && (!subject || subject.test(mail.subject ?? ''))) return mail;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No e-mail to ${to}${subject ? ` matching ${subject}` : ''} within ${timeoutMs} ms`);
}

/** The first portal link in a message (verification, reset, invitation). */
export function linkIn(mail: ParsedMail): string {
  const match = /(https?:\/\/[^\s"<>]+\?token=[A-Za-z0-9_%-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error(`No link in: ${mail.text}`);
  return match[1];
}

export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/电子邮箱|E-mail/).fill(email);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(登 ?录|Log in)$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** axe on the current page: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  // A colour read mid-transition (a menu item turning selected) is not the page's colour.
  // Endless ones (a spinner) are left alone.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** CSP refusals other than the two known rc-component style insertions. */
export async function unexpectedCspViolations(page: Page): Promise<string[]> {
  const seen = (await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[];
  return seen.filter((v) => !/^style-src-elem\s*(html body|\.?[#.]?rc-util|$)/.test(v) && !/overflow-y: hidden|rc-util-locker|scrollbar/.test(v));
}

/** An access token for API calls made by the test itself (bearer flow). */
export async function apiToken(email: string, password: string): Promise<string> {
  const response = await fetch(`${process.env.TP_WEB_BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function apiCall<T = unknown>(token: string, method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(`${process.env.TP_WEB_BASE_URL}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Picks an option of an antd Select by its label (the visible dropdown; the role=option list is the screen-reader copy). */
export async function choose(page: Page, label: string, option: string | RegExp, scope: Pick<Page, 'getByRole'> = page): Promise<void> {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const combobox = scope.getByRole('combobox', { name: new RegExp(`(^|\\s)${escaped}\\s*[:：]?$`) });
  await combobox.click();
  const item = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first();
  // A click landing while the dropdown still slides in can be lost: click until the select shows the option.
  const select = combobox.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  await expect(async () => {
    if (await item.isVisible()) await item.click();
    await expect(select).toContainText(option, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Presses Tab until `target` (or something inside it) has the focus, as a keyboard user
 * would, and fails when it is not reachable that way within `maxPresses`.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 120): Promise<void> {
  for (let i = 0; i <= maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reachable with Tab within ${maxPresses} presses: ${target}`);
}

/** Tabs to an antd Select, opens it and moves down to the option whose text matches, then Enter. */
export async function chooseByKeyboard(page: Page, combobox: Locator, option: RegExp): Promise<void> {
  await tabTo(page, combobox);
  await page.keyboard.press('ArrowDown');
  const active = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active');
  for (let i = 0; i < 40; i++) {
    if (option.test((await active.textContent().catch(() => '')) ?? '')) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option matching ${option}`);
}

/**
 * Tabs follow the ARIA pattern: only the selected tab is in the Tab order, the arrow keys
 * move along the tab list, Enter selects. Reaches the tab list with Tab, then the named tab.
 */
export async function selectTabByKeyboard(page: Page, name: string): Promise<void> {
  const target = page.getByRole('tab', { name });
  // The tab list holding the target (pages may nest tab lists) and its selected tab.
  const list = page.getByRole('tablist').filter({ has: target }).last();
  await tabTo(page, list.getByRole('tab', { selected: true }).first(), 200);
  for (let i = 0; i < 12; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) break;
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name, selected: true })).toBeVisible();
}

/**
 * A valid resident ID number of its own for each seed (an account's e-mail), born 1988-05-12 like
 * completeData: one person, one account refuses a second account submitting a number (the same
 * numbers as libs/testing residentIdFor).
 */
export function identityNumberFor(seed: string): string {
  const n = createHash('sha256').update(seed).digest().readUInt32BE(0) % 10_000_000;
  const digits = String(n).padStart(7, '0');
  const first17 = `50${digits.slice(0, 4)}19880512${digits.slice(4)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, d, i) => total + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** An identity number as the portal shows it to an admin: the first and last four characters. */
export function maskedNumber(number: string): string {
  return `${number.slice(0, 4)}${'*'.repeat(number.length - 8)}${number.slice(-4)}`;
}

/** A complete file meeting the default intermediate policy (libs/applications sampleFormData), under the identity number given. */
export function completeData(regionCode: string, fullName: string, documentNumber = '500103198805124713') {
  const thisYear = new Date().getUTCFullYear();
  const continuingEducation = [];
  for (let year = thisYear - 6; year <= thisYear; year++) continuingEducation.push({ year, totalHours: 100, professionalHours: 80 });
  return {
    identity: { fullName, documentType: 'resident_id', documentNumber, gender: 'male', birthDate: '1988-05-12', mobile: '13800138000', email: 'chen@example.com' },
    employer: { name: '重庆某工业设计有限公司', creditCode: '91500103PB3LWF6F87', regionCode, type: 'enterprise_private' },
    education: { level: 'bachelor', school: '重庆大学', major: '工业设计', graduationDate: '2010-07-01' },
    currentTitle: { level: 'assistant', series: 'engineering', obtainedOn: '2015-12-01', certificateNumber: 'CQ-2015-001' },
    workHistory: [{ employer: '重庆某工业设计有限公司', position: '设计师', start: '2010-07-15' }],
    achievements: { projects: [], products: [], awards: [], patents: [], publications: [] },
    continuingEducation,
  };
}
