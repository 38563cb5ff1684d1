import * as fs from 'fs';
import type { Page } from '@playwright/test';
import { ADMIN, apiCall, apiToken, choose, expect, expectAccessible, linkIn, login, test, uniqueEmail, waitForMail } from './portal';
import { SCREENSHOT_DIR, saveScreenshot, useScreenshotFont } from './screenshots';
import { openBackstage, type Backstage } from './backstage';

/**
 * Issue 24: the public's pages (the notice, objections, certificate verification) and the
 * designer's end of the journey (timeline, appeal, certificate). Each test makes its own files
 * through the backstage or the API, so any one runs alone.
 */
// `TP_WEB_SCREENSHOTS=1` also refreshes the README's screenshots of these pages (screenshots.ts).
const SHOTS = SCREENSHOT_DIR;
useScreenshotFont();

/** In a screenshot run: the page in both languages (`<name>.zh-CN.png`, `<name>.en.png`), back in the language it was in. */
async function shots(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  const first = await page.evaluate(() => document.documentElement.lang);
  for (const language of [first, first === 'en' ? 'zh-CN' : 'en']) {
    if ((await page.evaluate(() => document.documentElement.lang)) !== language) await page.getByText(language === 'en' ? 'English' : '中文', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await saveScreenshot(page, name);
  }
  await page.getByText(first === 'en' ? 'English' : '中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', first);
}

let backstage: Backstage;
test.beforeAll(async () => {
  backstage = await openBackstage();
});
test.afterAll(async () => {
  await backstage?.close();
});

/** A name no other test or run uses (the database is shared by the tests of one run). */
const uniqueName = (family: string) => `${family}${Date.now().toString(36).slice(-4)}`;
const FIXTURE_PASSWORD = 'correct horse battery staple 42';

/** At a phone's width (390 px) the page needs no sideways scrolling. */
async function expectFitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Signs the fixture's designer in, in Chinese (the fixture accounts' language is English). */
async function signIn(page: Page, email: string): Promise<void> {
  await login(page, email, FIXTURE_PASSWORD);
  await page.getByText('中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

test("a visitor's home page: console clean, no request left open, a favicon, links to the notice and to verification", async ({ page }) => {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // networkidle: no request open for half a second (a pending refresh would hold it).
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工业设计专业职称评审');
  expect(requests.filter((p) => p.includes('/auth/web/refresh'))).toEqual([]);
  expect(errors).toEqual([]);
  // The icon the page names is served (no /favicon.ico guess by the browser).
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toMatch(/^\/assets\/.+\.svg$/);
  expect((await page.request.get(icon!)).status()).toBe(200);

  const main = page.getByRole('main');
  await main.getByRole('link', { name: '评审公示' }).click();
  await expect(page).toHaveURL(/\/notices$/);
  await page.goto('/');
  await main.getByRole('link', { name: '证书查验' }).click();
  await expect(page).toHaveURL(/\/verify$/);
  expect(errors).toEqual([]);
});

test('a visitor finds a designer on the notice, lodges an objection and gets the receipt; the e-mail step; a rate limit answered kindly', async ({ page }) => {
  const designer = uniqueName('赵异');
  const file = await backstage.noticedFile(designer);

  await page.goto('/notices');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('评审结果公示');
  const entry = page.locator('.ant-list-item').filter({ hasText: designer });
  await expect(entry).toBeVisible();
  await expect(entry.getByText('中级')).toBeVisible();
  await expect(entry.getByText('产品设计')).toBeVisible();
  await expect(entry.getByText(`至 ${file.endDate}`)).toBeVisible();
  await expect(entry.getByText('5 个工作日')).toBeVisible();
  // Filtered by its cycle, it stays.
  await choose(page, '评审批次', /年度工业设计/);
  await expect(page).toHaveURL(/cycle=/);
  await expect(entry).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);
  await shots(page, 'public-notice');

  await entry.getByRole('link', { name: `对 ${designer} 提出异议` }).click();
  await expect(page).toHaveURL(new RegExp(`/notices/${file.noticeId}/objection$`));
  await expect(page.getByText(designer)).toBeVisible();
  // Neither e-mail nor phone: refused in the page.
  await page.getByLabel('真实姓名').fill('李公正');
  await page.getByLabel('异议理由').fill('该申报人所列的省级设计奖项并非本人作品，获奖名单中没有其姓名。');
  await page.getByRole('button', { name: '提交异议' }).click();
  await expect(page.getByText('请填写电子邮箱或联系电话').first()).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);

  const email = uniqueEmail('objector');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByRole('button', { name: '提交异议' }).click();
  await expect(page.getByText('异议已收到')).toBeVisible();
  const reference = (await page.getByTestId('objection-reference').textContent())!;
  expect(reference).toMatch(/\S+/);
  await expect(page.getByText(`确认链接已发送至 ${email}`)).toBeVisible();
  await expectAccessible(page);
  await shots(page, 'objection-receipt');

  // The confirmation link mailed to the address completes the objection.
  const mail = await waitForMail(email);
  await page.goto(linkIn(mail).replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByText('邮箱已确认')).toBeVisible();
  await expect(page.getByText(new RegExp(`异议 ${reference} 已送交`))).toBeVisible();

  // Too many objections from one place: the API answers 429; the page says so kindly, in English too, and keeps the text.
  await page.route('**/api/v1/public/notices/*/objections', (route) =>
    route.fulfill({ status: 429, contentType: 'application/json', headers: { 'retry-after': '300' }, body: JSON.stringify({ statusCode: 429, code: 'RATE_LIMITED', message: 'Too many requests; try again in 5 minute(s)', details: { retryAfterSeconds: 300 } }) }),
  );
  await page.goto(`/notices/${file.noticeId}/objection`);
  await page.getByText('English', { exact: true }).click();
  await page.getByLabel('Your real name').fill('Li Gongzheng');
  await page.getByLabel('Phone').fill('13800138000');
  await page.getByLabel('Grounds of the objection').fill('The provincial award listed in this file was won by someone else.');
  await page.getByRole('button', { name: 'Submit the objection' }).click();
  await expect(page.getByText('Please wait a little')).toBeVisible();
  await expect(page.getByText(/try again in about 5 minutes/)).toBeVisible();
  await expect(page.getByLabel('Grounds of the objection')).toHaveValue(/provincial award/);
  await expectAccessible(page);
  await page.goto('/notices');
  await expect(page.getByText('5 working days').first()).toBeVisible();
  await expectAccessible(page);
});

test('a designer reads why the file was rejected, appeals within the window, and follows the appeal to its decision', async ({ page }) => {
  const file = await backstage.submittedFile(uniqueName('钱诉'));
  const admin = await apiToken(ADMIN.email, ADMIN.password);
  await apiCall(admin, 'POST', `/api/v1/applications/${file.id}/qualification`, { decision: 'reject', reason: '继续教育学时证明与单位记录不符' });

  await signIn(page, file.user.email);
  await page.goto(`/applications/${file.id}`);
  await expect(page.getByText('未通过', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('资格审查', { exact: true })).toBeVisible();
  await expect(page.getByText('继续教育学时证明与单位记录不符').first()).toBeVisible();
  await expect(page.getByText('申诉截止')).toBeVisible();
  // The timeline opens first: the rejection is the last stage passed, nothing lies ahead.
  await expect(page.getByTestId('timeline').getByText('资格审查未通过')).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);

  await shots(page, 'file-rejected-appeal');
  await page.getByLabel('申诉理由').fill('单位的学时记录漏登了2024年的两门专业课程，补充证明见附件。');
  // New evidence for the grounds: uploaded to the rejected file as appeal evidence.
  await page.getByLabel('上传申诉证明材料：').setInputFiles({ name: '学时补登证明.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${file.id}\n1 0 obj << /Type /Catalog >> endobj\n${' '.repeat(512)}\n%%EOF\n`) });
  await expect(page.getByTestId('evidence-appeal_evidence').getByText(/学时补登证明\.pdf/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '提交申诉' }).click();
  await expect(page.getByText('您已对该决定提出申诉。')).toBeVisible();
  await expect(page.getByTestId('appeal').getByText('等待评审办公室决定')).toBeVisible();
  await expect(page.getByRole('button', { name: '提交申诉' })).toHaveCount(0);
  // The evidence stays with the appeal, no longer removable.
  await expect(page.getByTestId('evidence-appeal_evidence').getByText(/学时补登证明\.pdf/)).toBeVisible();
  await expect(page.getByTestId('evidence-appeal_evidence').getByRole('button', { name: /删除/ })).toHaveCount(0);
  const attachments = await apiCall<{ items: { kind: string }[] }>(admin, 'GET', `/api/v1/applications/${file.id}/attachments`);
  expect(attachments.items.filter((a) => a.kind === 'appeal_evidence')).toHaveLength(1);
  await expectAccessible(page);

  // The office grants it: the file goes back to expert review and the appeal says so.
  const [appeal] = await apiCall<{ id: string }[]>(admin, 'GET', `/api/v1/applications/${file.id}/appeals`);
  await apiCall(admin, 'POST', `/api/v1/appeals/${appeal.id}/decide`, { outcome: 're_review', note: '漏登属实，重新评审。' });
  await page.reload();
  await expect(page.getByTestId('appeal').getByText('申诉成立：重新进行专家评审')).toBeVisible();
  await expect(page.getByTestId('appeal').getByText('漏登属实，重新评审。')).toBeVisible();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByTestId('appeal').getByText('Granted: the file goes back to expert review')).toBeVisible();
  await expect(page.getByTestId('timeline').getByText('Appeal granted: reviewed again')).toBeVisible();
  await expect(page.getByTestId('timeline').getByText(/Waiting for: the expert reviewers/).first()).toBeVisible();
  await expectAccessible(page);
});

test('a designer downloads the certificate; its QR code, decoded, opens the verification page; a revocation shows with its reason and bar', async ({ page }) => {
  const holder = uniqueName('孙证');
  const file = await backstage.approvedFile(holder);

  await signIn(page, file.user.email);
  await page.goto(`/applications/${file.id}`);
  await expect(page.getByText(file.certificateNumber)).toBeVisible();
  await expect(page.getByText(file.verificationCode)).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);
  await shots(page, 'file-certificate');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载证书（PDF）' }).click()]);
  expect(download.suggestedFilename()).toBe(`certificate-${file.certificateNumber}.pdf`);
  const pdf = await backstage.readPdf(fs.readFileSync((await download.path())!));
  expect(pdf.text).toContain(file.certificateNumber);
  expect(pdf.qr).toBe(`${process.env.TP_WEB_BASE_URL}/verify/${file.verificationCode}`);
  await page.goto(pdf.qr!);
  await expect(page.getByText('证书有效')).toBeVisible();
  await expect(page.getByText(holder)).toBeVisible();

  // The file page's own link leads to the same page.
  await page.goto(`/applications/${file.id}`);
  await page.getByRole('link', { name: '打开查验页面' }).click();
  await expect(page).toHaveURL(new RegExp(`/verify/${file.verificationCode}$`));
  await expect(page.getByText('证书有效')).toBeVisible();

  const admin = await apiToken(ADMIN.email, ADMIN.password);
  await apiCall(admin, 'POST', `/api/v1/applications/${file.id}/revoke`, { reason: '获奖证书系伪造' });
  await page.goto(`/applications/${file.id}`);
  await expect(page.getByText('职称已撤销', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('获奖证书系伪造').first()).toBeVisible();
  const barYear = new Date().getFullYear() + 3;
  await expect(page.getByText(new RegExp(`${barYear}-\\d{2}-\\d{2} 前您不得申报职称`))).toBeVisible();
  await expect(page.getByRole('button', { name: '下载证书（PDF）' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByText(/You may not apply for a title before/)).toBeVisible();
  await expectAccessible(page);
});

test('a returned file shows what to correct and the time left, the exceptional route is chosen on the file with its two letters, and the file is resubmitted', async ({ page }) => {
  const file = await backstage.submittedFile(uniqueName('周补'));
  const admin = await apiToken(ADMIN.email, ADMIN.password);
  const deadline = new Date(Date.now() + 3 * 24 * 3600 * 1000 + 5 * 3600 * 1000);
  await apiCall(admin, 'POST', `/api/v1/applications/${file.id}/qualification`, { decision: 'return', reason: '单位内部公示证明缺少公章', correctionDeadline: deadline.toISOString() });

  await signIn(page, file.user.email);
  await page.goto(`/applications/${file.id}`);
  await expect(page.getByText('已退回补正').first()).toBeVisible();
  await expect(page.getByText('单位内部公示证明缺少公章').first()).toBeVisible();
  await expect(page.getByTestId('correction-countdown')).toHaveText(/剩余 3 天 (4|5) 小时/);
  await expectAccessible(page);
  await expectFitsPhone(page);
  await shots(page, 'file-returned');

  await page.getByRole('tab', { name: '证明材料' }).click();
  await page.getByLabel('申请破格申报').click();
  await expect(page.getByText('已上传推荐信：0 / 2')).toBeVisible();
  const me = await apiToken(file.user.email, FIXTURE_PASSWORD);
  await expect.poll(async () => (await apiCall<{ exceptionalRoute: boolean }>(me, 'GET', `/api/v1/applications/${file.id}`)).exceptionalRoute).toBe(true);
  await expectAccessible(page);

  // The letters can wait: back on the usual route, the file is corrected and resubmitted from the notice's button.
  await page.getByLabel('申请破格申报').click();
  await expect(page.getByText('已上传推荐信：0 / 2')).toHaveCount(0);
  await expect.poll(async () => (await apiCall<{ exceptionalRoute: boolean }>(me, 'GET', `/api/v1/applications/${file.id}`)).exceptionalRoute).toBe(false);
  await page.getByRole('button', { name: '重新提交' }).first().click();
  await expect(page.getByRole('tab', { name: '承诺与提交', selected: true })).toBeVisible();
  await page.getByLabel('我已阅读并同意以上承诺').check();
  await page.getByRole('tabpanel', { name: '承诺与提交' }).getByRole('button', { name: '重新提交' }).click();
  await expect(page.getByText('申报已提交')).toBeVisible();
  await expect.poll(async () => (await apiCall<{ status: string }>(me, 'GET', `/api/v1/applications/${file.id}`)).status).toBe('submitted');
});
