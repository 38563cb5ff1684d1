import { randomUUID } from 'node:crypto';
import { ADMIN, apiCall, apiToken, completeData, expect, expectAccessible, login, test } from './portal';
import { openBackstage, type Backstage } from './backstage';

/** Issue 27, one person, one account: a second account's submission refused on the identity field; the office sees both accounts. */

let backstage: Backstage;
test.beforeAll(async () => {
  backstage = await openBackstage();
});
test.afterAll(async () => {
  await backstage?.close();
});

const REFUSAL = 'This identity number is already bound to another account';
let refused: { email: string; boundEmail: string; number: string } | undefined;

test.describe.configure({ mode: 'serial' });

test('a second account submitting a number bound to another account is told on the identity field; the admin sees both accounts', async ({ page }) => {
  const first = await backstage.submittedFile(`一人一号${Date.now().toString(36).slice(-4)}`);
  const number = backstage.identityNumberOf(first.user.id);
  // The fixtures' applicant reads the portal in English (their account's language).
  const second = await backstage.applicant();
  const token = await apiToken(second.email, second.password);
  const cycles = await apiCall<{ items: { id: string; code: string; specialties: string[] }[] }>(token, 'GET', '/api/v1/public/cycles?limit=100');
  const cycle = cycles.items.find((c) => /^\d{4}-ID$/.test(c.code))!;
  const file = await apiCall<{ id: string; version: number }>(token, 'POST', '/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: cycle.specialties[0] });
  await apiCall(token, 'PATCH', `/api/v1/applications/${file.id}`, { version: file.version, data: completeData('500103', 'Second Account', number) });
  const report = await apiCall<{ evidence: { missing: { kind: string; needed: number }[] } }>(token, 'GET', `/api/v1/applications/${file.id}/eligibility`);
  for (const m of report.evidence.missing) {
    for (let i = 0; i < m.needed; i++) {
      const form = new FormData();
      form.append('kind', m.kind);
      form.append('file', new Blob([`%PDF-1.4\n% ${randomUUID()}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`], { type: 'application/pdf' }), `${m.kind}-${i}.pdf`);
      const uploaded = await fetch(`${process.env.TP_WEB_BASE_URL}/api/v1/applications/${file.id}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      expect(uploaded.status).toBe(201);
    }
  }

  await login(page, second.email, second.password);
  await page.goto(`/applications/${file.id}`);
  await page.getByRole('tab', { name: 'Declaration and submission' }).click();
  await page.getByRole('checkbox', { name: 'I accept this declaration' }).check();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: REFUSAL });
  await expect(alert).toBeVisible();
  await expect(page.getByText(number)).toHaveCount(0);
  // The problem leads to the identity field, which shows it too.
  await alert.getByRole('button', { name: new RegExp(REFUSAL) }).click();
  await expect(async () => expect(await page.getByText(REFUSAL).count()).toBeGreaterThanOrEqual(2)).toPass();
  await expectAccessible(page);
  refused = { email: second.email, boundEmail: first.user.email, number };
});

test('the admin sees both accounts of the refused submission, never the number', async ({ page }) => {
  expect(refused).toBeDefined();
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/users');
  const heading = page.getByRole('heading', { name: /一人一号|One person, one account/ });
  await expect(heading).toBeVisible();
  // The conflicts' table (the accounts' table above lists the account too).
  const row = page.locator('.ant-card').filter({ has: heading }).getByRole('row').filter({ hasText: refused!.email });
  await expect(row).toContainText(refused!.boundEmail);
  await expect(page.getByText(refused!.number)).toHaveCount(0);
  await expectAccessible(page);
});
