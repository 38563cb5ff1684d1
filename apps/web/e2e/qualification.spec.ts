import type { Page } from '@playwright/test';
import { type ApiResponse, type ApiClient, type TestUser, type NestApp, type Cycle, loadTestingFixtures } from './fixture-types';
import { choose, expect, expectAccessible, login, tabTo, test, unexpectedCspViolations, uniqueEmail } from './portal';
import { saveScreenshot, SCREENSHOT_DIR, useScreenshotFont } from './screenshots';

/**
 * The office's back-office pages after submission (issue 25): the qualification queue, the
 * expert pool, assignment, appeals and revocation, on the real API, worker and database.
 * Set-up the browser has no reason to click through is done as backstage.ts does it: the
 * compiled fixtures of libs/testing drive an in-process API on the same database.
 */

interface ServiceFactories {
  files(cycle: Cycle, specs: { specialty?: string; creditCode?: string; applicantName?: string }[]): Promise<{ id: string; applicantId: string }[]>;
}
interface Fixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: ApiClient }>;
  makeUser(app: NestApp, client: ApiClient, options: { roles: string[]; locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
  makeApplicant(app: NestApp, client: ApiClient): Promise<TestUser>;
  makeReadyFile(app: NestApp, client: ApiClient, applicantId: string, cycle: Cycle): Promise<string>;
  submitToOffice(app: NestApp, client: ApiClient, applicationId: string): Promise<ApiResponse>;
  submitFile(app: NestApp, client: ApiClient, cycle: Cycle, options: { fullName?: string; regionCode?: string }): Promise<{ user: TestUser; id: string; referenceNumber: string }>;
  makeReviewerProfile(app: NestApp, userId: string, overrides: Record<string, unknown>): Promise<unknown>;
  makeOpenCycle(app: NestApp, options: { code?: string }): Promise<Cycle>;
  approveWithCertificate(app: NestApp, applicationId: string): Promise<{ certificateNumber: string }>;
  forceTransition(app: NestApp, applicationId: string, action: string): Promise<void>;
  ServiceFactories: new (app: NestApp) => ServiceFactories;
}

/** A real 60x40 PNG: the evidence viewer shows it as an image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAADwAAAAoCAIAAAAt2Q6oAAAAQklEQVR4nO3OAQkAIBAAMZMYzMTGMob3MFiArX3uOOv7QDpMWlo6QFpaOkBaWjpAWlo6QFpaOkBaWjpAWlo6YGT6AXhfuKZfGBnSAAAAAElFTkSuQmCC', 'base64');
const CONFLICT_CODE = '91440300MA5F000007';
const PHONE = { width: 390, height: 844 };

let fixtures: Fixtures;
let app: NestApp;
let client: ApiClient;
let admin: TestUser;

test.beforeAll(async () => {
  fixtures = loadTestingFixtures<Fixtures>();
  ({ app, client } = await fixtures.startApi(JSON.parse(process.env.TP_WEB_PORTAL_ENV!) as Record<string, string>));
  admin = await fixtures.makeUser(app, client, { roles: ['admin'], fullName: '资格审查员', locale: 'zh-CN' });
});
test.afterAll(async () => {
  await app?.close();
});
// Each test starts in the account's language, Chinese (a test switching to English changes the account's language too).
test.beforeEach(async () => {
  expect((await admin.client.patch('/api/v1/me', { locale: 'zh-CN' })).status).toBe(200);
});

useScreenshotFont();

/** The seeded demo cycle (code <year>-ID). */
async function demoCycle(): Promise<Cycle> {
  const open = (await client.get('/api/v1/public/cycles?limit=100')).body.items as unknown as Cycle[];
  const cycle = open.find((c) => /^\d{4}-ID$/.test(c.code));
  if (!cycle) throw new Error('No open demo cycle');
  return cycle;
}

const uniqueCode = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 7).toUpperCase()}-ID`;

/** Loaded, no spinner, axe clean, no unexpected CSP refusal. */
async function settled(page: Page, shot?: string): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page);
  if (!SCREENSHOT_DIR) expect(await unexpectedCspViolations(page)).toEqual([]);
  if (shot) await saveScreenshot(page, shot, { fullPage: false });
}

async function useLanguage(page: Page, english: boolean): Promise<void> {
  const target = english ? 'en' : 'zh-CN';
  if ((await page.evaluate(() => document.documentElement.lang)) === target) return;
  await page.getByText(english ? 'English' : '中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', target);
}

async function fitsPhone(page: Page): Promise<void> {
  const overflow = await page.locator('main').evaluate((main) => main.scrollWidth - main.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function statusOf(id: string): Promise<Record<string, unknown>> {
  return (await admin.client.get(`/api/v1/applications/${id}`)).body;
}

/** A submitted file with a real PNG among its evidence. */
async function fileWithPng(cycle: Cycle): Promise<{ id: string; referenceNumber: string }> {
  const applicant = await fixtures.makeApplicant(app, client);
  const id = await fixtures.makeReadyFile(app, applicant.client, applicant.id, cycle);
  const form = new FormData();
  form.append('kind', 'portfolio');
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), '作品集.png');
  expect((await applicant.client.post(`/api/v1/applications/${id}/attachments`, form)).status).toBe(201);
  // Submitted and past its recommending unit: in the office's queue.
  const submitted = await fixtures.submitToOffice(app, applicant.client, id);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  expect(submitted.body.status).toBe('submitted');
  return { id, referenceNumber: submitted.body.referenceNumber as string };
}

test('qualification: the queue oldest first with days waiting; accept a cross-provincial file with its confirmation, return one with the default deadline, reject one (zh-CN; the English page is checked by the keyboard test)', async ({ page }) => {
  test.slow();
  const cycle = await fixtures.makeOpenCycle(app, { code: uniqueCode('Q') });
  const withPng = await fileWithPng(cycle);
  const cross = await fixtures.submitFile(app, client, cycle, { fullName: '跨省申报人', regionCode: '440305' });
  const third = await fixtures.submitFile(app, client, cycle, { fullName: '第三申报人' });

  await login(page, admin.email, admin.password);
  await useLanguage(page, false);
  await page.goto(`/admin/qualification?cycle=${cycle.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '资格审查' })).toBeVisible();
  await expect(page).toHaveTitle(/^资格审查 · /);
  const rows = page.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(3);
  // Oldest submission first, each with its days waiting.
  await expect(rows.nth(0)).toContainText(withPng.referenceNumber);
  await expect(rows.nth(1)).toContainText(cross.referenceNumber);
  await expect(rows.nth(1)).toContainText('跨省申报（户籍省份 44）');
  await expect(rows.nth(1)).toContainText('需确认 1 项');
  await expect(page.getByTestId('days-waiting').first()).toHaveText('0 天');
  await settled(page, 'admin-qualification');

  // The file beside its evidence: the PNG inline.
  await page.getByRole('button', { name: `审查 ${withPng.referenceNumber}` }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText(/^(符合申报条件|尚不符合申报条件)$/)).toBeVisible();
  // The unit's part comes with the file: the office sees who recommended it.
  await expect(drawer.getByRole('heading', { name: '单位推荐', exact: true })).toBeVisible();
  await drawer.getByRole('button', { name: '查看 作品集.png' }).click();
  const image = drawer.getByTestId('evidence-image');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(60);
  await settled(page, 'admin-qualification-file');
  await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByRole('button', { name: '关闭' })).first().click();

  // Cross-provincial: the confirmation the API requires, refused on its field until ticked.
  await page.getByRole('button', { name: `审查 ${cross.referenceNumber}` }).click();
  const confirmation = drawer.getByRole('checkbox', { name: /委托评审函/ });
  await expect(confirmation).toBeVisible();
  await drawer.getByRole('button', { name: /^受 ?理$/ }).click();
  await expect(drawer.getByText('该申报为跨省申报：请核验委托评审函后勾选确认')).toBeVisible();
  expect((await statusOf(cross.id)).status).toBe('submitted');
  await confirmation.check();
  await drawer.getByRole('button', { name: /^受 ?理$/ }).click();
  await expect(page.getByText(`已受理 ${cross.referenceNumber}`)).toBeVisible();
  await expect(rows).toHaveCount(2);
  expect((await statusOf(cross.id)).status).toBe('in_review');

  // Return with the default deadline shown (10 days).
  await page.getByRole('button', { name: `审查 ${withPng.referenceNumber}` }).click();
  await drawer.getByRole('radio', { name: '退回补正' }).check();
  await expect(drawer.getByText(/不填则默认 10 天，即 \d{4}-\d{2}-\d{2}。/)).toBeVisible();
  await drawer.getByRole('button', { name: '退回补正' }).click();
  await expect(drawer.getByText('请填写理由')).toBeVisible();
  await drawer.getByLabel('理由（将告知申报人）').fill('单位推荐意见缺少盖章');
  await drawer.getByRole('button', { name: '退回补正' }).click();
  await expect(page.getByText(`已退回 ${withPng.referenceNumber} 补正`)).toBeVisible();
  const returned = await statusOf(withPng.id);
  expect(returned.status).toBe('returned');
  const days = (new Date(returned.correctionDeadline as string).getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(9.9);
  expect(days).toBeLessThan(10.1);

  // Reject with a reason.
  await page.getByRole('button', { name: `审查 ${third.referenceNumber}` }).click();
  await drawer.getByRole('radio', { name: '不予受理' }).check();
  await drawer.getByLabel('理由（将告知申报人）').fill('申报专业与所从事工作不符');
  await drawer.getByRole('button', { name: '不予受理' }).click();
  await expect(page.getByText(`已对 ${third.referenceNumber} 作出不予受理决定`)).toBeVisible();
  expect((await statusOf(third.id)).status).toBe('rejected');
  await expect(page.getByText('暂无待资格审查的申报')).toBeVisible();
  await settled(page);
});

test('qualification by keyboard: open a file from the queue, read it, accept it (en, axe, 390 px)', async ({ page }) => {
  test.slow();
  const cycle = await fixtures.makeOpenCycle(app, { code: uniqueCode('K') });
  const file = await fixtures.submitFile(app, client, cycle, { fullName: 'Keyboard Applicant' });
  const second = await fixtures.submitFile(app, client, cycle, { fullName: 'Second Applicant' });
  await login(page, admin.email, admin.password);
  await useLanguage(page, true);
  await page.goto(`/admin/qualification?cycle=${cycle.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Qualification review' })).toBeVisible();
  await settled(page, 'admin-qualification');

  // From here on, the keyboard only.
  await tabTo(page, page.getByRole('button', { name: `Review ${file.referenceNumber}` }));
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('heading', { name: 'Eligibility' })).toBeVisible();
  await settled(page, 'admin-qualification-file');
  const accept = drawer.getByRole('button', { name: 'Accept', exact: true });
  await tabTo(page, accept);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${file.referenceNumber} accepted`)).toBeVisible();
  expect((await statusOf(file.id)).status).toBe('in_review');
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(1);

  await page.setViewportSize(PHONE);
  await page.goto(`/admin/qualification?cycle=${cycle.id}`);
  await expect(page.getByRole('button', { name: `Review ${second.referenceNumber}` })).toBeVisible();
  await fitsPhone(page);
  await expectAccessible(page);
  await useLanguage(page, false);
});

test('the expert pool: profiles with load and relations; edit a profile; invite a reviewer and set up their profile (zh-CN and en)', async ({ page }) => {
  test.slow();
  const reviewer = await fixtures.makeUser(app, client, { roles: ['reviewer'], fullName: '库内专家甲' });
  await fixtures.makeReviewerProfile(app, reviewer.id, { specialties: ['product_design'], employerName: '甲设计院', employerCreditCode: null, maxLoadPerCycle: 12 });
  expect((await admin.client.post(`/api/v1/admin/reviewers/${reviewer.id}/conflicts`, { kind: 'relative', note: '表亲', partyType: 'person', personName: '王某' })).status).toBe(201);

  await login(page, admin.email, admin.password);
  await useLanguage(page, false);
  await page.goto('/admin/pool');
  await expect(page.getByRole('heading', { level: 1, name: '评审专家库' })).toBeVisible();
  const row = page.locator('tr.ant-table-row').filter({ hasText: reviewer.email });
  await expect(row).toContainText('库内专家甲');
  await expect(row).toContainText('每批次上限 12');
  await expect(row).toContainText('待完成评审 0 份');
  await expect(row).toContainText('北京');
  // The declared relations, expanded under the row.
  await row.getByRole('button', { name: /展开行|Expand row/ }).click();
  await expect(page.getByText('王某')).toBeVisible();
  await settled(page, 'admin-pool');

  // Edit: the load cap.
  await row.getByRole('button', { name: '编辑 库内专家甲 的档案' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('每批次评审上限').fill('7');
  await dialog.getByRole('button', { name: /^保 ?存$/ }).click();
  await expect(row).toContainText('每批次上限 7');

  // Invite, then the profile.
  const email = uniqueEmail('invited.reviewer');
  await page.getByRole('button', { name: '邀请评审专家' }).click();
  await dialog.getByLabel('姓名').fill('新邀专家乙');
  await dialog.getByLabel('电子邮箱').fill(email);
  await dialog.getByRole('button', { name: '发送邀请' }).click();
  await expect(page.getByRole('dialog', { name: '评审专家档案：新邀专家乙' })).toBeVisible();
  const profile = page.getByRole('dialog', { name: '评审专家档案：新邀专家乙' });
  await choose(page, '专业方向', '产品设计', profile);
  await profile.locator('.ant-modal-title').click(); // closes the multiple select's list, which stays open after a choice
  await choose(page, '可评审最高级别', '副高级（高级工业设计师）', profile);
  await profile.getByLabel('工作单位').fill('乙设计研究院');
  await profile.getByLabel('统一社会信用代码').fill('91500103PB3LWF6F88');
  await profile.getByRole('button', { name: /^保 ?存$/ }).click();
  // The API's refusal, on its field, in the page's language.
  await expect(profile.locator('.ant-form-item-explain-error')).toHaveCount(1);
  await profile.getByLabel('统一社会信用代码').fill('');
  await profile.getByRole('button', { name: /^保 ?存$/ }).click();
  await expect(page.locator('tr.ant-table-row').filter({ hasText: email })).toContainText('新邀专家乙');

  await useLanguage(page, true);
  await expect(page.getByRole('heading', { level: 1, name: 'Expert pool' })).toBeVisible();
  await expect(row).toContainText('Cap 7 per cycle');
  await settled(page, 'admin-pool');
  await useLanguage(page, false);
});

test('assignment: an automatic run followed to done with its shortfall in words; a manual add refused with the conflict in words; a withdrawal (zh-CN, then en)', async ({ page }) => {
  test.slow();
  const cycle = await fixtures.makeOpenCycle(app, { code: uniqueCode('A') });
  const make = new fixtures.ServiceFactories(app);
  // Three reviewers for product_design, and one who works where the second file's applicant does:
  // inactive during the run (so it cannot pick them), active again for the manual add.
  for (const fullName of ['分配专家一', '分配专家二', '分配专家三']) {
    const r = await fixtures.makeUser(app, client, { roles: ['reviewer'], fullName });
    await fixtures.makeReviewerProfile(app, r.id, { specialties: ['product_design'], employerName: `${fullName}单位`, employerCreditCode: null });
  }
  const conflicted = await fixtures.makeUser(app, client, { roles: ['reviewer'], fullName: '同单位专家' });
  await fixtures.makeReviewerProfile(app, conflicted.id, { specialties: ['product_design'], employerName: '申报人单位', employerCreditCode: CONFLICT_CODE, active: false });
  // One file nobody in the pool covers (its specialty), one a panel can be found for.
  const [orphan, staffed] = await make.files(cycle, [{ specialty: 'furniture_design_q', applicantName: '无人可评' }, { creditCode: CONFLICT_CODE, applicantName: '可评申报人' }]);

  await login(page, admin.email, admin.password);
  await useLanguage(page, false);
  await page.goto(`/admin/assignment?cycle=${cycle.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '专家分配' })).toBeVisible();
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(2);
  await page.getByRole('button', { name: '开始自动分配' }).click();
  await expect(page.getByTestId('run-status')).toContainText('已完成', { timeout: 30_000 });
  const orphanRef = ((await statusOf(orphan.id)).referenceNumber as string) ?? orphan.id;
  const shortfall = page.locator('tr').filter({ hasText: orphanRef });
  await expect(shortfall.getByTestId('shortfall-reason')).toHaveText('专家库中没有在库的、覆盖该专业且可评审该级别的专家');
  await settled(page, 'admin-assignment');

  // The staffed file's panel, then a manual add refused for the conflict.
  await fixtures.makeReviewerProfile(app, conflicted.id, { specialties: ['product_design'], employerName: '申报人单位', employerCreditCode: CONFLICT_CODE, active: true });
  const staffedRef = (await statusOf(staffed.id)).referenceNumber as string;
  const fileRow = page.locator('tr.ant-table-row').filter({ hasText: staffedRef });
  await fileRow.getByRole('button', { name: /展开行|Expand row/ }).click();
  await expect(page.getByTestId('panel-reviewer')).toHaveCount(3);
  await choose(page, '添加评审专家', '同单位专家');
  await page.getByRole('button', { name: /^添 ?加$/ }).click();
  await expect(page.getByTestId('refusals')).toHaveText('同单位专家：与该申报存在利益冲突：与申报人同一单位（统一社会信用代码相同）');
  await settled(page);

  // Withdraw one of the panel.
  await page.getByRole('button', { name: /^撤回 .* 的评审任务$/ }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: /^撤 ?回$/ }).click();
  await expect(page.getByTestId('panel-reviewer')).toHaveCount(2);

  await useLanguage(page, true);
  await expect(page.getByRole('heading', { level: 1, name: 'Assignment' })).toBeVisible();
  await expect(page.getByTestId('shortfall-reason')).toHaveText("Nobody active in the pool covers the file's specialty at its level");
  await settled(page, 'admin-assignment');
  await useLanguage(page, false);
});

test('appeals: a pending appeal decided for re-review with a reason (zh-CN and en)', async ({ page }) => {
  test.slow();
  const rejected = await fixtures.submitFile(app, client, await demoCycle(), { fullName: '复核申请人' });
  expect((await admin.client.post(`/api/v1/applications/${rejected.id}/qualification`, { decision: 'reject', reason: '业绩不足' })).status).toBe(200);
  expect((await rejected.user.client.post(`/api/v1/applications/${rejected.id}/appeals`, { grounds: '省级设计奖未被计入，证书已补充。' })).status).toBe(201);

  await login(page, admin.email, admin.password);
  await useLanguage(page, false);
  await page.goto('/admin/appeals');
  await expect(page.getByRole('heading', { level: 1, name: '复核申请' })).toBeVisible();
  const row = page.locator('tr.ant-table-row').filter({ hasText: rejected.referenceNumber });
  await expect(row).toContainText('省级设计奖未被计入');
  await settled(page, 'admin-appeals');
  await row.getByRole('button', { name: `对 ${rejected.referenceNumber} 的复核申请作出决定` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /重新评审/ }).check();
  await dialog.getByRole('button', { name: '作出决定' }).click();
  await expect(dialog.getByText('请填写理由')).toBeVisible();
  await dialog.getByLabel('理由').fill('获奖证书属实，重新评审。');
  await dialog.getByRole('button', { name: '作出决定' }).click();
  await expect(page.getByText('已决定重新评审')).toBeVisible();
  await expect(row).toHaveCount(0);
  expect((await statusOf(rejected.id)).status).toBe('in_review');
  await page.getByText('已决定', { exact: true }).click();
  await expect(page.locator('tr.ant-table-row').filter({ hasText: rejected.referenceNumber })).toContainText('获奖证书属实');
  await settled(page);

  await useLanguage(page, true);
  await expect(page.getByRole('heading', { level: 1, name: 'Appeals' })).toBeVisible();
  await page.getByText('Pending', { exact: true }).click();
  await settled(page, 'admin-appeals');
  await useLanguage(page, false);
});

test('revocation: the bar’s end date shown before confirming, then the title revoked (zh-CN and en)', async ({ page }) => {
  test.slow();
  const approved = await fixtures.submitFile(app, client, await demoCycle(), { fullName: '撤销对象' });
  await fixtures.approveWithCertificate(app, approved.id);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const barEnd = `${Number(today.slice(0, 4)) + 3}${today.slice(4)}`;

  await login(page, admin.email, admin.password);
  await useLanguage(page, true);
  await page.goto(`/admin/applications/${approved.id}`);
  await page.getByRole('button', { name: 'Revoke the title' }).click();
  await expect(page.getByTestId('bar-preview')).toHaveText(`The holder will be barred from applying until ${barEnd} (3 years).`);
  await settled(page, 'admin-revocation');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  expect((await statusOf(approved.id)).status).toBe('approved');

  await useLanguage(page, false);
  await page.getByRole('button', { name: '撤销职称' }).click();
  const revoke = page.getByRole('dialog', { name: '撤销职称' });
  await expect(revoke.getByTestId('bar-preview')).toHaveText(`持有人将被禁止申报至 ${barEnd}（3 年）。`);
  await settled(page, 'admin-revocation');
  await revoke.getByRole('button', { name: '确认撤销' }).click();
  await expect(revoke.getByText('请填写撤销理由')).toBeVisible();
  await revoke.getByLabel('撤销理由').fill('获奖证书系伪造');
  await revoke.getByRole('button', { name: '确认撤销' }).click();
  await expect(page.getByText('职称已撤销')).toBeVisible();
  expect((await statusOf(approved.id)).status).toBe('revoked');
  await expect(page.getByRole('button', { name: '撤销职称' })).toHaveCount(0);
});
