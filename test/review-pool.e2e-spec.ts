import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { ApiClient, makeApplicant, makeReviewer, makeReviewerProfile, TestUser, usePortal } from '@app/testing';

const CODE_OTHER = '91440300MA5F000007';
const CODE_THIRD = '91310000MA1K000006';

const profile = (overrides: Record<string, unknown> = {}) => ({
  specialties: ['product_design', 'experience_design'],
  maxLevel: 'associate_senior',
  homeProvince: '50',
  employerName: '重庆某设计研究院有限公司',
  employerCreditCode: CODE_OTHER.toLowerCase(),
  maxLoadPerCycle: 15,
  ...overrides,
});

describe('expert pool and conflicts of interest (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let admin: TestUser;
  let reviewer: TestUser;
  let otherReviewer: TestUser;
  let applicant: TestUser;

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    reviewer = await makeReviewer(app, api);
    otherReviewer = await makeReviewer(app, api);
    applicant = await makeApplicant(app, api);
  });

  describe('admin: reviewer profiles', () => {
    it('creates a profile with PUT, reads it back, and replaces it with a second PUT', async () => {
      const url = `/api/v1/admin/reviewers/${reviewer.id}`;
      const before = await admin.client.get(url);
      expect([before.status, before.body.code]).toEqual([404, 'REVIEWER_PROFILE_NOT_FOUND']);

      const created = await admin.client.put(url, profile());
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ userId: reviewer.id, specialties: ['product_design', 'experience_design'], maxLevel: 'associate_senior', homeProvince: '50', employerCreditCode: CODE_OTHER, maxLoadPerCycle: 15, active: true });
      expect((await admin.client.get(url)).body).toEqual(created.body);

      const replaced = await admin.client.put(url, profile({ specialties: ['visual_communication'], maxLevel: 'full_senior', active: false, employerCreditCode: null }));
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({ specialties: ['visual_communication'], maxLevel: 'full_senior', active: false, employerCreditCode: null, createdAt: created.body.createdAt });
      const audit = await app.get(DataSource).query("SELECT action, actor_id FROM audit_log WHERE entity_type = 'reviewer' AND entity_id = $1 ORDER BY id", [reviewer.id]);
      expect(audit).toEqual([
        { action: 'reviewer.profile_created', actor_id: admin.id },
        { action: 'reviewer.profile_replaced', actor_id: admin.id },
      ]);
      // Put it back for the rest of the tests.
      expect((await admin.client.put(url, profile())).status).toBe(200);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an empty specialty list', { specialties: [] }, 'specialties'],
      ['a specialty that is not a key', { specialties: ['Product Design'] }, 'specialties'],
      ['an unknown level', { maxLevel: 'grandmaster' }, 'maxLevel'],
      ['an unknown province', { homeProvince: '99' }, 'homeProvince'],
      ['a six-digit region instead of a province', { homeProvince: '500103' }, 'homeProvince'],
      ['a credit code with a wrong check character', { employerCreditCode: '91500103PB3LWF6F88' }, 'employerCreditCode'],
      ['a missing employer name', { employerName: undefined }, 'employerName'],
      ['a zero load', { maxLoadPerCycle: 0 }, 'maxLoadPerCycle'],
      ['a fractional load', { maxLoadPerCycle: 2.5 }, 'maxLoadPerCycle'],
      ['an unknown field', { idNumber: '500103198805124713' }, 'idNumber'],
    ])('refuses %s with a 400 naming the field', async (_description, overrides, field) => {
      const answer = await admin.client.put(`/api/v1/admin/reviewers/${reviewer.id}`, profile(overrides));
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(answer.body.details.map((d: { path: string }) => d.path)).toContain(field);
    });

    it('refuses a user without the reviewer role (422 USER_NOT_REVIEWER) and an unknown user (404)', async () => {
      const refused = await admin.client.put(`/api/v1/admin/reviewers/${applicant.id}`, profile());
      expect([refused.status, refused.body.code]).toEqual([422, 'USER_NOT_REVIEWER']);
      const unknown = await admin.client.put('/api/v1/admin/reviewers/00000000-0000-4000-8000-000000000000', profile());
      expect([unknown.status, unknown.body.code]).toEqual([404, 'USER_NOT_FOUND']);
      expect((await admin.client.get('/api/v1/admin/reviewers/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await admin.client.get('/api/v1/admin/reviewers/not-a-uuid')).status).toBe(400);
    });

    it('lists the pool with filters and cursor pagination', async () => {
      const extra = await makeReviewer(app, api);
      await makeReviewerProfile(app, extra.id, { specialties: ['visual_communication'], active: false });
      const visual = await admin.client.get('/api/v1/admin/reviewers?specialty=visual_communication');
      expect(visual.status).toBe(200);
      expect(visual.body.items.map((p: { userId: string }) => p.userId)).toContain(extra.id);
      expect(visual.body.items.every((p: { specialties: string[] }) => p.specialties.includes('visual_communication'))).toBe(true);
      const active = await admin.client.get('/api/v1/admin/reviewers?active=true');
      expect(active.body.items.map((p: { userId: string }) => p.userId)).not.toContain(extra.id);
      expect(active.body.items.every((p: { active: boolean }) => p.active)).toBe(true);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { items: { userId: string }[]; nextCursor: string | null } } = await admin.client.get(`/api/v1/admin/reviewers?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((p) => p.userId));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining([reviewer.id, extra.id]));
      expect((await admin.client.get('/api/v1/admin/reviewers?cursor=garbage')).body.code).toBe('INVALID_CURSOR');
    });

    it('is for admins only: reviewers and applicants get 403', async () => {
      for (const user of [reviewer, applicant]) {
        expect((await user.client.get('/api/v1/admin/reviewers')).status).toBe(403);
        expect((await user.client.put(`/api/v1/admin/reviewers/${reviewer.id}`, profile())).status).toBe(403);
        expect((await user.client.post(`/api/v1/admin/reviewers/${reviewer.id}/conflicts`, { kind: 'other', note: 'x', partyType: 'person', personName: '某人' })).status).toBe(403);
      }
      expect((await api.get('/api/v1/admin/reviewers')).status).toBe(401);
    });
  });

  describe('declared relations', () => {
    it('a reviewer records and lists their own; another reviewer sees none of them; applicants get 403', async () => {
      const declared = await reviewer.client.post('/api/v1/reviewers/me/conflicts', { kind: 'teacher_student', note: 'Supervised their thesis', partyType: 'person', personName: '王 五' });
      expect(declared.status).toBe(201);
      expect(declared.body).toMatchObject({ reviewerId: reviewer.id, kind: 'teacher_student', partyType: 'person', personName: '王 五', userId: null, recordedBy: reviewer.id });

      const mine = await reviewer.client.get('/api/v1/reviewers/me/conflicts');
      expect(mine.status).toBe(200);
      expect(mine.body.items.map((r: { id: string }) => r.id)).toContain(declared.body.id);
      const theirs = await otherReviewer.client.get('/api/v1/reviewers/me/conflicts');
      expect(theirs.body).toEqual({ items: [], nextCursor: null });

      expect((await applicant.client.get('/api/v1/reviewers/me/conflicts')).status).toBe(403);
      expect((await applicant.client.post('/api/v1/reviewers/me/conflicts', { kind: 'other', note: 'x', partyType: 'person', personName: '某人' })).status).toBe(403);
      expect((await api.get('/api/v1/reviewers/me/conflicts')).status).toBe(401);

      // The person's name stays out of the audit log.
      const [audit] = await app.get(DataSource).query("SELECT data FROM audit_log WHERE action = 'reviewer.relation_declared' AND entity_id = $1", [reviewer.id]);
      expect(audit.data).toEqual({ relationId: declared.body.id, kind: 'teacher_student', partyType: 'person' });
      expect(JSON.stringify(audit)).not.toContain('王');
    });

    it('pages the list with a cursor', async () => {
      const r = await makeReviewer(app, api);
      for (let i = 0; i < 3; i++) expect((await r.client.post('/api/v1/reviewers/me/conflicts', { kind: 'coauthor', note: `paper ${i}`, partyType: 'employer', employerName: `某公司${i}` })).status).toBe(201);
      const first = await r.client.get('/api/v1/reviewers/me/conflicts?limit=2');
      expect(first.body.items.map((x: { note: string }) => x.note)).toEqual(['paper 2', 'paper 1']);
      const second = await r.client.get(`/api/v1/reviewers/me/conflicts?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body).toMatchObject({ items: [{ note: 'paper 0' }], nextCursor: null });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['an unknown kind', { kind: 'friend', partyType: 'person', personName: '某人' }, 'kind'],
      ['a person without a name', { kind: 'relative', partyType: 'person' }, 'personName'],
      ['a user that is not a UUID', { kind: 'relative', partyType: 'user', userId: 'bob' }, 'userId'],
      ['a user who does not exist', { kind: 'relative', partyType: 'user', userId: '00000000-0000-4000-8000-000000000000' }, 'userId'],
      ['an employer with neither name nor code', { kind: 'coworker_3y', partyType: 'employer' }, 'employerName'],
      ['an employer with a bad credit code', { kind: 'coworker_3y', partyType: 'employer', employerCreditCode: '123' }, 'employerCreditCode'],
      ['a person with a stray employer name', { kind: 'relative', partyType: 'person', personName: '某人', employerName: '某公司' }, 'employerName'],
      ['an identity number', { kind: 'relative', partyType: 'person', personName: '某人', identityNumber: '500103198805124713' }, 'identityNumber'],
      ['a missing note', { kind: 'relative', partyType: 'person', personName: '某人', note: undefined }, 'note'],
    ])('refuses %s with a 400 naming the field', async (_description, body, field) => {
      const answer = await reviewer.client.post('/api/v1/reviewers/me/conflicts', { note: 'n', ...body });
      expect(answer.status).toBe(400);
      expect(answer.body.details.map((d: { path: string }) => d.path)).toContain(field);
    });

    it('an admin records one for a reviewer, and lists it; not for a non-reviewer', async () => {
      const recorded = await admin.client.post(`/api/v1/admin/reviewers/${otherReviewer.id}/conflicts`, { kind: 'coworker_3y', note: 'Reported by the office', partyType: 'employer', employerCreditCode: CODE_THIRD.toLowerCase() });
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({ reviewerId: otherReviewer.id, recordedBy: admin.id, employerCreditCode: CODE_THIRD, employerName: null });
      const listed = await admin.client.get(`/api/v1/admin/reviewers/${otherReviewer.id}/conflicts`);
      expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([recorded.body.id]);
      expect((await otherReviewer.client.get('/api/v1/reviewers/me/conflicts')).body.items.map((r: { id: string }) => r.id)).toEqual([recorded.body.id]);
      const refused = await admin.client.post(`/api/v1/admin/reviewers/${applicant.id}/conflicts`, { kind: 'other', note: 'x', partyType: 'person', personName: '某人' });
      expect([refused.status, refused.body.code]).toEqual([422, 'USER_NOT_REVIEWER']);
    });
  });
  // ConflictsService itself (every reason, declared relations, set-based checks) is test/service/conflicts.service-spec.ts.
});
