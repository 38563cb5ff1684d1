import * as path from 'path';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { type ApiClient, type TestUser, type NestApp, type Cycle, loadTestingFixtures } from './fixture-types';
import { choose, expect as portalExpect, expectAccessible, linkIn, login, PASSWORD, tabTo, test, unexpectedCspViolations, uniqueEmail, waitForMail } from './portal';

/**
 * Issue 25's whole cycle through the browser only: the evaluation office accepts three files
 * (one cross-provincial, with its confirmation), builds the expert pool, runs an automatic
 * assignment to done; the reviewers score in their own browser contexts; the office creates a
 * committee, schedules a meeting with the reviewed files, opens it with the quorum shown; the
 * members vote in their own contexts; the office closes the meeting; the notice is on the public
 * page, a visitor objects (confirmed by e-mail) and the office dismisses it; after the notice the
 * bureau's officer confirms the batch with a document number; the dashboard counts the approved
 * files. Everyone's part is in the browser, each person in a context of their own.
 *
 * Set-up that is not the office's job comes from the compiled fixtures of libs/testing (as
 * backstage.ts does it): the designers' submitted files, recommended by their units; the
 * committee members' and the bureau officer's accounts; the notice's end (its dates moved to
 * yesterday, then the closing job's own service run, as the worker's schedule would).
 *
 * Isolation: a cycle of its own whose only specialty is a key of this run, so the automatic
 * assignment can pick only the reviewers this journey puts in the pool (every other pool profile
 * covers the default specialties), and counts asserted by other specs (the demo cycle's) stay.
 */

interface Fixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: ApiClient }>;
  TEST_PASSWORD: string;
  makeUser(app: NestApp, client: ApiClient, options: { roles: string[]; locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
  makeBureauOfficer(app: NestApp, client: ApiClient, options: { locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
  makeOpenCycle(app: NestApp, options: { code?: string; levels?: string[] }): Promise<Cycle>;
  submitFile(app: NestApp, client: ApiClient, cycle: Cycle, options: { fullName?: string; regionCode?: string }): Promise<{ user: TestUser; id: string; referenceNumber: string }>;
  makeCommitteeMembers(app: NestApp, client: ApiClient, count: number, options: { locale?: 'zh-CN' | 'en'; namePrefix?: string; login?: boolean }): Promise<{ id: string; email: string; fullName: string }[]>;
  confirmCalendarYears(admin: ApiClient, years: number[]): Promise<void>;
  yearsFromToday(): number[];
  testDocumentNumber(): string;
  statusOf(app: NestApp, applicationId: string): Promise<string>;
}

test.describe.configure({ mode: 'serial' });
// A lazily loaded page can take more than the config's 15 s to show on a machine shared with other suites.
const expect = portalExpect.configure({ timeout: 45_000 });

const RUN = Date.now().toString(36).slice(-5);
const SPECIALTY = `journey_${RUN}`;
const CYCLE_NAME = `全流程评审批次${RUN}`;
const CYCLE_NAME_EN = `Whole cycle ${RUN}`;
const COMMITTEE_NAME = `全流程评审委员会${RUN}`;
const MEMBER_PREFIX = `全流程委员${RUN}`;
const FULL_REVIEW = [
  [/专业能力.*满分 30/, '26'],
  [/设计业绩.*满分 40/, '34'],
  [/学术与技术.*满分 20/, '15'],
  [/继续发展.*满分 10/, '8'],
] as const;
const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);
const shanghaiDay = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offset * 86400_000));

let fixtures: Fixtures;
let app: NestApp;
let client: ApiClient;
let office: TestUser;
let bureau: TestUser;
let cycle: Cycle;
let members: { id: string; email: string; fullName: string }[];
/** The three files: two from Chongqing, the middle one cross-provincial (Shenzhen). */
let files: { id: string; referenceNumber: string; name: string; cross: boolean }[];
const reviewers = ['甲', '乙', '丙'].map((s) => ({ name: `全流程专家${s}${RUN}`, email: uniqueEmail(`journey.reviewer.${RUN}`) }));
const contexts: BrowserContext[] = [];
/** Pages axe has checked already: each page once, the first time it is visited. */
const checked = new Set<string>();

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fixtures = loadTestingFixtures<Fixtures>();
  ({ app, client } = await fixtures.startApi(JSON.parse(process.env.TP_WEB_PORTAL_ENV!) as Record<string, string>));
  office = await fixtures.makeUser(app, client, { roles: ['admin'], locale: 'zh-CN', fullName: `评审办${RUN}` });
  // An officer of the host office's bureau (a member of its organisation): only they see its files to confirm.
  bureau = await fixtures.makeBureauOfficer(app, client, { locale: 'zh-CN', fullName: `人社确认员${RUN}` });
  // The notice's working days may end next year.
  await fixtures.confirmCalendarYears(office.client, fixtures.yearsFromToday());
  const made = await fixtures.makeOpenCycle(app, { code: `J${RUN.toUpperCase()}-ID`, levels: ['intermediate'] });
  const patched = await office.client.patch(`/api/v1/cycles/${made.id}`, { nameZh: CYCLE_NAME, nameEn: CYCLE_NAME_EN, specialties: [SPECIALTY] });
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  cycle = { ...made, nameZh: CYCLE_NAME, specialties: [SPECIALTY] };
  files = [];
  for (const [name, regionCode] of [
    [`全流程甲${RUN}`, undefined],
    [`全流程跨省${RUN}`, '440305'],
    [`全流程丙${RUN}`, undefined],
  ] as const) {
    const file = await fixtures.submitFile(app, client, cycle, { fullName: name, regionCode });
    files.push({ id: file.id, referenceNumber: file.referenceNumber, name, cross: regionCode !== undefined });
  }
  members = await fixtures.makeCommitteeMembers(app, client, 11, { namePrefix: MEMBER_PREFIX, locale: 'zh-CN', login: false });
});

test.afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await app?.close();
});

/** A browser context of its own for one person (the config's options: base URL, locale, time zone). */
async function person(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: process.env.TP_WEB_BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
  });
  contexts.push(context);
  return context.newPage();
}

/** Loaded, no spinner; axe and the CSP check the first time a page (by key) is seen. */
async function settled(page: Page, key: string): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
  if (checked.has(key)) return;
  checked.add(key);
  await expectAccessible(page);
  expect(await unexpectedCspViolations(page)).toEqual([]);
}

async function inChinese(page: Page): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.lang)) === 'zh-CN') return;
  await page.getByText('中文', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

async function pickDate(page: Page, scope: Locator, label: string, value: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await page.keyboard.press('Enter');
}

/** A file's status as stored (the fixtures' API token would expire in a run this long on a busy machine). */
function statusOf(id: string): Promise<string> {
  return fixtures.statusOf(app, id);
}

const dropdownOption = (page: Page, text: RegExp) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: text });
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a whole cycle through the browser: qualification, pool, assignment, reviews, committee, votes, notice and objection, bureau, dashboard', async ({ browser }) => {
  // About four minutes on an idle machine; the bound is for a machine shared with other suites.
  test.setTimeout(2_400_000);
  const officePage = await person(browser);
  await login(officePage, office.email, office.password);
  await inChinese(officePage);
  let meetingId = '';

  await test.step('1. the office accepts the three files at qualification, by keyboard (the cross-provincial one with its confirmation)', async () => {
    const page = officePage;
    await page.goto(`/admin/qualification?cycle=${cycle.id}`);
    await expect(page.getByRole('heading', { level: 1, name: '资格审查' })).toBeVisible();
    const rows = page.locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: files[1].referenceNumber })).toContainText('跨省申报（户籍省份 44）');
    await settled(page, 'qualification');
    for (const [i, file] of files.entries()) {
      await tabTo(page, page.getByRole('button', { name: `审查 ${file.referenceNumber}` }));
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog');
      await expect(drawer.getByText(/^(符合申报条件|尚不符合申报条件)$/)).toBeVisible();
      if (i === 0) await settled(page, 'qualification-file');
      if (file.cross) {
        const confirmation = drawer.getByRole('checkbox', { name: /委托评审函/ });
        await tabTo(page, confirmation);
        await page.keyboard.press('Space');
        await expect(confirmation).toBeChecked();
      }
      await tabTo(page, drawer.getByRole('button', { name: /^受 ?理$/ }));
      await page.keyboard.press('Enter');
      await expect(page.getByText(`已受理 ${file.referenceNumber}`)).toBeVisible();
      await expect(rows).toHaveCount(2 - i);
    }
    await expect(page.getByText('暂无待资格审查的申报')).toBeVisible();
    for (const file of files) expect(await statusOf(file.id)).toBe('in_review');
  });

  await test.step('2. the office builds the expert pool: three reviewers invited, each with a profile for the cycle’s specialty; each accepts in their own browser', async () => {
    const page = officePage;
    await page.goto('/admin/pool');
    await expect(page.getByRole('heading', { level: 1, name: '评审专家库' })).toBeVisible();
    await settled(page, 'pool');
    for (const [i, reviewer] of reviewers.entries()) {
      await page.getByRole('button', { name: '邀请评审专家' }).click();
      const invite = page.getByRole('dialog', { name: '邀请评审专家' });
      await invite.getByLabel('姓名').fill(reviewer.name);
      await invite.getByLabel('电子邮箱').fill(reviewer.email);
      if (i === 0) await settled(page, 'pool-invite');
      await invite.getByRole('button', { name: '发送邀请' }).click();
      const profile = page.getByRole('dialog', { name: `评审专家档案：${reviewer.name}` });
      await expect(profile).toBeVisible();
      await choose(page, '专业方向', SPECIALTY, profile);
      await profile.locator('.ant-modal-title').click(); // closes the multiple select's list
      await choose(page, '可评审最高级别', '副高级（高级工业设计师）', profile);
      await profile.getByLabel('工作单位').fill(`全流程专家单位${i + 1}${RUN}`);
      if (i === 0) await settled(page, 'pool-profile');
      await profile.getByRole('button', { name: /^保 ?存$/ }).click();
      await expect(profile).toHaveCount(0);
      await expect(page.locator('tr.ant-table-row').filter({ hasText: reviewer.email })).toContainText(reviewer.name);
    }
    // Each reviewer sets a password from the invitation e-mail, in a browser of their own.
    for (const reviewer of reviewers) {
      const own = await person(browser);
      const mail = await waitForMail(reviewer.email);
      await own.goto(linkIn(mail).replace(/^https?:\/\/[^/]+/, ''));
      await own.getByLabel('新密码').fill(PASSWORD);
      await settled(own, 'accept-invitation');
      await own.getByRole('button', { name: '设置密码并激活账号' }).click();
      await expect(own.getByText('账号已激活')).toBeVisible();
      await login(own, reviewer.email, PASSWORD);
      await inChinese(own);
      Object.assign(reviewer, { page: own });
    }
  });

  await test.step('3. the office starts an automatic assignment and follows it to done: every file gets a full panel', async () => {
    const page = officePage;
    await page.goto(`/admin/assignment?cycle=${cycle.id}`);
    await expect(page.getByRole('heading', { level: 1, name: '专家分配' })).toBeVisible();
    await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(3);
    await settled(page, 'assignment');
    await page.getByRole('button', { name: '开始自动分配' }).click();
    await expect(page.getByTestId('run-status')).toContainText('已完成', { timeout: 30_000 });
    await expect(page.getByText('所有申报的评审组均已配齐。')).toBeVisible();
    await settled(page, 'assignment-done');
    // Every panel is the three reviewers of this journey.
    const panel = page.locator('tr.ant-table-row').filter({ hasText: files[1].referenceNumber });
    await panel.getByRole('button', { name: /展开行|Expand row/ }).click();
    await expect(page.getByTestId('panel-reviewer')).toHaveCount(3);
    for (const reviewer of reviewers) await expect(page.getByTestId('panel-reviewer').filter({ hasText: reviewer.name })).toHaveCount(1);
  });

  await test.step('4. each reviewer scores the three files in their own browser', async () => {
    for (const reviewer of reviewers) {
      const page = (reviewer as typeof reviewer & { page: Page }).page;
      await page.goto('/reviews');
      await expect(page.getByRole('heading', { level: 1, name: '我的评审' })).toBeVisible();
      for (const file of files) await expect(page.getByTestId('assignment').filter({ hasText: file.referenceNumber })).toContainText('待评审');
      await settled(page, 'reviews');
      for (const file of files) {
        await page.getByTestId('assignment').filter({ hasText: file.referenceNumber }).getByRole('link').click();
        await expect(page.getByRole('heading', { level: 1 })).toContainText(file.referenceNumber);
        await page.getByRole('tab', { name: '评分' }).click();
        for (const [label, value] of FULL_REVIEW) await page.getByLabel(label).fill(value);
        await expect(page.getByTestId('live-total')).toHaveText('总分：83.00 / 100');
        await page.getByLabel('评审意见').fill(`${reviewer.name}：设计成果扎实，建议通过。`);
        await page.getByRole('radio', { name: '通过', exact: true }).check();
        await settled(page, 'review');
        await page.getByRole('button', { name: '提交评审' }).click();
        await page.getByRole('dialog').getByRole('button', { name: '提交评审' }).click();
        await expect(page.getByText(/已于 .* 提交/)).toBeVisible();
        await page.goto('/reviews');
        await expect(page.getByTestId('assignment').filter({ hasText: file.referenceNumber })).toContainText('已提交');
      }
      await page.context().close();
    }
    for (const file of files) await expect.poll(() => statusOf(file.id)).toBe('reviewed');
  });

  await test.step('5. the office creates a committee, schedules a meeting with the reviewed files and opens it with the quorum shown', async () => {
    const page = officePage;
    await page.goto('/admin/committees');
    await expect(page.getByRole('heading', { level: 1, name: '评审委员会' })).toBeVisible();
    await settled(page, 'committees');
    await page.getByRole('button', { name: '新建评审委员会' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称（中文）').fill(COMMITTEE_NAME);
    await dialog.getByLabel('名称（英文）').fill(`Whole cycle committee ${RUN}`);
    await choose(page, '评审级别', /^中级/, dialog);
    await page.keyboard.press('Escape');
    await choose(page, '评审专业', SPECIALTY, dialog);
    await page.keyboard.press('Escape');
    const memberSelect = dialog.locator('#memberIds');
    for (const member of members) {
      await memberSelect.click();
      await memberSelect.fill(member.fullName);
      await dropdownOption(page, new RegExp(`^${escapeRe(member.fullName)} ·`)).click();
    }
    await expect(dialog.getByText('已选 11 人；须为奇数，至少 11 人。')).toBeVisible();
    await page.keyboard.press('Escape');
    await choose(page, '主任委员', new RegExp(`^${escapeRe(members[0].fullName)}( ·|$)`), dialog);
    await pickDate(page, dialog, '任期开始', day(-30));
    await pickDate(page, dialog, '任期结束（最后一天）', day(365));
    await settled(page, 'committee-new');
    await dialog.getByRole('button', { name: /^创 ?建$/ }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('row', { name: new RegExp(COMMITTEE_NAME) })).toContainText('11 人（至少 11 人）');

    await page.goto('/admin/meetings');
    await expect(page.getByRole('heading', { level: 1, name: '评审会议' })).toBeVisible();
    await settled(page, 'meetings');
    await page.getByRole('button', { name: '安排会议' }).click();
    const schedule = page.getByRole('dialog');
    await choose(page, '评审委员会', COMMITTEE_NAME, schedule);
    await choose(page, '评审批次', CYCLE_NAME, schedule);
    await pickDate(page, schedule, '日期和时间', `${day(1)} 10:00`);
    await schedule.getByLabel('地点').fill('重庆市人力资源和社会保障局 3 楼会议室');
    for (const file of files) await choose(page, '议程', file.referenceNumber, schedule);
    await page.keyboard.press('Escape');
    await settled(page, 'meeting-schedule');
    await schedule.getByRole('button', { name: /^安 ?排$/ }).click();
    await expect(page).toHaveURL(/\/admin\/meetings\/[0-9a-f-]{36}$/);
    meetingId = page.url().split('/').pop()!;
    for (const file of files) await expect(page.getByRole('row', { name: new RegExp(file.referenceNumber) })).toContainText(file.name);

    // Attendance by keyboard, the quorum live: eight of eleven present (2/3 of 11, rounded up).
    const quorum = page.getByTestId('quorum');
    await expect(quorum).toContainText('应到 11 人，已到 0 人；法定人数为 8 人。');
    await expect(page.getByRole('button', { name: /^开 ?会$/ })).toBeDisabled();
    await settled(page, 'meeting-scheduled');
    for (const [i, member] of members.slice(0, 8).entries()) {
      // The chair is listed as such: "name (主任委员)".
      const present = page.getByRole('checkbox', { name: new RegExp(`^${escapeRe(member.fullName)}( \\(主任委员\\))?$`) });
      await expect(present).toBeVisible();
      await tabTo(page, present);
      await page.keyboard.press('Space');
      await expect(quorum).toContainText(`已到 ${i + 1} 人`);
    }
    await expect(quorum).toContainText('已达法定人数');
    await tabTo(page, page.getByRole('button', { name: /^开 ?会$/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('进行中', { exact: true })).toBeVisible();
    await expect(page.getByText('应到 11 人，实到 8 人（法定人数 8）')).toBeVisible();
    await settled(page, 'meeting-open');
  });

  await test.step('6. the eight members present vote in their own browsers; the office closes the meeting by keyboard', async () => {
    for (const [m, member] of members.slice(0, 8).entries()) {
      const page = await person(browser);
      await login(page, member.email, fixtures.TEST_PASSWORD);
      await inChinese(page);
      if (m === 0) {
        await page.goto('/committee');
        await expect(page.getByRole('heading', { level: 1, name: '我的评委会会议' })).toBeVisible();
        await settled(page, 'committee-home');
      }
      await page.goto(`/committee/meetings/${meetingId}`);
      await expect(page.getByText('记录为出席')).toBeVisible();
      await settled(page, 'committee-meeting');
      for (const file of files) {
        await page.getByRole('link', { name: new RegExp(`阅读评审卷宗并投票.*${file.referenceNumber}`) }).click();
        await expect(page).toHaveURL(new RegExp(`/items/${file.id}$`));
        await page.getByRole('radio', { name: '赞成' }).check();
        await settled(page, 'committee-item');
        await page.getByRole('button', { name: '投出我的票' }).click();
        await page.getByRole('dialog').getByRole('button', { name: '确认投票' }).click();
        await expect(page.getByText('您已对本申报材料投票')).toBeVisible();
        await page.getByRole('link', { name: '返回会议' }).click();
        await expect(page).toHaveURL(new RegExp(`/committee/meetings/${meetingId}$`));
      }
      await page.context().close();
    }

    const page = officePage;
    await page.reload();
    await expect(page.getByText('进行中', { exact: true })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: '结束会议' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('此操作不可撤销');
    await expect(confirm.getByRole('button', { name: '结束会议' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '打印会议纪要' })).toBeVisible();
    for (const file of files) {
      await expect(page.locator('.tp-minutes .ant-list-item').filter({ hasText: file.referenceNumber })).toContainText(/赞成 8 · 反对 0 · 弃权 0/);
      await expect(page.locator('.tp-minutes .ant-list-item').filter({ hasText: file.referenceNumber })).toContainText('通过');
    }
    await settled(page, 'meeting-minutes');
    for (const file of files) expect(await statusOf(file.id)).toBe('public_notice');
  });

  await test.step('7. the notice is public; a visitor objects and confirms by e-mail; the office dismisses the objection', async () => {
    const visitor = await person(browser);
    const objected = files[0];
    // The cycle filter (the page's query string names the cycle in both languages).
    await visitor.goto(`/notices?cycle=${encodeURIComponent(`${CYCLE_NAME}|${CYCLE_NAME_EN}`)}`);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('评审结果公示');
    for (const file of files) await expect(visitor.locator('.ant-list-item').filter({ hasText: file.name })).toBeVisible();
    await settled(visitor, 'public-notices');
    await visitor.locator('.ant-list-item').filter({ hasText: objected.name }).getByRole('link', { name: `对 ${objected.name} 提出异议` }).click();
    await expect(visitor).toHaveURL(/\/notices\/[0-9a-f-]{36}\/objection$/);
    const objectorEmail = uniqueEmail(`journey.objector.${RUN}`);
    await visitor.getByLabel('真实姓名').fill('李公正');
    await visitor.getByLabel('电子邮箱').fill(objectorEmail);
    await visitor.getByLabel('异议理由').fill(`申报人${objected.name}所列获奖作品的主要设计人另有其人。`);
    await settled(visitor, 'objection');
    await visitor.getByRole('button', { name: '提交异议' }).click();
    await expect(visitor.getByText('异议已收到')).toBeVisible();
    const reference = (await visitor.getByTestId('objection-reference').textContent())!;
    await settled(visitor, 'objection-receipt');
    await visitor.goto(linkIn(await waitForMail(objectorEmail)).replace(/^https?:\/\/[^/]+/, ''));
    await expect(visitor.getByText('邮箱已确认')).toBeVisible();
    await expect(visitor.getByText(new RegExp(`异议 ${escapeRe(reference)} 已送交`))).toBeVisible();
    await settled(visitor, 'objection-confirmed');

    const page = officePage;
    await page.goto('/admin/notices');
    await expect(page.getByRole('heading', { level: 1, name: '公示与异议' })).toBeVisible();
    const item = page.locator('.ant-list-item').filter({ hasText: objected.referenceNumber });
    await expect(item).toBeVisible();
    await settled(page, 'notices');
    await item.getByRole('button', { name: /处理异议/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '不成立', exact: true }).check();
    await dialog.getByLabel('说明（理由，将被记录）').fill('经核实，获奖作品的主要设计人为申报人本人。');
    await settled(page, 'objection-resolve');
    await dialog.getByRole('button', { name: /^处 ?理$/ }).click();
    await expect(page.getByText('异议已处理')).toBeVisible();
    await expect(page.locator('.ant-list-item').filter({ hasText: objected.referenceNumber })).toHaveCount(0);
  });

  await test.step('8. after the notice, the bureau officer confirms the batch with a document number', async () => {
    // The notice's end, advanced: its period moved to end yesterday, then the closing job's service (as the worker's schedule runs it).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled CommonJS, loaded at run time from dist/
    const { NoticeClosingService } = require(path.resolve(__dirname, '../../../dist/libs/notice/src')) as { NoticeClosingService: new () => unknown };
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the API's own TypeORM, from its dist/ context
    const { DataSource } = require('typeorm') as { DataSource: new () => unknown };
    const nest = app as unknown as { get<T>(token: unknown): T };
    await nest
      .get<{ query(sql: string, params: unknown[]): Promise<unknown> }>(DataSource)
      .query(`UPDATE public_notices SET start_date = $2::date, end_date = $3::date WHERE application_id = ANY($1::uuid[]) AND status = 'open'`, [files.map((f) => f.id), shanghaiDay(-8), shanghaiDay(-1)]);
    await nest.get<{ closeDue(now: Date): Promise<number> }>(NoticeClosingService).closeDue(new Date());
    for (const file of files) expect(await statusOf(file.id)).toBe('awaiting_confirmation');

    const page = await person(browser);
    await login(page, bureau.email, bureau.password);
    await inChinese(page);
    await page.getByRole('link', { name: '人社确认' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: '待确认的申报' })).toBeVisible();
    for (const file of files) await expect(page.getByRole('row', { name: new RegExp(file.referenceNumber) })).toBeVisible();
    await settled(page, 'bureau');
    for (const file of files) await page.getByRole('checkbox', { name: new RegExp(file.referenceNumber) }).check();
    const documentNumber = fixtures.testDocumentNumber();
    await page.getByLabel('批准文号').fill(documentNumber);
    await page.getByRole('button', { name: /确认所选 3 份申报/ }).click();
    await expect(page.getByText(/确认 3 份申报/)).toBeVisible();
    for (const file of files) await expect(page.getByRole('row', { name: new RegExp(file.referenceNumber) })).toHaveCount(0);
    for (const file of files) expect(await statusOf(file.id)).toBe('approved');
  });

  await test.step('9. the office finds the approved files on the dashboard', async () => {
    const page = officePage;
    await page.goto(`/admin?cycle=${cycle.id}`);
    await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /各阶段材料数（共 3 份/ })).toBeVisible();
    // The chart's figures, as its table for screen readers gives them: all three approved.
    const approved = page.getByRole('table', { name: /各阶段材料数/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '已通过', exact: true }) });
    await expect(approved.getByRole('cell')).toHaveText(['3', '100%']);
    await settled(page, 'dashboard');
    // The files list, filtered to the cycle's approved files, names them.
    await page.goto(`/admin/applications?cycleId=${cycle.id}&status=approved`);
    const rows = page.locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(3);
    for (const file of files) await expect(rows.filter({ hasText: file.referenceNumber })).toContainText(file.name);
    await settled(page, 'applications');
  });
});
