import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Page } from '@playwright/test';
import { apiCall, apiToken, choose, completeData, expect, identityNumberFor, expectAccessible, linkIn, login, test, uniqueEmail, unexpectedCspViolations, waitForMail } from './portal';
import { openBackstage, type Backstage } from './backstage';

/**
 * Issue 24, the designer's pages as a new user found them: eligibility that reads as passed
 * while evidence is missing, the evidence tab (required kinds, duplicates, preview, removal),
 * the receipt, the e-mail verification, the preferences, titles and the token-less pages.
 * Each test makes its own accounts and files, so any one runs alone.
 */

let backstage: Backstage;
test.beforeAll(async () => {
  backstage = await openBackstage();
});
test.afterAll(async () => {
  await backstage?.close();
});

const PASSWORD = 'a-long-Designer-passphrase-42';
const BASE = () => process.env.TP_WEB_BASE_URL!;

/** A small real PDF of its own bytes (the API refuses the same content twice on one file). */
function pdf(): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${randomUUID()}\n1 0 obj << /Type /Catalog >> endobj\n${' '.repeat(512)}\n%%EOF\n`);
}
/** A 1x1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');


type Report = { eligible: boolean; results: { code: string; required: { 'zh-CN': string; en: string } }[]; evidence: { missing: { kind: string; needed: number }[] } };

/** A draft intermediate file in the demo's open cycle, by API. */
async function draftFile(token: string): Promise<{ id: string; cycleId: string }> {
  const cycles = await apiCall<{ items: { id: string; code: string; specialties: string[] }[] }>(token, 'GET', '/api/v1/public/cycles?limit=100');
  const cycle = cycles.items.find((c) => /^\d{4}-ID$/.test(c.code))!;
  const file = await apiCall<{ id: string }>(token, 'POST', '/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: cycle.specialties[0] });
  return { id: file.id, cycleId: cycle.id };
}

async function uploadByApi(token: string, id: string, kind: string, name: string, bytes: Buffer): Promise<void> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
  const response = await fetch(`${BASE()}/api/v1/applications/${id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(response.status).toBe(201);
}

async function useLanguage(page: Page, english: boolean): Promise<void> {
  const target = english ? 'en' : 'zh-CN';
  if ((await page.evaluate(() => document.documentElement.lang)) === target) return;
  await page.getByText(english ? 'English' : '中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', target);
}

test('a cross-provincial file is not "eligible" while the entrustment letter is missing; the evidence tab marks required kinds, refuses a duplicate, previews and confirms removal; the receipt prints', async ({ page }) => {
  const user = await backstage.applicant();
  const token = await apiToken(user.email, user.password);
  const { id } = await draftFile(token);
  const current = await apiCall<{ version: number }>(token, 'GET', `/api/v1/applications/${id}`);
  // Employer in Shenzhen (44): outside the host province, so the entrustment letter is required.
  await apiCall(token, 'PATCH', `/api/v1/applications/${id}`, { version: current.version, data: completeData('440305', '委托测试', identityNumberFor(user.email)) });
  const report = await apiCall<Report>(token, 'GET', `/api/v1/applications/${id}/eligibility`);
  expect(report.eligible).toBe(true);
  // Everything but the entrustment letter and the identity document, by API.
  for (const m of report.evidence.missing.filter((x) => x.kind !== 'entrustment_letter' && x.kind !== 'identity_document')) {
    for (let i = 0; i < m.needed; i++) await uploadByApi(token, id, m.kind, `${m.kind}-${i}.pdf`, pdf());
  }

  // The home page words continuing education exactly as the check does: the years, each once.
  const ce = report.results.find((r) => r.code === 'ELIG_CONTINUING_EDUCATION')!;
  await page.goto('/');
  await expect(page.getByText(ce.required['zh-CN']).first()).toBeVisible();
  await expect(page.getByText(/申报前\d年/)).toHaveCount(0);

  await login(page, user.email, user.password);
  await useLanguage(page, false);
  await page.goto(`/applications/${id}`);
  await expect(page).toHaveTitle(/草稿（提交后生成编号） · 工业设计职称评审平台/);
  await page.getByRole('tab', { name: '资格条件' }).click();
  const verdict = page.getByTestId('eligibility-verdict');
  await expect(verdict).toContainText('申报条件已满足，但缺少必需的证明材料，暂不能提交');
  await expect(page.getByText('符合申报条件', { exact: true })).toHaveCount(0);
  await expect(page.getByText(/委托评审函：需要 ?1/)).toBeVisible();
  await expectAccessible(page);

  // Evidence: required kinds first and marked, the others optional.
  await page.getByRole('tab', { name: '证明材料' }).click();
  await expect(page.getByTestId('evidence-entrustment_letter').locator('.ant-tag')).toHaveText('必需');
  await expect(page.getByTestId('evidence-expert_recommendation').locator('.ant-tag')).toHaveText('可选');
  const cards = await page.locator('[data-testid^="evidence-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(cards.indexOf('evidence-entrustment_letter')).toBeLessThan(cards.indexOf('evidence-expert_recommendation'));

  // The same bytes twice: refused, naming the copy already there.
  const idCard = pdf();
  await page.locator('#upload-identity_document').setInputFiles({ name: 'id-card.pdf', mimeType: 'application/pdf', buffer: idCard });
  await expect(page.locator('.ant-list-item', { hasText: 'id-card.pdf' })).toBeVisible();
  await page.locator('#upload-entrustment_letter').setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: idCard });
  await expect(page.getByRole('alert').filter({ hasText: '该文件已上传过（id-card.pdf，身份证件）。' })).toBeVisible();
  await expect(page.locator('.ant-list-item', { hasText: 'letter.pdf' })).toHaveCount(0);

  // Preview: an image as an image, a PDF in a frame, fetched with the session.
  await page.locator('#upload-portfolio').setInputFiles({ name: 'sketch.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.locator('.ant-list-item', { hasText: 'sketch.png' })).toBeVisible();
  await page.getByRole('button', { name: '预览: sketch.png' }).click();
  const image = page.getByRole('dialog').getByTestId('evidence-image');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expectAccessible(page);
  await page.getByRole('dialog').locator('.ant-modal-footer').getByRole('button', { name: /^关 ?闭$/ }).click();
  await page.getByRole('button', { name: '预览: id-card.pdf' }).click();
  await expect(page.getByRole('dialog').getByTestId('evidence-frame')).toHaveAttribute('src', /^blob:/);
  await page.getByRole('dialog').locator('.ant-modal-footer').getByRole('button', { name: /^关 ?闭$/ }).click();

  // Removal asks first: "keep" keeps the file, "remove" removes it.
  await page.getByRole('button', { name: '删除: sketch.png' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '确定删除该文件？' });
  await expect(confirm).toContainText('将从“作品集”中删除 sketch.png');
  await confirm.getByRole('button', { name: /^保 ?留$/ }).click();
  await expect(page.locator('.ant-list-item', { hasText: 'sketch.png' })).toBeVisible();
  await page.getByRole('button', { name: '删除: sketch.png' }).click();
  await page.getByRole('dialog').filter({ hasText: '确定删除该文件？' }).getByRole('button', { name: /^删 ?除$/ }).click();
  await expect(page.locator('.ant-list-item', { hasText: 'sketch.png' })).toHaveCount(0);

  // With the letter the file is eligible, in English too.
  await page.locator('#upload-entrustment_letter').setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: pdf() });
  await expect(page.locator('.ant-list-item', { hasText: 'letter.pdf' })).toBeVisible();
  await useLanguage(page, true);
  await expect(page.getByTestId('evidence-entrustment_letter').locator('.ant-tag')).toHaveText('Required');
  await expectAccessible(page);
  await page.getByRole('tab', { name: 'Eligibility' }).click();
  await expect(page.getByTestId('eligibility-verdict')).toContainText('Eligible');
  await expectAccessible(page);

  // Submit; the receipt has a print button and prints without the portal's header and footer.
  await page.getByRole('tab', { name: 'Declaration and submission' }).click();
  await page.getByRole('checkbox', { name: 'I accept this declaration' }).check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByTestId('receipt')).toBeVisible();
  await expect(page).toHaveTitle(/^Application submitted · /);
  await expect(page.getByRole('button', { name: 'Print receipt' })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tp-header')).toBeHidden();
  await expect(page.locator('.tp-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print receipt' })).toBeHidden();
  await expect(page.getByTestId('reference-number')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  expect(await unexpectedCspViolations(page)).toEqual([]);
});

test('an unverified designer sees a banner with a working "resend"; the link verifies once, then says "already verified"; logout goes to a plain /login', async ({ page }) => {
  const email = uniqueEmail('unverified');
  const registered = await fetch(`${BASE()}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, fullName: 'Wei Unverified', locale: 'en' }),
  });
  expect(registered.status).toBeLessThan(300);
  await waitForMail(email);

  await page.goto('/login');
  await useLanguage(page, true);
  await login(page, email, PASSWORD);
  await page.goto('/applications');
  const banner = page.getByTestId('verify-email-banner');
  await expect(banner).toContainText('Verify your e-mail address');
  await expect(banner).toContainText(email);
  await expectAccessible(page);
  await banner.getByRole('button', { name: 'Resend verification e-mail' }).click();
  await expect(banner.getByRole('button', { name: 'E-mail sent' })).toBeDisabled();

  // A second message arrives; of the two links, the newer verifies (the resend retires the first).
  const dir = process.env.TP_WEB_MAIL_DIR!;
  const links: string[] = [];
  await expect
    .poll(
      async () => {
        links.length = 0;
        for (const name of fs.readdirSync(dir).sort()) {
          const mail = await simpleParser(fs.readFileSync(path.join(dir, name)));
          const to = ([] as { value: { address?: string }[] }[]).concat((mail.to as never) ?? []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
          if (to.includes(email.toLowerCase())) links.push(linkIn(mail).replace(/^https?:\/\/[^/]+/, ''));
        }
        return links.length;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(2);
  let used: string | null = null;
  for (const link of [...links].reverse()) {
    await page.goto(link);
    const outcome = page.getByText('E-mail verified', { exact: true }).or(page.getByText('Verification failed', { exact: true }));
    await expect(outcome).toBeVisible();
    if (await page.getByText('E-mail verified', { exact: true }).isVisible()) {
      used = link;
      break;
    }
  }
  expect(used).not.toBeNull();
  await page.goto(used!);
  await expect(page.getByText('Your e-mail address is already verified')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Log in' })).toBeVisible();
  await expect(page).toHaveTitle(/^Verify e-mail · /);
  await expectAccessible(page);

  // Logging out lands on the login page itself, with no ?next= back to it.
  await page.goto('/applications');
  await expect(page.getByTestId('verify-email-banner')).toHaveCount(0);
  await page.getByRole('button', { name: /Wei Unverified/ }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(`${BASE()}/login`);
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(`${BASE()}/login`);
});

test('a second file in the cycle links the existing one; a withdrawn file does not read as a draft; preferences show only an applicant\'s types', async ({ page }) => {
  const user = await backstage.applicant();
  const token = await apiToken(user.email, user.password);
  const { id } = await draftFile(token);
  await login(page, user.email, user.password);
  await useLanguage(page, false);
  await page.goto('/applications/new');
  await choose(page, '评审批次', /年度工业设计|Industrial Design Title Evaluation/);
  await choose(page, '申报级别', /^中级/);
  await choose(page, '专业', '产品设计');
  await page.getByRole('button', { name: /创 ?建/ }).click();
  await expect(page.getByRole('alert')).toContainText('您在本批次已有申报');
  await page.getByRole('link', { name: '打开已有申报' }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}$`));

  await apiCall(token, 'POST', `/api/v1/applications/${id}/withdraw`, { reason: '换个批次' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('无申报编号（未曾提交）');
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('草稿');
  await expect(page).toHaveTitle(/^无申报编号（未曾提交） · /);

  await page.goto('/account/preferences');
  await expect(page).toHaveTitle(/^通知设置 · /);
  await expect(page.getByRole('cell', { name: '申报回执', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '评审任务分配', exact: true })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: '收到异议', exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

for (const english of [false, true]) {
  test(`the reset and invitation pages without a token explain themselves and link on (${english ? 'en' : 'zh-CN'})`, async ({ page }) => {
    await page.goto('/');
    await useLanguage(page, english);
    await page.goto('/reset-password');
    await expect(page.getByText(english ? 'Open the link from your e-mail' : '请打开邮件中的链接')).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole('main').getByRole('link', { name: english ? 'Forgot password' : '找回密码' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);

    await page.goto('/accept-invitation');
    await expect(page.getByText(english ? 'Open the link from your invitation' : '请打开邀请邮件中的链接')).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expectAccessible(page);

    await page.goto('/verify-email');
    await expect(page.getByText(english ? 'Open the link from your e-mail' : '请打开邮件中的链接')).toBeVisible();
    await expectAccessible(page);
  });
}
