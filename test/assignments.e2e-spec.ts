import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { randomBytes } from 'crypto';
import { Cycle } from '@app/applications';
import { AutoAssignRunsSchedule, AutoAssignRunsService, ConflictsService, DeclaredRelationsService, ReviewerProfileInput } from '@app/review';
import {
  ApiClient,
  autoAssignAndWait,
  forceTransition,
  makeOpenCycle,
  makeReviewer,
  makeReviewerProfile,
  ServiceFactories,
  ServiceFileSpec,
  TestUser,
  usePortal,
  waitForAutoAssignRun,
} from '@app/testing';

const CODE_FILE = '91500103PB3LWF6F87';
const CODE_OTHER = '91440300MA5F000007';

describe('review assignment (e2e)', () => {
  // Automatic assignment runs in the worker.
  const portal = usePortal({ worker: true });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let admin: TestUser;
  let make: ServiceFactories;

  beforeAll(() => {
    ({ app, api, admin } = portal);
    make = new ServiceFactories(app);
  });

  const db = () => app.get(DataSource);

  /** Accounts inserted directly (no login needed): applicants, or reviewers only the admin acts on. */
  const users = (count: number, role: 'applicant' | 'reviewer') => make.users(count, role);

  /** A reviewer in the pool; `login` when the test acts as them. */
  async function reviewerWith(overrides: Partial<ReviewerProfileInput> = {}, login = false): Promise<{ id: string; user?: TestUser }> {
    const user = login ? await makeReviewer(app, api) : undefined;
    const id = user?.id ?? (await users(1, 'reviewer'))[0];
    await makeReviewerProfile(app, id, { employerName: `Reviewer Studio ${randomBytes(3).toString('hex')}`, employerCreditCode: null, ...overrides });
    return { id, user };
  }

  /** In_review files (test set-up): inserted as submitted, then moved by accept_qualification's own (from, to) pair; the qualification e2e covers the route. */
  const files = (cycle: Cycle, specs: ServiceFileSpec[]) => make.files(cycle, specs);
  const assign = (fileId: string, reviewerIds: string[]) => admin.client.post(`/api/v1/applications/${fileId}/assignments`, { reviewerIds });
  const autoAssign = (cycle: Cycle) => autoAssignAndWait(admin.client, cycle.id);
  const settled = (cycleId: string, runId: string) => waitForAutoAssignRun(admin.client, cycleId, runId);
  const activeOn = async (fileId: string): Promise<string[]> =>
    (await db().query("SELECT reviewer_id FROM review_assignments WHERE application_id = $1 AND status IN ('assigned', 'draft', 'submitted') ORDER BY reviewer_id", [fileId])).map(
      (r: { reviewer_id: string }) => r.reviewer_id,
    );
  const refusalCodes = (body: { code: string; details: { reviewerId: string; code: string; conflicts?: string[] }[] }) => ({ code: body.code, details: body.details.map((d) => [d.reviewerId, d.code, d.conflicts ?? []]) });

  describe('manual assignment', () => {
    let cycle: Cycle;
    beforeAll(async () => {
      cycle = await makeOpenCycle(app);
    });

    it('assigns valid reviewers, tells each one (review.assigned) and audits each assignment', async () => {
      const [file] = await files(cycle, [{ level: 'associate_senior' }]);
      const a = await reviewerWith();
      const b = await reviewerWith({ maxLevel: 'associate_senior' });
      const res = await assign(file.id, [a.id, b.id]);
      expect(res.status).toBe(201);
      expect(res.body.items.map((i: { reviewerId: string; status: string }) => [i.reviewerId, i.status])).toEqual([
        [a.id, 'assigned'],
        [b.id, 'assigned'],
      ]);
      expect(await activeOn(file.id)).toEqual([a.id, b.id].sort());
      const [event] = await db().query("SELECT recipients, payload FROM outbox_events WHERE type = 'review.assigned' AND payload->>'assignmentId' = $1", [res.body.items[0].id]);
      expect(event.recipients).toEqual([{ userId: a.id }]);
      expect(event.payload).toMatchObject({ level: 'associate_senior', specialty: 'product_design', 'cycleName@en': cycle.nameEn, 'cycleName@zh-CN': cycle.nameZh });
      expect(event.payload.referenceNumber).toMatch(new RegExp(`^${cycle.code}-T-`));
      const audit = await db().query("SELECT actor_id, data FROM audit_log WHERE action = 'review.assigned' AND entity_id = $1 ORDER BY id", [file.id]);
      expect(audit.map((r: { actor_id: string; data: { reviewerId: string } }) => [r.actor_id, r.data.reviewerId])).toEqual([
        [admin.id, a.id],
        [admin.id, b.id],
      ]);
    });

    it('lists the pool with each reviewer’s name, e-mail and load: open reviews everywhere, and the load counted against the cap in a cycle', async () => {
      const [file, second] = await files(cycle, [{}, {}]);
      const r = await reviewerWith({}, true);
      expect((await assign(file.id, [r.id])).status).toBe(201);
      expect((await assign(second.id, [r.id])).status).toBe(201);
      const find = async (query: string) => {
        for (let cursor: string | null = null; ; ) {
          const page: { status: number; body: { items: { userId: string }[]; nextCursor: string | null } } = await admin.client.get(`/api/v1/admin/reviewers?limit=100${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          expect(page.status).toBe(200);
          const hit = page.body.items.find((p: { userId: string }) => p.userId === r.id);
          if (hit || !page.body.nextCursor) return hit;
          cursor = page.body.nextCursor;
        }
      };
      expect(await find(`&cycleId=${cycle.id}`)).toMatchObject({ userId: r.id, fullName: expect.any(String), email: r.user!.email, openReviews: 2, cycleLoad: 2 });
      const other = await makeOpenCycle(app, { code: `L${randomBytes(3).toString('hex').toUpperCase()}-ID` });
      expect(await find(`&cycleId=${other.id}`)).toMatchObject({ openReviews: 2, cycleLoad: 0 });
      expect(await find('')).toMatchObject({ openReviews: 2, cycleLoad: 0 });
      expect((await admin.client.get('/api/v1/admin/reviewers?cycleId=nope')).status).toBe(400);
    });

    // The refusal matrix (every conflict kind, level, activity, specialty, pool, cap, duplicates,
    // concurrent caps) is test/service/assignments.service-spec.ts; this proves the HTTP wiring.
    it('answers a refused reviewer with 422 ASSIGNMENT_REFUSED naming reviewerIds[i] and the conflict, and assigns nobody of the request', async () => {
      const [file] = await files(cycle, [{ creditCode: CODE_FILE }]);
      const clean = await reviewerWith();
      const sameCode = await reviewerWith({ employerCreditCode: CODE_FILE });
      const res = await assign(file.id, [clean.id, sameCode.id]);
      expect({ status: res.status, ...refusalCodes(res.body) }).toEqual({
        status: 422,
        code: 'ASSIGNMENT_REFUSED',
        details: [[sameCode.id, 'REVIEWER_CONFLICT_OF_INTEREST', ['SAME_EMPLOYER_CREDIT_CODE']]],
      });
      expect(res.body.details[0].path).toBe('reviewerIds[1]');
      expect(await activeOn(file.id)).toEqual([]);
    });

    it('refuses, and automatic assignment skips, a reviewer whose account was disabled or lost the reviewer role', async () => {
      const own = await makeOpenCycle(app, { code: `D${randomBytes(3).toString('hex').toUpperCase()}-ID` });
      const [file] = await files(own, [{}]);
      const disabled = await reviewerWith();
      const demoted = await reviewerWith();
      await reviewerWith(); // someone automatic assignment can pick, whatever ran before
      expect((await admin.client.patch(`/api/v1/admin/users/${disabled.id}`, { status: 'disabled' })).status).toBe(200);
      expect((await admin.client.patch(`/api/v1/admin/users/${demoted.id}`, { roles: ['applicant'] })).status).toBe(200);
      const refused = await assign(file.id, [disabled.id, demoted.id]);
      expect({ status: refused.status, ...refusalCodes(refused.body) }).toEqual({
        status: 422,
        code: 'ASSIGNMENT_REFUSED',
        details: [
          [disabled.id, 'REVIEWER_INACTIVE', []],
          [demoted.id, 'REVIEWER_INACTIVE', []],
        ],
      });
      expect((await autoAssign(own)).run.status).toBe('done');
      const picked = await activeOn(file.id);
      expect(picked.length).toBeGreaterThan(0);
      expect(picked).not.toContain(disabled.id);
      expect(picked).not.toContain(demoted.id);
    });

    it('assigns only to a file in review (409 with its status), 404 for an unknown file, 403 for a non-admin', async () => {
      const reviewer = await reviewerWith({}, true);
      const [file] = await files(cycle, [{}]);
      await forceTransition(app, file.id, 'complete_review');
      const res = await assign(file.id, [reviewer.id]);
      expect([res.status, res.body.code, res.body.details]).toEqual([409, 'APPLICATION_NOT_IN_REVIEW', { status: 'reviewed' }]);
      expect((await assign('00000000-0000-4000-8000-000000000000', [reviewer.id])).status).toBe(404);
      expect((await reviewer.user!.client.post(`/api/v1/applications/${file.id}/assignments`, { reviewerIds: [reviewer.id] })).status).toBe(403);
    });

    it('withdraws an assignment (slot open again), but not twice nor once submitted', async () => {
      const [file] = await files(cycle, [{}]);
      const [a, b, c] = [await reviewerWith(), await reviewerWith(), await reviewerWith()];
      const { body } = await assign(file.id, [a.id, b.id]);
      const [ida, idb] = body.items.map((i: { id: string }) => i.id);
      expect((await admin.client.delete(`/api/v1/applications/${file.id}/assignments/${ida}`)).status).toBe(204);
      expect(await activeOn(file.id)).toEqual([b.id]);
      const again = await admin.client.delete(`/api/v1/applications/${file.id}/assignments/${ida}`);
      expect([again.status, again.body.code]).toEqual([409, 'ASSIGNMENT_NOT_ACTIVE']);
      await db().query("UPDATE review_assignments SET status = 'submitted' WHERE id = $1", [idb]);
      const submitted = await admin.client.delete(`/api/v1/applications/${file.id}/assignments/${idb}`);
      expect([submitted.status, submitted.body.details]).toEqual([409, { status: 'submitted' }]);
      const [otherFile] = await files(cycle, [{}]);
      expect((await admin.client.delete(`/api/v1/applications/${otherFile.id}/assignments/${idb}`)).status).toBe(404);
      // The withdrawn reviewer's place can be taken, and they can be put back.
      expect((await assign(file.id, [c.id, a.id])).status).toBe(201);
      expect(await activeOn(file.id)).toEqual([a.id, b.id, c.id].sort());
    });
  });

  describe('automatic assignment', () => {
    it('skips every conflict kind and still staffs each file', async () => {
      const cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
      const spec = { specialties: ['visual_communication'], maxLoadPerCycle: 20 };
      const applicantReviewer = (await users(1, 'reviewer'))[0];
      await db().query("UPDATE users SET roles = '{applicant,reviewer}' WHERE id = $1", [applicantReviewer]);
      await makeReviewerProfile(app, applicantReviewer, { ...spec, employerName: 'Own Studio', employerCreditCode: null });
      const sameCode = await reviewerWith({ ...spec, employerCreditCode: CODE_FILE });
      const sameName = await reviewerWith({ ...spec, employerName: '上海某某设计有限公司' });
      const relatedUser = await reviewerWith(spec);
      const relatedPerson = await reviewerWith(spec);
      const clean = [await reviewerWith(spec), await reviewerWith(spec), await reviewerWith(spec)];
      const [byCode, byName, byUser, byPerson, own] = await files(cycle, [
        { specialty: 'visual_communication', creditCode: CODE_FILE },
        { specialty: 'visual_communication', employerName: '上海某某设计股份有限公司' },
        { specialty: 'visual_communication' },
        { specialty: 'visual_communication', applicantName: 'Zhang San' },
        { specialty: 'visual_communication', applicantId: applicantReviewer },
      ]);
      const relations = app.get(DeclaredRelationsService);
      await relations.declare(relatedUser.id, { kind: 'coauthor', partyType: 'user', userId: byUser.applicantId, note: 'Co-designed' }, { id: admin.id });
      await relations.declare(relatedPerson.id, { kind: 'relative', partyType: 'person', personName: 'zhang  san', note: 'Relative' }, { id: admin.id });

      const res = await autoAssign(cycle);
      expect(res.status).toBe(202);
      expect(res.summary).toMatchObject({ files: 5, filesLacking: 5, assigned: 15, shortfalls: [] });
      const forbidden: [string, string][] = [
        [byCode.id, sameCode.id],
        [byName.id, sameName.id],
        [byUser.id, relatedUser.id],
        [byPerson.id, relatedPerson.id],
        [own.id, applicantReviewer],
      ];
      for (const [fileId, reviewerId] of forbidden) {
        const on = await activeOn(fileId);
        expect(on).toHaveLength(3);
        expect(on).not.toContain(reviewerId);
      }
      // And by the conflicts service itself: no assigned pair conflicts.
      const pairs: { application_id: string; reviewer_id: string }[] = await db().query('SELECT application_id, reviewer_id FROM review_assignments WHERE cycle_id = $1', [cycle.id]);
      const facts = await db().query(
        `SELECT id AS "applicationId", applicant_id AS "applicantId", applicant_name AS "applicantName", employer_name AS "employerName",
                data #>> '{employer,creditCode}' AS "employerCreditCode" FROM applications WHERE cycle_id = $1`,
        [cycle.id],
      );
      const involved = [applicantReviewer, sameCode.id, sameName.id, relatedUser.id, relatedPerson.id, ...clean.map((c) => c.id)];
      const conflicting = await app.get(ConflictsService).checkMany([...new Set([...involved, ...pairs.map((p) => p.reviewer_id)])], facts);
      const assignedPairs = new Set(pairs.map((p) => `${p.application_id}/${p.reviewer_id}`));
      expect(conflicting.filter((c) => assignedPairs.has(`${c.applicationId}/${c.reviewerId}`))).toEqual([]);
      expect(conflicting.map((c) => `${c.applicationId}/${c.reviewerId}`).sort()).toEqual(forbidden.map(([f, r]) => `${f}/${r}`).sort());
    });

    it('fills only the open slots: an active assignment counts, and a reviewer who declined or was withdrawn is not picked for that file again', async () => {
      // Four reviewers are the whole pool for this specialty; they leave it at the end, so the
      // shortfall test below still finds nobody for it.
      const cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
      const spec = { specialties: ['fashion_design'], maxLoadPerCycle: 20 };
      const [kept, declined, withdrawn, fresh] = [await reviewerWith(spec), await reviewerWith(spec, true), await reviewerWith(spec), await reviewerWith(spec)];
      try {
        const [file] = await files(cycle, [{ specialty: 'fashion_design' }]);
        const { body } = await assign(file.id, [kept.id, declined.id, withdrawn.id]);
        const idOf = new Map<string, string>(body.items.map((i: { id: string; reviewerId: string }) => [i.reviewerId, i.id]));
        expect((await declined.user!.client.post(`/api/v1/reviews/${idOf.get(declined.id)}/decline`, { reason: 'unavailable' })).status).toBe(200);
        expect((await admin.client.delete(`/api/v1/applications/${file.id}/assignments/${idOf.get(withdrawn.id)}`)).status).toBe(204);

        const res = await autoAssign(cycle);
        // Two slots open; of the four only `fresh` may take one.
        expect(res.summary).toEqual({
          cycleId: cycle.id,
          files: 1,
          filesLacking: 1,
          assigned: 1,
          shortfalls: [{ applicationId: file.id, needed: 2, assigned: 1, reason: 'TOO_FEW_REVIEWERS_WITHOUT_CONFLICT' }],
        });
        expect(await activeOn(file.id)).toEqual([kept.id, fresh.id].sort());
      } finally {
        for (const r of [kept, declined, withdrawn, fresh]) await makeReviewerProfile(app, r.id, { ...spec, active: false });
      }
    });

    describe('200 files and 30 reviewers with caps', () => {
      const CAP = 25;
      let reviewers: { id: string; user?: TestUser }[];
      const levels = (n: number): ServiceFileSpec[] => Array.from({ length: n }, (_, i) => ({ specialty: 'experience_design', level: i % 5 === 0 ? 'associate_senior' : 'intermediate' }));
      // 160 intermediate files x 3 + 40 associate_senior files x 5.
      const SLOTS = 160 * 3 + 40 * 5;

      beforeAll(async () => {
        reviewers = [];
        for (let i = 0; i < 30; i++) reviewers.push(await reviewerWith({ specialties: ['experience_design'], maxLevel: 'full_senior', maxLoadPerCycle: CAP }, i < 2));
      });

      async function check(cycle: Cycle, fileIds: string[]) {
        const perFile: { application_id: string; level: string; n: number; distinct: number }[] = await db().query(
          `SELECT r.application_id, a.level, count(*)::int AS n, count(DISTINCT r.reviewer_id)::int AS distinct
             FROM review_assignments r JOIN applications a ON a.id = r.application_id
            WHERE r.cycle_id = $1 AND r.status IN ('assigned', 'draft', 'submitted') GROUP BY r.application_id, a.level`,
          [cycle.id],
        );
        expect(perFile).toHaveLength(fileIds.length);
        for (const f of perFile) expect([f.n, f.distinct]).toEqual(f.level === 'associate_senior' ? [5, 5] : [3, 3]);
        const loads: number[] = (
          await db().query(
            "SELECT count(*)::int AS n FROM review_assignments WHERE cycle_id = $1 AND status IN ('assigned', 'draft', 'submitted') AND reviewer_id = ANY($2::uuid[]) GROUP BY reviewer_id",
            [cycle.id, reviewers.map((r) => r.id)],
          )
        ).map((r: { n: number }) => r.n);
        expect(loads).toHaveLength(30);
        expect(Math.max(...loads)).toBeLessThanOrEqual(CAP);
        // 680 slots over 30 reviewers: 22 or 23 each.
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      }

      it('staffs every file, nobody over cap, load spread within 1, an audit entry per run; a second run assigns nothing', async () => {
        const cycle = await makeOpenCycle(app);
        const made = await files(cycle, levels(200));
        const [{ mark }] = await db().query('SELECT coalesce(max(id), 0) AS mark FROM outbox_events');
        const first = await autoAssign(cycle);
        expect([first.status, first.run.status]).toEqual([202, 'done']);
        expect(first.summary).toEqual({ cycleId: cycle.id, files: 200, filesLacking: 200, assigned: SLOTS, shortfalls: [] });
        await check(
          cycle,
          made.map((f) => f.id),
        );
        const second = await autoAssign(cycle);
        expect(second.run.id).not.toBe(first.run.id);
        expect(second.summary).toEqual({ cycleId: cycle.id, files: 200, filesLacking: 0, assigned: 0, shortfalls: [] });
        const audit = await db().query("SELECT actor_id, data FROM audit_log WHERE action = 'review.auto_assigned' AND entity_id = $1 ORDER BY id", [cycle.id]);
        expect(audit.map((r: { actor_id: string; data: { assigned: number } }) => [r.actor_id, r.data.assigned])).toEqual([
          [admin.id, SLOTS],
          [admin.id, 0],
        ]);
        // The run told each reviewer it staffed once, by a digest counting their files; no message per assignment.
        const [{ events }] = await db().query(
          "SELECT count(*)::int AS events FROM outbox_events e JOIN review_assignments r ON r.id::text = e.payload->>'assignmentId' WHERE e.type = 'review.assigned' AND r.cycle_id = $1",
          [cycle.id],
        );
        expect(events).toBe(0);
        const loads: { reviewer_id: string; n: number }[] = await db().query('SELECT reviewer_id, count(*)::int AS n FROM review_assignments WHERE cycle_id = $1 GROUP BY reviewer_id', [cycle.id]);
        const digests: { recipients: { userId: string }[]; payload: Record<string, string | number> }[] = await db().query(
          "SELECT recipients, payload FROM outbox_events WHERE type = 'review.assigned_digest' AND id > $1",
          [mark],
        );
        expect(digests.map((d) => [d.recipients[0].userId, d.payload.assignedCount]).sort()).toEqual(loads.map((l) => [l.reviewer_id, l.n]).sort());
        const [busiest] = digests.sort((a, b) => Number(b.payload.assignedCount) - Number(a.payload.assignedCount));
        const theirs: { reference_number: string }[] = await db().query(
          'SELECT a.reference_number FROM review_assignments r JOIN applications a ON a.id = r.application_id WHERE r.cycle_id = $1 AND r.reviewer_id = $2',
          [cycle.id, busiest.recipients[0].userId],
        );
        const more = Math.max(0, theirs.length - 20);
        const text = String(busiest.payload['references@en']);
        if (more) expect(text).toMatch(new RegExp(` and ${more} more$`));
        const named = text.replace(/ and \d+ more$/, '').split(', ');
        expect(named).toHaveLength(Math.min(theirs.length, 20));
        expect(theirs.map((f) => f.reference_number)).toEqual(expect.arrayContaining(named));

        // The assigned reviewer declines (unavailable): the slot opens and the next run fills it with someone else.
        const decliner = reviewers[0];
        const [mine] = await db().query('SELECT id, application_id FROM review_assignments WHERE cycle_id = $1 AND reviewer_id = $2 ORDER BY id LIMIT 1', [cycle.id, decliner.id]);
        const stranger = await reviewers[1].user!.client.post(`/api/v1/reviews/${mine.id}/decline`, { reason: 'unavailable' });
        expect(stranger.status).toBe(404);
        expect((await admin.client.post(`/api/v1/reviews/${mine.id}/decline`, { reason: 'unavailable' })).status).toBe(403);
        const declined = await decliner.user!.client.post(`/api/v1/reviews/${mine.id}/decline`, { reason: 'unavailable', note: 'On leave' });
        expect([declined.status, declined.body]).toEqual([200, { relationId: null }]);
        expect(await activeOn(mine.application_id)).not.toContain(decliner.id);
        const refill = await autoAssign(cycle);
        expect(refill.summary).toMatchObject({ filesLacking: 1, assigned: 1, shortfalls: [] });
        const after = await activeOn(mine.application_id);
        expect(after).not.toContain(decliner.id);
        expect(after.length).toBeGreaterThanOrEqual(3);
        const again = await decliner.user!.client.post(`/api/v1/reviews/${mine.id}/decline`, { reason: 'unavailable' });
        expect([again.status, again.body.code]).toEqual([409, 'ASSIGNMENT_NOT_ACTIVE']);
      });

      it('two requests at once give the same guarantees: one run staffs the cycle, a second (if any) finds nothing missing', async () => {
        const cycle = await makeOpenCycle(app);
        const made = await files(cycle, levels(200));
        const [a, b] = await Promise.all([autoAssign(cycle), autoAssign(cycle)]);
        expect([a.status, b.status]).toEqual([202, 202]);
        // While a run is queued or running the second request gets that run; a request after it ends gets a new one.
        const assignedByRun = new Map([a, b].map((r) => [r.run.id, r.summary.assigned]));
        expect([...assignedByRun.values()].sort((x, y) => x - y)).toEqual(assignedByRun.size === 1 ? [SLOTS] : [0, SLOTS]);
        await check(
          cycle,
          made.map((f) => f.id),
        );
      });

      it('reports files it cannot staff, with the reason', async () => {
        const cycle = await makeOpenCycle(app);
        const [fashion] = await files(cycle, [{ specialty: 'fashion_design' }]);
        const res = await autoAssign(cycle);
        expect(res.summary).toEqual({ cycleId: cycle.id, files: 1, filesLacking: 1, assigned: 0, shortfalls: [{ applicationId: fashion.id, needed: 3, assigned: 0, reason: 'NO_ELIGIBLE_REVIEWER' }] });
        const unknown = await autoAssign({ ...cycle, id: '00000000-0000-4000-8000-000000000000' });
        expect([unknown.status, (unknown.run as unknown as { code: string }).code]).toEqual([404, 'CYCLE_NOT_FOUND']);
      });

      it('runs a request whose job was never queued (Redis down at the time): the auto-assign-runs schedule queues it again, once', async () => {
        const cycle = await makeOpenCycle(app);
        await files(cycle, levels(10));
        // As the API leaves it when the queue cannot be reached: the run recorded, no job.
        const [{ id }] = await db().query(
          "INSERT INTO review_auto_assign_runs (cycle_id, requested_by, status, requested_at) VALUES ($1, $2, 'queued', now() - interval '2 minutes') RETURNING id",
          [cycle.id, admin.id],
        );
        const waiting = await admin.client.get(`/api/v1/cycles/${cycle.id}/auto-assign/${id}`);
        expect(waiting.body).toMatchObject({ id, status: 'queued', summary: null });
        // A new request meanwhile gets the pending run, not a second one.
        const again = await admin.client.post(`/api/v1/cycles/${cycle.id}/auto-assign`, {});
        expect([again.status, again.body.id]).toEqual([202, id]);
        const schedule = portal.worker.get(AutoAssignRunsSchedule);
        expect(await schedule.run(new Date())).toBe(1);
        const run = await settled(cycle.id, id);
        expect(run).toMatchObject({ status: 'done', error: null, summary: { files: 10, filesLacking: 10, assigned: 2 * 5 + 8 * 3 } });
        // Done: nothing to queue again, and a duplicate job changes nothing.
        expect(await schedule.run(new Date())).toBe(0);
        expect(await portal.worker.get(AutoAssignRunsService).execute(id, true)).toBeNull();
        const [{ attempts }] = await db().query('SELECT attempts FROM review_auto_assign_runs WHERE id = $1', [id]);
        expect(attempts).toBe(1);
      });

      it('shows a run only under its own cycle, and only to admins', async () => {
        const cycle = await makeOpenCycle(app);
        const other = await makeOpenCycle(app);
        const { run } = await autoAssign(cycle);
        expect((await admin.client.get(`/api/v1/cycles/${other.id}/auto-assign/${run.id}`)).status).toBe(404);
        const reviewer = reviewers[1].user!;
        expect((await reviewer.client.get(`/api/v1/cycles/${cycle.id}/auto-assign/${run.id}`)).status).toBe(403);
        expect((await reviewer.client.post(`/api/v1/cycles/${cycle.id}/auto-assign`, {})).status).toBe(403);
      });
    });
  });

  describe('declining for a conflict', () => {
    it('records the conflict as a declared relation naming the applicant, so the reviewer is never assigned to that applicant again', async () => {
      const cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
      const reviewer = await reviewerWith({ specialties: ['product_design'], employerCreditCode: CODE_OTHER }, true);
      const [file] = await files(cycle, [{}]);
      const { body } = await assign(file.id, [reviewer.id]);
      const res = await reviewer.user!.client.post(`/api/v1/reviews/${body.items[0].id}/decline`, { reason: 'conflict', note: 'Former student' });
      expect(res.status).toBe(200);
      const [relation] = await db().query('SELECT id, kind, party_type, party_user_id, note, recorded_by FROM reviewer_relations WHERE reviewer_id = $1', [reviewer.id]);
      expect(relation).toEqual({ id: res.body.relationId, kind: 'other', party_type: 'user', party_user_id: file.applicantId, note: 'Former student', recorded_by: reviewer.id });
      const [row] = await db().query('SELECT status, decline_reason, status_note FROM review_assignments WHERE id = $1', [body.items[0].id]);
      expect(row).toEqual({ status: 'declined', decline_reason: 'conflict', status_note: 'Former student' });
      const retry = await assign(file.id, [reviewer.id]);
      expect(refusalCodes(retry.body).details).toEqual([[reviewer.id, 'REVIEWER_CONFLICT_OF_INTEREST', ['DECLARED_RELATION']]]);
      const [audit] = await db().query("SELECT data FROM audit_log WHERE action = 'review.assignment_declined' AND entity_id = $1", [file.id]);
      expect(audit.data).toEqual({ assignmentId: body.items[0].id, reason: 'conflict', relationId: res.body.relationId });
    });
  });
});
