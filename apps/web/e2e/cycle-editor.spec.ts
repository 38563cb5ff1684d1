import type { Locator, Page } from '@playwright/test';
import { ADMIN, apiCall, apiToken, choose, expect, expectAccessible, login, selectTabByKeyboard, tabTo, test } from './portal';
import { SCREENSHOT_DIR, saveScreenshot, useScreenshotFont } from './screenshots';

/**
 * The cycle editor without raw JSON (issue 25): the eligibility policy, evidence rules and rubric
 * as forms from the API's own schemas (a client refusal and a server refusal on their fields, a
 * figure saved and read back), and a form version built from a copy with one added field,
 * previewed with the applicant's renderer.
 */

useScreenshotFont();
test.describe.configure({ mode: 'serial' });
// Axe over the settings forms (some 150 fields) takes 15–20 s a check; three such checks on a loaded machine exceed 3 minutes.
test.setTimeout(300_000);

async function settled(page: Page, shot?: string): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
  await expectAccessible(page);
  if (SCREENSHOT_DIR && shot) {
    // A dialog's picture from its top (its tabs), not wherever its scrolling was left.
    await page.locator('.ant-modal-wrap').evaluateAll((wraps) => wraps.forEach((w) => w.scrollTo(0, 0)));
    await saveScreenshot(page, shot);
  }
}

/** The antd form item around a field: where its errors are shown. */
const itemOf = (field: Locator) => field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]');

/** Shift+Tab until the target has the focus (tabTo, backwards). */
async function tabBackTo(page: Page, target: Locator, maxPresses: number): Promise<void> {
  for (let i = 0; i <= maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`Not reachable with Shift+Tab within ${maxPresses} presses: ${target}`);
}

/** A cycle of its own (intermediate only, the first published intermediate form), made through the API. */
async function makeCycle(): Promise<string> {
  const token = await apiToken(ADMIN.email, ADMIN.password);
  const forms = await apiCall<{ items: { id: string }[] }>(token, 'GET', '/api/v1/forms?status=published&level=intermediate&limit=1');
  const code = `ED-${Date.now().toString(36).toUpperCase()}`;
  await apiCall(token, 'POST', '/api/v1/cycles', {
    code,
    nameZh: '规则编辑批次',
    nameEn: 'Rules editing cycle',
    levels: ['intermediate'],
    specialties: ['product_design'],
    opensAt: new Date().toISOString(),
    closesAt: new Date(Date.now() + 30 * 86400_000).toISOString(),
    formVersions: { intermediate: forms.items[0].id },
  });
  return code;
}

test('the eligibility policy and evidence rules edited as forms: refusals on their fields, a figure saved and read back', async ({ page }) => {
  const code = await makeCycle();
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/cycles');
  // The back office's chunks on a loaded machine can take a while on the first visit.
  await expect(page.getByRole('heading', { name: '评审批次' })).toBeVisible({ timeout: 60_000 });
  await settled(page);
  const edit = page.getByRole('button', { name: `编辑批次 ${code}` });
  await tabTo(page, edit, 200);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('中文名称')).toHaveValue('规则编辑批次');

  // By keyboard: the eligibility tab, the years of the intermediate master route, save.
  await selectTabByKeyboard(page, '资格条件');
  const years = dialog.locator('#tp_eligibilityPolicy_levels_intermediate_routes_1_experience_years');
  await expect(years).toHaveValue('2');
  await years.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('3');
  // A route key against the schema's pattern (the number fields keep to their range as typed).
  const key = dialog.locator('#tp_eligibilityPolicy_levels_intermediate_routes_1_key');
  await expect(key).toHaveValue('master_2y_assistant');
  await key.fill('Master 2y');
  const ok = dialog.getByRole('button', { name: /确 ?定|OK/ });
  // The policy form has some 150 tab stops before the dialog's buttons. As a person would: Shift+Tab
  // back up the form past the dialog's first control, where its focus trap wraps round to its last, 确定.
  await tabBackTo(page, ok, 120);
  await page.keyboard.press('Enter');
  // Refused in the browser by the API's schema, in Chinese on the field; nothing sent.
  await expect(itemOf(key)).toContainText('格式不正确');
  await expect(dialog.getByRole('alert')).toContainText('请修正“资格条件”中标出的项目。');
  await key.fill('master_2y_assistant');
  await expect(itemOf(key)).not.toContainText('格式不正确');
  await settled(page, 'admin-cycle-editor');

  // A rule the schema cannot say (the total below the per-file limit): refused by the API, shown on its field.
  await dialog.getByRole('tab', { name: '材料要求' }).click();
  const total = dialog.locator('#tp_evidenceRules_maxTotalBytes');
  await expect(total).toHaveValue('209715200');
  await total.fill('1000');
  await ok.click();
  await expect(itemOf(total)).toContainText('总大小上限不能小于单个文件上限。');
  await expect(dialog.getByRole('tab', { name: '材料要求', selected: true })).toBeVisible();
  await settled(page);
  await total.fill('209715200');
  await dialog.getByRole('tab', { name: '评分细则' }).click();
  await expect(dialog.getByText(/本批次目前使用内置评分细则 default-2026/)).toBeVisible();
  await expect(dialog.locator('#tp_rubric_criteria_0_nameZh')).toHaveValue('专业能力');
  await settled(page);
  await ok.click();
  await expect(dialog).toBeHidden();

  // Saved: read back after a reload.
  await page.reload();
  await page.getByRole('button', { name: `编辑批次 ${code}` }).click();
  await dialog.getByRole('tab', { name: '资格条件' }).click();
  await expect(dialog.locator('#tp_eligibilityPolicy_levels_intermediate_routes_1_experience_years')).toHaveValue('3');
  await page.keyboard.press('Escape');

  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: `Edit cycle ${code}` }).click();
  await dialog.getByRole('tab', { name: 'Eligibility' }).click();
  await expect(dialog.getByText('Years holding the current title').first()).toBeVisible();
  await settled(page, 'admin-cycle-editor');
  await page.keyboard.press('Escape');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a form version built from a copy with one added field, previewed with the applicant renderer', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/forms');
  await expect(page.getByRole('heading', { name: '申报表', exact: true })).toBeVisible({ timeout: 60_000 });
  await settled(page);
  await choose(page, '从已有版本复制', /v\d+/);
  await page.getByRole('button', { name: /^复 ?制$/ }).click();
  const identity = page.getByTestId('section-editor-identity');
  await expect(identity).toBeVisible();
  const preview = page.getByTestId('form-preview');
  await expect(preview.getByText('姓名').first()).toBeVisible();

  // By keyboard: add a field to the identity section and name it.
  await tabTo(page, identity.getByRole('button', { name: '在“身份信息”中添加字段' }), 300);
  await page.keyboard.press('Enter');
  const n = await identity.getByRole('row').count() - 1;
  await identity.getByLabel(`身份信息：第 ${n} 个字段的代码`).fill('wechatId');
  // Without labels: refused before anything is sent, said in words.
  await page.getByRole('button', { name: '创建草稿' }).click();
  await expect(page.getByRole('alert')).toContainText('请填写中文和英文标签');
  await identity.getByLabel(`身份信息：第 ${n} 个字段的中文标签`).fill('微信号');
  await identity.getByLabel(`身份信息：第 ${n} 个字段的英文标签`).fill('WeChat ID');
  await expect(preview.getByText('微信号')).toBeVisible();
  // Moved up one place: the preview follows the order.
  await identity.getByRole('button', { name: '上移 wechatId' }).click();

  // The advanced JSON view: invalid JSON is a field error, never an exception.
  await page.getByRole('button', { name: /高级：以 JSON 查看和修改/ }).click();
  await page.getByLabel(/申报表定义/).fill('{ not json');
  await page.getByRole('button', { name: '应用 JSON' }).click();
  await expect(page.getByText('JSON 格式不正确')).toBeVisible();
  await settled(page, 'admin-form-editor');

  await page.getByRole('button', { name: '创建草稿' }).click();
  await expect(page.getByText('草稿已创建')).toBeVisible();
  // The new draft is opened: its preview (the applicant's renderer) has the field.
  await expect(page.getByText('草稿', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^发 ?布$/ })).toBeVisible();
  await expect(page.locator('main').getByText('微信号')).toBeVisible();
  await settled(page);
  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('main').getByText('WeChat ID')).toBeVisible();
  await settled(page, 'admin-form-editor');
  await page.getByText('中文', { exact: true }).click();
});
