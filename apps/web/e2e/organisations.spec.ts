import type { Page } from '@playwright/test';
import { ADMIN, choose, chooseByKeyboard, expect, expectAccessible, login, tabTo, test, uniqueEmail, unexpectedCspViolations, waitForMail } from './portal';

/**
 * The admin's organisations page on the real API: the organisations by kind with their
 * officers, an employer registered (a bad credit code refused on its field, in the page's
 * language), a district sub-centre registered from the API's district list, a unit officer
 * invited once however often the button is clicked; and the same by keyboard alone.
 */

/** A valid unified social credit code of its own per call (check character computed as GB 32100 does). */
function creditCode(): string {
  const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first17 = `91500106${String(Date.now()).slice(-7)}${Math.floor(Math.random() * 90 + 10)}`;
  const sum = [...first17].reduce((total, ch, i) => total + ALPHABET.indexOf(ch) * WEIGHTS[i], 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

async function settled(page: Page): Promise<void> {
  await expect(page.locator('main')).not.toBeEmpty();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expectAccessible(page);
  expect(await unexpectedCspViolations(page)).toEqual([]);
}

test('an admin lists organisations by kind, registers an employer and a sub-centre, and invites one unit officer (zh-CN)', async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, ADMIN.email, ADMIN.password);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机构与经办人' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '机构与经办人' })).toBeVisible();
  // The seeded bureau, by its tab.
  await page.getByRole('tab', { name: '人社局' }).click();
  await expect(page.getByRole('tabpanel', { name: '人社局' }).getByText('重庆市人力资源和社会保障局')).toBeVisible();
  await settled(page);

  // An employer: a wrong check character is refused on the field, in Chinese.
  const code = creditCode();
  const wrong = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
  await page.getByRole('button', { name: '登记用人单位或分中心' }).click();
  const dialog = page.getByRole('dialog', { name: '登记用人单位或分中心' });
  await dialog.getByLabel('中文名称').fill('重庆浏览器测试设计有限公司');
  await dialog.getByLabel('统一社会信用代码').fill(wrong);
  await dialog.getByRole('button', { name: /^登 ?记$/ }).click();
  await expect(dialog.getByText('统一社会信用代码校验码不正确，请核对')).toBeVisible();
  await expect(dialog.getByLabel('统一社会信用代码')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await dialog.getByLabel('统一社会信用代码').fill(code);
  await dialog.getByRole('button', { name: /^登 ?记$/ }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tab', { name: '用人单位' }).click();
  const employers = page.getByRole('tabpanel', { name: '用人单位' });
  const row = employers.getByRole('row').filter({ hasText: '重庆浏览器测试设计有限公司' });
  await expect(row).toContainText(code);
  await expect(row).toContainText('尚无经办人');

  // A sub-centre: the district from the API's list.
  await page.getByRole('button', { name: '登记用人单位或分中心' }).click();
  await dialog.getByRole('radio', { name: '区县分中心' }).check();
  await dialog.getByLabel('中文名称').fill('北碚区工业设计服务分中心');
  await choose(page, '所服务的区县', '北碚区', dialog);
  await dialog.getByRole('button', { name: /^登 ?记$/ }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('tab', { name: '区县分中心' }).click();
  await expect(page.getByRole('tabpanel', { name: '区县分中心' }).getByRole('row').filter({ hasText: '北碚区工业设计服务分中心' })).toContainText('北碚区 (500109)');

  // One invitation, however often the button is clicked.
  await page.getByRole('tab', { name: '用人单位' }).click();
  await row.getByRole('button', { name: '邀请重庆浏览器测试设计有限公司的经办人' }).click();
  const invite = page.getByRole('dialog', { name: '邀请重庆浏览器测试设计有限公司的经办人' });
  await expect(invite).toContainText('推荐单位经办人');
  const email = uniqueEmail('unit-officer');
  await invite.getByLabel('姓名').fill('赵经办');
  await invite.getByLabel('电子邮箱').fill(email);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/admin\/organisations\/[^/]+\/officers$/.test(r.url())) requests.push(r.url());
  });
  await invite.getByRole('button', { name: '发送邀请' }).dblclick();
  await expect(invite).toBeHidden();
  await expect(row).toContainText(`赵经办 · ${email} · 推荐单位经办人`);
  await expect(row).toContainText('待接受邀请');
  expect(requests).toHaveLength(1);
  await waitForMail(email);
  await settled(page);
});

test('by keyboard alone an admin registers an employer and invites its officer (en)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => localStorage.setItem('tp.language', 'en'));
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/organisations');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisations and officers' })).toBeVisible();
  await settled(page);

  await tabTo(page, page.getByRole('button', { name: 'Register an employer or sub-centre' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Register an employer or sub-centre' });
  await tabTo(page, dialog.getByLabel('Name in Chinese'));
  await page.keyboard.type('键盘设计工作室');
  await tabTo(page, dialog.getByLabel('Name in English'));
  await page.keyboard.type('Keyboard Design Studio');
  const code = creditCode();
  await tabTo(page, dialog.getByLabel('Unified social credit code'));
  await page.keyboard.type(code);
  await tabTo(page, dialog.getByRole('button', { name: 'Register', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const row = page.getByRole('tabpanel', { name: 'Employers' }).getByRole('row').filter({ hasText: 'Keyboard Design Studio' });
  await expect(row).toContainText(code);

  await tabTo(page, row.getByRole('button', { name: 'Invite an officer for Keyboard Design Studio' }), 200);
  await page.keyboard.press('Enter');
  const invite = page.getByRole('dialog', { name: 'Invite an officer for Keyboard Design Studio' });
  await tabTo(page, invite.getByLabel('Full name'));
  await page.keyboard.type('Keyboard Officer');
  const email = uniqueEmail('kb-officer');
  await tabTo(page, invite.getByLabel('E-mail', { exact: true }));
  await page.keyboard.type(email);
  await chooseByKeyboard(page, invite.getByRole('combobox', { name: 'Language of e-mails and pages' }), /English/);
  await tabTo(page, invite.getByRole('button', { name: 'Send the invitation' }));
  await page.keyboard.press('Enter');
  await expect(invite).toBeHidden();
  await expect(row).toContainText(`Keyboard Officer · ${email} · Unit officer`);
  await settled(page);
});
