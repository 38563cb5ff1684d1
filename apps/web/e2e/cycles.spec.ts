import type { Page } from '@playwright/test';
import { ADMIN, choose, expect, expectAccessible, login, test, uniqueEmail } from './portal';
import { SCREENSHOT_DIR, saveScreenshot, useScreenshotFont } from './screenshots';

/**
 * The office's cycle editor and users page (issue 25): a cycle created and edited through the
 * forms (form version picked per level, review deadline and meeting date, the window's order
 * refused in Chinese on its field), and the users page's confirmations and single invitation.
 */

const SHOTS = SCREENSHOT_DIR;
useScreenshotFont();
test.describe.configure({ mode: 'serial' });

const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

async function settled(page: Page, shot?: string): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
  await expectAccessible(page);
  if (SHOTS && shot) await saveScreenshot(page, shot);
}

async function pickDate(page: Page, scope: ReturnType<Page['getByRole']>, label: string, value: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await page.keyboard.press('Enter');
}

test('a cycle is created and edited through the forms, its refusals in Chinese on their fields', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/cycles');
  await settled(page);
  await page.getByRole('button', { name: '新建批次' }).click();
  const dialog = page.getByRole('dialog');
  const code = `CYC-${Date.now().toString(36).toUpperCase()}`;
  await dialog.getByLabel('批次代码').fill(code);
  await dialog.getByLabel('中文名称').fill('表单编辑批次');
  await dialog.getByLabel('英文名称').fill('Form-edited cycle');
  await expect(dialog.getByText('请先选择级别：每个级别都需要一个已发布的申报表。')).toBeVisible();
  await choose(page, '级别', /^中级/, dialog);
  await page.keyboard.press('Escape');
  await choose(page, '专业', '产品设计', dialog);
  await page.keyboard.press('Escape');
  await pickDate(page, dialog, '受理开始', `${day(0)} 00:00:00`);
  await pickDate(page, dialog, '受理截止', `${day(-1)} 00:00:00`);
  await expect(dialog.getByText('受理截止须晚于受理开始。')).toBeVisible();
  await pickDate(page, dialog, '受理截止', `${day(60)} 23:59:59`);
  await expect(dialog.getByText('受理截止须晚于受理开始。')).toHaveCount(0);
  // Without a form for the level: said on that field.
  await dialog.getByRole('button', { name: /确 ?定|OK/ }).click();
  await expect(dialog.getByText('请选择该级别已发布的申报表。')).toBeVisible();
  // The form version is one of the level's published forms, by title and version (no ids).
  await choose(page, '中级（工业设计师）申报表', / v\d+/, dialog);
  await pickDate(page, dialog, '专家评审截止日', day(90));
  await settled(page);
  await dialog.getByRole('button', { name: /确 ?定|OK/ }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toBeVisible();

  // Edited: the meeting date added, the name changed; the dialog shows what was saved.
  await row.getByRole('button', { name: `编辑批次 ${code}` }).click();
  await expect(dialog.getByLabel('中文名称')).toHaveValue('表单编辑批次');
  await expect(dialog.getByLabel('专家评审截止日', { exact: true })).toHaveValue(day(90));
  await dialog.getByLabel('中文名称').fill('表单编辑批次（改）');
  await pickDate(page, dialog, '评审会议日期', day(100));
  await dialog.getByRole('button', { name: /确 ?定|OK/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(code) })).toContainText('表单编辑批次（改）');
  await settled(page, 'admin-cycles');

  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('row', { name: new RegExp(code) }).getByRole('button', { name: `Edit cycle ${code}` }).click();
  await expect(page.getByRole('dialog').getByText('Application form per level')).toBeVisible();
  await settled(page);
  await page.keyboard.press('Escape');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('users: a double click sends one invitation; enabling, disabling and role changes ask first', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/users');
  await settled(page);
  const invitations: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/admin/users') invitations.push(r.url());
  });
  await page.getByRole('button', { name: '邀请用户' }).click();
  const dialog = page.getByRole('dialog');
  const email = uniqueEmail('invitee');
  await dialog.getByLabel('姓名').fill('受邀专家');
  await dialog.getByLabel('电子邮箱').fill(email);
  await choose(page, '角色', '评审专家', dialog);
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: /确 ?定|OK/ }).dblclick();
  await expect(page.getByText('邀请已发送')).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(invitations).toHaveLength(1);

  await page.getByLabel('搜索').fill(email);
  await page.getByLabel('搜索').press('Enter');
  const row = page.getByRole('row', { name: new RegExp(email) });
  await expect(row).toBeVisible();
  const active = row.getByRole('switch', { name: `启用: ${email}` });
  const before = await active.isChecked();
  // Cancelled: nothing changes.
  await active.click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText(email);
  await settled(page, 'admin-users-confirm');
  await confirm.getByRole('button', { name: /取 ?消/ }).click();
  await expect(confirm).toBeHidden();
  expect(await active.isChecked()).toBe(before);
  // Confirmed: applied.
  await active.click();
  await page.getByRole('dialog').getByRole('button', { name: /确 ?认/ }).click();
  await expect(active).toBeChecked({ checked: !before });
  // A role change asks too.
  await row.getByRole('combobox', { name: `角色: ${email}` }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '管理员' }).click();
  await expect(page.getByRole('dialog').filter({ hasText: '其角色将变为' })).toBeVisible();
  await page.getByRole('dialog').filter({ hasText: '其角色将变为' }).getByRole('button', { name: /取 ?消/ }).click();
});
