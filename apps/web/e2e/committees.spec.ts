import * as fs from 'fs';
import * as path from 'path';
import type { Page } from '@playwright/test';
import { ADMIN, choose, expect, expectAccessible, login, tabTo, test, unexpectedCspViolations } from './portal';
import { SCREENSHOT_DIR, saveScreenshot, useScreenshotFont } from './screenshots';
import { openOfficeStage, type OfficeStage } from './meet-stage';

/**
 * The evaluation office's committee pages (issue 25): a committee created with its size
 * checked as typed, a meeting scheduled with an agenda of reviewed files, opened with the
 * quorum shown live, tallied, closed and its minutes read — the meeting itself by keyboard —
 * then the public notice page: an objection's contact revealed on a click and the objection
 * resolved. axe in zh-CN and en on every page.
 */

const SHOTS = SCREENSHOT_DIR;
useScreenshotFont();
test.describe.configure({ mode: 'serial' });

const zh = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../src/i18n/zh-CN.json'), 'utf8')) as { specialties: Record<string, string> };
const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);

let stage: OfficeStage;
let meetingUrl = '';
const committeeName = `工业设计评审委员会${Date.now().toString(36).slice(-4)}`;

test.beforeAll(async () => {
  // 12 reviewers: 11 make the committee, the 12th proves an even count refused as typed.
  stage = await openOfficeStage(12);
});
test.afterAll(async () => {
  await stage?.dispose();
});

async function settled(page: Page, shot?: string): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
  await expectAccessible(page);
  if (!SHOTS) expect(await unexpectedCspViolations(page)).toEqual([]);
  if (SHOTS && shot) await saveScreenshot(page, shot);
}

async function pickDate(page: Page, scope: ReturnType<Page['getByRole']>, label: string, value: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await page.keyboard.press('Enter');
}

test('a committee is created with its size checked as typed (zh-CN)', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/committees');
  await expect(page.getByRole('heading', { level: 1, name: '评审委员会' })).toBeVisible();
  await expect(page).toHaveTitle(/^评审委员会 · /);
  await settled(page);

  await page.getByRole('button', { name: '新建评审委员会' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称（中文）').fill(committeeName);
  await dialog.getByLabel('名称（英文）').fill('Industrial Design Committee');
  await expect(dialog.getByText('按系列组建至少 25 人，按专业组建至少 11 人。')).toBeVisible();
  await choose(page, '评审级别', /^中级/, dialog);
  await page.keyboard.press('Escape');
  await choose(page, '评审专业', zh.specialties[stage.cycle.specialty], dialog);
  await page.keyboard.press('Escape');
  // Ten members: too few, said before anything is sent.
  const members = dialog.locator('#memberIds');
  for (const name of stage.memberNames.slice(0, 10)) {
    await members.click();
    await members.fill(name);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${name} ·`) }).click();
  }
  await expect(dialog.getByText('10 人：至少需要 11 人。')).toBeVisible();
  await members.fill(stage.memberNames[10]);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${stage.memberNames[10]} ·`) }).click();
  await expect(dialog.getByText('已选 11 人；须为奇数，至少 11 人。')).toBeVisible();
  await expect(dialog.getByText(/至少需要 11 人|须为奇数。$/)).toHaveCount(0);
  // A twelfth: even, refused as typed; Backspace takes it off again.
  await members.fill(stage.memberNames[11]);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${stage.memberNames[11]} ·`) }).click();
  await expect(dialog.getByText('12 人：评审委员会人数须为奇数。')).toBeVisible();
  await members.fill('');
  await page.keyboard.press('Backspace');
  await expect(dialog.getByText('12 人：评审委员会人数须为奇数。')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await choose(page, '主任委员', stage.memberNames[0], dialog);
  await pickDate(page, dialog, '任期开始', day(-30));
  await pickDate(page, dialog, '任期结束（最后一天）', day(365 * 4));
  await expect(dialog.getByText('任期最长三年。')).toBeVisible();
  await pickDate(page, dialog, '任期结束（最后一天）', day(365));
  await expect(dialog.getByText('任期最长三年。')).toHaveCount(0);
  await settled(page, 'admin-committee-new');
  await dialog.getByRole('button', { name: '创 建' }).or(dialog.getByRole('button', { name: '创建' })).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByRole('row', { name: new RegExp(committeeName) });
  await expect(row).toContainText('11 人（至少 11 人）');
  await expect(row).toContainText(stage.memberNames[0]);
  await settled(page, 'admin-committees');
});

test('a meeting is scheduled with an agenda picked from the reviewed files (zh-CN)', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/meetings');
  await expect(page.getByRole('heading', { level: 1, name: '评审会议' })).toBeVisible();
  await settled(page);
  await page.getByRole('button', { name: '安排会议' }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, '评审委员会', committeeName, dialog);
  await choose(page, '评审批次', stage.cycle.nameZh, dialog);
  await pickDate(page, dialog, '日期和时间', `${day(1)} 10:00`);
  await dialog.getByLabel('地点').fill('重庆市人力资源和社会保障局 3 楼会议室');
  for (const file of stage.reviewed) {
    await choose(page, '议程', file.referenceNumber, dialog);
  }
  await page.keyboard.press('Escape');
  await settled(page, 'admin-meeting-schedule');
  await dialog.getByRole('button', { name: /^安 ?排$/ }).click();
  await expect(page).toHaveURL(/\/admin\/meetings\/[0-9a-f-]{36}$/);
  meetingUrl = new URL(page.url()).pathname;
  for (const file of stage.reviewed) await expect(page.getByRole('row', { name: new RegExp(file.referenceNumber) })).toContainText(file.applicantName);
});

test('the meeting by keyboard: attendance with the quorum live, open, paper tallies, close, printable minutes (zh-CN)', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto(meetingUrl);
  const quorum = page.getByTestId('quorum');
  await expect(quorum).toContainText('应到 11 人，已到 0 人；法定人数为 8 人。');
  await expect(quorum).toContainText('还差 8 人');
  await expect(page.getByRole('button', { name: /^开 ?会$/ })).toBeDisabled();
  await settled(page, 'admin-meeting-scheduled');

  // One member ticked by keyboard: the count follows at once.
  await tabTo(page, page.getByRole('checkbox', { name: stage.memberNames[1] }));
  await page.keyboard.press('Space');
  await expect(quorum).toContainText('已到 1 人');
  await expect(quorum).toContainText('还差 7 人');
  await tabTo(page, page.getByRole('button', { name: '全部出席' }));
  await page.keyboard.press('Enter');
  await expect(quorum).toContainText('已到 11 人');
  await expect(quorum).toContainText('已达法定人数');
  await tabTo(page, page.getByRole('button', { name: /^开 ?会$/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('进行中', { exact: true })).toBeVisible();
  await expect(page.getByText('应到 11 人，实到 11 人（法定人数 8）')).toBeVisible();
  await settled(page, 'admin-meeting-open');

  const [passed, failed] = stage.reviewed;
  for (const [file, counts] of [
    [passed, { 赞成: '9', 反对: '1', 弃权: '1' }],
    [failed, { 赞成: '3', 反对: '8', 弃权: '0' }],
  ] as const) {
    for (const [choice, value] of Object.entries(counts)) {
      await tabTo(page, page.getByRole('spinbutton', { name: `${file.referenceNumber} 的${choice}票数` }));
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(value);
    }
    await tabTo(page, page.getByRole('button', { name: `录入 ${file.referenceNumber} 的计票` }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('row', { name: new RegExp(file.referenceNumber) }).getByText('已录入计票')).toBeVisible();
  }

  await tabTo(page, page.getByRole('button', { name: '结束会议' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('此操作不可撤销');
  await expect(confirm.getByRole('button', { name: '结束会议' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '打印会议纪要' })).toBeVisible();
  const totals = page.getByTestId('minutes-totals');
  await expect(totals).toHaveCount(2);
  await expect(page.locator('.tp-minutes .ant-list-item').filter({ hasText: passed.referenceNumber })).toContainText('通过');
  await expect(page.locator('.tp-minutes .ant-list-item').filter({ hasText: failed.referenceNumber })).toContainText('未通过');
  await settled(page, 'admin-meeting-minutes');
  // Printed, the minutes stand alone: no header, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tp-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印会议纪要' })).toBeHidden();
  await expect(page.locator('.tp-minutes')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('the public notice: the objector\'s contact shown on a click, the objection dismissed with a note (zh-CN)', async ({ page }) => {
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/notices');
  await expect(page.getByRole('heading', { level: 1, name: '公示与异议' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(stage.noticed.applicantName) })).toContainText('个工作日');
  const item = page.locator('.ant-list-item').filter({ hasText: stage.noticed.referenceNumber });
  await expect(item).toContainText('138****5678');
  await expect(item).not.toContainText(stage.noticed.objectionPhone);
  await settled(page, 'admin-notices');
  await item.getByRole('button', { name: /查看异议 .* 的联系方式/ }).click();
  await expect(item.getByTestId('objection-contact')).toHaveText(stage.noticed.objectionPhone);

  await item.getByRole('button', { name: /处理异议/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: '不成立', exact: true }).check();
  await expect(dialog.getByText('退回专家评审（而非驳回）')).toHaveCount(0);
  await dialog.getByRole('radio', { name: '成立', exact: true }).check();
  await expect(dialog.getByText('退回专家评审（而非驳回）')).toBeVisible();
  await dialog.getByRole('radio', { name: '不成立', exact: true }).check();
  await dialog.getByLabel('说明（理由，将被记录）').fill('经核实，项目主要设计人为申报人本人。');
  await settled(page);
  await dialog.getByRole('button', { name: /^处 ?理$/ }).click();
  await expect(page.getByText('异议已处理')).toBeVisible();
  await expect(page.locator('.ant-list-item').filter({ hasText: stage.noticed.referenceNumber })).toHaveCount(0);
  await page.getByText('不成立', { exact: true }).first().click();
  const resolved = page.locator('.ant-list-item').filter({ hasText: stage.noticed.referenceNumber });
  await expect(resolved).toContainText('认定不成立');
  await expect(resolved).toContainText('经核实，项目主要设计人为申报人本人。');
});

test('every committee and notice page in English passes axe', async ({ page }) => {
  test.setTimeout(240_000);
  await login(page, ADMIN.email, ADMIN.password);
  await page.getByText('English', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  try {
    for (const [url, heading, shot] of [
      ['/admin/committees', 'Committees', 'admin-committees'],
      ['/admin/meetings', 'Committee meetings', 'admin-meetings'],
      [meetingUrl, /Industrial Design Committee/, 'admin-meeting-minutes'],
      ['/admin/notices', 'Public notice and objections', 'admin-notices'],
    ] as const) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await settled(page, shot);
    }
  } finally {
    // The demo admin's account keeps the language it last chose: back to Chinese for the other specs.
    await page.getByText('中文', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  }
});

test('every committee and notice page fits 390 px and passes axe there', async ({ page }) => {
  test.setTimeout(240_000);
  await login(page, ADMIN.email, ADMIN.password);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of ['/admin/committees', '/admin/meetings', meetingUrl, '/admin/notices']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
    const overflow = await page.locator('main').evaluate((main) => main.scrollWidth - main.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
});
