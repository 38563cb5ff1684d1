import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { autoAssignAndWait, makeApplicant, makeOpenCycle, makeReadyFile, makeReviewer, TestUser, tinyPdf, usePortal, submitToOffice } from '@app/testing';

/** Points per criterion of the default rubric (30/40/20/10) for each of the three reviewers, and their totals. */
const PANEL_SCORES = [
  { professional_competence: '28', design_achievements: '36.5', academic_contributions: '15', continuing_development: '8' }, // 87.5
  { professional_competence: '24', design_achievements: '30', academic_contributions: '12.25', continuing_development: '7' }, // 73.25
  { professional_competence: '26', design_achievements: '33', academic_contributions: '14', continuing_development: '9' }, // 82
];

describe('from submitted to reviewed through the API only: qualification, expert pool, automatic assignment, evidence, scoring (e2e)', () => {
  const portal = usePortal({ worker: true });
  let cycle: Cycle;

  beforeAll(async () => {
    cycle = await makeOpenCycle(portal.app);
  });

  it('takes a file to reviewed with a panel of three and the average of their totals', async () => {
    const { app, api, admin } = portal;
    const applicant = await makeApplicant(app, api);
    const id = await makeReadyFile(app, applicant.client, applicant.id, cycle);
    // One evidence file uploaded for real, which a reviewer will download.
    const pdf = tinyPdf('portfolio for the panel');
    const upload = new FormData();
    upload.append('kind', 'portfolio');
    upload.append('file', new Blob([pdf], { type: 'application/pdf' }), 'portfolio.pdf');
    const uploaded = await applicant.client.post(`/api/v1/applications/${id}/attachments`, upload);
    expect(uploaded.status).toBe(201);
    expect((await submitToOffice(app, applicant.client, id)).status).toBe(200);

    // Qualification review: the file is in the admin's queue and accepted.
    const queue = await admin.client.get(`/api/v1/admin/qualification?cycleId=${cycle.id}`);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'accept' })).status).toBe(200);

    // The expert pool: three reviewers, none from the applicant's employer.
    const panel: TestUser[] = [];
    for (let i = 0; i < 3; i++) {
      const reviewer = await makeReviewer(app, api);
      const profile = await admin.client.put(`/api/v1/admin/reviewers/${reviewer.id}`, {
        specialties: [cycle.specialties[0]],
        maxLevel: 'full_senior',
        homeProvince: '11',
        employerName: `北京第${i + 1}设计研究院有限公司`,
        maxLoadPerCycle: 10,
        active: true,
      });
      expect({ status: profile.status, body: profile.status === 200 ? 'ok' : profile.body }).toEqual({ status: 200, body: 'ok' });
      panel.push(reviewer);
    }

    // Automatic assignment runs in the worker: requested (202), then read back until done.
    const assigned = await autoAssignAndWait(admin.client, cycle.id);
    expect([assigned.status, assigned.run.status]).toEqual([202, 'done']);
    expect(assigned.summary).toMatchObject({ assigned: 3, shortfalls: [] });

    // Each reviewer finds the assignment, reads the file, scores and submits.
    for (const [i, reviewer] of panel.entries()) {
      const mine = await reviewer.client.get('/api/v1/reviews');
      expect(mine.body.items).toHaveLength(1);
      const reviewId = mine.body.items[0].id;
      expect((await reviewer.client.get(`/api/v1/reviews/${reviewId}/file`)).status).toBe(200);
      const download = await fetch(`${api.baseUrl}/api/v1/reviews/${reviewId}/file/attachments/${uploaded.body.id}`, { headers: { authorization: `Bearer ${reviewer.accessToken}` } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
      const saved = await reviewer.client.put(`/api/v1/reviews/${reviewId}`, { scores: PANEL_SCORES[i], comment: 'A coherent body of work.', recommendation: 'pass' });
      expect({ status: saved.status, body: saved.status === 200 ? 'ok' : saved.body }).toEqual({ status: 200, body: 'ok' });
      expect((await reviewer.client.post(`/api/v1/reviews/${reviewId}/submit`)).status).toBe(200);
      const status = (await admin.client.get(`/api/v1/applications/${id}`)).body.status;
      expect(status).toBe(i < 2 ? 'in_review' : 'reviewed');
    }

    // (87.5 + 73.25 + 82) / 3 = 80.916... -> 80.92; spread 14.25, not flagged.
    const scores = await admin.client.get(`/api/v1/applications/${id}/scores`);
    expect(scores.status).toBe(200);
    expect(scores.body).toMatchObject({ applicationStatus: 'reviewed', aggregate: '80.92', spread: '14.25', spreadFlag: false });
    expect(scores.body.reviews).toHaveLength(3);

    // The applicant sees the outcome's status, never who reviewed it.
    const own = await applicant.client.get(`/api/v1/applications/${id}`);
    expect(own.body.status).toBe('reviewed');
    // The aggregate is copied onto the file for the admin list's sort by score (admins see it there); never in the applicant's view.
    const listed = await admin.client.get(`/api/v1/applications?cycleId=${cycle.id}&sort=score`);
    expect(listed.body.items.find((f: { id: string }) => f.id === id)).toMatchObject({ reviewScore: '80.92' });
    expect(own.body).not.toHaveProperty('reviewScore');
    const history = JSON.stringify((await applicant.client.get(`/api/v1/applications/${id}/history`)).body);
    for (const reviewer of panel) expect(history).not.toContain(reviewer.id);
    expect((await applicant.client.get(`/api/v1/applications/${id}/scores`)).status).toBe(403);

    // Each reviewer was told of the assignment, once, by the run's digest.
    const told = await app.get(DataSource).query("SELECT recipients, payload FROM outbox_events WHERE type = 'review.assigned_digest'");
    expect(told.map((r: { recipients: { userId: string }[] }) => r.recipients[0].userId).sort()).toEqual(panel.map((r) => r.id).sort());
    const [{ reference_number: reference }] = await app.get(DataSource).query('SELECT reference_number FROM applications WHERE id = $1', [id]);
    for (const digest of told) expect(digest.payload).toMatchObject({ assignedCount: 1, 'references@en': reference, 'references@zh-CN': reference });
  });
});
