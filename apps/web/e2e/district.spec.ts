import type { Locator, Page } from '@playwright/test';
import { type ApiClient, type TestUser, type NestApp, type Cycle, loadTestingFixtures } from './fixture-types';
import { expect, expectAccessible, login, test, unexpectedCspViolations } from './portal';

/**
 * A freelance designer's file reaches the design-service sub-centre of their district from the
 * browser: the host province's districts come from the API (public/regions), the designer picks
 * one, the submission names the sub-centre, and its officer finds the file at /unit. The file's
 * content and evidence are set-up (libs/testing's fixtures on the same database); the region,
 * the employer's credit code and the submission are the designer's, in the browser.
 */

interface Fixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: ApiClient }>;
  makeUser(app: NestApp, client: ApiClient, options: { roles: string[]; locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
  makeReadyFile(app: NestApp, client: ApiClient, applicantId: string, cycle: Cycle): Promise<string>;
  makeUnitOfficer(app: NestApp, client: ApiClient, organisationId: string, options: { locale?: 'zh-CN' | 'en'; fullName?: string }): Promise<TestUser>;
}

/** A valid unified social credit code nobody registered (a freelance designer's own studio). */
function unregisteredCreditCode(): string {
  const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first17 = `92500112${String(Date.now()).slice(-9)}`;
  const sum = [...first17].reduce((total, ch, i) => total + ALPHABET.indexOf(ch) * WEIGHTS[i], 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

let fixtures: Fixtures;
let app: NestApp;
let client: ApiClient;
let cycle: Cycle;
let subCentreId: string;

const SELECT = 'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]';

test.beforeAll(async () => {
  fixtures = loadTestingFixtures<Fixtures>();
  ({ app, client } = await fixtures.startApi(JSON.parse(process.env.TP_WEB_PORTAL_ENV!) as Record<string, string>));
  const admin = await fixtures.makeUser(app, client, { roles: ['admin'] });
  const open = await client.get('/api/v1/public/cycles?limit=100');
  cycle = (open.body.items as unknown as Cycle[]).find((c) => /^\d{4}-ID$/.test(c.code))!;
  // The sub-centre of 渝北区 (500112), registered by an admin (or found, when a spec registered it before).
  const created = await admin.client.post('/api/v1/admin/organisations', { kind: 'sub_centre', nameZh: '渝北区工业设计服务分中心', nameEn: 'Yubei Design Service Sub-centre', regionCode: '500112' });
  const details = created.body.details as { data?: { existingId?: string } }[] | undefined;
  subCentreId = created.status === 201 ? (created.body.id as string) : details![0].data!.existingId!;
  expect(subCentreId).toBeTruthy();
});
test.afterAll(async () => {
  await app?.close();
});

/** The employer's region as the API stored it. */
async function storedRegion(designer: TestUser, id: string): Promise<unknown> {
  const file = await designer.client.get(`/api/v1/applications/${id}`);
  return (file.body.data as { employer?: { regionCode?: string } }).employer?.regionCode;
}

/** Types into a searchable antd Select, waits for the option and takes it with Enter. */
async function pick(page: Page, combobox: Locator, search: string, shown: string): Promise<void> {
  await combobox.click();
  await combobox.fill(search);
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: search }).first()).toBeVisible();
  await combobox.press('Enter');
  await expect(combobox.locator(SELECT)).toContainText(shown);
}

test('a freelance designer picks their district; the file goes to its sub-centre, whose officer sees it at /unit (zh-CN)', async ({ page }) => {
  // Two people, two logins, a refused and an accepted submission.
  test.setTimeout(180_000);
  const designer = await fixtures.makeUser(app, client, { roles: ['applicant'], locale: 'zh-CN', fullName: '渝北自由设计师' });
  const id = await fixtures.makeReadyFile(app, designer.client, designer.id, cycle);
  await login(page, designer.email, designer.password);
  await page.goto(`/applications/${id}`);
  // The form renderer is a lazy chunk of its own: on a busy machine it takes a while.
  await expect(page.getByRole('tab', { name: '用人单位' })).toBeVisible({ timeout: 45_000 });
  await page.getByRole('tab', { name: '用人单位' }).click();
  const employer = page.getByRole('tabpanel', { name: '用人单位' });
  const saved = () => expect(page.getByRole('status')).toHaveText('已自动保存');

  // Not the sample employer any more: a studio of their own, which nobody registered.
  const creditCode = unregisteredCreditCode();
  await employer.getByLabel('统一社会信用代码').fill(creditCode);
  await expect.poll(async () => ((await designer.client.get(`/api/v1/applications/${id}`)).body.data as { employer: { creditCode: string } }).employer.creditCode).toBe(creditCode);
  // The stored 500103 shows as Chongqing and its district; the district list comes with the host province.
  const province = employer.getByRole('combobox', { name: '单位所在地区' });
  const district = employer.getByRole('combobox', { name: '所在区县' });
  await expect(province.locator(SELECT)).toContainText('重庆市');
  await expect(district.locator(SELECT)).toContainText('渝中区');
  await expect(employer.getByText('由所在区县的设计服务分中心推荐')).toBeVisible();
  await expectAccessible(page);

  // The whole province only: the submission asks for the district, on the field.
  await district.locator(SELECT).hover();
  await district.locator(SELECT).locator('.ant-select-clear').click();
  await expect.poll(() => storedRegion(designer, id)).toBe('500000');
  await saved();
  await page.getByRole('tab', { name: '承诺与提交' }).click();
  await page.getByRole('checkbox', { name: '我已阅读并同意以上承诺' }).check();
  await page.getByRole('button', { name: '提交申报' }).click();
  const problem = page.getByRole('alert').getByRole('button', { name: /请选择所在区县/ });
  await expect(problem).toBeVisible();
  expect((await designer.client.get(`/api/v1/applications/${id}`)).body.status).toBe('draft');

  // The problem leads back to the field, which carries it; the district, by search.
  await problem.click();
  await expect(employer.getByText(/请选择所在区县/)).toBeVisible();
  await pick(page, district, '渝北', '渝北区');
  await expect.poll(() => storedRegion(designer, id)).toBe('500112');
  await saved();
  await page.getByRole('tab', { name: '承诺与提交' }).click();
  const declaration = page.getByRole('checkbox', { name: '我已阅读并同意以上承诺' });
  if (!(await declaration.isChecked())) await declaration.check();
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page.getByText('申报已提交')).toBeVisible();
  const file = (await designer.client.get(`/api/v1/applications/${id}`)).body as { status: string; recommendingUnitId: string; referenceNumber: string };
  expect(file).toMatchObject({ status: 'with_unit', recommendingUnitId: subCentreId });
  expect(await unexpectedCspViolations(page)).toEqual([]);

  // The sub-centre's officer finds it in the unit's queue.
  const officer = await fixtures.makeUnitOfficer(app, client, subCentreId, { locale: 'zh-CN', fullName: '渝北分中心经办' });
  await page.context().clearCookies();
  await login(page, officer.email, officer.password);
  await page.goto('/unit');
  await expect(page.getByRole('heading', { level: 1, name: '待推荐申报' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(file.referenceNumber) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(file.referenceNumber) })).toBeVisible();
  await expect(page.getByText('渝北区工业设计服务分中心').first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page);
});

test('the province picker lists the host province’s districts in English and keeps other provinces province-level', async ({ page }) => {
  const designer = await fixtures.makeUser(app, client, { roles: ['applicant'], locale: 'en', fullName: 'Sichuan Designer' });
  const id = await fixtures.makeReadyFile(app, designer.client, designer.id, cycle);
  await login(page, designer.email, designer.password);
  await page.goto(`/applications/${id}`);
  await expect(page.getByRole('tab', { name: 'Employer' })).toBeVisible({ timeout: 45_000 });
  await page.getByRole('tab', { name: 'Employer' }).click();
  const employer = page.getByRole('tabpanel', { name: 'Employer' });
  const district = employer.getByRole('combobox', { name: 'District or county' });
  await expect(district.locator(SELECT)).toContainText('Yuzhong District');
  await pick(page, district, 'Pengshui', 'Pengshui Miao and Tujia Autonomous County');
  await expect.poll(() => storedRegion(designer, id)).toBe('500243');
  // Another province: no district picker, the province's own code.
  await pick(page, employer.getByRole('combobox', { name: "Employer's region" }), 'Sichuan', 'Sichuan');
  await expect(district).toHaveCount(0);
  await expect.poll(() => storedRegion(designer, id)).toBe('510000');
  await expectAccessible(page);
});
