import type { Page } from '@playwright/test';
import { ADMIN, expect, expectAccessible, login, test, unexpectedCspViolations } from './portal';
import { SCREENSHOT_DIR, saveScreenshot, useScreenshotFont } from './screenshots';
import { openBackstage, type Backstage } from './backstage';

const APPLICANT = { email: 'applicant1@title-portal.local', password: 'Applicant-demo-2026!' };
const REVIEWER = { email: 'reviewer1@title-portal.local', password: 'Reviewer-demo-2026!' };
// `TP_WEB_SCREENSHOTS=1 npm run test:web` also refreshes the README's screenshots (screenshots.ts).
const SHOTS = SCREENSHOT_DIR;
useScreenshotFont();

let backstage: Backstage;
let certificateCode = '';
test.beforeAll(async () => {
  backstage = await openBackstage();
  certificateCode = (await backstage.approvedFile('陈设计')).verificationCode;
});
test.afterAll(async () => {
  await backstage?.close();
});

async function visit(page: Page, url: string, shot?: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
  await page.waitForTimeout(300);
  await expectAccessible(page);
  if (!SHOTS) expect(await unexpectedCspViolations(page)).toEqual([]);
  if (SHOTS && shot) {
    await saveScreenshot(page, shot, { fullPage: false });
  }
}

async function useEnglish(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

for (const english of [false, true]) {
  const lang = english ? 'en' : 'zh-CN';

  test(`public pages pass axe (${lang})`, async ({ page }) => {
    if (english) await useEnglish(page);
    await visit(page, '/', 'home');
    await visit(page, '/login', 'login');
    await visit(page, '/register', 'register');
    await visit(page, '/forgot-password');
    await visit(page, '/reset-password?token=0123456789abcdef0123');
    await visit(page, '/accept-invitation?token=0123456789abcdef0123');
    await visit(page, '/verify-email?token=0123456789abcdef0123');
    await expect(page.getByText(english ? 'Verification failed' : '验证失败')).toBeVisible();
    await visit(page, '/confirm-objection?token=0123456789abcdef0123');
    await expect(page.getByText(english ? 'Confirmation failed' : '确认失败')).toBeVisible();
    await visit(page, `/verify/${certificateCode}`, 'verify-certificate');
    await expect(page.getByText(english ? 'Valid certificate' : '证书有效')).toBeVisible();
    await visit(page, '/verify');
    await visit(page, '/no-such-page');
  });

  test(`applicant pages pass axe (${lang})`, async ({ page }) => {
    if (english) await useEnglish(page);
    await login(page, APPLICANT.email, APPLICANT.password);
    await visit(page, '/applications', 'my-files');
    await visit(page, '/applications/new', 'start-file');
    await visit(page, '/account/inbox', 'inbox');
    await visit(page, '/account/profile');
    await visit(page, '/account/preferences');
  });

  test(`admin pages pass axe (${lang})`, async ({ page }) => {
    if (english) await useEnglish(page);
    await login(page, ADMIN.email, ADMIN.password);
    await visit(page, '/admin');
    await visit(page, '/admin/applications', 'admin-applications');
    await visit(page, '/admin/cycles', 'admin-cycles');
    await visit(page, '/admin/forms');
    await visit(page, '/admin/users', 'admin-users');
    await visit(page, '/admin/notifications');
  });

  // A review's own page (with a file) is checked in reviewer.spec.ts, on a file assigned there.
  test(`reviewer pages pass axe (${lang})`, async ({ page }) => {
    if (english) await useEnglish(page);
    await login(page, REVIEWER.email, REVIEWER.password);
    await visit(page, '/reviews', 'reviewer-home');
    await visit(page, '/reviews/conflicts', 'reviewer-conflicts');
  });
}
