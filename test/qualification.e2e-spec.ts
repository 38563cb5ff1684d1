import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle, QualificationService, TitleLevel } from '@app/applications';
import { Clock, ManualClock, shanghaiDateTime } from '@app/common';
import { UserDirectory } from '@app/identity';
import { ScheduleRunner } from '@app/queue';
import {
  addEvidenceRows,
  ApiClient,
  completeFormData,
  ConfigOverrides,
  makeAdmin,
  makeApplicant,
  makeOpenCycle,
  makeReviewer,
  makeUser,
  SmtpSink,
  startWorker,
  statusOf,
  TestUser,
  usePortal,
  submitToOffice,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;
const CONCURRENT = 10;

/** "2026-05-31 17:00": Asia/Shanghai, as the messages show dates. */
const shanghai = shanghaiDateTime;

describe('qualification review (e2e)', () => {
  const portal = usePortal({ worker: true, smtp: true });
  let env: ConfigOverrides;
  let app: NestFastifyApplication;
  let api: ApiClient;
  let smtp: SmtpSink;
  let cycle: Cycle;
  let admin: TestUser;
  let otherAdmin: TestUser;

  beforeAll(async () => {
    ({ env, app, api, smtp, admin } = portal);
    cycle = await makeOpenCycle(app);
    otherAdmin = await makeAdmin(app, api);
  });

  const db = () => app.get(DataSource);
  const decide = (who: TestUser, id: string, body: Record<string, unknown>) => who.client.post(`/api/v1/applications/${id}/qualification`, body);

  /** What one file left behind: status, history actions, audit actions, outbox events. */
  async function trail(id: string) {
    const history = (await db().query('SELECT action FROM application_history WHERE application_id = $1 ORDER BY id', [id])).map((r: { action: string }) => r.action);
    const audit = (await db().query("SELECT action FROM audit_log WHERE entity_type = 'application' AND entity_id = $1 ORDER BY id", [id])).map((r: { action: string }) => r.action);
    const events = (await db().query("SELECT type FROM outbox_events WHERE payload->>'applicationId' = $1 ORDER BY id", [id])).map((r: { type: string }) => r.type);
    const status = await statusOf(app, id);
    return { status, history, audit, events };
  }

  async function payloadOf(id: string, type: string) {
    const [row] = await db().query('SELECT payload, recipients FROM outbox_events WHERE type = $1 AND payload->>$2 = $3 ORDER BY id DESC LIMIT 1', [type, 'applicationId', id]);
    return row as { payload: Record<string, unknown>; recipients: unknown };
  }

  async function fill(user: TestUser, id: string, data: Record<string, unknown>, exceptionalRoute?: boolean) {
    const current = await user.client.get(`/api/v1/applications/${id}`);
    const res = await user.client.patch(`/api/v1/applications/${id}`, { version: current.body.version, data, exceptionalRoute });
    expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
  }

  /** A submitted file, made through the API as the applicant would (evidence rows direct). */
  async function submitted(options: { user?: TestUser; regionCode?: string; exceptional?: boolean; cycle?: Cycle; level?: TitleLevel } = {}) {
    const user = options.user ?? (await makeApplicant(app, api));
    const c = options.cycle ?? cycle;
    const created = await user.client.post('/api/v1/applications', { cycleId: c.id, level: options.level ?? 'intermediate', specialty: 'product_design' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const data = completeFormData(options.level ?? 'intermediate', { regionCode: options.regionCode, applicant: user.id });
    if (options.exceptional) {
      delete data.currentTitle; // fails every ordinary route
      data.recommenders = [
        { name: '专家甲', titleLevel: 'full_senior', employer: '重庆大学' },
        { name: '专家乙', titleLevel: 'full_senior', employer: '四川美术学院' },
      ];
    }
    await fill(user, id, data, options.exceptional);
    const eligibility = await user.client.get(`/api/v1/applications/${id}/eligibility`);
    const kinds = eligibility.body.evidence.required.flatMap((r: { kind: string; minCount: number }) => Array<string>(r.minCount).fill(r.kind));
    await addEvidenceRows(app, id, user.id, kinds);
    // Past its recommending unit (set-up; the unit's stage: unit-recommendation.e2e-spec.ts).
    const res = await submitToOffice(app, user.client, id);
    expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
    return { user, id, referenceNumber: res.body.referenceNumber as string };
  }

  describe('decisions', () => {
    it('returns a file with a reason and a deadline, takes its resubmission and accepts it, telling the applicant each time', async () => {
      const { user, id, referenceNumber } = await submitted();
      await smtp.waitFor(user.email, 1); // the receipt
      const deadline = new Date(Math.ceil((Date.now() + 5 * DAY) / 60000) * 60000);
      const returned = await decide(admin, id, { decision: 'return', reason: 'The employer notice lacks its stamp', correctionDeadline: deadline.toISOString() });
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({ status: 'returned', statusReason: 'The employer notice lacks its stamp', correctionDeadline: deadline.toISOString() });
      expect((await payloadOf(id, 'application.returned')).payload).toEqual({
        applicationId: id,
        referenceNumber,
        reason: 'The employer notice lacks its stamp',
        correctionDeadline: shanghai(deadline),
      });
      const returnMail = (await smtp.waitFor(user.email, 2)).find((m) => m.text.includes('The employer notice lacks its stamp'));
      expect(returnMail).toBeDefined();
      expect(returnMail!.text).toContain(shanghai(deadline));

      const resubmitted = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(resubmitted.body).toMatchObject({ status: 'submitted', referenceNumber });

      const accepted = await decide(admin, id, { decision: 'accept' });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'in_review', statusReason: null });
      expect(await trail(id)).toEqual({
        status: 'in_review',
        history: ['created', 'submitted', 'returned', 'resubmitted', 'accepted'],
        audit: ['application.submitted', 'application.returned', 'application.resubmitted', 'application.accepted'],
        events: ['application.submitted', 'application.returned', 'application.submitted', 'application.accepted'],
      });
      // Messages are delivered by concurrent jobs: find each by what it says, not by its place.
      const mails = await smtp.waitFor(user.email, 4);
      const acceptMail = mails.find((m) => m.subject.includes('passed the qualification check'));
      expect(acceptMail?.text).toContain(referenceNumber);
    });

    it('returns with the default deadline of 10 days when the admin gives none', async () => {
      const { id } = await submitted();
      const before = Date.now();
      const res = await decide(admin, id, { decision: 'return', reason: 'Blurred ID scan' });
      expect(res.status).toBe(200);
      const deadline = new Date(res.body.correctionDeadline).getTime();
      expect(deadline - before).toBeGreaterThanOrEqual(10 * DAY);
      expect(deadline - Date.now()).toBeLessThanOrEqual(10 * DAY);
    });

    it('rejects a file with a reason, naming the stage and the appeal deadline (15 days) in its message', async () => {
      const { user, id, referenceNumber } = await submitted();
      const before = Date.now();
      const res = await decide(admin, id, { decision: 'reject', reason: 'The design achievements are not the applicant’s own' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'rejected', statusReason: 'The design achievements are not the applicant’s own' });
      const { payload, recipients } = await payloadOf(id, 'application.rejected');
      expect(recipients).toEqual([{ userId: user.id }]);
      expect(payload).toMatchObject({ applicationId: id, referenceNumber, stage: 'qualification_review', reason: 'The design achievements are not the applicant’s own' });
      expect([shanghai(new Date(before + 15 * DAY)), shanghai(new Date(Date.now() + 15 * DAY))]).toContain(payload.appealDeadline);
      expect((await trail(id)).history).toEqual(['created', 'submitted', 'rejected']);
      const mails = await smtp.waitFor(user.email, 2);
      const rejectMail = mails.find((m) => m.text.includes(String(payload.appealDeadline)));
      expect(rejectMail?.text).toContain('qualification check');
      // Nothing further is decided on a rejected file.
      const again = await decide(admin, id, { decision: 'accept' });
      expect([again.status, again.body.code, again.body.details]).toEqual([409, 'INVALID_TRANSITION', { status: 'rejected' }]);
    });

    it('refuses to accept an exceptional-route file without confirmExceptional, and accepts it with', async () => {
      const { id } = await submitted({ exceptional: true });
      const refused = await decide(admin, id, { decision: 'accept' });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('CONFIRMATION_REQUIRED');
      expect(refused.body.details).toEqual([expect.objectContaining({ path: 'confirmExceptional', code: 'EXCEPTIONAL_ROUTE_CONFIRMATION_REQUIRED' })]);
      expect((await decide(admin, id, { decision: 'accept', confirmExceptional: false })).status).toBe(422);
      expect(await trail(id)).toMatchObject({ status: 'submitted', history: ['created', 'submitted'] });

      const accepted = await decide(admin, id, { decision: 'accept', confirmExceptional: true });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'in_review', exceptionalRoute: true });
      const [row] = await db().query("SELECT data FROM application_history WHERE application_id = $1 AND action = 'accepted'", [id]);
      expect(row.data).toEqual({ confirmedExceptional: true, confirmedEntrustment: false });
    });

    it('refuses to accept a cross-provincial file without confirmEntrustment, and accepts it with', async () => {
      const { id } = await submitted({ regionCode: '440305' });
      const refused = await decide(admin, id, { decision: 'accept', confirmExceptional: true });
      expect(refused.status).toBe(422);
      expect(refused.body.details).toEqual([expect.objectContaining({ path: 'confirmEntrustment', code: 'ENTRUSTMENT_CONFIRMATION_REQUIRED' })]);
      expect((await trail(id)).status).toBe('submitted');
      const accepted = await decide(admin, id, { decision: 'accept', confirmEntrustment: true });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'in_review', crossProvincial: true, homeProvince: '44' });
    });

    it('names both confirmations when a file needs both', async () => {
      const { id } = await submitted({ regionCode: '440305', exceptional: true });
      const refused = await decide(admin, id, { decision: 'accept' });
      expect(refused.status).toBe(422);
      expect(refused.body.details.map((d: { path: string }) => d.path)).toEqual(['confirmExceptional', 'confirmEntrustment']);
      expect((await decide(admin, id, { decision: 'accept', confirmExceptional: true, confirmEntrustment: true })).status).toBe(200);
    });

    it('answers 400 naming the field for a return or rejection without a reason, a past deadline, or an unknown decision', async () => {
      const { id } = await submitted();
      for (const body of [{ decision: 'return' }, { decision: 'reject' }, { decision: 'reject', reason: '   ' }, { decision: 'return', reason: null }]) {
        const res = await decide(admin, id, body);
        expect([res.status, res.body.code, res.body.details?.[0]?.path]).toEqual([400, 'VALIDATION_FAILED', 'reason']);
      }
      const past = await decide(admin, id, { decision: 'return', reason: 'late', correctionDeadline: new Date(Date.now() - DAY).toISOString() });
      expect([past.status, past.body.details?.[0]?.path]).toEqual([400, 'correctionDeadline']);
      const unknown = await decide(admin, id, { decision: 'approve' });
      expect([unknown.status, unknown.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(await trail(id)).toMatchObject({ status: 'submitted', history: ['created', 'submitted'] });
    });

    it('lets exactly one of 10 concurrent decisions by two admins win; the others answer 409 INVALID_TRANSITION', async () => {
      const { id } = await submitted();
      const answers = await Promise.all(
        Array.from({ length: CONCURRENT }, (_, i) =>
          decide(i % 2 ? admin : otherAdmin, id, i % 3 === 0 ? { decision: 'reject', reason: `reject ${i}` } : i % 3 === 1 ? { decision: 'accept' } : { decision: 'return', reason: `return ${i}` }),
        ),
      );
      const won = answers.filter((a) => a.status === 200);
      expect(won).toHaveLength(1);
      const status = won[0].body.status as string;
      expect(answers.filter((a) => a.status !== 200).map((a) => [a.status, a.body.code, a.body.details?.status])).toEqual(
        Array(CONCURRENT - 1).fill([409, 'INVALID_TRANSITION', status]),
      );
      const after = await trail(id);
      expect(after.status).toBe(status);
      expect(after.history).toHaveLength(3);
      expect(after.audit).toHaveLength(2);
      expect(after.events).toHaveLength(2);
    });
  });

  describe('who may decide', () => {
    it('refuses the admin routes to applicants and reviewers (403)', async () => {
      const { user, id } = await submitted();
      const reviewer = await makeReviewer(app, api);
      for (const who of [user, reviewer]) {
        const list = await who.client.get('/api/v1/admin/qualification');
        expect(list.status).toBe(403);
        const res = await decide(who, id, { decision: 'accept' });
        expect(res.status).toBe(403);
      }
      expect((await api.get('/api/v1/admin/qualification')).status).toBe(401);
      expect((await trail(id)).status).toBe('submitted');
    });

    it("hides an admin's own file from their queue and answers 404 when they decide it; another admin decides it", async () => {
      const own = await makeUser(app, api, { roles: ['applicant', 'admin'] });
      const c = await makeOpenCycle(app);
      const { id } = await submitted({ user: own, cycle: c });
      for (const decision of [{ decision: 'accept' }, { decision: 'reject', reason: 'mine' }, { decision: 'return', reason: 'mine' }]) {
        const res = await decide(own, id, decision);
        expect([res.status, res.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
      }
      expect((await own.client.get(`/api/v1/admin/qualification?cycleId=${c.id}`)).body.items).toEqual([]);
      expect((await admin.client.get(`/api/v1/admin/qualification?cycleId=${c.id}`)).body.items.map((i: { id: string }) => i.id)).toEqual([id]);
      expect((await decide(admin, id, { decision: 'accept' })).status).toBe(200);
    });

    it('answers 404 for a file that does not exist', async () => {
      const res = await decide(admin, '00000000-0000-4000-8000-000000000000', { decision: 'accept' });
      expect([res.status, res.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    });
  });

  describe('the queue', () => {
    it('lists submitted files oldest submission first with eligibility, flags, confirmations and evidence, page by page', async () => {
      const c = await makeOpenCycle(app);
      const first = await submitted({ cycle: c });
      const second = await submitted({ cycle: c, regionCode: '440305' });
      const third = await submitted({ cycle: c, exceptional: true });
      const returned = await submitted({ cycle: c });
      expect((await decide(admin, returned.id, { decision: 'return', reason: 'not in the queue while returned' })).status).toBe(200);

      const page1 = await admin.client.get(`/api/v1/admin/qualification?cycleId=${c.id}&limit=2`);
      expect(page1.status).toBe(200);
      expect(page1.body.items.map((i: { id: string }) => i.id)).toEqual([first.id, second.id]);
      expect(page1.body.nextCursor).toEqual(expect.any(String));
      const page2 = await admin.client.get(`/api/v1/admin/qualification?cycleId=${c.id}&limit=2&cursor=${encodeURIComponent(page1.body.nextCursor)}`);
      expect(page2.body).toMatchObject({ items: [{ id: third.id }], nextCursor: null });

      const [a, b] = page1.body.items;
      expect(a).toMatchObject({ status: 'submitted', referenceNumber: first.referenceNumber, crossProvincial: false, exceptionalRoute: false, confirmations: { exceptional: false, entrustment: false } });
      expect(a.eligibility).toMatchObject({ eligible: true, evidence: { missing: [] } });
      expect(a.evidence.length).toBeGreaterThan(0);
      expect(a.evidence[0]).toEqual({ id: expect.any(String), kind: expect.any(String), originalName: expect.any(String), mediaType: 'application/pdf', sizeBytes: 1000, uploadedAt: expect.any(String) });
      expect(b).toMatchObject({ crossProvincial: true, homeProvince: '44', confirmations: { exceptional: false, entrustment: true } });
      expect(b.evidence.map((e: { kind: string }) => e.kind)).toContain('entrustment_letter');
      expect(page2.body.items[0]).toMatchObject({ exceptionalRoute: true, requiresAdminConfirmation: true, confirmations: { exceptional: true, entrustment: false } });
      expect(page2.body.items[0].evidence.filter((e: { kind: string }) => e.kind === 'expert_recommendation')).toHaveLength(2);
      // The confirmations as a list the page renders: each names its decision field and what it confirms, in both languages.
      expect(a.requiredConfirmations).toEqual([]);
      expect(b.requiredConfirmations).toEqual([{ field: 'confirmEntrustment', label: { 'zh-CN': expect.stringContaining('委托'), en: expect.stringContaining('entrustment') } }]);
      expect(page2.body.items[0].requiredConfirmations.map((r: { field: string }) => r.field)).toEqual(['confirmExceptional']);
      expect(page1.body.defaultCorrectionDays).toBe(10);

      // Decided files leave the queue.
      expect((await decide(admin, first.id, { decision: 'accept' })).status).toBe(200);
      const after = await admin.client.get(`/api/v1/admin/qualification?cycleId=${c.id}`);
      expect(after.body.items.map((i: { id: string }) => i.id)).toEqual([second.id, third.id]);
      expect((await admin.client.get('/api/v1/admin/qualification?cursor=nope')).status).toBe(400);
    });

    it('is served by the (status, submitted_at, id) index', async () => {
      const plan = await db().transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        const rows = await manager.query("EXPLAIN SELECT id FROM applications WHERE status = 'submitted' ORDER BY submitted_at, id LIMIT 21");
        return rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('applications_status_submitted_idx');
      expect(plan).not.toMatch(/Sort/);
    });
  });

  describe('overdue corrections', () => {
    it('closes a returned file not resubmitted by its deadline as rejected, once, across two workers running at once, and tells the applicant', async () => {
      const overdue = await submitted();
      const inTime = await submitted();
      const deadline = new Date(Math.ceil((Date.now() + DAY) / 60000) * 60000);
      for (const f of [overdue, inTime]) {
        expect((await decide(admin, f.id, { decision: 'return', reason: 'Add the missing page', correctionDeadline: deadline.toISOString() })).status).toBe(200);
      }
      // One applicant resubmits in time; the other does not.
      expect((await inTime.user.client.post(`/api/v1/applications/${inTime.id}/submit`, { declarationAccepted: true })).body.status).toBe('submitted');

      const clockA = new ManualClock(new Date(deadline.getTime() - 60_000));
      const clockB = new ManualClock(new Date(deadline.getTime() - 60_000));
      const workerA = await startWorker(env, { overrides: [{ provide: Clock, useValue: clockA }] });
      const workerB = await startWorker(env, { overrides: [{ provide: Clock, useValue: clockB }] });
      try {
        const runBoth = async () => {
          const counts = await Promise.all([workerA.get(ScheduleRunner).runNow('overdue-corrections'), workerB.get(ScheduleRunner).runNow('overdue-corrections')]);
          return counts[0] + counts[1];
        };
        expect(await runBoth()).toBe(0); // before the deadline
        clockA.set(deadline);
        clockB.set(deadline);
        expect(await runBoth()).toBe(0); // at the deadline the applicant may still resubmit
        const after = new Date(deadline.getTime() + 60_000);
        clockA.set(after);
        clockB.set(after);
        expect(await runBoth()).toBe(1);
        expect(await runBoth()).toBe(0);

        expect(await trail(overdue.id)).toEqual({
          status: 'rejected',
          history: ['created', 'submitted', 'returned', 'correction_overdue'],
          audit: ['application.submitted', 'application.returned', 'application.correction_overdue'],
          events: ['application.submitted', 'application.returned', 'application.rejected'],
        });
        expect((await trail(inTime.id)).status).toBe('submitted');
        const [history] = await db().query("SELECT actor_id, reason FROM application_history WHERE application_id = $1 AND action = 'correction_overdue'", [overdue.id]);
        expect(history.actor_id).toBeNull();
        expect(history.reason).toContain(shanghai(deadline));
        const { payload } = await payloadOf(overdue.id, 'application.rejected');
        expect(payload).toMatchObject({ applicationId: overdue.id, referenceNumber: overdue.referenceNumber, stage: 'correction_overdue', appealDeadline: shanghai(new Date(after.getTime() + 15 * DAY)) });
        expect(payload.reason).toContain('The correction deadline');

        const mails = await smtp.waitFor(overdue.user.email, 3);
        expect(mails.filter((m) => m.text.includes('The correction deadline'))).toHaveLength(1);
        // Closed: the applicant can no longer resubmit.
        const late = await overdue.user.client.post(`/api/v1/applications/${overdue.id}/submit`, { declarationAccepted: true });
        expect([late.status, late.body.code]).toEqual([409, 'INVALID_TRANSITION']);
      } finally {
        await workerA.close();
        await workerB.close();
      }
    });

    it('closes only the files overdue at the instant given, once (service level, real DB)', async () => {
      const f = await submitted();
      const deadline = new Date(Date.now() + 2 * DAY);
      const adminUser = (await app.get(UserDirectory).getAuthUser(admin.id))!;
      const service = app.get(QualificationService);
      await service.decide(adminUser, f.id, { decision: 'return', reason: 'Add the page', correctionDeadline: deadline });
      // Only files overdue at `now` are closed: nothing at the deadline itself.
      expect(await service.closeOverdueCorrections(deadline)).toBe(0);
      expect((await trail(f.id)).status).toBe('returned');
      expect(await service.closeOverdueCorrections(new Date(deadline.getTime() + 1))).toBe(1);
      expect(await service.closeOverdueCorrections(new Date(deadline.getTime() + 1))).toBe(0);
      expect((await trail(f.id)).status).toBe('rejected');
    });
  });
});
