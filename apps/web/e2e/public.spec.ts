import { ADMIN, apiCall, apiToken, expect, expectAccessible, tabTo, test } from './portal';
import { openBackstage, type Backstage } from './backstage';

let backstage: Backstage;
test.beforeAll(async () => {
  backstage = await openBackstage();
});
test.afterAll(async () => {
  await backstage?.close();
});

test('a visitor sees the open cycles and what each level requires, worded from the policy, in both languages', async ({ page }) => {
  await page.goto('/');
  const cycle = page.locator('.ant-card-type-inner').filter({ hasText: '年度工业设计专业职称评审' }).first();
  await expect(cycle).toBeVisible();
  // The first level is open: its routes come from the API (the evaluator's own wording).
  await expect(cycle.getByText('大学本科 + 毕业后从事相关工作满1年')).toBeVisible();
  // The host province comes from the API's host-office service.
  await expect(page.getByText('外省设计师可通过重庆市跨省评审通道申报。')).toBeVisible();
  await expect(cycle.getByText('工作单位在重庆市以外的申报人还须上传：')).toBeVisible();
  await expect(cycle.getByText('委托评审函 1 份')).toBeVisible();
  // Another level opens by keyboard.
  await tabTo(page, cycle.getByRole('button', { name: /中级/ }));
  await page.keyboard.press('Enter');
  await expect(cycle.getByText('硕士研究生 + 取得助理级职称后满2年')).toBeVisible();
  await expect(cycle.getByRole('link', { name: '注册后申报' }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByText('English', { exact: true }).click();
  const cycleEn = page.locator('.ant-card-type-inner').filter({ hasText: 'Industrial Design Title Evaluation (incl.' }).first();
  await expect(cycleEn.getByText('master + 2 years holding an assistant title')).toBeVisible();
  await expect(page.getByText("Designers working in other provinces apply through Chongqing's cross-provincial channel.")).toBeVisible();
  await expectAccessible(page);
});

test("a certificate's QR link verifies it: valid, then revoked at once; an unknown code is not found; the code can be typed", async ({ page }) => {
  const holder = `王䶮${Date.now().toString(36).slice(-3)}`;
  const certificate = await backstage.approvedFile(holder);

  await page.goto(`/verify/${certificate.verificationCode}`);
  await expect(page.getByText('证书有效')).toBeVisible();
  await expect(page.getByText(holder)).toBeVisible();
  await expect(page.getByText('工业设计师', { exact: true })).toBeVisible();
  await expectAccessible(page);

  const admin = await apiToken(ADMIN.email, ADMIN.password);
  await apiCall(admin, 'POST', `/api/v1/applications/${certificate.id}/revoke`, { reason: '网页测试：材料造假' });
  await page.reload();
  await expect(page.getByText('证书已撤销')).toBeVisible();
  await expect(page.getByText(holder)).toBeVisible();

  await page.goto('/verify/AAAAAAAAAAAAAAAAAAAAAAAA');
  await expect(page.getByText('未找到该证书')).toBeVisible();
  await expectAccessible(page);

  // Someone who cannot scan types the code from the printed link, by keyboard.
  await page.goto('/verify');
  await tabTo(page, page.getByLabel('查验码'));
  await page.keyboard.type(certificate.verificationCode);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/verify/${certificate.verificationCode}$`));
  await expect(page.getByText('证书已撤销')).toBeVisible();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByText('Certificate revoked')).toBeVisible();
  await expectAccessible(page);
});
