import type { Locator, Page } from '@playwright/test';
import { apiCall, apiToken, choose, expect, expectAccessible, login, test } from './portal';
import { openBackstage, type Backstage } from './backstage';

/**
 * Issue 24, the designer's application form as a new user found it: typed text is never lost
 * (invalid fields, reloads, leaving), the mobile number follows the identity document,
 * network trouble reads as such with a retry, refusals are in the page's language on their
 * field, and the pages fit a phone. Each test makes its own designer and file.
 */
let backstage: Backstage;
test.beforeAll(async () => {
  backstage = await openBackstage();
});
test.afterAll(async () => {
  await backstage?.close();
});

const FIXTURE_PASSWORD = 'correct horse battery staple 42';

/** A new designer (the fixtures' accounts are English) signed in with the page in Chinese, on a new draft file. */
async function newFile(page: Page): Promise<{ id: string; token: string; email: string }> {
  const user = await backstage.applicant();
  await login(page, user.email, FIXTURE_PASSWORD);
  await page.getByText('中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto('/applications/new');
  await choose(page, '评审批次', /年度工业设计|Industrial Design Title Evaluation/);
  await choose(page, '申报级别', /^中级/);
  await choose(page, '专业', '产品设计');
  await page.getByRole('button', { name: /创 ?建/ }).click();
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  return { id: page.url().split('/').pop()!, token: await apiToken(user.email, FIXTURE_PASSWORD), email: user.email };
}

/** The antd Select around a combobox. */
const SELECT = 'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]';

/** The region picker: typed to search (the list of 34 is virtual, so an option far down is not drawn until searched for), then Enter. */
async function pickRegion(page: Page, scope: Locator, search: string): Promise<void> {
  const combobox = scope.getByRole('combobox', { name: '单位所在地区' });
  await combobox.click();
  await combobox.fill(search);
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: search })).toBeVisible();
  await combobox.press('Enter');
  await expect(combobox.locator(SELECT)).toContainText(`${search}市`);
}

const identity = (page: Page) => page.getByRole('tabpanel', { name: '身份信息' });
const status = (page: Page) => page.getByRole('status');

test('an invalid field does not block the valid ones: they are saved, the invalid one survives a reload, leaving warns', async ({ page }) => {
  const { id, token, email } = await newFile(page);
  // Name and e-mail come from the account.
  await expect(identity(page).getByLabel('电子邮箱')).toHaveValue(email);
  await expect(identity(page).getByLabel('姓名', { exact: true })).not.toHaveValue('');

  await identity(page).getByLabel('证件号码').fill('500103198805124713');
  await identity(page).getByLabel('手机号码').fill('12345');
  await expect(status(page)).toHaveText('部分字段未保存：请修改标出的字段（其余已保存）');
  // In Chinese on the field, though the account (and so the API's wording) is English.
  await expect(identity(page).getByText('手机号码应为以1开头的11位数字')).toBeVisible();
  // The valid field reached the server; the invalid one did not.
  const stored = await apiCall<{ data: { identity?: Record<string, unknown> } }>(token, 'GET', `/api/v1/applications/${id}`);
  expect(stored.data.identity?.documentNumber).toBe('500103198805124713');
  expect(stored.data.identity?.mobile).toBeUndefined();
  await expectAccessible(page);

  // Leaving inside the app asks first; staying keeps the page.
  await page.getByRole('link', { name: '我的申报' }).click();
  await expect(page.locator('.ant-modal-confirm-title', { hasText: '有修改尚未保存' })).toBeVisible();
  await page.getByRole('button', { name: '留在本页' }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}$`));

  // A reload warns (beforeunload), and afterwards both the saved and the refused text are there.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toContain('beforeunload');
  await expect(identity(page).getByLabel('证件号码')).toHaveValue('500103198805124713');
  await expect(identity(page).getByLabel('手机号码')).toHaveValue('12345');
  await expect(identity(page).getByText('手机号码应为以1开头的11位数字')).toBeVisible();

  // Corrected, it is saved and the local copy is gone: nothing to warn about.
  await identity(page).getByLabel('手机号码').fill('13800138000');
  await expect(status(page)).toHaveText('已自动保存');
  await page.getByRole('link', { name: '我的申报' }).click();
  await expect(page).toHaveURL(/\/applications$/);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tp.draft.')))).toEqual([]);
});

test('unsaved text typed before the file changed elsewhere is offered back, never applied unasked', async ({ page }) => {
  const { id, token } = await newFile(page);
  await identity(page).getByLabel('证件号码').fill('500103198805124713');
  await identity(page).getByLabel('手机号码').fill('12345');
  await expect(status(page)).toHaveText('部分字段未保存：请修改标出的字段（其余已保存）');

  // Meanwhile the designer saves the section from another device: the file moves to a newer version.
  const before = await apiCall<{ version: number }>(token, 'GET', `/api/v1/applications/${id}`);
  await apiCall(token, 'PATCH', `/api/v1/applications/${id}`, { version: before.version, data: { identity: { mobile: '13900139000' } } });

  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  const offer = page.locator('.ant-modal-confirm').filter({ hasText: '本浏览器中有未保存的旧内容' });
  await expect(offer).toBeVisible();
  // Until the designer answers, the page shows what the server holds.
  await expect(identity(page).getByLabel('手机号码')).toHaveValue('13900139000');
  await expectAccessible(page);
  await offer.getByRole('button', { name: /^放 ?弃$/ }).click();
  await expect(offer).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tp.draft.')))).toEqual([]);
  const stored = await apiCall<{ data: { identity?: Record<string, unknown> } }>(token, 'GET', `/api/v1/applications/${id}`);
  expect(stored.data.identity?.mobile).toBe('13900139000');
});

test('with a passport, a Hong Kong mobile (+852 9123 4567) saves; with a resident ID it is refused in Chinese', async ({ page }) => {
  const { id, token } = await newFile(page);
  await choose(page, '证件类型', '护照', identity(page));
  await identity(page).getByLabel('手机号码').fill('+852 9123 4567');
  await expect(status(page)).toHaveText('已自动保存');
  const stored = await apiCall<{ data: { identity?: Record<string, unknown> } }>(token, 'GET', `/api/v1/applications/${id}`);
  expect(stored.data.identity?.mobile).toBe('+852 9123 4567');

  await choose(page, '证件类型', '居民身份证', identity(page));
  await expect(identity(page).getByText('手机号码应为以1开头的11位数字')).toBeVisible();
});

test('offline: autosave says it cannot reach the server (no field marked) and retries; a page whose code cannot load shows a retry, not a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { id, token } = await newFile(page);
  await page.route(`**/api/v1/applications/${id}`, (route) => (route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.fallback()));
  await identity(page).getByLabel('证件号码').fill('500103198805124713');
  await expect(status(page)).toHaveText('无法连接服务器：修改已保存在本机，正在重试');
  await expect(page.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await page.unroute(`**/api/v1/applications/${id}`);
  // The retry button, unless the automatic retry (every few seconds) got there first.
  await page
    .getByRole('button', { name: /^重 ?试$/ })
    .click({ timeout: 3000 })
    .catch(() => undefined);
  await expect(status(page)).toHaveText('已自动保存');
  const stored = await apiCall<{ data: { identity?: Record<string, unknown> } }>(token, 'GET', `/api/v1/applications/${id}`);
  expect(stored.data.identity?.documentNumber).toBe('500103198805124713');

  // The notice page's code is not loaded yet: offline, its link shows the page's error boundary inside the layout.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: '评审公示' }).click();
  await expect(page.getByText('无法连接服务器', { exact: true })).toBeVisible();
  await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '我的申报' })).toBeVisible();
  await expectAccessible(page);
  await page.unroute(/\/assets\/.*\.js$/);
  await page.getByRole('button', { name: /^重 ?试$/ }).click();
  await expect(page).toHaveURL(/\/notices$/);
  await expect(page.getByText('无法连接服务器', { exact: true })).toHaveCount(0);
  expect(errors.filter((e) => !/dynamically imported module/i.test(e))).toEqual([]);
});

test('refusals in Chinese on their field: a withdrawal without a reason is refused on the reason, with no page error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await newFile(page);
  await page.getByRole('button', { name: '撤回申报' }).click();
  const dialog = page.getByRole('dialog', { name: '撤回申报' });
  await dialog.getByRole('button', { name: '确认撤回' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('请填写撤回理由');
  await expect(dialog.getByLabel('撤回原因')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Invalid fields/)).toHaveCount(0);
  await dialog.getByLabel('撤回原因').fill('改年再报');
  await dialog.getByRole('button', { name: '确认撤回' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('已撤回');
  expect(errors).toEqual([]);
});

test('at 390 px my files and the file with its form need no sideways scrolling; the region is picked, not typed', async ({ page }) => {
  const { id, token } = await newFile(page);
  await page.getByRole('tab', { name: '用人单位' }).click();
  const employer = page.getByRole('tabpanel', { name: '用人单位' });
  await pickRegion(page, employer, '重庆');
  await expect(status(page)).toHaveText('已自动保存');
  const stored = await apiCall<{ data: { employer?: Record<string, unknown> } }>(token, 'GET', `/api/v1/applications/${id}`);
  expect(stored.data.employer?.regionCode).toBe('500000');
  // No stray ':' legend, and the add buttons say what they add.
  await page.getByRole('tab', { name: '工作经历' }).click();
  await expect(page.getByRole('tabpanel', { name: '工作经历' }).getByRole('button', { name: /^添加\S+/ })).toBeVisible();
  await expect(page.locator('.tp-form legend, .tp-form .ant-form-item-label').filter({ hasText: /^\s*[:：]\s*$/ })).toHaveCount(0);

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/applications', `/applications/${id}`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  // On a phone the sections come from a picker, not a row of tabs that overflows.
  await choose(page, '表单部分', '工作经历');
  await page.getByRole('button', { name: '添加工作经历' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});
