import { randomUUID } from 'crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { ApiClient, makeApplicant, makeOpenCycle, makeReviewer, TestUser, usePortal } from '@app/testing';

const DAY = 24 * 3600 * 1000;
const shanghaiDay = (offsetDays: number) => new Date(Date.now() + 8 * 3600 * 1000 + offsetDays * DAY).toISOString().slice(0, 10);

/** GET /admin/dashboard/waiting: each count against files written with known statuses, deadlines, panels, agendas and notices. */
describe('admin dashboard: waiting on the office (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let admin: TestUser;
  let applicant: TestUser;
  let cycle: Cycle;
  let otherCycle: Cycle;
  const reviewers: TestUser[] = [];
  const db = () => app.get(DataSource);

  async function file(cycleId: string, status: string, opts: { level?: string; submittedAt?: Date; correctionDeadline?: Date } = {}): Promise<string> {
    const id = randomUUID();
    await db().query(
      `INSERT INTO applications (id, applicant_id, cycle_id, level, specialty, status, form_version_id, data, applicant_name, employer_name,
                                 cross_provincial, home_province, submitted_at, reference_number, correction_deadline)
       VALUES ($1, $2, $3, $4, 'product_design', $5, $2, '{}'::jsonb, '看板', '某设计公司', false, '50', $6, $7, $8)`,
      [id, randomUUID(), cycleId, opts.level ?? 'intermediate', status, opts.submittedAt ?? new Date(), `D-${id.slice(0, 8)}`, opts.correctionDeadline ?? null],
    );
    return id;
  }

  async function assign(applicationId: string, count: number, status = 'assigned', dueAt = new Date(Date.now() + 5 * DAY)) {
    for (const r of reviewers.slice(0, count)) {
      await db().query('INSERT INTO review_assignments (application_id, reviewer_id, cycle_id, status, due_at) VALUES ($1, $2, $3, $4, $5)', [applicationId, r.id, cycle.id, status, dueAt]);
    }
  }

  async function meeting(cycleId: string, status: string, items: { applicationId: string; outcome: string | null }[]) {
    const [m] = (await db().query("INSERT INTO committee_meetings (committee_id, cycle_id, scheduled_at, location, status) VALUES ($1, $2, now(), '会议室', $3) RETURNING id", [
      randomUUID(),
      cycleId,
      status,
    ])) as { id: string }[];
    let position = 1;
    for (const i of items) await db().query('INSERT INTO committee_meeting_items (meeting_id, application_id, position, outcome) VALUES ($1, $2, $3, $4)', [m.id, i.applicationId, position++, i.outcome]);
  }

  const waiting = async (cycleId = cycle.id) => {
    const res = await admin.client.get(`/api/v1/admin/dashboard/waiting?cycleId=${cycleId}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app);
    otherCycle = await makeOpenCycle(app);
    applicant = await makeApplicant(app, api);
    for (let i = 0; i < 5; i++) reviewers.push(await makeReviewer(app, api));
  });

  it('starts at zero for an empty cycle', async () => {
    const w = await waiting();
    expect(w).toMatchObject({
      cycleId: cycle.id,
      awaitingQualification: { count: 0, oldestSubmittedAt: null, oldestDays: null },
      correctionsOverdue: 0,
      incompletePanels: 0,
      reviewsOverdue: 0,
      reviewedNotOnAgenda: 0,
      meetingsToClose: 0,
    });
  });

  it("counts the cycle's files awaiting qualification (and the oldest's days), overdue corrections, short panels, overdue reviews, reviewed files off any agenda and open meetings", async () => {
    const before = await waiting();
    await file(cycle.id, 'submitted', { submittedAt: new Date(Date.now() - 5 * DAY - 3600 * 1000) });
    await file(cycle.id, 'submitted', { submittedAt: new Date(Date.now() - DAY) });
    await file(cycle.id, 'returned', { correctionDeadline: new Date(Date.now() - DAY) });
    await file(cycle.id, 'returned', { correctionDeadline: new Date(Date.now() + DAY) });
    // Full panels: 3 for intermediate, 5 for associate_senior; declined reviewers hold no slot.
    await assign(await file(cycle.id, 'in_review'), 3);
    await assign(await file(cycle.id, 'in_review', { level: 'associate_senior' }), 5);
    await assign(await file(cycle.id, 'in_review', { level: 'associate_senior' }), 3);
    const short = await file(cycle.id, 'in_review');
    await assign(short, 2, 'assigned', new Date(Date.now() - DAY));
    await db().query("UPDATE review_assignments SET status = 'declined' WHERE application_id = $1 AND reviewer_id = $2", [short, reviewers[1].id]);
    const onAgenda = await file(cycle.id, 'reviewed');
    const decided = await file(cycle.id, 'reviewed');
    await file(cycle.id, 'reviewed');
    await file(cycle.id, 'reviewed');
    await meeting(cycle.id, 'open', [{ applicationId: onAgenda, outcome: null }]);
    await meeting(cycle.id, 'closed', [{ applicationId: decided, outcome: 'failed' }]);
    await meeting(cycle.id, 'scheduled', []);
    // Another cycle's files and meetings never count.
    await file(otherCycle.id, 'submitted');
    await file(otherCycle.id, 'returned', { correctionDeadline: new Date(Date.now() - DAY) });
    await file(otherCycle.id, 'in_review');
    await meeting(otherCycle.id, 'open', []);

    const w = await waiting();
    expect(w.awaitingQualification.count).toBe(2);
    expect(w.awaitingQualification.oldestDays).toBe(5);
    expect(Date.parse(w.awaitingQualification.oldestSubmittedAt)).toBeLessThan(Date.now() - 5 * DAY);
    expect(w.correctionsOverdue).toBe(1);
    // The dashboard's link lands on the list filtered to exactly those files.
    const overdue = await admin.client.get(`/api/v1/applications?cycleId=${cycle.id}&correctionOverdue=true`);
    expect(overdue.status).toBe(200);
    expect(overdue.body.items).toHaveLength(1);
    expect(overdue.body.items[0].status).toBe('returned');
    expect((await admin.client.get(`/api/v1/applications?cycleId=${cycle.id}&status=returned`)).body.items).toHaveLength(2);
    expect(w.incompletePanels).toBe(2);
    expect(w.reviewsOverdue).toBe(1);
    // Four reviewed: one on an open meeting's undecided agenda; a decided item (closed meeting) holds nothing.
    expect(w.reviewedNotOnAgenda).toBe(3);
    expect(w.meetingsToClose).toBe(1);
    expect(before.meetingsToClose).toBe(0);
    expect((await waiting(otherCycle.id)).awaitingQualification.count).toBe(1);
  });

  it('counts, office-wide, notices ending this week, open objections, pending appeals and failed notifications', async () => {
    const before = await waiting();
    const posted = await file(otherCycle.id, 'public_notice');
    const notice = async (end: string, status = 'open') => {
      const [n] = (await db().query('INSERT INTO public_notices (application_id, passed_on, start_date, end_date, working_days, status) VALUES ($1, $2, $2, $3, 5, $4) RETURNING id', [
        randomUUID(),
        shanghaiDay(-10),
        end,
        status,
      ])) as { id: string }[];
      return n.id;
    };
    const soon = await notice(shanghaiDay(6));
    await notice(shanghaiDay(-1)); // held open past its end: still waiting
    await notice(shanghaiDay(7)); // next week
    await notice(shanghaiDay(1), 'closed');
    let seq = 0;
    const objection = (status: string) =>
      db().query("INSERT INTO objections (reference, notice_id, application_id, objector_name, statement, status) VALUES ($1, $2, $3, '王五', '材料不实', $4)", [
        `YY-T-${randomUUID().slice(0, 8)}-${seq++}`,
        soon,
        posted,
        status,
      ]);
    await objection('open');
    await objection('unconfirmed');
    await objection('dismissed');
    const appeal = (status: string, historyId: number) =>
      db().query("INSERT INTO appeals (application_id, applicant_id, rejection_history_id, grounds, deadline, status) VALUES ($1, $2, $3, '理由', now(), $4)", [
        posted,
        applicant.id,
        historyId,
        status,
      ]);
    await appeal('open', 900001);
    await appeal('decided', 900002);
    await db().query("INSERT INTO notification_deliveries (outbox_id, type, recipient_key, channel, status, attempts, last_error) VALUES (1, 'application.accepted', 'email:a@example.com', 'email', 'failed', 8, 'SMTP 550')");
    await db().query("INSERT INTO notification_deliveries (outbox_id, type, recipient_key, channel, status, attempts) VALUES (2, 'application.accepted', 'email:b@example.com', 'email', 'sent', 1)");

    const w = await waiting();
    expect(w.noticesEndingThisWeek - before.noticesEndingThisWeek).toBe(2);
    expect(w.weekEnds).toBe(shanghaiDay(6));
    expect(w.openObjections - before.openObjections).toBe(1);
    expect(w.pendingAppeals - before.pendingAppeals).toBe(1);
    expect(w.failedNotifications - before.failedNotifications).toBe(1);
    // The failed list's first page holds what the count says (when it fits on one page).
    const list = await admin.client.get('/api/v1/admin/notifications/failed?limit=100');
    if (list.status === 200 && !list.body.nextCursor) expect(list.body.items).toHaveLength(w.failedNotifications);
  });

  it('is for admins only, and names an unknown cycle with a 404 and a bad id with a 400', async () => {
    expect((await applicant.client.get(`/api/v1/admin/dashboard/waiting?cycleId=${cycle.id}`)).status).toBe(403);
    expect((await reviewers[0].client.get(`/api/v1/admin/dashboard/waiting?cycleId=${cycle.id}`)).status).toBe(403);
    expect((await api.get(`/api/v1/admin/dashboard/waiting?cycleId=${cycle.id}`)).status).toBe(401);
    const unknown = await admin.client.get(`/api/v1/admin/dashboard/waiting?cycleId=${randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CYCLE_NOT_FOUND');
    const bad = await admin.client.get('/api/v1/admin/dashboard/waiting?cycleId=nope');
    expect(bad.status).toBe(400);
  });
});
