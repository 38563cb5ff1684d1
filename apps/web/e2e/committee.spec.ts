import type { Page } from '@playwright/test';
import { expect, expectAccessible, login, tabTo, test, unexpectedCspViolations } from './portal';
import { SCREENSHOT_DIR, saveScreenshot, useScreenshotFont } from './screenshots';
import { openCommitteeStage, type CommitteeStage } from './backstage';

/**
 * A committee member in the browser (issue 24): their meetings, a meeting's agenda with the
 * file they are recused from, a dossier read and a secret ballot cast with the keyboard only,
 * then the minutes with the totals once the other members have voted (through the API) and
 * the admin has closed the meeting. Its own committee, meeting and files (backstage.ts).
 */

// `TP_WEB_SCREENSHOTS=1` also writes the README's screenshots (screenshots.ts).
const SHOTS = SCREENSHOT_DIR;
useScreenshotFont();

test.describe.configure({ mode: 'serial' });

let stage: CommitteeStage;
test.beforeAll(async () => {
  stage = await openCommitteeStage({ memberName: '委员', locale: 'zh-CN' });
});
test.afterAll(async () => {
  await stage?.dispose();
});

/** The page has settled: no spinner, axe clean, no CSP refusal; a screenshot when asked. */
async function settled(page: Page, shot?: string): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
  await expectAccessible(page);
  if (!SHOTS) expect(await unexpectedCspViolations(page)).toEqual([]);
  if (SHOTS && shot) {
    await saveScreenshot(page, shot);
  }
}

/** At 390 px nothing in the page's main area is wider than the screen. */
async function fitsPhone(page: Page): Promise<void> {
  const overflow = await page.locator('main').evaluate((main) => main.scrollWidth - main.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function useLanguage(page: Page, label: 'English' | '中文', lang: 'en' | 'zh-CN'): Promise<void> {
  await page.getByText(label, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

const PHONE = { width: 390, height: 844 };

test('the open meeting in English, and at 390 px', async ({ page }) => {
  await login(page, stage.member.email, stage.member.password);
  await useLanguage(page, 'English', 'en');
  await page.goto('/committee');
  await expect(page.getByRole('heading', { level: 1, name: 'My committee meetings' })).toBeVisible();
  await expect(page).toHaveTitle(/^My committee meetings · /);
  await expect(page.getByText('Open now')).toBeVisible();
  await settled(page, 'committee-meetings');
  await page.goto(`/committee/meetings/${stage.meetingId}`);
  await expect(page.locator('.ant-list-item').filter({ hasText: stage.recused.referenceNumber }).getByText('Recused', { exact: true })).toBeVisible();
  await settled(page, 'committee-meeting');
  await page.goto(`/committee/meetings/${stage.meetingId}/items/${stage.voted.id}`);
  await expect(page.getByText('The reviewers\' totals differ by more than 30 points.')).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Your vote' })).toBeVisible();
  await settled(page, 'committee-dossier');
  // The recused file: its page says so and shows no dossier.
  await page.goto(`/committee/meetings/${stage.meetingId}/items/${stage.recused.id}`);
  await expect(page.getByText(/You are recused from this file/)).toBeVisible();
  await expect(page.getByText('Expert review panel')).toHaveCount(0);
  await settled(page);

  await page.setViewportSize(PHONE);
  for (const url of ['/committee', `/committee/meetings/${stage.meetingId}`, `/committee/meetings/${stage.meetingId}/items/${stage.voted.id}`]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    await fitsPhone(page);
    await expectAccessible(page);
  }
  // Back to the account's language for the journey.
  await useLanguage(page, '中文', 'zh-CN');
});

test('a member reads a dossier and votes by keyboard; the minutes show the totals (zh-CN)', async ({ page }) => {
  await login(page, stage.member.email, stage.member.password);
  await page.goto('/committee');
  await expect(page.getByRole('heading', { level: 1, name: '我的评委会会议' })).toBeVisible();
  await settled(page, 'committee-meetings');

  // From here on, the keyboard only.
  const meetingLink = page.getByRole('link', { name: /会议室/ }).first();
  await tabTo(page, meetingLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/committee/meetings/${stage.meetingId}$`));
  await expect(page.getByText('记录为出席')).toBeVisible();
  // The file the member is recused from: marked, and no way to its dossier.
  const recusedRow = page.locator('.ant-list-item').filter({ hasText: stage.recused.referenceNumber });
  await expect(recusedRow.getByText('回避', { exact: true })).toBeVisible();
  await expect(recusedRow.getByRole('link')).toHaveCount(0);
  await settled(page, 'committee-meeting');

  await tabTo(page, page.getByRole('link', { name: new RegExp(`阅读评审卷宗并投票.*${stage.voted.referenceNumber}`) }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/items/${stage.voted.id}$`));
  // The dossier: the panel's aggregate and spread, the comments without names, eligibility, evidence.
  await expect(page.getByText('专家评审组')).toBeVisible();
  await expect(page.getByText('71.83')).toBeVisible();
  for (const comment of stage.voted.comments) await expect(page.getByText(comment)).toBeVisible();
  await expect(page.getByText('评审专家意见')).toBeVisible();
  await expect(page.getByText('资格审查报告')).toBeVisible();
  await expect(page.getByText('证明材料', { exact: true })).toBeVisible();
  const text = await page.locator('main').innerText();
  for (const email of stage.voted.reviewerEmails) expect(text).not.toContain(email);
  await settled(page, 'committee-dossier');

  // The ballot: choose with the keyboard, confirm, and only "voted" remains.
  await tabTo(page, page.getByRole('radiogroup', { name: '您的投票' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: '赞成' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: '投出我的票' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('赞成');
  await expect(dialog).toContainText('不能更改');
  await expect(dialog.getByRole('button', { name: '确认投票' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('您已对本申报材料投票')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('main').getByRole('radiogroup')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('赞成');
  await settled(page, 'committee-voted');

  // The other ten vote through the API; the admin tallies the other item and closes.
  await stage.castOthers(['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'no', 'abstain', 'yes']);
  await stage.close();

  await tabTo(page, page.getByRole('link', { name: '返回会议' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('会议已结束，会议纪要记载了表决结果。')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: '查看会议纪要' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/minutes$/);
  const voted = page.locator('.ant-list-item').filter({ hasText: stage.voted.referenceNumber });
  await expect(voted).toContainText('赞成 9 · 反对 1 · 弃权 1 · 未投票 0（有表决权 11 人）');
  await expect(voted).toContainText('通过');
  const recused = page.locator('.ant-list-item').filter({ hasText: stage.recused.referenceNumber });
  await expect(recused).toContainText('赞成 2 · 反对 8 · 弃权 0 · 未投票 0（有表决权 10 人）');
  await expect(recused).toContainText('未通过');
  await expect(recused).toContainText(`回避：${stage.member.fullName}`);
  await expect(page.getByText('应到 11 人，实到 11 人，缺席 0 人')).toBeVisible();
  await settled(page, 'committee-minutes');
});

test('the minutes in English, and at 390 px', async ({ page }) => {
  await login(page, stage.member.email, stage.member.password);
  await useLanguage(page, 'English', 'en');
  await page.goto(`/committee/meetings/${stage.meetingId}`);
  await expect(page.getByText('The meeting is closed; the minutes record its decisions.')).toBeVisible();
  await settled(page);
  await page.goto(`/committee/meetings/${stage.meetingId}/minutes`);
  await expect(page.locator('.ant-list-item').filter({ hasText: stage.voted.referenceNumber })).toContainText('Yes 9 · No 1 · Abstain 1 · Not voting 0 (of 11 entitled)');
  await settled(page, 'committee-minutes');
  await page.setViewportSize(PHONE);
  for (const url of ['/committee', `/committee/meetings/${stage.meetingId}/minutes`]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    await fitsPhone(page);
    await expectAccessible(page);
  }
  await useLanguage(page, '中文', 'zh-CN');
});
