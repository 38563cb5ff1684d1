import { randomUUID } from 'crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle, CyclesService, WorkflowAction } from '@app/applications';
import { shanghaiDate } from '@app/common';
import { ReviewAssignment } from '@app/review';
import { ApiClient, forceTransition, makeApplicant, makeOpenCycle, makeReadyFile, makeReviewer, makeUser, TestUser, usePortal, submitToOffice } from '@app/testing';

const DAY = 24 * 3600 * 1000;
const REVIEW_DEADLINE = '2099-03-31';
const MEETING_DATE = '2099-04-20'; // a Monday
/**
 * The 5th working day after the meeting on the calendar the test confirms for 2099: Tuesday 21,
 * (Wednesday 22 a holiday), Thursday 23, Friday 24, (the weekend, but Sunday 26 a make-up
 * working day) Sunday 26, Monday 27.
 */
const NOTICE_END = '2099-04-27';

describe('application timeline (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let admin: TestUser;

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await app.get(CyclesService).update((await makeOpenCycle(app)).id, { reviewDeadline: REVIEW_DEADLINE, meetingDate: MEETING_DATE }, null);
    const calendar = await admin.client.put('/api/v1/admin/calendar/2099', { holidays: ['2099-04-22'], workdays: ['2099-04-26'] });
    expect(calendar.status).toBe(200);
  });

  const db = () => app.get(DataSource);
  const timeline = (who: TestUser, id: string) => who.client.get(`/api/v1/applications/${id}/timeline`);
  const decide = (id: string, body: Record<string, unknown>) => admin.client.post(`/api/v1/applications/${id}/qualification`, body);
  const accept = (id: string) => decide(id, { decision: 'accept', confirmEntrustment: true, confirmExceptional: true });

  /** A new applicant's draft in `inCycle`, ready to submit. */
  async function draft(inCycle: Cycle = cycle): Promise<{ owner: TestUser; id: string }> {
    const owner = await makeApplicant(app, api);
    return { owner, id: await makeReadyFile(app, owner.client, owner.id, inCycle) };
  }

  async function submitted(inCycle: Cycle = cycle): Promise<{ owner: TestUser; id: string }> {
    const file = await draft(inCycle);
    expect((await submitToOffice(app, file.owner.client, file.id)).status).toBe(200);
    return file;
  }

  /**
   * Test set-up shortcut for the later stages (their own routes are tested in their e2e files): the
   * status as the action would set it (forceTransition) and the history entry its rule would write.
   */
  async function forceStep(id: string, action: WorkflowAction, history: string, from: string, to: string, actorId: string | null, at: Date = new Date()) {
    await forceTransition(app, id, action);
    await db().query('INSERT INTO application_history (application_id, action, from_status, to_status, actor_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      history,
      from,
      to,
      actorId,
      at,
    ]);
  }

  const passedOf = (body: any) => body.passed.map((p: any) => [p.status, p.action, p.actorRole]);
  const aheadOf = (body: any) => body.ahead.map((s: any) => [s.status, s.action, s.expectedBy, s.basis]);

  it('a draft: created by the applicant, then the whole way to the title with the dates the cycle expects', async () => {
    const { owner, id } = await draft();
    const res = await timeline(owner, id);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('draft');
    expect(passedOf(res.body)).toEqual([['draft', 'created', 'applicant']]);
    expect(aheadOf(res.body)).toEqual([
      ['with_unit', 'submit', shanghaiDate(cycle.closesAt), 'cycle.closesAt'],
      ['submitted', 'unit_recommend', null, null],
      ['in_review', 'accept_qualification', null, null],
      ['reviewed', 'complete_review', REVIEW_DEADLINE, 'cycle.reviewDeadline'],
      ['public_notice', 'committee_pass', MEETING_DATE, 'cycle.meetingDate'],
      ['awaiting_confirmation', 'close_notice', NOTICE_END, 'notice.workingDays'],
      ['approved', 'confirm_title', null, null],
    ]);
    expect(res.body.ahead[1].note).toMatch(/internal posting/);
    expect(res.body.ahead[2].note).toMatch(/no deadline/);
    expect(res.body.ahead[6].note).toMatch(/bureau/);
    expect(res.body.ahead.every((s: any) => s.overdue === false)).toBe(true);
  });

  it('submitted, then returned: the resubmission is expected by the correction deadline', async () => {
    const { owner, id } = await submitted();
    let res = await timeline(owner, id);
    expect(passedOf(res.body)).toEqual([
      ['draft', 'created', 'applicant'],
      ['with_unit', 'submitted', 'applicant'],
    ]);
    expect(res.body.ahead.map((s: any) => s.action)).toEqual(['accept_qualification', 'complete_review', 'committee_pass', 'close_notice', 'confirm_title']);

    const deadline = new Date(Date.now() + 7 * DAY);
    expect((await decide(id, { decision: 'return', reason: 'Stamp missing', correctionDeadline: deadline.toISOString() })).status).toBe(200);
    res = await timeline(owner, id);
    expect(res.body.passed[2]).toMatchObject({ status: 'returned', action: 'returned', actorRole: 'admin', actorId: null, reason: 'Stamp missing' });
    expect(aheadOf(res.body)[0]).toEqual(['submitted', 'resubmit', shanghaiDate(deadline), 'application.correctionDeadline']);
    expect(res.body.ahead.map((s: any) => s.action)).toEqual(['resubmit', 'accept_qualification', 'complete_review', 'committee_pass', 'close_notice', 'confirm_title']);
  });

  it('in review, reviewed and on public notice: each stage passed with its date and role, admins also see who', async () => {
    const { owner, id } = await submitted();
    expect((await accept(id)).status).toBe(200);
    let res = await timeline(owner, id);
    expect(res.body.passed[2]).toMatchObject({ status: 'in_review', action: 'accepted', actorRole: 'admin', actorId: null });
    expect(aheadOf(res.body)).toEqual([
      ['reviewed', 'complete_review', REVIEW_DEADLINE, 'cycle.reviewDeadline'],
      ['public_notice', 'committee_pass', MEETING_DATE, 'cycle.meetingDate'],
      ['awaiting_confirmation', 'close_notice', NOTICE_END, 'notice.workingDays'],
      ['approved', 'confirm_title', null, null],
    ]);

    await forceStep(id, 'complete_review', 'reviewed', 'in_review', 'reviewed', null);
    res = await timeline(owner, id);
    expect(passedOf(res.body).slice(-1)).toEqual([['reviewed', 'reviewed', 'system']]);
    expect(res.body.ahead.map((s: any) => s.action)).toEqual(['committee_pass', 'close_notice', 'confirm_title']);

    // Passed on a Friday: working days Monday 20, Tuesday 21, (holiday) Thursday 23, Friday 24, Sunday 26 (make-up).
    await forceStep(id, 'committee_pass', 'committee_passed', 'reviewed', 'public_notice', admin.id, new Date('2099-04-17T15:00:00+08:00'));
    res = await timeline(owner, id);
    expect(passedOf(res.body).slice(-1)).toEqual([['public_notice', 'committee_passed', 'admin']]);
    expect(aheadOf(res.body)).toEqual([
      ['awaiting_confirmation', 'close_notice', '2099-04-26', 'notice.workingDays'],
      ['approved', 'confirm_title', null, null],
    ]);
    // Once posted, the notice's own end date (however it was computed then).
    await db().query("INSERT INTO public_notices (application_id, passed_on, start_date, end_date, working_days) VALUES ($1, '2099-04-17', '2099-04-17', '2099-04-30', 5)", [id]);
    expect(aheadOf((await timeline(owner, id)).body).slice(0, 1)).toEqual([['awaiting_confirmation', 'close_notice', '2099-04-30', 'notice.workingDays']]);
    // The owner never learns who acted; a handling admin does.
    expect(res.body.passed.every((p: any) => p.actorId === null)).toBe(true);
    const seen = await timeline(admin, id);
    expect(seen.status).toBe(200);
    expect(seen.body.passed.map((p: any) => p.actorId)).toEqual([owner.id, owner.id, admin.id, null, admin.id]);
    for (const p of seen.body.passed.slice(0, -1)) expect(new Date(p.at).getTime()).toBeGreaterThan(Date.now() - 5 * 60 * 1000);
    expect(seen.body.passed[4].at).toBe('2099-04-17T07:00:00.000Z');
  });

  it('nothing ahead once the file reached an ending: approved, rejected, withdrawn', async () => {
    const approved = await submitted();
    await accept(approved.id);
    await forceStep(approved.id, 'complete_review', 'reviewed', 'in_review', 'reviewed', null);
    await forceStep(approved.id, 'committee_pass', 'committee_passed', 'reviewed', 'public_notice', admin.id);
    await forceStep(approved.id, 'close_notice', 'notice_closed', 'public_notice', 'awaiting_confirmation', null);
    const awaiting = await timeline(approved.owner, approved.id);
    expect(passedOf(awaiting.body).slice(-1)[0]).toEqual(['awaiting_confirmation', 'notice_closed', 'system']);
    expect(aheadOf(awaiting.body)).toEqual([['approved', 'confirm_title', null, null]]);
    await forceStep(approved.id, 'confirm_title', 'approved', 'awaiting_confirmation', 'approved', randomUUID());
    const rejected = await submitted();
    expect((await decide(rejected.id, { decision: 'reject', reason: 'Not eligible' })).status).toBe(200);
    const withdrawn = await submitted();
    expect((await withdrawn.owner.client.post(`/api/v1/applications/${withdrawn.id}/withdraw`, { reason: 'Next year' })).status).toBe(200);

    for (const [file, status, last] of [
      [approved, 'approved', ['approved', 'approved', 'authority']],
      [rejected, 'rejected', ['rejected', 'rejected', 'admin']],
      [withdrawn, 'withdrawn', ['withdrawn', 'withdrawn', 'applicant']],
    ] as const) {
      const res = await timeline(file.owner, file.id);
      expect({ status: res.body.status, last: passedOf(res.body).slice(-1)[0], ahead: res.body.ahead }).toEqual({ status, last, ahead: [] });
    }
  });

  it('marks a stage whose expected date has passed as overdue', async () => {
    const late = await app.get(CyclesService).update((await makeOpenCycle(app)).id, { reviewDeadline: shanghaiDate(new Date(Date.now() - 3 * DAY)) }, null);
    const unconfirmed = await app.get(CyclesService).update((await makeOpenCycle(app)).id, { meetingDate: '2098-06-01' }, null);
    const early = await draft(unconfirmed);
    // A notice that would end in a year nobody confirmed has no expected end, and says why.
    expect((await timeline(early.owner, early.id)).body.ahead[5]).toMatchObject({ action: 'close_notice', expectedBy: null, basis: null, note: expect.stringMatching(/2098/) });
    const { owner, id } = await submitted(late);
    await accept(id);
    const res = await timeline(owner, id);
    expect(res.body.ahead[0]).toMatchObject({ action: 'complete_review', basis: 'cycle.reviewDeadline', overdue: true });
    expect(res.body.ahead[1]).toMatchObject({ action: 'committee_pass', expectedBy: null, note: expect.stringMatching(/meeting date/), overdue: false });
  });

  it('is the owner’s and the handling admins’ only: 404 for other applicants and reviewers, an admin sees their own file only as its owner; 401 without a token', async () => {
    const { id } = await submitted();
    const stranger = await makeApplicant(app, api);
    const reviewer = await makeReviewer(app, api);
    expect((await timeline(stranger, id)).status).toBe(404);
    expect((await timeline(reviewer, id)).status).toBe(404);
    expect((await timeline(admin, randomUUID())).status).toBe(404);
    const adminApplicant = await makeUser(app, api, { roles: ['admin', 'applicant'] });
    const own = await makeReadyFile(app, adminApplicant.client, adminApplicant.id, cycle);
    expect((await timeline(adminApplicant, own)).status).toBe(200);
    expect((await timeline(adminApplicant, own)).body.passed[0].actorId).toBeNull();
    expect((await timeline(admin, own)).body.passed[0].actorId).toBe(adminApplicant.id);
    expect((await api.get(`/api/v1/applications/${id}/timeline`)).status).toBe(401);
    expect((await admin.client.get('/api/v1/applications/not-a-uuid/timeline')).status).toBe(400);
  });

  describe('GET applications/:id/history', () => {
    const history = (who: TestUser, id: string) => who.client.get(`/api/v1/applications/${id}/history`);
    const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

    it('tells the owner who acted by role only: no user id anywhere in the answer', async () => {
      const { owner, id } = await submitted();
      expect((await decide(id, { decision: 'return', reason: 'Stamp missing', correctionDeadline: new Date(Date.now() + 7 * DAY).toISOString() })).status).toBe(200);
      const res = await history(owner, id);
      expect(res.status).toBe(200);
      expect(res.body.map((h: any) => [h.action, h.actorRole, h.actorId])).toEqual([
        ['created', 'applicant', null],
        ['submitted', 'applicant', null],
        ['returned', 'admin', null],
      ]);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(admin.id);
      expect(text).not.toMatch(UUID);
    });

    it('tells handling admins who acted, an assigned reviewer nothing (reviewers read the file through their review), and an admin reads their own file as its owner', async () => {
      const { owner, id } = await submitted();
      expect((await accept(id)).status).toBe(200);
      const res = await history(admin, id);
      expect(res.body.map((h: any) => [h.action, h.actorRole, h.actorId])).toEqual([
        ['created', 'applicant', owner.id],
        ['submitted', 'applicant', owner.id],
        ['accepted', 'admin', admin.id],
      ]);
      const reviewer = await makeReviewer(app, api);
      await db().getRepository(ReviewAssignment).insert({ applicationId: id, reviewerId: reviewer.id, cycleId: cycle.id, status: 'assigned', assignedBy: admin.id });
      expect((await history(reviewer, id)).status).toBe(404);
      const adminApplicant = await makeUser(app, api, { roles: ['admin', 'applicant'] });
      const own = await makeReadyFile(app, adminApplicant.client, adminApplicant.id, cycle);
      expect((await history(adminApplicant, own)).body.map((h: any) => h.actorId)).toEqual([null]);
      expect((await history(admin, own)).body.map((h: any) => h.actorId)).toEqual([adminApplicant.id]);
    });
  });
});
