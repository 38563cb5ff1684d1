import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Cycle } from '@app/applications';
import { ApiClient, createTestEnvironment, makeAdmin, makeApplicant, makeOpenCycle, makeReadyFile, makeReviewer, makeReviewerProfile, startApi, TestUser, submitToOffice } from '@app/testing';

/**
 * The routes the reviewer's pages need beyond reading and scoring: the eligibility report of the
 * file under review, a draft save that refuses to overwrite a copy changed elsewhere, and a
 * reviewer removing one of their own declared relations. Each answers 404 for anything not
 * the caller's own.
 */
describe("reviewer pages' routes (e2e)", () => {
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let admin: TestUser;

  beforeAll(async () => {
    ({ app, client: api } = await startApi(await createTestEnvironment()));
    cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    admin = await makeAdmin(app, api);
  });

  afterAll(async () => {
    await app?.close();
  });

  async function reviewer(): Promise<TestUser> {
    const user = await makeReviewer(app, api);
    await makeReviewerProfile(app, user.id, { specialties: [cycle.specialties[0]], employerCreditCode: null, employerName: `评审专家单位 ${user.id}` });
    return user;
  }

  /** A file in review with one reviewer assigned by the admin; the review's id. */
  async function assignedReview(): Promise<{ fileId: string; reviewer: TestUser; reviewId: string }> {
    const applicant = await makeApplicant(app, api);
    const fileId = await makeReadyFile(app, applicant.client, applicant.id, cycle);
    expect((await submitToOffice(app, applicant.client, fileId)).status).toBe(200);
    expect((await admin.client.post(`/api/v1/applications/${fileId}/qualification`, { decision: 'accept' })).status).toBe(200);
    const user = await reviewer();
    const assigned = await admin.client.post(`/api/v1/applications/${fileId}/assignments`, { reviewerIds: [user.id] });
    expect(assigned.status).toBe(201);
    return { fileId, reviewer: user, reviewId: assigned.body.items[0].id as string };
  }

  it('the list names each file by reference number, level and specialty, nothing personal', async () => {
    const { reviewer: mine, reviewId, fileId } = await assignedReview();
    const list = await mine.client.get('/api/v1/reviews');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ id: reviewId, applicationId: fileId, file: { level: 'intermediate', specialty: cycle.specialties[0], referenceNumber: expect.stringMatching(/-INT-/) } });
    expect(Object.keys(list.body.items[0].file).sort()).toEqual(['level', 'referenceNumber', 'specialty']);
  });

  it("the eligibility report of the file under review, for its reviewer only", async () => {
    const { reviewer: mine, reviewId } = await assignedReview();
    const report = await mine.client.get(`/api/v1/reviews/${reviewId}/file/eligibility`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ eligible: expect.any(Boolean), countUntil: expect.any(String) });
    expect(report.body.results.length).toBeGreaterThan(0);

    const outsider = await reviewer();
    expect((await outsider.client.get(`/api/v1/reviews/${reviewId}/file/eligibility`)).status).toBe(404);
    // Declined: the assignment no longer holds its slot, the file is closed to them.
    expect((await mine.client.post(`/api/v1/reviews/${reviewId}/decline`, { reason: 'unavailable' })).status).toBe(200);
    expect((await mine.client.get(`/api/v1/reviews/${reviewId}/file/eligibility`)).status).toBe(404);
  });

  it('a draft saved on an older copy (updatedAt) is refused with 409 STALE_VERSION and nothing changes', async () => {
    const { reviewer: mine, reviewId } = await assignedReview();
    const first = await mine.client.get(`/api/v1/reviews/${reviewId}`);
    expect(first.status).toBe(200);
    const saved = await mine.client.put(`/api/v1/reviews/${reviewId}`, { scores: { professional_competence: '20' }, updatedAt: first.body.updatedAt });
    expect(saved.status).toBe(200);
    expect(saved.body.updatedAt).not.toBe(first.body.updatedAt);

    // Another tab still holds the first copy.
    const stale = await mine.client.put(`/api/v1/reviews/${reviewId}`, { scores: { professional_competence: '5' }, updatedAt: first.body.updatedAt });
    expect({ status: stale.status, code: stale.body.code, updatedAt: stale.body.details?.updatedAt }).toEqual({ status: 409, code: 'STALE_VERSION', updatedAt: saved.body.updatedAt });
    expect((await mine.client.get(`/api/v1/reviews/${reviewId}`)).body.scores).toEqual({ professional_competence: '20' });

    // On the current copy, and without updatedAt (API clients that do not track it), the save goes through.
    expect((await mine.client.put(`/api/v1/reviews/${reviewId}`, { comment: 'ok', updatedAt: saved.body.updatedAt })).status).toBe(200);
    expect((await mine.client.put(`/api/v1/reviews/${reviewId}`, { comment: 'ok again' })).status).toBe(200);
    expect((await mine.client.put(`/api/v1/reviews/${reviewId}`, { comment: 'x', updatedAt: 'yesterday' })).status).toBe(400);
    // Someone else's review stays 404, whatever the copy.
    const outsider = await reviewer();
    expect((await outsider.client.put(`/api/v1/reviews/${reviewId}`, { comment: 'mine now', updatedAt: saved.body.updatedAt })).status).toBe(404);
  });

  it('a reviewer removes their own declared relation; another reviewer\'s answers 404 and stays', async () => {
    const [owner, other] = [await reviewer(), await reviewer()];
    const declared = await owner.client.post('/api/v1/reviewers/me/conflicts', { kind: 'teacher_student', note: 'Supervised their thesis', partyType: 'person', personName: '李四' });
    expect(declared.status).toBe(201);
    const id = declared.body.id as string;

    expect((await other.client.delete(`/api/v1/reviewers/me/conflicts/${id}`)).status).toBe(404);
    expect((await admin.client.delete(`/api/v1/reviewers/me/conflicts/${id}`)).status).toBe(403);
    expect((await owner.client.get('/api/v1/reviewers/me/conflicts')).body.items.map((r: { id: string }) => r.id)).toEqual([id]);

    expect((await owner.client.delete(`/api/v1/reviewers/me/conflicts/${id}`)).status).toBe(204);
    expect((await owner.client.get('/api/v1/reviewers/me/conflicts')).body.items).toEqual([]);
    expect((await owner.client.delete(`/api/v1/reviewers/me/conflicts/${id}`)).status).toBe(404);
    expect((await owner.client.delete('/api/v1/reviewers/me/conflicts/not-a-uuid')).status).toBe(400);
  });
});
