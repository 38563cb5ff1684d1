import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle, TitleLevel } from '@app/applications';
import { ReviewAssignment } from '@app/review';
import { ApiClient, makeApplicant, makeOpenCycle, makeReadyFile, makeReviewer, makeReviewerProfile, statusOf, TestUser, usePortal, submitToOffice } from '@app/testing';

/** Scores for the default rubric adding up to `total` (a decimal string), filled criterion by criterion up to each maximum. */
function scoresFor(total: string): Record<string, string> {
  const [whole, frac = ''] = total.split('.');
  let left = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  const out: Record<string, string> = {};
  for (const [key, max] of [['professional_competence', 30], ['design_achievements', 40], ['academic_contributions', 20], ['continuing_development', 10]] as const) {
    const take = Math.min(left, max * 100);
    left -= take;
    out[key] = `${Math.floor(take / 100)}.${String(take % 100).padStart(2, '0')}`;
  }
  if (left !== 0) throw new Error(`total ${total} above 100`);
  return out;
}

describe('expert review: scoring (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let admin: TestUser;
  const reviewers: TestUser[] = [];
  let outsider: TestUser;

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app, { levels: ['intermediate', 'associate_senior'] });
    for (let i = 0; i < 5; i++) {
      const r = await makeReviewer(app, api);
      await makeReviewerProfile(app, r.id, { employerCreditCode: null, employerName: `评审专家单位 ${i}` });
      reviewers.push(r);
    }
    outsider = await makeReviewer(app, api);
    await makeReviewerProfile(app, outsider.id, { employerCreditCode: null, employerName: '无关单位' });
  });

  const db = () => app.get(DataSource);

  interface ReviewFile {
    id: string;
    applicant: TestUser;
    /** Assignment id per reviewer, in the order of `reviewers`. */
    reviewIds: string[];
    team: TestUser[];
  }

  /** A file in review (submitted, accepted by an admin through the API) with `count` reviewers assigned (rows inserted directly). */
  async function fileInReview(count: number, level: TitleLevel = 'intermediate'): Promise<ReviewFile> {
    const applicant = await makeApplicant(app, api);
    const id = await makeReadyFile(app, applicant.client, applicant.id, cycle, level);
    const submitted = await submitToOffice(app, applicant.client, id);
    expect({ status: submitted.status, body: submitted.status === 200 ? 'ok' : submitted.body }).toEqual({ status: 200, body: 'ok' });
    const accepted = await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'accept' });
    expect({ status: accepted.status, body: accepted.status === 200 ? 'ok' : accepted.body }).toEqual({ status: 200, body: 'ok' });
    const team = reviewers.slice(0, count);
    const reviewIds: string[] = [];
    for (const r of team) {
      const result = await db().getRepository(ReviewAssignment).insert({ applicationId: id, reviewerId: r.id, cycleId: cycle.id, status: 'assigned', assignedBy: admin.id });
      reviewIds.push(String(result.identifiers[0].id));
    }
    return { id, applicant, reviewIds, team };
  }

  const fullReview = (total: string, recommendation: 'pass' | 'fail' = 'pass') => ({ scores: scoresFor(total), comment: `Reviewed: ${total} points.`, recommendation });

  async function review(file: ReviewFile, i: number, total: string) {
    const saved = await file.team[i].client.put(`/api/v1/reviews/${file.reviewIds[i]}`, fullReview(total));
    expect({ status: saved.status, body: saved.status === 200 ? 'ok' : saved.body }).toEqual({ status: 200, body: 'ok' });
    const submitted = await file.team[i].client.post(`/api/v1/reviews/${file.reviewIds[i]}/submit`);
    expect({ status: submitted.status, body: submitted.status === 200 ? 'ok' : submitted.body }).toEqual({ status: 200, body: 'ok' });
    return submitted.body;
  }

  const reviewedRows = async (id: string) =>
    (await db().query("SELECT actor_id FROM application_history WHERE application_id = $1 AND action = 'reviewed'", [id])) as { actor_id: string | null }[];

  it('3 reviewers: draft, partial then complete, submit; the last submission moves the file to reviewed with the average', async () => {
    const file = await fileInReview(3);
    const r0 = file.team[0].client;
    const partial = await r0.put(`/api/v1/reviews/${file.reviewIds[0]}`, { scores: { professional_competence: '27.5' } });
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({ status: 'draft', scores: { professional_competence: '27.5' }, total: '27.50', rubricVersion: 'default-2026', recommendation: null });
    expect(partial.body.rubric.criteria.map((c: { key: string; maxPoints: number }) => [c.key, c.maxPoints])).toEqual([
      ['professional_competence', 30],
      ['design_achievements', 40],
      ['academic_contributions', 20],
      ['continuing_development', 10],
    ]);
    // A partial draft cannot be submitted: every missing criterion, comment and recommendation are named.
    const early = await r0.post(`/api/v1/reviews/${file.reviewIds[0]}/submit`);
    expect(early.status).toBe(400);
    expect(early.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['comment', 'recommendation', 'scores.academic_contributions', 'scores.continuing_development', 'scores.design_achievements']);

    const first = await review(file, 0, '80');
    expect(first).toMatchObject({ status: 'submitted', total: '80.00' });
    await review(file, 1, '75.5');
    expect(await statusOf(app, file.id)).toBe('in_review');
    await review(file, 2, '70.25');
    expect(await statusOf(app, file.id)).toBe('reviewed');
    expect(await reviewedRows(file.id)).toEqual([{ actor_id: null }]);

    const scores = await admin.client.get(`/api/v1/applications/${file.id}/scores`);
    expect(scores.status).toBe(200);
    // (80 + 75.5 + 70.25) / 3 = 75.25; spread 9.75
    expect(scores.body).toMatchObject({ applicationStatus: 'reviewed', aggregate: '75.25', spread: '9.75', spreadFlag: false });
    expect(scores.body.reviews.map((r: { reviewerId: string; total: string }) => [r.reviewerId, r.total])).toEqual([
      [file.team[0].id, '80.00'],
      [file.team[1].id, '75.50'],
      [file.team[2].id, '70.25'],
    ]);

    // A submitted review is final; on a reviewed file nothing can change it.
    const again = await r0.put(`/api/v1/reviews/${file.reviewIds[0]}`, { comment: 'changed my mind' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ASSIGNMENT_NOT_ACTIVE');
    const reopen = await admin.client.post(`/api/v1/reviews/${file.reviewIds[0]}/reopen`, { reason: 'too late' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.code).toBe('REVIEW_CLOSED');
  });

  it('5 reviewers: the highest and lowest totals are dropped (90, 85.5, 70, 60.25, 40 -> 71.92) and a spread over 30 is flagged', async () => {
    const file = await fileInReview(5, 'associate_senior');
    const totals = ['90', '85.5', '70', '60.25', '40'];
    for (let i = 0; i < 5; i++) {
      await review(file, i, totals[i]);
      expect(await statusOf(app, file.id)).toBe(i < 4 ? 'in_review' : 'reviewed');
    }
    const scores = await admin.client.get(`/api/v1/applications/${file.id}/scores`);
    // (85.5 + 70 + 60.25) / 3 = 71.91666... rounded half up -> 71.92; spread 90 - 40 = 50 > 30
    expect(scores.body).toMatchObject({ aggregate: '71.92', spread: '50.00', spreadFlag: true });
    expect(scores.body.reviews).toHaveLength(5);
  });

  it('names the criterion: out of range, unknown, not a decimal -> 400', async () => {
    const file = await fileInReview(3);
    const c = file.team[0].client;
    const url = `/api/v1/reviews/${file.reviewIds[0]}`;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ professional_competence: '30.01' }, 'scores.professional_competence', 'SCORE_OUT_OF_RANGE'],
      [{ design_achievements: '41' }, 'scores.design_achievements', 'SCORE_OUT_OF_RANGE'],
      [{ creativity: '5' }, 'scores.creativity', 'UNKNOWN_CRITERION'],
      [{ academic_contributions: '12.345' }, 'scores.academic_contributions', 'SCORE_NOT_DECIMAL'],
      [{ academic_contributions: 12 }, 'scores.academic_contributions', 'SCORE_NOT_DECIMAL'],
      [{ continuing_development: '-1' }, 'scores.continuing_development', 'SCORE_NOT_DECIMAL'],
    ];
    for (const [scores, path, code] of cases) {
      const res = await c.put(url, { scores });
      expect({ status: res.status, details: res.body.details }).toEqual({ status: 400, details: [expect.objectContaining({ path, code })] });
    }
    const badRecommendation = await c.put(url, { recommendation: 'maybe' });
    expect(badRecommendation.status).toBe(400);

    // A missing criterion at submission is named.
    const { continuing_development: _omit, ...three } = scoresFor('70');
    expect((await c.put(url, { scores: three, comment: 'ok', recommendation: 'pass' })).status).toBe(200);
    const missing = await c.post(`${url}/submit`);
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual([expect.objectContaining({ path: 'scores.continuing_development', code: 'SCORE_MISSING' })]);
    // Nothing was submitted.
    expect((await c.get(url)).body.status).toBe('draft');
  });

  it('an admin reopens a submitted review with a reason; the reviewer changes and resubmits it', async () => {
    const file = await fileInReview(3);
    const c = file.team[0].client;
    const url = `/api/v1/reviews/${file.reviewIds[0]}`;
    await review(file, 0, '60');
    expect((await c.post(`${url}/submit`)).body.code).toBe('ASSIGNMENT_NOT_ACTIVE');
    expect((await admin.client.post(`${url}/reopen`, {})).status).toBe(400);
    expect((await c.post(`${url}/reopen`, { reason: 'self-service' })).status).toBe(403);
    const reopened = await admin.client.post(`${url}/reopen`, { reason: 'Comment does not match the scores' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'draft', submittedAt: null, statusNote: 'Comment does not match the scores', total: '60.00' });
    const changed = await c.put(url, { scores: { professional_competence: '25' }, comment: 'Revised.' });
    expect(changed.body).toMatchObject({ status: 'draft', total: '55.00', comment: 'Revised.' });
    const resubmitted = await c.post(`${url}/submit`);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', total: '55.00' });
    expect((await admin.client.post(`${url}/reopen`, { reason: 'again' })).status).toBe(200);
    expect((await admin.client.post(`${url}/reopen`, { reason: 'twice' })).body.code).toBe('REVIEW_NOT_SUBMITTED');
    const audit = await db().query("SELECT action FROM audit_log WHERE entity_type = 'review_assignment' AND entity_id = $1 AND action <> 'review.draft_saved' ORDER BY id", [file.reviewIds[0]]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['review.submitted', 'review.reopened', 'review.submitted', 'review.reopened']);
  });

  it('who sees what: an assigned reviewer reads the file through their review (no identity number) and evidence; nobody else\'s review or scores', async () => {
    const file = await fileInReview(3);
    await review(file, 1, '77');
    const [mine, theirs] = [file.team[0], file.team[1]];

    // The assigned reviewer reads the file and its evidence through the review, without the identity number (not even masked).
    const own = await file.applicant.client.get(`/api/v1/applications/${file.id}`);
    const fullNumber = own.body.data.identity.documentNumber as string;
    const seen = await mine.client.get(`/api/v1/reviews/${file.reviewIds[0]}/file`);
    expect(seen.status).toBe(200);
    expect(seen.body.applicationId).toBe(file.id);
    for (const number of [fullNumber, own.body.documentNumberMasked]) expect(JSON.stringify(seen.body)).not.toContain(number);
    expect((await mine.client.get(`/api/v1/reviews/${file.reviewIds[0]}/file/attachments`)).status).toBe(200);
    // The owner's and admins' routes are not the reviewer's, revealing or not; nor can they change the file.
    for (const path of [`/api/v1/applications/${file.id}`, `/api/v1/applications/${file.id}?revealIdentity=true`, `/api/v1/applications/${file.id}/attachments`, `/api/v1/applications/${file.id}/history`]) {
      expect({ path, status: (await mine.client.get(path)).status }).toEqual({ path, status: 404 });
    }
    expect((await mine.client.patch(`/api/v1/applications/${file.id}`, { version: 1, data: {} })).status).toBe(404);

    // A reviewer not assigned to the file: 404 for the file, its evidence and history, and through someone else's review.
    expect((await outsider.client.get(`/api/v1/reviews/${file.reviewIds[0]}/file`)).status).toBe(404);
    expect((await outsider.client.get(`/api/v1/applications/${file.id}`)).status).toBe(404);
    expect((await outsider.client.get(`/api/v1/applications/${file.id}/attachments`)).status).toBe(404);
    expect((await outsider.client.get(`/api/v1/applications/${file.id}/history`)).status).toBe(404);

    // Another reviewer's review: 404 to read, save or submit.
    const otherUrl = `/api/v1/reviews/${file.reviewIds[1]}`;
    expect((await mine.client.get(otherUrl)).status).toBe(404);
    expect((await mine.client.put(otherUrl, { comment: 'x' })).status).toBe(404);
    expect((await mine.client.post(`${otherUrl}/submit`)).status).toBe(404);
    expect((await outsider.client.get(`/api/v1/reviews/${file.reviewIds[0]}`)).status).toBe(404);

    // My own review says nothing of the others' (ids or scores).
    const myReview = await mine.client.get(`/api/v1/reviews/${file.reviewIds[0]}`);
    expect(myReview.status).toBe(200);
    const myList = await mine.client.get('/api/v1/reviews');
    for (const body of [myReview.body, myList.body]) {
      const text = JSON.stringify(body);
      expect(text).not.toContain(theirs.id);
      expect(text).not.toContain(file.reviewIds[1]);
      expect(text).not.toContain('77.00');
    }

    // The scores endpoint: admins only.
    expect((await mine.client.get(`/api/v1/applications/${file.id}/scores`)).status).toBe(403);
    expect((await file.applicant.client.get(`/api/v1/applications/${file.id}/scores`)).status).toBe(403);
    expect((await file.applicant.client.get(`/api/v1/reviews/${file.reviewIds[0]}`)).status).toBe(403);

    // After the review completes, the applicant's file and history name no reviewer and no score.
    await review(file, 0, '81');
    await review(file, 2, '79');
    expect(await statusOf(app, file.id)).toBe('reviewed');
    const views = [await file.applicant.client.get(`/api/v1/applications/${file.id}`), await file.applicant.client.get(`/api/v1/applications/${file.id}/history`), await file.applicant.client.get('/api/v1/applications')];
    for (const v of views) {
      expect(v.status).toBe(200);
      const text = JSON.stringify(v.body);
      for (const r of file.team) expect(text).not.toContain(r.id);
      for (const id of file.reviewIds) expect(text).not.toContain(id);
      expect(text).not.toContain('79.00');
    }
    const history = views[1].body as { action: string; toStatus: string }[];
    expect(history.map((h) => h.action)).toContain('reviewed');
  });

  it('lists the caller\'s reviews by status with a cursor', async () => {
    const file = await fileInReview(3);
    const r = file.team[2];
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await r.client.get(`/api/v1/reviews?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      all.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all).toContain(file.reviewIds[2]);
    expect(new Set(all).size).toBe(all.length);
    const ownRows = (await db().query('SELECT count(*)::int AS n FROM review_assignments WHERE reviewer_id = $1', [r.id])) as { n: number }[];
    expect(all).toHaveLength(ownRows[0].n);

    const assigned = await r.client.get('/api/v1/reviews?status=assigned&limit=100');
    expect(assigned.body.items.map((i: { id: string }) => i.id)).toContain(file.reviewIds[2]);
    expect(assigned.body.items.every((i: { status: string }) => i.status === 'assigned')).toBe(true);
    expect((await r.client.get('/api/v1/reviews?status=bogus')).status).toBe(400);
    expect((await r.client.get('/api/v1/reviews?cursor=forged')).status).toBe(400);
  });

  it('keeps a file in review while its panel is short (a declined slot), and completes it once the replacement submits', async () => {
    const file = await fileInReview(3);
    const declined = await file.team[2].client.post(`/api/v1/reviews/${file.reviewIds[2]}/decline`, { reason: 'unavailable' });
    expect(declined.status).toBe(200);
    await review(file, 0, '80');
    await review(file, 1, '70');
    expect(await statusOf(app, file.id)).toBe('in_review');
    const replacement = reviewers[3];
    const inserted = await db().getRepository(ReviewAssignment).insert({ applicationId: file.id, reviewerId: replacement.id, cycleId: cycle.id, status: 'assigned', assignedBy: admin.id });
    await review({ ...file, team: [replacement], reviewIds: [String(inserted.identifiers[0].id)] }, 0, '60');
    expect(await statusOf(app, file.id)).toBe('reviewed');
    expect(await reviewedRows(file.id)).toHaveLength(1);
  });

  it('the last two reviews submitted at the same time move the file exactly once', async () => {
    for (let round = 0; round < 3; round++) {
      const file = await fileInReview(3);
      await review(file, 0, '70');
      for (const i of [1, 2]) expect((await file.team[i].client.put(`/api/v1/reviews/${file.reviewIds[i]}`, fullReview(i === 1 ? '65' : '90'))).status).toBe(200);
      const results = await Promise.all([1, 2].map((i) => file.team[i].client.post(`/api/v1/reviews/${file.reviewIds[i]}/submit`)));
      expect(results.map((x) => x.status)).toEqual([200, 200]);
      expect(await statusOf(app, file.id)).toBe('reviewed');
      expect(await reviewedRows(file.id)).toHaveLength(1);
      const audits = await db().query("SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'application.reviewed'", [file.id]);
      expect(audits[0].n).toBe(1);
      // (70 + 65 + 90) / 3 = 75
      expect((await admin.client.get(`/api/v1/applications/${file.id}/scores`)).body).toMatchObject({ aggregate: '75.00', spreadFlag: false });
    }
  });
});
