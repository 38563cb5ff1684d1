import type { Page } from '@playwright/test';
import { type ApiResponse, type ApiClient, type TestUser, type NestApp, type Cycle, loadTestingFixtures } from './fixture-types';
import { expect, expectAccessible, login, tabTo, test, unexpectedCspViolations } from './portal';
import { saveScreenshot, useScreenshotFont } from './screenshots';

/**
 * The reviewer's pages on the real API, worker and database. Set-up the browser has no
 * reason to click through (an applicant's file, the admin accepting it, a panel of
 * reviewers assigned) is done as backstage.ts does it: the compiled fixtures of
 * libs/testing drive an in-process API on the same database.
 */

interface Fixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: ApiClient }>;
  makeUser(app: NestApp, client: ApiClient, options: { roles: string[]; locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
  makeApplicant(app: NestApp, client: ApiClient): Promise<TestUser>;
  makeReadyFile(app: NestApp, client: ApiClient, applicantId: string, cycle: Cycle): Promise<string>;
  submitToOffice(app: NestApp, client: ApiClient, applicationId: string): Promise<ApiResponse>;
  makeReviewerProfile(app: NestApp, userId: string, overrides: Record<string, unknown>): Promise<unknown>;
  makeOpenCycle(app: NestApp, options: { levels?: string[] }): Promise<Cycle>;
  tinyPdf(text?: string): Buffer;
}

/** A real 60x40 PNG: the evidence viewer shows it as an image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAADwAAAAoCAIAAAAt2Q6oAAAAQklEQVR4nO3OAQkAIBAAMZMYzMTGMob3MFiArX3uOOv7QDpMWlo6QFpaOkBaWjpAWlo6QFpaOkBaWjpAWlo6YGT6AXhfuKZfGBnSAAAAAElFTkSuQmCC', 'base64');
const FULL_REVIEW = {
  scores: { professional_competence: '25', design_achievements: '30', academic_contributions: '15', continuing_development: '8' },
  comment: 'Solid portfolio.',
  recommendation: 'pass',
};

let fixtures: Fixtures;
let app: NestApp;
let client: ApiClient;
let admin: TestUser;
let cycle: Cycle;

test.beforeAll(async () => {
  fixtures = loadTestingFixtures<Fixtures>();
  ({ app, client } = await fixtures.startApi(JSON.parse(process.env.TP_WEB_PORTAL_ENV!) as Record<string, string>));
  admin = await fixtures.makeUser(app, client, { roles: ['admin'] });
  const open = await client.get('/api/v1/public/cycles?limit=100');
  cycle = (open.body.items as unknown as Cycle[]).find((c) => /^\d{4}-ID$/.test(c.code))!;
  if (!cycle) throw new Error(`No open demo cycle among ${JSON.stringify(open.body)}`);
});
test.afterAll(async () => {
  await app?.close();
});

interface Panel {
  fileId: string;
  referenceNumber: string;
  reviewers: { user: TestUser; reviewId: string }[];
}

/** A file with real evidence (a PNG and a PDF portfolio), accepted for review, with a panel of three reviewers; the first reads the language given. */
async function fileInReview(language: 'zh-CN' | 'en', inCycle: Cycle = cycle): Promise<Panel> {
  const applicant = await fixtures.makeApplicant(app, client);
  const fileId = await fixtures.makeReadyFile(app, applicant.client, applicant.id, inCycle);
  for (const [name, bytes, type] of [
    ['作品集.png', PNG, 'image/png'],
    ['作品说明.pdf', fixtures.tinyPdf('portfolio'), 'application/pdf'],
  ] as const) {
    const form = new FormData();
    form.append('kind', 'portfolio');
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    const uploaded = await applicant.client.post(`/api/v1/applications/${fileId}/attachments`, form);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  }
  // Submitted and past its recommending unit (set-up), so the office accepts it.
  const submitted = await fixtures.submitToOffice(app, applicant.client, fileId);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  expect((await admin.client.post(`/api/v1/applications/${fileId}/qualification`, { decision: 'accept' })).status).toBe(200);
  const users: TestUser[] = [];
  for (let i = 0; i < 3; i++) {
    const user = await fixtures.makeUser(app, client, { roles: ['reviewer'], locale: i === 0 ? language : 'en', fullName: `评审专家 ${i + 1}` });
    await fixtures.makeReviewerProfile(app, user.id, { specialties: [inCycle.specialties[0]], employerCreditCode: null, employerName: `评审专家单位 ${user.id}` });
    users.push(user);
  }
  const assigned = await admin.client.post(`/api/v1/applications/${fileId}/assignments`, { reviewerIds: users.map((u) => u.id) });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
  const items = assigned.body.items as { id: string; reviewerId: string }[];
  return { fileId, referenceNumber: submitted.body.referenceNumber as string, reviewers: users.map((user) => ({ user, reviewId: items.find((a) => a.reviewerId === user.id)!.id })) };
}

async function scoreByApi(reviewer: { user: TestUser; reviewId: string }): Promise<void> {
  expect((await reviewer.user.client.put(`/api/v1/reviews/${reviewer.reviewId}`, FULL_REVIEW)).status).toBe(200);
  expect((await reviewer.user.client.post(`/api/v1/reviews/${reviewer.reviewId}/submit`)).status).toBe(200);
}

async function fileStatus(fileId: string): Promise<string> {
  return (await admin.client.get(`/api/v1/applications/${fileId}`)).body.status as string;
}

/** Loaded, no spinner, axe clean, no unexpected CSP refusal. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page);
  expect(await unexpectedCspViolations(page)).toEqual([]);
}

/** Elements reaching past the right edge of the screen (none when the page fits): tag, class and width. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= document.documentElement.clientWidth) return [];
    const edge = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().right > edge + 1 && !Array.from(el.children).some((c) => c.getBoundingClientRect().right > edge + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()} in ${el.closest('[class]')?.getAttribute('class')?.split(' ')[0] ?? ''} "${(el.textContent ?? '').slice(0, 20)}" right ${Math.round(el.getBoundingClientRect().right)}`);
  });
}

// `TP_WEB_SCREENSHOTS=1` also writes the README's reviewer screenshots (screenshots.ts).
useScreenshotFont();
const shot = saveScreenshot;

test('a reviewer reads the file, its evidence and eligibility, scores it start to finish; the last review of the panel makes the file reviewed', async ({ page }) => {
  const panel = await fileInReview('zh-CN');
  const [me, ...others] = panel.reviewers;
  for (const other of others) await scoreByApi(other);

  await login(page, me.user.email, me.user.password);
  await page.goto('/reviews');
  await expect(page.getByRole('heading', { level: 1, name: '我的评审' })).toBeVisible();
  await expect(page).toHaveTitle(/^我的评审 · /);
  const row = page.getByTestId('assignment').filter({ hasText: panel.referenceNumber });
  await expect(row).toContainText('待评审');
  await settled(page);
  await shot(page, 'reviewer-assignments');

  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(panel.referenceNumber);

  // The file as a reviewer may see it: the name, never contact data.
  await page.getByRole('tab', { name: '申报材料' }).click();
  await expect(page.getByText('陈设计').first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('13800138000');
  await settled(page);

  // Evidence: the PNG inline, the PDF in the viewer's frame, and a download.
  await page.getByRole('tab', { name: '证明材料' }).click();
  await page.getByRole('button', { name: '查看 作品集.png' }).click();
  const image = page.getByTestId('evidence-image');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(60);
  await settled(page);
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await page.getByRole('button', { name: '查看 作品说明.pdf' }).click();
  await expect(page.getByTestId('evidence-frame')).toHaveAttribute('src', /^blob:/);
  expect(await unexpectedCspViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 作品说明.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('作品说明.pdf');

  await page.getByRole('tab', { name: '资格审核' }).click();
  await expect(page.getByText(/^(符合申报条件|尚不符合申报条件)$/)).toBeVisible();
  await settled(page);

  // The rubric: range checked as typed, the total live, the draft saved by itself.
  await page.getByRole('tab', { name: '评分' }).click();
  const competence = page.getByLabel(/专业能力.*满分 30/);
  await competence.fill('31');
  await expect(page.getByText('请输入 0 至 30 之间的数，最多两位小数')).toBeVisible();
  await competence.fill('27.5');
  await expect(page.getByText('请输入 0 至 30 之间的数，最多两位小数')).toHaveCount(0);
  await page.getByLabel(/设计业绩.*满分 40/).fill('36');
  await expect(page.getByTestId('live-total')).toHaveText('总分：63.50 / 100');
  await expect(page.getByRole('status')).toHaveText('已自动保存', { timeout: 10_000 });
  expect((await me.user.client.get(`/api/v1/reviews/${me.reviewId}`)).body).toMatchObject({ status: 'draft', scores: { professional_competence: '27.5', design_achievements: '36' }, total: '63.50' });
  await settled(page);
  await shot(page, 'reviewer-scoring');

  // Submitting too early: the server's refusals land on their fields.
  await page.getByRole('button', { name: '提交评审' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交评审' }).click();
  await expect(page.getByRole('alert')).toContainText('必填');
  await expect(page.locator('.ant-form-item-has-error')).toHaveCount(4);
  expect(await fileStatus(panel.fileId)).toBe('in_review');

  await page.getByLabel(/学术与技术.*满分 20/).fill('15');
  await page.getByLabel(/继续发展.*满分 10/).fill('8.25');
  await expect(page.getByTestId('live-total')).toHaveText('总分：86.75 / 100');
  await page.getByLabel('评审意见').fill('作品集扎实，设计成果有影响力。');
  await page.getByRole('radio', { name: '通过', exact: true }).check();
  await page.getByRole('button', { name: '提交评审' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交评审' }).click();
  await expect(page.getByText(/已于 .* 提交/)).toBeVisible();
  await expect(page.getByTestId('review-total')).toHaveText('86.75');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await settled(page);

  // The panel is complete: the file moved on to the committee.
  await expect.poll(() => fileStatus(panel.fileId)).toBe('reviewed');
  await page.goto('/reviews');
  await expect(page.getByTestId('assignment').filter({ hasText: panel.referenceNumber })).toContainText('已提交');
});

test('by keyboard only: a reviewer opens an assignment, scores every criterion, recommends and submits', async ({ page }) => {
  const panel = await fileInReview('en');
  const [me] = panel.reviewers;
  await login(page, me.user.email, me.user.password);
  await page.goto('/reviews');
  const link = page.getByRole('link', { name: `Open review of ${panel.referenceNumber}` });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(panel.referenceNumber);

  for (const [label, value] of [
    [/Professional competence.*max 30/, '26'],
    [/Design achievements.*max 40/, '35'],
    [/Academic.*max 20/, '14'],
    [/Continuing.*max 10/, '9'],
  ] as const) {
    await tabTo(page, page.getByLabel(label));
    await page.keyboard.type(value);
  }
  await expect(page.getByTestId('live-total')).toHaveText('Total: 84.00 of 100');
  await shot(page, 'reviewer-scoring');
  await tabTo(page, page.getByLabel('Comment'));
  await page.keyboard.type('Convincing products on the market.');
  await tabTo(page, page.getByRole('radio', { name: 'Pass' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Pass' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Submit review' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog').getByRole('button', { name: 'Submit review' });
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm, 10);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Submitted on .*final/)).toBeVisible();
  await expect(page.getByTestId('review-total')).toHaveText('84.00');
  await settled(page);
  const mine = await me.user.client.get(`/api/v1/reviews/${me.reviewId}`);
  expect(mine.body).toMatchObject({ status: 'submitted', recommendation: 'pass', total: '84.00' });
});

test('a draft saved in a second tab on a stale copy asks "changed elsewhere: reload or keep mine"', async ({ page, context }) => {
  const panel = await fileInReview('en');
  const [me] = panel.reviewers;
  await login(page, me.user.email, me.user.password);
  await page.goto(`/reviews/${me.reviewId}`);
  const second = await context.newPage();
  await second.goto(`/reviews/${me.reviewId}`);
  const competence = (p: Page) => p.getByLabel(/Professional competence.*max 30/);
  await expect(competence(second)).toBeVisible();

  await competence(page).fill('20');
  await expect(page.getByRole('status')).toHaveText('Saved');
  // The second tab still holds the first copy: its save is refused, never applied silently.
  await competence(second).fill('5');
  await expect(second.getByRole('dialog', { name: 'Review changed elsewhere' })).toBeVisible();
  await second.getByRole('button', { name: 'Reload' }).click();
  await expect(competence(second)).toHaveValue('20');
  expect((await me.user.client.get(`/api/v1/reviews/${me.reviewId}`)).body.scores).toEqual({ professional_competence: '20' });

  // Keep mine: the change goes on top of the current copy.
  await competence(page).fill('21');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await competence(second).fill('22');
  await second.getByRole('button', { name: 'Keep mine' }).click();
  await expect(second.getByRole('status')).toHaveText('Saved');
  expect((await me.user.client.get(`/api/v1/reviews/${me.reviewId}`)).body.scores).toEqual({ professional_competence: '22' });
});

test('declining for a conflict records a declared relation, which the reviewer can remove; relations are added by hand too', async ({ page }) => {
  const panel = await fileInReview('en');
  const [me] = panel.reviewers;
  await login(page, me.user.email, me.user.password);
  await page.goto('/reviews/conflicts');
  await expect(page.getByText('You have declared no relations.', { exact: false })).toBeVisible();
  await expect(page).toHaveTitle(/^My declared relations · /);
  await settled(page);

  await page.goto(`/reviews/${me.reviewId}`);
  await page.getByRole('button', { name: 'Decline the assignment' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'I have a conflict of interest with the applicant' }).check();
  await expect(dialog).toContainText('also recorded among your declared relations');
  await dialog.getByLabel('Note (optional)').fill('Former student of mine');
  await settled(page);
  await dialog.getByRole('button', { name: 'Decline the assignment' }).click();
  await expect(page).toHaveURL(/\/reviews\/conflicts$/);
  await expect(page.getByTestId('relation')).toHaveCount(1);
  await expect(page.getByTestId('relation')).toContainText('Former student of mine');

  // One more by hand, then both removed.
  await page.getByRole('button', { name: 'Declare a relation' }).click();
  await page.getByRole('combobox', { name: /Relation$/ }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: 'Co-author or co-designer' }).click();
  await page.getByLabel('Their name').fill('王五');
  await page.getByLabel('Note', { exact: true }).fill('Co-designed a kettle in 2024');
  await settled(page);
  await page.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(page.getByTestId('relation')).toHaveCount(2);
  for (let left = 1; left >= 0; left--) {
    await page.getByTestId('relation').first().getByRole('button', { name: /^Remove the relation/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByTestId('relation')).toHaveCount(left);
  }
  await expect(page.getByText('You have declared no relations.', { exact: false })).toBeVisible();

  // The declined assignment shows as such, its file closed.
  await page.goto('/reviews');
  await page.locator('.ant-segmented').getByText('Declined', { exact: true }).click();
  await expect(page.getByTestId('assignment').filter({ hasText: panel.referenceNumber })).toContainText('Declined');
  await settled(page);
});

test('an assignment past its review deadline is marked overdue, until it is submitted', async ({ page }) => {
  // A cycle of this test's own whose review deadline has passed (the demo cycle keeps its schedule).
  const late = await fixtures.makeOpenCycle(app, { levels: ['intermediate'] });
  const yesterday = new Date(Date.now() - 36 * 3600 * 1000).toISOString().slice(0, 10);
  expect((await admin.client.patch(`/api/v1/cycles/${late.id}`, { reviewDeadline: yesterday })).status).toBe(200);
  const panel = await fileInReview('en', late);
  // Window closed again, so the cycle is not offered on the home page to later tests.
  expect((await admin.client.patch(`/api/v1/cycles/${late.id}`, { closesAt: new Date(Date.now() - 60_000).toISOString() })).status).toBe(200);
  const [me] = panel.reviewers;
  await login(page, me.user.email, me.user.password);
  await page.goto('/reviews');
  const row = page.getByTestId('assignment').filter({ hasText: panel.referenceNumber });
  await expect(row.getByTestId('overdue')).toHaveText(/^Overdue by \d+ days?$/);
  await expect(page.getByRole('heading', { level: 2, name: /Test evaluation cycle/ })).toBeVisible();
  await settled(page);
  await shot(page, 'reviewer-assignments');
  await page.goto(`/reviews/${me.reviewId}`);
  await expect(page.getByTestId('overdue')).toBeVisible();
  // Submitted, it is no longer overdue.
  await me.user.client.put(`/api/v1/reviews/${me.reviewId}`, FULL_REVIEW);
  expect((await me.user.client.post(`/api/v1/reviews/${me.reviewId}/submit`)).status).toBe(200);
  await page.goto('/reviews');
  await expect(row).toContainText('Submitted');
  await expect(row.getByTestId('overdue')).toHaveCount(0);
});

test('the reviewer pages fit a 390 px phone screen and pass axe in both languages', async ({ page }) => {
  const panel = await fileInReview('zh-CN');
  const [me] = panel.reviewers;
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, me.user.email, me.user.password);
  for (const language of ['zh-CN', 'en'] as const) {
    if (language === 'en') {
      await page.getByText('English', { exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    for (const url of ['/reviews', `/reviews/${me.reviewId}`, '/reviews/conflicts']) {
      await page.goto(url);
      await settled(page);
      expect({ url, language, overflow: await overflowing(page) }).toEqual({ url, language, overflow: [] });
    }
    // Every tab of the review page.
    await page.goto(`/reviews/${me.reviewId}`);
    for (const tab of language === 'en' ? ['File', 'Evidence', 'Eligibility', 'Scoring'] : ['申报材料', '证明材料', '资格审核', '评分']) {
      await page.getByRole('tab', { name: tab }).click();
      await settled(page);
      expect({ tab, overflow: await overflowing(page) }).toEqual({ tab, overflow: [] });
    }
    await shot(page, 'reviewer-phone');
      }
});
