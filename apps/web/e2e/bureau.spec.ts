import type { Page } from '@playwright/test';
import { type ApiClient, type TestUser, type NestApp, type Cycle, loadTestingFixtures } from './fixture-types';
import { expect, expectAccessible, login, test, unexpectedCspViolations } from './portal';

/**
 * The human-resources bureau officer's pages (issue 27) on the real API, worker and database:
 * the files awaiting confirmation, confirming a batch with the approval document number and
 * the date of issue, the batches and the filing export. The files are taken to the bureau's
 * stage as backstage.ts does it (the compiled fixtures of libs/testing, in-process API).
 */

interface Fixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: ApiClient }>;
  makeUser(app: NestApp, client: ApiClient, options: { roles: string[]; locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
  makeBureauOfficer(app: NestApp, client: ApiClient, options: { locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
  submitFile(app: NestApp, client: ApiClient, cycle: Cycle, options: { fullName?: string }): Promise<{ user: TestUser; id: string; referenceNumber: string }>;
  awaitConfirmation(app: NestApp, applicationId: string): Promise<void>;
  testDocumentNumber(): string;
}

let fixtures: Fixtures;
let app: NestApp;
let client: ApiClient;
let cycle: Cycle;

test.beforeAll(async () => {
  fixtures = loadTestingFixtures<Fixtures>();
  ({ app, client } = await fixtures.startApi(JSON.parse(process.env.TP_WEB_PORTAL_ENV!) as Record<string, string>));
  const open = await client.get('/api/v1/public/cycles?limit=100');
  cycle = (open.body.items as unknown as Cycle[]).find((c) => /^\d{4}-ID$/.test(c.code))!;
  if (!cycle) throw new Error(`No open demo cycle among ${JSON.stringify(open.body)}`);
});
test.afterAll(async () => {
  await app?.close();
});

/** Loaded, no spinner, axe clean, no unexpected CSP refusal. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page);
  expect(await unexpectedCspViolations(page)).toEqual([]);
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`the bureau officer (${language}) confirms two files with a document number and exports the batch for filing`, async ({ page }) => {
    const english = language === 'en';
    const files = [];
    for (const name of english ? ['Bureau One', 'Bureau Two'] : ['人社甲', '人社乙']) {
      const file = await fixtures.submitFile(app, client, cycle, { fullName: name });
      await fixtures.awaitConfirmation(app, file.id);
      files.push({ ...file, name });
    }
    const officer = await fixtures.makeBureauOfficer(app, client, { locale: language, fullName: english ? 'Bureau Officer' : '人社确认员' });
    await login(page, officer.email, officer.password);

    await page.getByRole('link', { name: english ? 'Bureau confirmation' : '人社确认' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: english ? 'Files awaiting confirmation' : '待确认的申报' })).toBeVisible();
    for (const f of files) await expect(page.getByRole('row', { name: new RegExp(f.referenceNumber) })).toBeVisible();
    await settled(page);

    // The date of issue defaults to today; a blank document number is refused on the field.
    for (const f of files) await page.getByRole('checkbox', { name: new RegExp(f.referenceNumber) }).check();
    const submit = page.getByRole('button', { name: english ? /Confirm 2 selected/ : /确认所选 2 份申报/ });
    await submit.click();
    await expect(page.getByText(english ? 'Give the approval document number' : '请填写批准文号')).toBeVisible();
    const documentNumber = fixtures.testDocumentNumber();
    await page.getByLabel(english ? 'Approval document number' : '批准文号').fill(documentNumber);
    await submit.click();
    await expect(page.getByText(english ? /2 file\(s\) confirmed/ : /确认 2 份申报/)).toBeVisible();
    for (const f of files) await expect(page.getByRole('row', { name: new RegExp(f.referenceNumber) })).toHaveCount(0);

    // The batch, its files with their certificates, and the filing export.
    await page.getByRole('link', { name: english ? 'Confirmed batches' : '已确认批次' }).click();
    await page.getByRole('link', { name: documentNumber }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(documentNumber.replace(/[〔〕]/g, '.')) })).toBeVisible();
    for (const f of files) await expect(page.getByRole('row', { name: new RegExp(f.name) })).toBeVisible();
    await settled(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: english ? 'Filing export (CSV)' : '备案导出（CSV）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^filing-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv$/);
    const csv = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(csv).toContain(documentNumber);
    for (const f of files) expect(csv).toContain(f.name);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);

    // The holders are approved.
    for (const f of files) expect((await f.user.client.get(`/api/v1/applications/${f.id}`)).body.status).toBe('approved');
  });
}

test('the bureau pages are the officer’s only', async ({ page }) => {
  const applicant = await fixtures.makeUser(app, client, { roles: ['applicant'] });
  await login(page, applicant.email, applicant.password);
  await page.goto('/bureau');
  await expect(page.getByText(/无权|not allowed|permission/i).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /人社确认|Bureau confirmation/ })).toHaveCount(0);
});
