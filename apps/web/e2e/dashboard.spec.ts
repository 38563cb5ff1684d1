import type { Page } from '@playwright/test';
import { ADMIN, apiCall, apiToken, choose, expect, expectAccessible, login, tabTo, test, unexpectedCspViolations } from './portal';
import { SCREENSHOT_DIR, saveScreenshot, useScreenshotFont } from './screenshots';
import { openBackstage, type Backstage } from './backstage';

/**
 * The office's back office (issue 25, helper "dash"): the dashboard as the admin's home with
 * its "waiting on the office" counts and their links to the filtered files list; the list's
 * sorts, filters (from the query string, a province picked by name) and exports; the audit
 * log with the chain's verification; the working-day calendar. Real files from the fixtures.
 */

// `TP_WEB_SCREENSHOTS=1` also writes the README's screenshots (screenshots.ts).
const SHOTS = SCREENSHOT_DIR;
useScreenshotFont();
// Each test logs in and runs axe over large pages: generous on a machine shared by several suites.
test.describe.configure({ timeout: 240_000 });

interface Waiting {
  awaitingQualification: { count: number; oldestDays: number | null };
  failedNotifications: number;
}

let backstage: Backstage;
let cycleId = '';
let token = '';
// Unique per worker: a worker restarted after a failure makes its files again in the same (demo) cycle.
const RUN = Date.now().toString(36).slice(-4);
const NAMES = [`看板甲${RUN}`, `看板乙${RUN}`];
test.beforeAll(async () => {
  // Starting the fixtures' API and submitting two files takes a while on a shared machine.
  test.setTimeout(240_000);
  backstage = await openBackstage();
  for (const name of NAMES) await backstage.submittedFile(name);
  token = await apiToken(ADMIN.email, ADMIN.password);
  const cycles = await apiCall<{ items: { id: string; code: string }[] }>(token, 'GET', '/api/v1/public/cycles?limit=100');
  cycleId = cycles.items.find((c) => /^\d{4}-ID$/.test(c.code))!.id;
});
test.afterAll(async () => {
  await backstage?.close();
});

const waiting = () => apiCall<Waiting>(token, 'GET', `/api/v1/admin/dashboard/waiting?cycleId=${cycleId}`);

async function settled(page: Page, shot?: string, fullPage = false): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
  await page.waitForTimeout(200);
  await expectAccessible(page);
  if (!SHOTS) expect(await unexpectedCspViolations(page)).toEqual([]);
  if (SHOTS && shot) await saveScreenshot(page, shot, { fullPage });
}

async function useLanguage(page: Page, label: 'English' | '中文', lang: 'en' | 'zh-CN'): Promise<void> {
  await page.getByText(label, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

const countOf = (page: Page, key: string) => page.locator(`[data-waiting="${key}"] .tp-count`);

test('the dashboard shows the counts of the real files, and a count’s link lands on the filtered list', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin?cycle=${cycleId}`);
  await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
  const expected = await waiting();
  expect(expected.awaitingQualification.count).toBeGreaterThanOrEqual(NAMES.length);
  await expect(countOf(page, 'awaitingQualification')).toHaveText(String(expected.awaitingQualification.count));
  await expect(countOf(page, 'failedNotifications')).toHaveText(String(expected.failedNotifications));
  // The statistics: files per stage names the submitted ones with their count.
  await expect(page.getByRole('heading', { name: /各阶段材料数/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '评审专家工作量' })).toBeVisible();
  await settled(page, 'admin-dashboard', true);
  // The old home's links and the queue dashboard stay.
  await expect(page.getByRole('navigation', { name: '管理页面' }).getByRole('link', { name: '审计日志' })).toBeVisible();
  await expect(page.getByRole('button', { name: /队列/ })).toBeVisible();

  await page.getByRole('link', { name: '待资格审查的材料' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/applications\\?cycleId=${cycleId}&status=submitted&sort=submittedAt&order=asc`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The form shows the filter it landed with, and the list holds only submitted files, oldest first.
  await expect(page.locator('.ant-form').getByText('已提交', { exact: true })).toBeVisible();
  await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible();
  const statuses = await page.locator('tbody tr.ant-table-row .ant-tag').allTextContents();
  expect(new Set(statuses)).toEqual(new Set(['已提交']));
  const rows = await page.locator('tbody tr.ant-table-row').count();
  expect(rows).toBe(Math.min(expected.awaitingQualification.count, 50));
  await settled(page);
});

test('the files list sorts, filters by a province picked by name and by text, and exports the current filter', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/applications?cycleId=${cycleId}`);
  await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible({ timeout: 30_000 });
  // Sort by reference: the API sorts, the URL keeps it. The next click waits for the header to
  // show the order, as a person does (the URL changes before the table has re-rendered).
  const referenceHeader = page.getByRole('columnheader', { name: /申报编号/ });
  await referenceHeader.click();
  await expect(page).toHaveURL(/sort=referenceNumber&order=asc/);
  await expect(referenceHeader).toHaveAttribute('aria-sort', 'ascending');
  await referenceHeader.click();
  await expect(page).toHaveURL(/sort=referenceNumber&order=desc/);
  await expect(referenceHeader).toHaveAttribute('aria-sort', 'descending');
  // A province picked by name (never typed as a code): 重庆市 -> homeProvince=50.
  const province = page.getByRole('combobox', { name: '单位所在省份' });
  await province.click();
  await province.fill('重庆');
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '重庆' }).click();
  await page.getByLabel('搜索').fill(NAMES[0]);
  await page.getByRole('button', { name: /^(查\s?询|Apply)$/ }).click();
  await expect(page).toHaveURL(/homeProvince=50/);
  await expect(page).toHaveURL(new RegExp(`text=${encodeURIComponent(NAMES[0])}`));
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(page.locator('tbody tr.ant-table-row')).toContainText(NAMES[0]);
  // The export is the current filter's: queued, made by the worker, then downloaded.
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const csvReady = page.getByRole('button', { name: '下载（1 行）' }).first();
  await expect(csvReady).toBeVisible({ timeout: 30_000 });
  const [csv] = await Promise.all([page.waitForEvent('download'), csvReady.click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = (await (await csv.createReadStream()).toArray()).join('');
  expect(text).toContain(NAMES[0]);
  expect(text).not.toContain(NAMES[1]);
  await page.getByRole('button', { name: '导出 XLSX' }).click();
  await expect(page.getByRole('button', { name: '下载（1 行）' })).toHaveCount(2, { timeout: 30_000 });
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载（1 行）' }).nth(1).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  await settled(page, 'admin-applications');
  // The filters live in the query string: to the unfiltered list (the header's link) and back, the list is filtered again.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '申报管理' }).click();
  await expect(page).toHaveURL(/\/admin\/applications$/);
  await expect(page.getByLabel('搜索')).toHaveValue('');
  await page.goBack();
  await expect(page.getByLabel('搜索')).toHaveValue(NAMES[0]);
  await expect(page).toHaveURL(/homeProvince=50/);
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(1);
});

test('the audit log filters by action and verifies the chain', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
  await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible();
  await page.getByLabel('操作', { exact: true }).fill('application.submitted');
  await page.getByRole('button', { name: /^(查\s?询|Apply)$/ }).click();
  await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible();
  const actions = await page.locator('tbody tr.ant-table-row td:nth-child(3)').allTextContents();
  expect(new Set(actions)).toEqual(new Set(['application.submitted']));
  await page.getByRole('button', { name: '校验哈希链' }).click();
  const verified = await apiCall<{ valid: boolean; checked: number }>(token, 'GET', '/api/v1/admin/audit/verify');
  await expect(page.getByTestId('chain-status')).toHaveText(verified.valid ? '完整' : '已损坏');
  await expect(page.getByText('已校验记录数')).toBeVisible();
  await settled(page, 'admin-audit');
});

test('the calendar shows the seeded year as such, and a day edited and saved confirms a year', async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/calendar');
  await expect(page.getByRole('heading', { level: 1, name: '工作日历' })).toBeVisible();
  await expect(page.getByTestId('calendar-seeded')).toBeVisible();
  await expect(page.locator('td[data-kind="holiday"]').first()).toBeVisible();
  await settled(page, 'admin-calendar');
  // Two years on: nobody entered it; mark a day a holiday and save: the year is confirmed.
  const year = new Date().getFullYear() + 2;
  await choose(page, '年份', String(year));
  await expect(page.getByTestId('calendar-status')).toHaveText('未确认');
  await page.locator(`td[data-date="${year}-03-03"] button`).click();
  await page.getByRole('radio', { name: '节假日' }).check();
  await expect(page.locator(`td[data-date="${year}-03-03"]`)).toHaveAttribute('data-kind', 'holiday');
  await page.getByRole('button', { name: '保存并确认' }).click();
  await expect(page.getByTestId('calendar-status')).toHaveText('已确认');
  const saved = await apiCall<{ confirmed: boolean; holidays: { date: string }[] }>(token, 'GET', `/api/v1/admin/calendar/${year}`);
  expect(saved.confirmed).toBe(true);
  expect(saved.holidays.map((h) => h.date)).toContain(`${year}-03-03`);
});

test('the dashboard and the files list in English pass axe', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await useLanguage(page, 'English', 'en');
  await page.goto(`/admin?cycle=${cycleId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Files awaiting qualification' })).toBeVisible();
  await settled(page, 'admin-dashboard', true);
  await page.goto(`/admin/applications?cycleId=${cycleId}&status=submitted`);
  await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible();
  await settled(page, 'admin-applications');
  await useLanguage(page, '中文', 'zh-CN');
});

test('the audit log and the calendar in English pass axe', async ({ page }) => {
  // axe over a year of day buttons takes a while on a shared machine.
  test.setTimeout(180_000);
  await login(page, ADMIN.email, ADMIN.password);
  await useLanguage(page, 'English', 'en');
  await page.goto('/admin/audit');
  await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible();
  await settled(page, 'admin-audit');
  await page.goto('/admin/calendar');
  await expect(page.getByRole('heading', { level: 1, name: 'Working-day calendar' })).toBeVisible();
  await settled(page, 'admin-calendar');
  await useLanguage(page, '中文', 'zh-CN');
});

test('the new pages fit a phone (390 px)', async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, ADMIN.email, ADMIN.password);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of [`/admin?cycle=${cycleId}`, '/admin/audit', '/admin/calendar']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    const overflow = await page.locator('main').evaluate((main) => main.scrollWidth - main.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});

test('by keyboard: from the dashboard’s count to the filtered list, then its export', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin?cycle=${cycleId}`);
  await expect(countOf(page, 'awaitingQualification')).not.toBeEmpty();
  const link = page.getByRole('link', { name: '待资格审查的材料' });
  await tabTo(page, link, 200);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/status=submitted&sort=submittedAt&order=asc/);
  await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible();
  // The export is queued, made by the worker, then offered: both steps by keyboard.
  const exportButton = page.getByRole('button', { name: '导出 CSV' });
  await tabTo(page, exportButton, 200);
  await page.keyboard.press('Enter');
  const ready = page.getByRole('button', { name: /^下载（\d+ 行）$/ });
  await expect(ready).toBeVisible({ timeout: 30_000 });
  await tabTo(page, ready, 20);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});
