import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { maskIdentifier } from '@app/common';
import {
  addEvidenceRows,
  ApiClient,
  approveWithCertificate,
  completeFormData,
  makeOpenCycle,
  makeUser,
  residentIdFor,
  submitFile,
  TestUser,
  usePortal,
} from '@app/testing';

const PATH = '/identity/documentNumber';
const CONCURRENT = 20;

/** One person, one account (domain.md §8): the identity number's blind index binds the person to one account. */
describe('one person, one account (e2e)', () => {
  const portal = usePortal({ env: { REVOCATION_BAR_YEARS: '3' } });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let admin: TestUser;
  let cycle: Cycle;

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app);
  });

  const db = () => app.get(DataSource);
  const indexOfUser = async (id: string): Promise<string | null> => (await db().query('SELECT identity_index FROM users WHERE id = $1', [id]))[0].identity_index;
  const submit = (user: TestUser, id: string) => user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
  const codes = (body: { details?: { code: string }[] }) => (body.details ?? []).map((d) => d.code).sort();

  /** A draft of `user` in `c`, complete and with its evidence, carrying the identity number of `person` (see residentIdFor). */
  async function ready(user: TestUser, c: Cycle, person: string): Promise<string> {
    const created = await user.client.post('/api/v1/applications', { cycleId: c.id, level: 'intermediate', specialty: c.specialties[0] });
    expect(created.status).toBe(201);
    const saved = await user.client.patch(`/api/v1/applications/${created.body.id}`, { version: created.body.version, data: completeFormData('intermediate', { applicant: person }) });
    expect(saved.status).toBe(200);
    const eligibility = await user.client.get(`/api/v1/applications/${created.body.id}/eligibility`);
    const kinds = eligibility.body.evidence.required.flatMap((r: { kind: string; minCount: number }) => Array<string>(r.minCount).fill(r.kind));
    await addEvidenceRows(app, created.body.id, user.id, kinds);
    return created.body.id as string;
  }

  describe('a second account', () => {
    it('binds the number at the first submission: its blind index (never the number) on the account and on the file', async () => {
      const a = await submitFile(app, api, cycle);
      const number = residentIdFor(a.user.id);
      const index = await indexOfUser(a.user.id);
      expect(index).toMatch(/^[0-9a-f]{64}$/);
      const [file] = await db().query('SELECT identity_index FROM applications WHERE id = $1', [a.id]);
      expect(file.identity_index).toBe(index);
      const [row] = await db().query('SELECT row_to_json(u)::text AS u FROM users u WHERE id = $1', [a.user.id]);
      expect(row.u).not.toContain(number);
      // Not on the wire either: the account's own view, the admin's view of the account.
      expect(JSON.stringify((await a.user.client.get('/api/v1/me')).body)).not.toContain(index);
      expect(JSON.stringify((await admin.client.get(`/api/v1/admin/users?text=${encodeURIComponent(a.user.email)}`)).body)).not.toContain(index);
    });

    it('submitting the same number is refused on the identity field, recorded, and the office sees both accounts', async () => {
      const a = await submitFile(app, api, cycle);
      const number = residentIdFor(a.user.id);
      const b = await makeUser(app, api, { roles: ['applicant'], locale: 'en' });
      const id = await ready(b, cycle, a.user.id);

      const refused = await submit(b, id);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('SUBMISSION_REFUSED');
      expect(refused.body.details).toEqual([
        { code: 'IDENTITY_BOUND_TO_OTHER_ACCOUNT', path: PATH, message: expect.stringContaining('bound to another account') },
      ]);
      expect(JSON.stringify(refused.body)).not.toContain(number);
      expect(await indexOfUser(b.id)).toBeNull();
      expect((await b.client.get(`/api/v1/applications/${id}`)).body.status).toBe('draft');

      // The office's list: both accounts, the file, never the number or its index.
      const conflicts = await admin.client.get(`/api/v1/admin/identity-conflicts?userId=${b.id}`);
      expect(conflicts.status).toBe(200);
      expect(conflicts.body).toEqual({
        items: [
          {
            id: expect.any(String),
            boundAccount: { id: a.user.id, email: a.user.email, fullName: expect.any(String), status: 'active' },
            refusedAccount: { id: b.id, email: b.email, fullName: expect.any(String), status: 'active' },
            applicationId: id,
            attempts: 1,
            firstAttemptAt: expect.any(String),
            lastAttemptAt: expect.any(String),
          },
        ],
        nextCursor: null,
      });
      const raw = JSON.stringify(conflicts.body);
      expect(raw).not.toContain(number);
      expect(raw).not.toContain((await indexOfUser(a.user.id))!);
      // The bound account's side lists it too; a second attempt counts.
      expect((await submit(b, id)).status).toBe(422);
      const again = await admin.client.get(`/api/v1/admin/identity-conflicts?userId=${a.user.id}`);
      expect(again.body.items).toHaveLength(1);
      expect(again.body.items[0].attempts).toBe(2);
      const audit = await db().query("SELECT actor_id, data FROM audit_log WHERE action = 'user.identity_conflict' AND entity_id = $1", [b.id]);
      expect(audit).toHaveLength(2);
      expect(audit[0]).toMatchObject({ actor_id: b.id, data: { boundUserId: a.user.id, applicationId: id } });
      expect(JSON.stringify(audit)).not.toContain(number);

      // The office's list is the office's: 403 to an applicant, 400 for a bad filter.
      expect((await b.client.get('/api/v1/admin/identity-conflicts')).status).toBe(403);
      const bad = await admin.client.get('/api/v1/admin/identity-conflicts?userId=nope');
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ path: 'userId' })]);
    });

    it('answers the refusal in Chinese to a Chinese reader', async () => {
      const a = await submitFile(app, api, cycle);
      const b = await makeUser(app, api, { roles: ['applicant'], locale: 'zh-CN' });
      const refused = await submit(b, await ready(b, cycle, a.user.id));
      expect(refused.body.details).toEqual([expect.objectContaining({ code: 'IDENTITY_BOUND_TO_OTHER_ACCOUNT', message: expect.stringContaining('已绑定其他账号') })]);
    });
  });

  describe('the same account', () => {
    it('submits in another cycle under its number', async () => {
      const a = await submitFile(app, api, cycle);
      const next = await makeOpenCycle(app);
      const id = await ready(a.user, next, a.user.id);
      const res = await submit(a.user, id);
      expect(res.status).toBe(200);
      const [file] = await db().query('SELECT identity_index FROM applications WHERE id = $1', [id]);
      expect(file.identity_index).toBe(await indexOfUser(a.user.id));
    });

    it('cannot change its number (IDENTITY_MISMATCH) except by an audited admin correction', async () => {
      const a = await submitFile(app, api, cycle);
      const old = await indexOfUser(a.user.id);
      const next = await makeOpenCycle(app);
      const corrected = residentIdFor(`corrected:${a.user.id}`);
      const id = await ready(a.user, next, `corrected:${a.user.id}`);
      const refused = await submit(a.user, id);
      expect(refused.status).toBe(422);
      expect(codes(refused.body)).toEqual(['IDENTITY_MISMATCH']);
      expect(refused.body.details[0].path).toBe(PATH);
      expect(await indexOfUser(a.user.id)).toBe(old);

      // Only an admin corrects, with a reason; the answer and the audit entry show the number masked only.
      const url = `/api/v1/admin/users/${a.user.id}/identity`;
      expect((await a.user.client.post(url, { documentNumber: corrected, reason: 'typo' })).status).toBe(403);
      const noReason = await admin.client.post(url, { documentNumber: corrected });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['reason']));
      expect(noReason.body.details.every((d: { path: string }) => d.path === 'reason')).toBe(true);
      const badNumber = await admin.client.post(url, { documentNumber: '<script>', reason: 'typo' });
      expect(badNumber.status).toBe(400);
      expect(badNumber.body.details.every((d: { path: string }) => d.path === 'documentNumber')).toBe(true);
      expect((await admin.client.post(`/api/v1/admin/users/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/identity`, { documentNumber: corrected, reason: 'typo' })).status).toBe(404);
      // Another account's number: 409 on the field (release it there first).
      const other = await submitFile(app, api, cycle);
      const taken = await admin.client.post(url, { documentNumber: residentIdFor(other.user.id), reason: 'typo' });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ code: 'IDENTITY_BOUND_TO_OTHER_ACCOUNT', details: [expect.objectContaining({ path: 'documentNumber' })] });
      expect(await indexOfUser(a.user.id)).toBe(old);

      const reason = '首次提交时证件号码录入错误，已核对身份证原件';
      const done = await admin.client.post(url, { documentNumber: corrected, reason });
      expect(done.status).toBe(200);
      expect(done.body).toEqual({ userId: a.user.id, identityBound: true, identityBoundAt: expect.any(String), documentNumberMasked: maskIdentifier(corrected) });
      const audit = await db().query("SELECT actor_id, data FROM audit_log WHERE action = 'user.identity_corrected' AND entity_id = $1", [a.user.id]);
      expect(audit).toEqual([{ actor_id: admin.id, data: { reason, wasBound: true, changed: true, documentNumberMasked: maskIdentifier(corrected) } }]);
      expect(JSON.stringify(audit)).not.toContain(corrected);

      expect((await submit(a.user, id)).status).toBe(200);
    });
  });

  describe('the person', () => {
    it('a title revoked under account A bars the person under account B, even once the number is released from A', async () => {
      const a = await submitFile(app, api, cycle);
      await approveWithCertificate(app, a.id);
      const revoked = await admin.client.post(`/api/v1/applications/${a.id}/revoke`, { reason: 'forged award certificate' });
      expect(revoked.status).toBe(200);

      const b = await makeUser(app, api, { roles: ['applicant'], locale: 'en' });
      const next = await makeOpenCycle(app);
      const id = await ready(b, next, a.user.id);
      const refused = await submit(b, id);
      expect(refused.status).toBe(422);
      expect(codes(refused.body)).toEqual(['APPLICANT_BARRED', 'IDENTITY_BOUND_TO_OTHER_ACCOUNT']);

      // The office releases the number from A (say A's account is given up): the bar stays with the person.
      const released = await admin.client.post(`/api/v1/admin/users/${a.user.id}/identity`, { documentNumber: null, reason: 'the person now uses account B' });
      expect(released.body).toEqual({ userId: a.user.id, identityBound: false, identityBoundAt: null, documentNumberMasked: null });
      expect(await indexOfUser(a.user.id)).toBeNull();
      const still = await submit(b, id);
      expect(codes(still.body)).toEqual(['APPLICANT_BARRED']);
      expect(await indexOfUser(b.id)).toBeNull();

      // Once the bar ends, B files (and is bound).
      await db().query("UPDATE users SET barred_until = now() - interval '1 minute' WHERE id = $1", [a.user.id]);
      expect((await submit(b, id)).status).toBe(200);
      expect(await indexOfUser(b.id)).toMatch(/^[0-9a-f]{64}$/);
    });

    it('holds one file per cycle whatever the account; a withdrawn file does not count; the database refuses a second one', async () => {
      const c = await makeOpenCycle(app);
      const a = await submitFile(app, api, c);
      await admin.client.post(`/api/v1/admin/users/${a.user.id}/identity`, { documentNumber: null, reason: 'account given up' });
      const b = await makeUser(app, api, { roles: ['applicant'], locale: 'en' });
      const id = await ready(b, c, a.user.id);
      const refused = await submit(b, id);
      expect(refused.status).toBe(422);
      expect(refused.body.details).toEqual([expect.objectContaining({ code: 'PERSON_HAS_ACTIVE_APPLICATION', path: PATH })]);

      expect((await a.user.client.post(`/api/v1/applications/${a.id}/withdraw`, { reason: 'filing from my other account' })).status).toBe(200);
      expect((await submit(b, id)).status).toBe(200);

      // The guarantee is the database's: a third file of the person in the cycle cannot be stored.
      const third = await submitFile(app, api, c);
      const [bIndex] = await db().query('SELECT identity_index FROM applications WHERE id = $1', [id]);
      await expect(db().query('UPDATE applications SET identity_index = $1 WHERE id = $2', [bIndex.identity_index, third.id])).rejects.toMatchObject({
        constraint: 'applications_one_per_person_per_cycle',
      });
    });
  });

  describe('at the same moment', () => {
    it(`${CONCURRENT} accounts submitting the same number: exactly one binds, the others are refused and recorded`, async () => {
      const c = await makeOpenCycle(app);
      const person = `concurrent-person-${Date.now()}`;
      const accounts = await Promise.all(Array.from({ length: CONCURRENT }, () => makeUser(app, api, { roles: ['applicant'], locale: 'en' })));
      const files = await Promise.all(accounts.map((u) => ready(u, c, person)));
      const results = await Promise.all(accounts.map((u, i) => submit(u, files[i])));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, ...Array<number>(CONCURRENT - 1).fill(422)]);
      for (const r of results.filter((x) => x.status === 422)) expect(codes(r.body)).toEqual(['IDENTITY_BOUND_TO_OTHER_ACCOUNT']);
      const winner = accounts[results.findIndex((r) => r.status === 200)];
      const bound = await db().query('SELECT id FROM users WHERE identity_index IS NOT NULL AND id = ANY($1::uuid[])', [accounts.map((u) => u.id)]);
      expect(bound).toEqual([{ id: winner.id }]);
      const conflicts = await db().query('SELECT refused_user_id FROM identity_conflicts WHERE bound_user_id = $1', [winner.id]);
      expect(conflicts).toHaveLength(CONCURRENT - 1);
      const filed = await db().query("SELECT count(*)::int AS n FROM applications WHERE cycle_id = $1 AND identity_index IS NOT NULL", [c.id]);
      expect(filed).toEqual([{ n: 1 }]);
    });

    it('one account submitting two numbers in two cycles at once: one binds, the other is a mismatch', async () => {
      const u = await makeUser(app, api, { roles: ['applicant'], locale: 'en' });
      const [c1, c2] = [await makeOpenCycle(app), await makeOpenCycle(app)];
      const first = await ready(u, c1, `first:${u.id}`);
      const second = await ready(u, c2, `second:${u.id}`);
      const results = await Promise.all([submit(u, first), submit(u, second)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
      expect(codes(results.find((r) => r.status === 422)!.body)).toEqual(['IDENTITY_MISMATCH']);
    });
  });
});
