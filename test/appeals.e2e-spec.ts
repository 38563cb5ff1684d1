import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import {
  ApiClient,
  forceTransition,
  makeAdmin,
  makeApplicant,
  makeOpenCycle,
  makeReviewer,
  SmtpSink,
  statusOf,
  submitFile,
  TestUser,
  usePortal,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;
/** Not the default 15: proves the window comes from the configuration. */
const WINDOW_DAYS = 20;

const PANEL_SCORES = [
  { professional_competence: '28', design_achievements: '36.5', academic_contributions: '15', continuing_development: '8' },
  { professional_competence: '24', design_achievements: '30', academic_contributions: '12.25', continuing_development: '7' },
  { professional_competence: '26', design_achievements: '33', academic_contributions: '14', continuing_development: '9' },
];

describe('appeals (e2e)', () => {
  const portal = usePortal({ worker: true, smtp: true, env: { APPEAL_WINDOW_DAYS: String(WINDOW_DAYS) } });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let smtp: SmtpSink;
  let cycle: Cycle;
  let admin: TestUser;

  beforeAll(async () => {
    ({ app, api, smtp, admin } = portal);
    cycle = await makeOpenCycle(app);
  });

  const db = () => app.get(DataSource);
  const appeal = (who: TestUser, id: string, grounds: unknown = 'The award in section 4 was not considered.') => who.client.post(`/api/v1/applications/${id}/appeals`, { grounds });
  const decide = (who: TestUser, appealId: string, body: Record<string, unknown>) => who.client.post(`/api/v1/appeals/${appealId}/decide`, body);

  /** A file rejected at qualification review through the API (its history entry records the appeal deadline). */
  async function rejected(options: { user?: TestUser; cycle?: Cycle } = {}) {
    const file = await submitFile(app, api, options.cycle ?? cycle, { user: options.user });
    const res = await admin.client.post(`/api/v1/applications/${file.id}/qualification`, { decision: 'reject', reason: 'The design achievements do not meet the level applied for.' });
    expect(res.status).toBe(200);
    return file;
  }

  /** Moves the file's last rejection `daysAgo` into the past, with or without the deadline it recorded. */
  async function ageRejection(id: string, daysAgo: number, recordedDeadline: Date | null) {
    await db().query(
      `UPDATE application_history SET created_at = now() - make_interval(days => $2),
              data = CASE WHEN $3::text IS NULL THEN data - 'appealDeadline' ELSE jsonb_set(data, '{appealDeadline}', to_jsonb($3::text)) END
        WHERE id = (SELECT max(id) FROM application_history WHERE application_id = $1 AND to_status = 'rejected')`,
      [id, daysAgo, recordedDeadline?.toISOString() ?? null],
    );
  }

  describe('lodging', () => {
    it('takes an appeal within the window, tied to the decision, and tells the admins', async () => {
      const file = await rejected();
      const res = await appeal(file.user, file.id);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ applicationId: file.id, referenceNumber: file.referenceNumber, status: 'open', outcome: null, grounds: 'The award in section 4 was not considered.' });
      // The deadline is the one the rejection stated (15 days after it, as qualification review tells the applicant).
      const [rejection] = await db().query("SELECT id, data FROM application_history WHERE application_id = $1 AND to_status = 'rejected'", [file.id]);
      expect(res.body.deadline).toBe(new Date(rejection.data.appealDeadline).toISOString());
      const [row] = await db().query('SELECT rejection_history_id FROM appeals WHERE id = $1', [res.body.id]);
      expect(row.rejection_history_id).toBe(rejection.id);

      const [event] = await db().query("SELECT recipients, payload FROM outbox_events WHERE type = 'appeal.lodged' AND payload->>'appealId' = $1", [res.body.id]);
      expect(event.recipients).toContainEqual({ userId: admin.id });
      expect(event.recipients).not.toContainEqual({ userId: file.user.id });
      const [mail] = await smtp.waitFor(admin.email, 1, 20000, (m) => m.subject.includes(file.referenceNumber));
      expect(mail.subject).toContain('Appeal lodged');
      const audit = await db().query("SELECT actor_id FROM audit_log WHERE action = 'appeal.lodged' AND entity_id = $1", [file.id]);
      expect(audit).toEqual([{ actor_id: file.user.id }]);
    });

    it('refuses a second appeal of the same decision, also when two arrive at once', async () => {
      const file = await rejected();
      const both = await Promise.all([appeal(file.user, file.id), appeal(file.user, file.id)]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(both.find((r) => r.status === 409)!.body).toMatchObject({ code: 'APPEAL_ALREADY_LODGED' });
      const again = await appeal(file.user, file.id);
      expect(again).toMatchObject({ status: 409, body: { code: 'APPEAL_ALREADY_LODGED' } });
      expect(again.body.message).toContain('once per decision');
      expect(await db().query('SELECT id FROM appeals WHERE application_id = $1', [file.id])).toHaveLength(1);
    });

    it('refuses an appeal after the deadline the rejection stated, naming the date', async () => {
      const file = await rejected();
      const deadline = new Date(Date.now() - 3600 * 1000);
      await ageRejection(file.id, 16, deadline);
      const res = await appeal(file.user, file.id);
      expect(res).toMatchObject({ status: 422, body: { code: 'APPEAL_WINDOW_CLOSED', details: { deadline: deadline.toISOString() } } });
      const shown = new Date(deadline.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
      expect(res.body.message).toContain(shown);
      expect(await db().query('SELECT id FROM appeals WHERE application_id = $1', [file.id])).toHaveLength(0);
    });

    it('counts APPEAL_WINDOW_DAYS from a decision that recorded no deadline', async () => {
      const late = await rejected();
      await ageRejection(late.id, WINDOW_DAYS + 1, null);
      expect((await appeal(late.user, late.id)).body).toMatchObject({ code: 'APPEAL_WINDOW_CLOSED' });
      const inTime = await rejected();
      await ageRejection(inTime.id, WINDOW_DAYS - 1, null);
      const res = await appeal(inTime.user, inTime.id);
      expect(res.status).toBe(201);
      const [rejection] = await db().query("SELECT created_at FROM application_history WHERE application_id = $1 AND to_status = 'rejected'", [inTime.id]);
      expect(new Date(res.body.deadline).getTime()).toBe(new Date(rejection.created_at).getTime() + WINDOW_DAYS * DAY);
    });

    it('is for the rejected applicant’s own rejected file only, with grounds', async () => {
      const file = await rejected();
      const other = await makeApplicant(app, api);
      const reviewer = await makeReviewer(app, api);
      expect(await appeal(other, file.id)).toMatchObject({ status: 404, body: { code: 'APPLICATION_NOT_FOUND' } });
      expect((await appeal(admin, file.id)).status).toBe(403);
      expect((await appeal(reviewer, file.id)).status).toBe(403);
      expect((await api.post(`/api/v1/applications/${file.id}/appeals`, { grounds: 'x y' })).status).toBe(401);
      const blank = await appeal(file.user, file.id, '   ');
      expect(blank).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', details: [{ path: 'grounds' }] } });
      const missing = await file.user.client.post(`/api/v1/applications/${file.id}/appeals`, {});
      expect(missing.status).toBe(400);
      expect(JSON.stringify(missing.body.details)).toContain('grounds');
      const submitted = await submitFile(app, api, cycle);
      expect(await appeal(submitted.user, submitted.id)).toMatchObject({ status: 409, body: { code: 'APPEAL_NOT_REJECTED', details: { status: 'submitted' } } });
      expect(await db().query('SELECT id FROM appeals WHERE application_id = ANY($1::uuid[])', [[file.id, submitted.id]])).toHaveLength(0);
    });
  });

  describe('deciding', () => {
    it('upholds: the file stays rejected, the applicant is told, and a decided appeal cannot be decided again', async () => {
      const file = await rejected();
      const lodged = await appeal(file.user, file.id);
      expect((await decide(file.user, lodged.body.id, { outcome: 'upheld', note: 'mine' })).status).toBe(403);
      const badOutcome = await decide(admin, lodged.body.id, { outcome: 'maybe', note: 'x' });
      expect(badOutcome.status).toBe(400);
      expect(JSON.stringify(badOutcome.body.details)).toContain('outcome');
      expect(await decide(admin, lodged.body.id, { outcome: 'upheld', note: '  ' })).toMatchObject({ status: 400, body: { details: [{ path: 'note' }] } });

      const res = await decide(admin, lodged.body.id, { outcome: 'upheld', note: 'The award was considered and does not change the result.' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'decided', outcome: 'upheld', applicationStatus: 'rejected' });
      expect(await statusOf(app, file.id)).toBe('rejected');
      const [mail] = await smtp.waitFor(file.user.email, 1, 20000, (m) => m.subject.includes('Decision on your appeal'));
      expect(mail.text).toContain('does not change the result');
      expect(await decide(admin, lodged.body.id, { outcome: 're_review', note: 'second thoughts' })).toMatchObject({ status: 409, body: { code: 'APPEAL_ALREADY_DECIDED' } });
      // Still one appeal per decision: an upheld one cannot be lodged again.
      expect((await appeal(file.user, file.id)).body).toMatchObject({ code: 'APPEAL_ALREADY_LODGED' });
      // The applicant and admins read the file's appeals; nobody else.
      const mine = await file.user.client.get(`/api/v1/applications/${file.id}/appeals`);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual([expect.objectContaining({ id: lodged.body.id, outcome: 'upheld', decisionNote: 'The award was considered and does not change the result.' })]);
      expect((await admin.client.get(`/api/v1/applications/${file.id}/appeals`)).body).toHaveLength(1);
      const stranger = await makeApplicant(app, api);
      expect((await stranger.client.get(`/api/v1/applications/${file.id}/appeals`)).status).toBe(404);
      expect((await (await makeReviewer(app, api)).client.get(`/api/v1/applications/${file.id}/appeals`)).status).toBe(403);
    });

    it('lists open appeals for admins, oldest first, page by page', async () => {
      const a = await rejected();
      const b = await rejected();
      const first = await appeal(a.user, a.id);
      const second = await appeal(b.user, b.id);
      const open: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { items: { id: string; status: string }[]; nextCursor: string | null } } = await admin.client.get(`/api/v1/appeals?status=open&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(1);
        open.push(...page.body.items.map((i) => i.id));
        for (const i of page.body.items) expect(i.status).toBe('open');
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(open.indexOf(first.body.id)).toBeGreaterThanOrEqual(0);
      expect(open.indexOf(second.body.id)).toBeGreaterThan(open.indexOf(first.body.id));
      await decide(admin, first.body.id, { outcome: 'upheld', note: 'No new facts.' });
      const after = await admin.client.get('/api/v1/appeals?status=open&limit=100');
      expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(first.body.id);
      expect((await a.user.client.get('/api/v1/appeals?status=open')).status).toBe(403);
      expect((await admin.client.get('/api/v1/appeals?status=closed')).status).toBe(400);
      expect((await admin.client.get('/api/v1/appeals?cursor=bogus')).body).toMatchObject({ code: 'INVALID_CURSOR' });
    });

    it('re-review: back to in_review with the panel closed, new reviewers, back to reviewed; a later rejection can be appealed again', async () => {
      const reviewCycle = await makeOpenCycle(app);
      const file = await submitFile(app, api, reviewCycle, { fullName: '周䶮' });
      expect((await admin.client.post(`/api/v1/applications/${file.id}/qualification`, { decision: 'accept' })).status).toBe(200);

      const reviewPanel = async (count: number, tag: string) => {
        const panel: TestUser[] = [];
        for (let i = 0; i < count; i++) {
          const reviewer = await makeReviewer(app, api);
          const profile = await admin.client.put(`/api/v1/admin/reviewers/${reviewer.id}`, {
            specialties: [reviewCycle.specialties[0]],
            maxLevel: 'full_senior',
            homeProvince: '11',
            employerName: `北京${tag}第${i + 1}设计研究院有限公司`,
            maxLoadPerCycle: 10,
            active: true,
          });
          expect(profile.status).toBe(200);
          panel.push(reviewer);
        }
        return panel;
      };
      const scoreAll = async (panel: TestUser[]) => {
        for (const [i, reviewer] of panel.entries()) {
          const mine = await reviewer.client.get('/api/v1/reviews');
          const open = mine.body.items.filter((r: { status: string }) => r.status === 'assigned' || r.status === 'draft');
          expect(open).toHaveLength(1);
          const saved = await reviewer.client.put(`/api/v1/reviews/${open[0].id}`, { scores: PANEL_SCORES[i], comment: 'Reviewed.', recommendation: 'pass' });
          expect(saved.status).toBe(200);
          expect((await reviewer.client.post(`/api/v1/reviews/${open[0].id}/submit`)).status).toBe(200);
        }
      };

      const assign = (panel: TestUser[]) => admin.client.post(`/api/v1/applications/${file.id}/assignments`, { reviewerIds: panel.map((r) => r.id) });
      const firstPanel = await reviewPanel(3, '甲');
      expect((await assign(firstPanel)).status).toBe(201);
      await scoreAll(firstPanel);
      expect(await statusOf(app, file.id)).toBe('reviewed');

      // The committee fails it (set-up: the committee's own route is another suite's; its history entry as the committee writes it).
      await forceTransition(app, file.id, 'committee_fail');
      await db().query(
        `INSERT INTO application_history (application_id, action, from_status, to_status, reason, data)
         VALUES ($1, 'committee_failed', 'reviewed', 'rejected', 'Fewer than 2/3 yes votes', jsonb_build_object('stage', 'committee_vote', 'appealDeadline', $2::text))`,
        [file.id, new Date(Date.now() + 15 * DAY).toISOString()],
      );

      const lodged = await appeal(file.user, file.id, 'Two of the reviewers misread the project list.');
      expect(lodged.status).toBe(201);
      const decided = await decide(admin, lodged.body.id, { outcome: 're_review', note: 'The project list was misread; the file is reviewed again by new experts.' });
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({ outcome: 're_review', applicationStatus: 'in_review' });
      expect(await statusOf(app, file.id)).toBe('in_review');

      // The previous panel is closed: none of it holds an active assignment or sees the file any more.
      const assignments = await db().query('SELECT reviewer_id, status FROM review_assignments WHERE application_id = $1', [file.id]);
      expect(assignments.map((a: { status: string }) => a.status)).toEqual(['superseded', 'superseded', 'superseded']);
      expect((await firstPanel[0].client.get(`/api/v1/applications/${file.id}`)).status).toBe(404);
      const [history] = await db().query('SELECT action, reason, data FROM application_history WHERE application_id = $1 ORDER BY id DESC LIMIT 1', [file.id]);
      expect(history).toMatchObject({ action: 'appeal_rereview', data: { appealId: lodged.body.id, supersededAssignments: 3 } });
      const [mail] = await smtp.waitFor(file.user.email, 1, 20000, (m) => m.subject.includes('Decision on your appeal'));
      expect(mail.text).toContain('re-review granted');
      // In review again, the file cannot be appealed.
      expect((await appeal(file.user, file.id)).body).toMatchObject({ code: 'APPEAL_NOT_REJECTED' });

      // New reviewers are needed: the file has no active assignment until the admin assigns a new panel.
      expect(await db().query("SELECT id FROM review_assignments WHERE application_id = $1 AND status IN ('assigned', 'draft', 'submitted')", [file.id])).toHaveLength(0);
      const secondPanel = await reviewPanel(3, '乙');
      expect((await assign(secondPanel)).status).toBe(201);
      const active = await db().query("SELECT reviewer_id FROM review_assignments WHERE application_id = $1 AND status = 'assigned'", [file.id]);
      expect(active.map((a: { reviewer_id: string }) => a.reviewer_id).sort()).toEqual(secondPanel.map((r) => r.id).sort());
      await scoreAll(secondPanel);
      expect(await statusOf(app, file.id)).toBe('reviewed');

      // A new rejection is a new decision: it can be appealed once again.
      await forceTransition(app, file.id, 'committee_fail');
      await db().query(
        `INSERT INTO application_history (application_id, action, from_status, to_status, reason, data)
         VALUES ($1, 'committee_failed', 'reviewed', 'rejected', 'Fewer than 2/3 yes votes', jsonb_build_object('stage', 'committee_vote', 'appealDeadline', $2::text))`,
        [file.id, new Date(Date.now() + 15 * DAY).toISOString()],
      );
      expect((await appeal(file.user, file.id)).status).toBe(201);
      expect(await db().query('SELECT id FROM appeals WHERE application_id = $1', [file.id])).toHaveLength(2);
    });

    it('keeps an admin away from appeals on their own file', async () => {
      const adminApplicant = await makeAdmin(app, api);
      await db().query("UPDATE users SET roles = ARRAY['admin','applicant'] WHERE id = $1", [adminApplicant.id]);
      const file = await rejected({ user: adminApplicant });
      const lodged = await appeal(adminApplicant, file.id);
      expect(lodged.status).toBe(201);
      expect((await decide(adminApplicant, lodged.body.id, { outcome: 're_review', note: 'Yes, mine.' })).status).toBe(404);
      const list = await adminApplicant.client.get('/api/v1/appeals?status=open&limit=100');
      expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(lodged.body.id);
      // The other admins are told; the appellant is not among the recipients.
      const [event] = await db().query("SELECT recipients FROM outbox_events WHERE type = 'appeal.lodged' AND payload->>'appealId' = $1", [lodged.body.id]);
      expect(event.recipients).not.toContainEqual({ userId: adminApplicant.id });
      expect(await statusOf(app, file.id)).toBe('rejected');
    });
  });

  describe('the rejection as the applicant reads it (issue 24: the file page)', () => {
    it('names the stage, the reason and the appeal deadline, then that the decision was appealed; null for a file not rejected; 404 for others', async () => {
      const file = await rejected();
      const before = await file.user.client.get(`/api/v1/applications/${file.id}/appeals/rejection`);
      expect(before.status).toBe(200);
      const [entry] = await db().query("SELECT data FROM application_history WHERE application_id = $1 AND to_status = 'rejected'", [file.id]);
      expect(before.body.rejection).toMatchObject({
        stage: 'qualification_review',
        reason: 'The design achievements do not meet the level applied for.',
        appealDeadline: new Date(entry.data.appealDeadline).toISOString(),
        windowOpen: true,
        appealed: false,
      });
      expect((await appeal(file.user, file.id)).status).toBe(201);
      const after = await file.user.client.get(`/api/v1/applications/${file.id}/appeals/rejection`);
      expect(after.body.rejection).toMatchObject({ appealed: true });
      // Past its window, the answer says so.
      const late = await rejected();
      await ageRejection(late.id, 16, new Date(Date.now() - 3600 * 1000));
      expect((await late.user.client.get(`/api/v1/applications/${late.id}/appeals/rejection`)).body.rejection).toMatchObject({ windowOpen: false, appealed: false });

      const stranger = await makeApplicant(app, api);
      expect((await stranger.client.get(`/api/v1/applications/${file.id}/appeals/rejection`)).status).toBe(404);
      const notRejected = await submitFile(app, api, cycle);
      expect((await notRejected.user.client.get(`/api/v1/applications/${notRejected.id}/appeals/rejection`)).body).toEqual({ rejection: null });
    });
  });
});
