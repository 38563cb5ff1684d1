import type { Page } from '@playwright/test';
import { type ApiClient, type TestUser, type NestApp, type Cycle, loadTestingFixtures } from './fixture-types';
import { expect, expectAccessible, login, test, unexpectedCspViolations } from './portal';

/**
 * The recommending unit officer's pages on the real API, worker and database: the queue of
 * files addressed to the unit, the file, the internal posting, and the recommendation or the
 * return. The designer's submission is set-up (the compiled fixtures of libs/testing on the
 * same database, as backstage.ts does it); the files go to the demo employer, the sample
 * form's employer.
 */

interface Fixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: ApiClient }>;
  makeUser(app: NestApp, client: ApiClient, options: { roles: string[]; locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
  makeApplicant(app: NestApp, client: ApiClient): Promise<TestUser>;
  makeReadyFile(app: NestApp, client: ApiClient, applicantId: string, cycle: Cycle): Promise<string>;
  ensureSampleUnit(app: NestApp): Promise<string>;
  makeUnitOfficer(app: NestApp, client: ApiClient, organisationId: string, options: { locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
  confirmCalendarYears(admin: ApiClient, years: number[]): Promise<void>;
  yearsFromToday(): number[];
}

const DAY = 24 * 3600 * 1000;

let fixtures: Fixtures;
let app: NestApp;
let client: ApiClient;
let admin: TestUser;
let cycle: Cycle;
let unitId: string;

test.beforeAll(async () => {
  fixtures = loadTestingFixtures<Fixtures>();
  ({ app, client } = await fixtures.startApi(JSON.parse(process.env.TP_WEB_PORTAL_ENV!) as Record<string, string>));
  admin = await fixtures.makeUser(app, client, { roles: ['admin'] });
  await fixtures.confirmCalendarYears(admin.client, fixtures.yearsFromToday());
  const open = await client.get('/api/v1/public/cycles?limit=100');
  cycle = (open.body.items as unknown as Cycle[]).find((c) => /^\d{4}-ID$/.test(c.code))!;
  if (!cycle) throw new Error(`No open demo cycle among ${JSON.stringify(open.body)}`);
  unitId = await fixtures.ensureSampleUnit(app);
});
test.afterAll(async () => {
  await app?.close();
});

/** A designer's file submitted to the demo employer (status with_unit); its reference number. */
async function fileWithUnit(): Promise<{ id: string; referenceNumber: string }> {
  const applicant = await fixtures.makeApplicant(app, client);
  const id = await fixtures.makeReadyFile(app, applicant.client, applicant.id, cycle);
  const submitted = await applicant.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  expect(submitted.body.status).toBe('with_unit');
  return { id, referenceNumber: submitted.body.referenceNumber as string };
}

async function fileStatus(id: string): Promise<string> {
  return (await admin.client.get(`/api/v1/applications/${id}`)).body.status as string;
}

/** Loaded, no spinner, axe clean, no unexpected CSP refusal. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page);
  expect(await unexpectedCspViolations(page)).toEqual([]);
}

test('a unit officer finds the file in the queue, records a posting that has ended and recommends the file (zh-CN)', async ({ page }) => {
  const officer = await fixtures.makeUnitOfficer(app, client, unitId, { locale: 'zh-CN', fullName: '刘推荐' });
  const file = await fileWithUnit();
  await login(page, officer.email, officer.password);
  await page.getByRole('link', { name: '待推荐申报' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: '待推荐申报' })).toBeVisible();
  const entry = page.getByRole('link', { name: new RegExp(file.referenceNumber) });
  await expect(entry).toBeVisible();
  await settled(page);

  await entry.click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(file.referenceNumber) })).toBeVisible();
  await expect(page.getByText('推荐单位审核中')).toBeVisible();
  // No identity number on the unit's view.
  await expect(page.getByText('500103198805124713')).toHaveCount(0);
  await settled(page);

  // Recommending before any posting is refused, and says why.
  await page.getByRole('button', { name: /^推 ?荐$/ }).click();
  await expect(page.getByRole('alert')).toContainText('请先记录单位内部公示');

  const start = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
  await page.getByLabel('公示开始日期').fill(start);
  await page.getByRole('radio', { name: '无异议' }).check();
  await page.getByRole('button', { name: '保存公示信息' }).click();
  await expect(page.getByTestId('posting-period')).toContainText(start);
  await settled(page);

  await page.getByLabel('意见或理由').fill('经核实，情况属实，同意推荐');
  await page.getByRole('button', { name: /^推 ?荐$/ }).click();
  await expect(page.getByText(/已于.*推荐/)).toBeVisible();
  await expect.poll(() => fileStatus(file.id)).toBe('submitted');
  await settled(page);
});

test('a unit officer returns a file to the designer with a reason (en)', async ({ page }) => {
  const officer = await fixtures.makeUnitOfficer(app, client, unitId, { locale: 'en', fullName: 'Unit Officer' });
  const file = await fileWithUnit();
  await login(page, officer.email, officer.password);
  await page.goto(`/unit/${file.id}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(file.referenceNumber) })).toBeVisible();
  await settled(page);
  // A reason is needed to return.
  await page.getByRole('button', { name: 'Return to the designer' }).click();
  await expect(page.getByRole('alert')).toContainText('Give the reason');
  await page.getByLabel('Note or reason').fill('The work history does not match the personnel record.');
  await page.getByRole('button', { name: 'Return to the designer' }).click();
  await expect.poll(() => fileStatus(file.id)).toBe('returned');
  await expect(page.getByText('Returned', { exact: true })).toBeVisible();
  await settled(page);
});
