import * as fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { ADMIN, apiCall, apiToken, choose, completeData, chooseByKeyboard, expect, identityNumberFor, maskedNumber, selectTabByKeyboard, expectAccessible, linkIn, login, PASSWORD, tabTo, test, uniqueEmail, unexpectedCspViolations, waitForMail } from './portal';
import { openBackstage, type Backstage } from './backstage';

/** A small but real PDF (the API decides the type by the content), of its own bytes each call: the API refuses the same content twice on one file (DUPLICATE_ATTACHMENT). */
function pdf(bytes = 2048): Buffer {
  const body = Buffer.alloc(bytes, 0x20);
  return Buffer.concat([Buffer.from(`%PDF-1.4\n% ${randomUUID()}\n1 0 obj << /Type /Catalog >> endobj\n`), body, Buffer.from('\n%%EOF\n')]);
}


async function registerAndVerify(page: Page, email: string, fullName: string, english: boolean): Promise<void> {
  await page.goto('/register');
  if (english) await page.getByText('English', { exact: true }).click();
  await page.getByLabel(english ? 'Full name' : '姓名').fill(fullName);
  await page.getByLabel(english ? 'E-mail' : '电子邮箱').fill(email);
  await page.getByLabel(english ? 'Password' : '密码').fill(PASSWORD);
  await page.getByRole('button', { name: english ? 'Register' : /注 ?册/ }).click();
  await expect(page.getByText(english ? 'Check your e-mail' : '请查收邮件')).toBeVisible();
  const mail = await waitForMail(email);
  await page.goto(linkIn(mail).replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByText(english ? 'E-mail verified' : '邮箱已验证')).toBeVisible();
}

async function startFile(page: Page, english: boolean): Promise<string> {
  await page.goto('/applications/new');
  await choose(page, english ? 'Cycle' : '评审批次', /年度工业设计|Industrial Design Title Evaluation/);
  await choose(page, english ? 'Level' : '申报级别', english ? /^Intermediate/ : /^中级/);
  await choose(page, english ? 'Specialty' : '专业', english ? 'Product design' : '产品设计');
  await page.getByRole('button', { name: english ? 'Create' : /创 ?建/ }).click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

/** Uploads every piece of evidence the eligibility report still misses, through the evidence tab. */
async function uploadMissingEvidence(page: Page, token: string, id: string, english: boolean): Promise<string[]> {
  const report = await apiCall<{ evidence: { missing: { kind: string; needed: number }[] } }>(token, 'GET', `/api/v1/applications/${id}/eligibility`);
  await page.getByRole('tab', { name: english ? 'Evidence' : '证明材料' }).click();
  const kinds: string[] = [];
  for (const m of report.evidence.missing) {
    for (let i = 0; i < m.needed; i++) {
      const input = page.locator(`#upload-${m.kind}`);
      await input.setInputFiles({ name: `${m.kind}-${i}.pdf`, mimeType: 'application/pdf', buffer: pdf() });
      await expect(page.locator('.ant-list-item', { hasText: `${m.kind}-${i}.pdf` })).toBeVisible();
    }
    kinds.push(m.kind);
  }
  return kinds;
}

/** Types a date into an antd DatePicker as a user does: the text, then Enter. */
async function fillDate(page: Page, input: Locator, value: string): Promise<void> {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

/**
 * Completes a Chinese intermediate file after the identity section's name and mobile: every
 * remaining section through the rendered form (the same data as completeData('500103')).
 */
async function fillRestOfFormInBrowser(page: Page, fullName: string, documentNumber: string): Promise<void> {
  const section = (name: string) => page.getByRole('tabpanel', { name });
  const open = async (name: string) => {
    await page.getByRole('tab', { name, exact: true }).click();
    await expect(page.getByRole('tab', { name, exact: true, selected: true })).toBeVisible();
  };
  const saved = () => expect(page.getByRole('status')).toHaveText('已自动保存');

  const identity = section('身份信息');
  await expect(identity.getByLabel('姓名', { exact: true })).toHaveValue(fullName);
  await choose(page, '证件类型', '居民身份证', identity);
  await identity.getByLabel('证件号码').fill(documentNumber);
  await choose(page, '性别', /^男$/, identity);
  await fillDate(page, identity.getByLabel('出生日期'), '1988-05-12');
  await identity.getByLabel('电子邮箱').fill('chen@example.com');
  await saved();

  await open('用人单位');
  const employer = section('用人单位');
  await employer.getByLabel('单位名称').fill('重庆某工业设计有限公司');
  await employer.getByLabel('统一社会信用代码').fill('91500103PB3LWF6F87');
  // The region picker's list is virtual: searched for, then chosen.
  const region = employer.getByRole('combobox', { name: '单位所在地区' });
  await region.click();
  await region.fill('重庆');
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '重庆' })).toBeVisible();
  await region.press('Enter');
  await expect(region.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]')).toContainText('重庆市');
  await choose(page, '单位性质', '民营企业', employer);
  await saved();

  await open('学历');
  const education = section('学历');
  await choose(page, '最高学历', '大学本科', education);
  await education.getByLabel('毕业院校').fill('重庆大学');
  await education.getByLabel('专业', { exact: true }).fill('工业设计');
  await fillDate(page, education.getByLabel('毕业日期'), '2010-07-01');
  await saved();

  await open('现有职称');
  const title = section('现有职称');
  await choose(page, '现有职称级别', '助理级', title);
  await title.getByLabel('系列/专业').fill('工程');
  await fillDate(page, title.getByLabel('取得日期'), '2015-12-01');
  await title.getByLabel('证书编号').fill('CQ-2015-001');
  await saved();

  await open('工作经历');
  const work = section('工作经历');
  await work.getByRole('button', { name: /^添加/ }).click();
  await work.getByLabel('单位', { exact: true }).fill('重庆某工业设计有限公司');
  await work.getByLabel('职务').fill('设计师');
  await fillDate(page, work.getByLabel('开始日期'), '2010-07-15');
  await saved();

  // The years the rule counts end with the last full year before the window closes: the
  // current year or the one before, so four years cover either.
  await open('继续教育');
  const training = section('继续教育');
  const thisYear = new Date().getFullYear();
  for (let i = 0; i < 4; i++) {
    await training.getByRole('button', { name: /^添加/ }).click();
    await training.locator(`#tp_continuingEducation_${i}_year`).fill(String(thisYear - 3 + i));
    await training.locator(`#tp_continuingEducation_${i}_totalHours`).fill('100');
    await training.locator(`#tp_continuingEducation_${i}_professionalHours`).fill('80');
  }
  await saved();
}

// Each journey makes what it needs (here or through the backstage), so any one can run alone.
let backstage: Backstage;
test.beforeAll(async () => {
  backstage = await openBackstage();
});
test.afterAll(async () => {
  await backstage?.close();
});

test('a designer registers, verifies, starts a file, sees a field error in Chinese, completes, uploads, is eligible, submits and gets the receipt', async ({ page, context }) => {
  const designerEmail = uniqueEmail('designer');
  const designerName = `陈设计${Date.now().toString(36).slice(-4)}`;
  await registerAndVerify(page, designerEmail, designerName, false);
  await login(page, designerEmail, PASSWORD);
  await expect(page).toHaveURL(/\/applications$/);
  await expectAccessible(page);
  const id = await startFile(page, false);

  // A bad mobile number: autosave answers 400 with the field's JSON pointer; the message shows on the field, in Chinese.
  await page.getByLabel('姓名', { exact: true }).fill(designerName);
  await page.getByLabel('手机号码').fill('12345');
  // On the field itself (and in the problem list above the form, which links to it).
  await expect(page.getByRole('tabpanel', { name: '身份信息' }).getByText('手机号码应为以1开头的11位数字')).toBeVisible();
  await expect(page.getByRole('button', { name: '手机号码应为以1开头的11位数字' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('部分字段未保存：请修改标出的字段（其余已保存）');
  await page.getByLabel('手机号码').fill('13800138000');
  await expect(page.getByRole('status')).toHaveText('已自动保存');
  await expect(page.getByText('手机号码应为以1开头的11位数字')).toHaveCount(0);
  await expectAccessible(page);

  // Every other section typed in the browser, as a designer does: selects, date pickers, lists.
  await fillRestOfFormInBrowser(page, designerName, identityNumberFor(designerEmail));
  const token = await apiToken(designerEmail, PASSWORD);
  await page.reload();
  await expect(page.getByLabel('手机号码')).toHaveValue('13800138000');
  await expect(page.getByLabel('证件号码')).toHaveValue(identityNumberFor(designerEmail));

  // Evidence: the first upload on a throttled connection, so its progress bar is seen.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: 1_000_000, uploadThroughput: 60_000 });
  await page.getByRole('tab', { name: '证明材料' }).click();
  await page.locator('#upload-identity_document').setInputFiles({ name: 'id-card.pdf', mimeType: 'application/pdf', buffer: pdf(150_000) });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.locator('.ant-list-item', { hasText: 'id-card.pdf' })).toBeVisible({ timeout: 30_000 });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  // A file of the wrong type is refused before sending.
  await page.locator('#upload-portfolio').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByText('仅接受 PDF、JPEG 或 PNG 文件')).toBeVisible();
  await uploadMissingEvidence(page, token, id, false);

  await page.getByRole('tab', { name: '资格条件' }).click();
  await expect(page.getByText('符合申报条件', { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('tab', { name: '承诺与提交' }).click();
  await page.getByRole('checkbox', { name: '我已阅读并同意以上承诺' }).check();
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page.getByText('申报已提交')).toBeVisible();
  const reference = await page.getByTestId('reference-number').textContent();
  expect(reference).toMatch(/^\d{4}-ID-INT-\d{6}$/);

  // The receipt arrives in the inbox, with the unread badge.
  await expect(page.getByRole('link', { name: /站内消息，[1-9]\d* 条未读/ })).toBeVisible({ timeout: 40_000 });
  await page.getByRole('link', { name: /站内消息/ }).click();
  await expect(page.getByRole('heading', { name: '站内消息' })).toBeVisible();
  await expect(page.getByText(reference!).first()).toBeVisible();
  await expectAccessible(page);
  expect(await unexpectedCspViolations(page)).toEqual([]);
});

test('a cross-provincial designer in English is told the entrustment letter is missing, uploads it and submits', async ({ page }) => {
  const email = uniqueEmail('shenzhen');
  await registerAndVerify(page, email, 'Li Design', true);
  await login(page, email, PASSWORD);
  const id = await startFile(page, true);
  const token = await apiToken(email, PASSWORD);
  const current = await apiCall<{ version: number }>(token, 'GET', `/api/v1/applications/${id}`);
  // Employer in Shenzhen (44): outside the host province.
  await apiCall(token, 'PATCH', `/api/v1/applications/${id}`, { version: current.version, data: completeData('440305', 'Li Design', identityNumberFor(email)) });
  await page.reload();
  await page.getByRole('tab', { name: 'Eligibility' }).click();
  await expect(page.getByText('Cross-provincial: the entrustment letter is required')).toBeVisible();
  await expect(page.getByText(/Entrustment letter: 1 needed, 0 uploaded/)).toBeVisible();

  // Everything but the letter, then submit: the 422 list names it and links to the evidence.
  const report = await apiCall<{ evidence: { missing: { kind: string; needed: number }[] } }>(token, 'GET', `/api/v1/applications/${id}/eligibility`);
  await page.getByRole('tab', { name: 'Evidence' }).click();
  for (const m of report.evidence.missing.filter((x) => x.kind !== 'entrustment_letter')) {
    for (let i = 0; i < m.needed; i++) {
      await page.locator(`#upload-${m.kind}`).setInputFiles({ name: `${m.kind}-${i}.pdf`, mimeType: 'application/pdf', buffer: pdf() });
      await expect(page.locator('.ant-list-item', { hasText: `${m.kind}-${i}.pdf` })).toBeVisible();
    }
  }
  await page.getByRole('tab', { name: 'Declaration and submission' }).click();
  await page.getByRole('checkbox', { name: 'I accept this declaration' }).check();
  await page.getByRole('button', { name: 'Submit' }).click();
  const problem = page.getByRole('button', { name: 'A cross-provincial application needs the entrustment letter of the home province' });
  await expect(problem).toBeVisible();
  await problem.click();
  await expect(page.getByRole('tab', { name: 'Evidence', selected: true })).toBeVisible();
  await page.locator('#upload-entrustment_letter').setInputFiles({ name: 'entrustment.pdf', mimeType: 'application/pdf', buffer: pdf() });
  await expect(page.locator('.ant-list-item', { hasText: 'entrustment.pdf' })).toBeVisible();
  await page.getByRole('tab', { name: 'Declaration and submission' }).click();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('Application submitted')).toBeVisible();
  await expect(page.getByTestId('reference-number')).toHaveText(/^\d{4}-ID-INT-\d{6}$/);
});

test('a stale autosave in a second tab asks "changed elsewhere: reload or keep mine"', async ({ page, context }) => {
  const email = uniqueEmail('twotabs');
  await registerAndVerify(page, email, '两个窗口', false);
  await login(page, email, PASSWORD);
  const id = await startFile(page, false);
  const second = await context.newPage();
  await second.goto(`/applications/${id}`);
  await expect(second.getByLabel('姓名', { exact: true })).toBeVisible();

  await page.getByLabel('姓名', { exact: true }).fill('第一个窗口');
  await expect(page.getByRole('status')).toHaveText('已自动保存');
  // The second tab still holds the old version: its save is refused, never applied silently.
  await second.getByLabel('姓名', { exact: true }).fill('第二个窗口');
  await expect(second.getByRole('dialog', { name: '申报已在别处修改' })).toBeVisible();
  await second.getByRole('button', { name: '重新载入' }).click();
  await expect(second.getByLabel('姓名', { exact: true })).toHaveValue('第一个窗口');
  const token = await apiToken(email, PASSWORD);
  expect(((await apiCall<{ data: { identity: { fullName: string } } }>(token, 'GET', `/api/v1/applications/${id}`)).data.identity.fullName)).toBe('第一个窗口');
});

test('an admin publishes a form, opens a cycle with it, finds the file by filters and reveals the identity number', async ({ page }) => {
  const designerName = `管理员查找${Date.now().toString(36).slice(-4)}`;
  const number = backstage.identityNumberOf((await backstage.submittedFile(designerName)).user.id);
  await login(page, ADMIN.email, ADMIN.password);
  const token = await apiToken(ADMIN.email, ADMIN.password);
  const cycles = await apiCall<{ items: { formVersions: Record<string, string> }[] }>(token, 'GET', '/api/v1/cycles?limit=1');
  const published = await apiCall<{ formKey: string; version: number }>(token, 'GET', `/api/v1/forms/${cycles.items[0].formVersions.intermediate}`);
  const formKey = `web-e2e-${Date.now().toString(36)}`;

  // A new version starts as a copy of the published intermediate form, renamed (no JSON pasted).
  await page.goto('/admin/forms');
  const copyFrom = page.getByRole('combobox', { name: '从已有版本复制' });
  await copyFrom.click();
  await copyFrom.fill(`${published.formKey} v${published.version}`);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`${published.formKey} v${published.version}$`) }).click();
  await page.getByRole('button', { name: /^复 ?制$/ }).click();
  await page.getByLabel('表单代码 · 版本', { exact: true }).fill(formKey);
  await page.getByLabel('中文标题').fill('网页测试申报表');
  await page.getByLabel('英文标题').fill('Web test form');
  await page.getByRole('button', { name: '创建草稿' }).click();
  await expect(page.getByText(/网页测试申报表 \/ Web test form/)).toBeVisible();
  // The preview is the applicants' form component.
  await expect(page.getByRole('heading', { name: '身份信息' })).toBeVisible();
  await page.getByRole('button', { name: /发 ?布/ }).click();
  await expect(page.getByText('已发布').first()).toBeVisible();
  const formId = (await page.getByTestId('form-version-id').textContent())!;
  // The list of versions has it, published; opening it from there shows the same version.
  const listed = page.getByRole('row', { name: new RegExp(formKey) });
  await expect(listed.getByText('已发布')).toBeVisible();
  await listed.getByRole('button', { name: `打开 ${formKey} v1` }).click();
  await expect(page.getByTestId('form-version-id')).toHaveText(formId);

  await page.goto('/admin/cycles');
  await page.getByRole('button', { name: '新建批次' }).click();
  const code = `WEB-${Date.now().toString(36).toUpperCase()}`;
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('批次代码').fill(code);
  await dialog.getByLabel('中文名称').fill('网页测试批次');
  await dialog.getByLabel('英文名称').fill('Web test cycle');
  await choose(page, '级别', /^中级/, dialog);
  await page.keyboard.press('Escape');
  await choose(page, '专业', '产品设计', dialog);
  await page.keyboard.press('Escape');
  const opens = dialog.getByLabel('受理开始');
  await opens.click();
  await opens.fill('2026-01-01 00:00:00');
  await page.keyboard.press('Enter');
  const closes = dialog.getByLabel('受理截止');
  await closes.click();
  await closes.fill('2030-12-31 23:59:59');
  await page.keyboard.press('Enter');
  // The form version is picked from the published ones of the level (no raw JSON of ids).
  await choose(page, '中级（工业设计师）申报表', new RegExp(`${formKey} v1`), dialog);
  await dialog.getByRole('button', { name: /确 ?定|OK/ }).click();
  await expect(page.getByRole('cell', { name: code, exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(code) }).getByText('是')).toBeVisible();

  await page.goto('/admin/applications');
  await choose(page, '状态', '已提交');
  await page.getByLabel('搜索').fill(designerName);
  await page.getByRole('button', { name: /查 ?询/ }).click();
  await expect(page.getByRole('cell', { name: designerName })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  // The filtered list as CSV: queued, made by the worker, then offered for download.
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const ready = page.getByRole('button', { name: '下载（1 行）' });
  await expect(ready).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent('download'), ready.click()]);
  expect(download.suggestedFilename()).toMatch(/^applications-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await fs.promises.readFile(await download.path())).toString('utf8');
  expect(csv).toContain(designerName);
  expect(csv).not.toContain('500103198805124713');
  await page.getByRole('row', { name: new RegExp(designerName) }).getByRole('link').click();
  await expect(page.getByTestId('identity-number')).toHaveText(maskedNumber(number));
  await page.getByRole('button', { name: '查看完整号码' }).click();
  await expect(page.getByText(/本次查看将记入审计日志/)).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '查看完整号码' }).click();
  await expect(page.getByTestId('identity-number')).toHaveText(number);
  await expectAccessible(page);
});

test('an applicant typing an admin URL is refused, not shown the page', async ({ page }) => {
  const applicant = await backstage.applicant();
  await login(page, applicant.email, applicant.password);
  await page.goto('/admin/users');
  // The fixtures' applicant reads the portal in English (their account's language).
  await expect(page.getByText(/您的账号无权访问此页面。|Your account may not open this page./)).toBeVisible();
  await expect(page.getByRole('heading', { name: '用户' })).toHaveCount(0);
});

test('a designer does it all by keyboard: registers, logs in, starts a file, fills a section, uploads evidence, declares and submits', async ({ page }) => {
  const email = uniqueEmail('keyboard');
  const name = `键盘${Date.now().toString(36).slice(-4)}`;
  await page.goto('/register');
  await tabTo(page, page.getByLabel('姓名'));
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByText('请查收邮件')).toBeVisible();
  await page.goto(linkIn(await waitForMail(email)).replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByText('邮箱已验证')).toBeVisible();

  await page.goto('/login');
  await tabTo(page, page.getByLabel('电子邮箱'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/applications$/);

  await tabTo(page, page.getByRole('button', { name: /新建申报/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/applications\/new$/);
  await chooseByKeyboard(page, page.getByRole('combobox', { name: '评审批次' }), /年度工业设计/);
  await chooseByKeyboard(page, page.getByRole('combobox', { name: '申报级别' }), /^中级/);
  await chooseByKeyboard(page, page.getByRole('combobox', { name: '专业' }), /产品设计/);
  await tabTo(page, page.getByRole('button', { name: /创 ?建/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;

  // The identity section by keyboard; autosave keeps up.
  await tabTo(page, page.getByLabel('姓名', { exact: true }));
  await page.keyboard.type(name);
  // Fields come in the order the form lists them (name, then document type), not jsonb's key order.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: '证件类型' })).toBeFocused();
  await tabTo(page, page.getByLabel('手机号码'));
  await page.keyboard.type('13800138000');
  await expect(page.getByRole('status')).toHaveText('已自动保存');
  // The other sections through the API (see the first journey), then on by keyboard.
  const token = await apiToken(email, PASSWORD);
  const current = await apiCall<{ version: number }>(token, 'GET', `/api/v1/applications/${id}`);
  await apiCall(token, 'PATCH', `/api/v1/applications/${id}`, { version: current.version, data: completeData('500103', name, identityNumberFor(email)) });
  await page.reload();
  await expect(page.getByLabel('手机号码')).toHaveValue('13800138000');

  // Evidence: each file input reached with Tab opens the file chooser with the space bar.
  await selectTabByKeyboard(page, '证明材料');
  const report = await apiCall<{ evidence: { missing: { kind: string; needed: number }[] } }>(token, 'GET', `/api/v1/applications/${id}/eligibility`);
  for (const m of report.evidence.missing) {
    for (let i = 0; i < m.needed; i++) {
      await tabTo(page, page.locator(`#upload-${m.kind}`), 200);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
      await chooser.setFiles({ name: `${m.kind}-${i}.pdf`, mimeType: 'application/pdf', buffer: pdf() });
      await expect(page.locator('.ant-list-item', { hasText: `${m.kind}-${i}.pdf` })).toBeVisible();
    }
  }

  await selectTabByKeyboard(page, '承诺与提交');
  await tabTo(page, page.getByRole('checkbox', { name: '我已阅读并同意以上承诺' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: '我已阅读并同意以上承诺' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: '提交申报' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('申报已提交')).toBeVisible();
  await expect(page.getByTestId('reference-number')).toHaveText(/^\d{4}-ID-INT-\d{6}$/);
});

test('an admin finds a file and reveals its identity number by keyboard', async ({ page }) => {
  const name = `键盘查找${Date.now().toString(36).slice(-4)}`;
  const number = backstage.identityNumberOf((await backstage.submittedFile(name)).user.id);
  await page.goto('/login');
  await tabTo(page, page.getByLabel('电子邮箱'));
  await page.keyboard.type(ADMIN.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/applications/);
  await tabTo(page, page.getByLabel('搜索'));
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await tabTo(page, row.getByRole('link'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('identity-number')).toHaveText(maskedNumber(number));
  await tabTo(page, page.getByRole('button', { name: '查看完整号码' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/本次查看将记入审计日志/)).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: '查看完整号码' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('identity-number')).toHaveText(number);
});
