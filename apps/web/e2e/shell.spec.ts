import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { ADMIN, expect, expectAccessible, login, test, unexpectedCspViolations } from './portal';

test('the home page opens in Chinese, switches to English, runs under its CSP', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工业设计专业职称评审');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Industrial design professional titles');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Industrial design professional titles');
  expect(await unexpectedCspViolations(page)).toEqual([]);
  // antd's runtime styles applied (nonce accepted): the primary button is coloured, not default grey.
  const color = await page.getByRole('button', { name: 'Register' }).evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(color).not.toBe('rgba(0, 0, 0, 0)');
  expect(color).not.toBe('rgb(255, 255, 255)');
});

test('signing in keeps the refresh token out of reach of scripts and survives a reload', async ({ page, context }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin\/applications/);
  const cookies = await context.cookies();
  const refresh = cookies.find((c) => c.name === 'tp_refresh');
  expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth/web' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('tp_refresh');
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toMatch(/eyJ/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/applications/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/登录|Log in/);
});

test('the JavaScript before the login page renders stays within 350 KB gzipped; admin and form code are split out', async ({ page }) => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../dist/web/.vite/manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  // The entry and everything it imports statically: what a visitor must download first.
  const first = new Set<string>();
  const visit = (key: string) => {
    if (first.has(key)) return;
    first.add(key);
    for (const i of manifest[key].imports ?? []) visit(i);
  };
  visit(entryKey);
  const files = [...first].map((k) => manifest[k].file);
  const gz = (file: string) => gzipSync(fs.readFileSync(path.resolve(__dirname, '../../../dist/web', file)), { level: 9 }).length;
  const total = files.reduce((n, f) => n + gz(f), 0);
  console.log(`JS before the login page: ${files.join(', ')} = ${(total / 1024).toFixed(1)} KB gzipped`);
  expect(total).toBeLessThanOrEqual(350 * 1024);
  // The admin pages and the form renderer are not among them.
  expect([...first].some((k) => /pages\/admin|schema-form|@rjsf/.test(k))).toBe(false);
  expect(Object.keys(manifest).some((k) => /pages\/admin\/routes/.test(k))).toBe(true);

  // And in the browser: the scripts the login page actually loads.
  const scripts: string[] = [];
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/login');
  await expect(page.getByRole('button', { name: /登 ?录/ })).toBeVisible();
  const loaded = scripts.reduce((n, s) => n + gz(s.replace(/^\//, '')), 0);
  // This one includes what loads before the first render but is not a static import: the shown language's texts, the page's own chunk.
  console.log(`JS the login page loaded: ${scripts.length} files = ${(loaded / 1024).toFixed(1)} KB gzipped`);
  expect(loaded).toBeLessThanOrEqual(350 * 1024);
});

test('the login page works by keyboard alone and passes axe', async ({ page }) => {
  await page.goto('/login');
  await expectAccessible(page);
  await page.getByLabel('电子邮箱').focus();
  await page.keyboard.type(ADMIN.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/applications/);
});
