import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { AssignmentService } from '@app/review';
import {
  ApiClient,
  approveWithCertificate,
  CommitteeMemberFixture,
  confirmCalendarYears,
  exportAndDownload,
  forceTransition,
  HttpResult,
  makeAdmin,
  makeCommitteeMembers,
  makeOpenCycle,
  makeReviewerProfile,
  makeUser,
  statusOf,
  submitFile,
  TEST_PASSWORD,
  TestUser,
  usePortal,
  yearsFromToday,
} from '@app/testing';

/**
 * Issue 23, item 1: nobody handles their own file, whatever roles they hold (domain.md §2).
 *
 * An admin may also hold the applicant role (a staff member may be a designer too), but every
 * admin route that acts on or reads a file, or something hanging off one, treats their own file
 * as absent: acts answer 404 (as the qualification route always did), reads leave it out.
 *
 * The walk reads the running app's OpenAPI document (/docs-json) and needs a classification for
 * EVERY operation in it: an operation it does not know fails the test, so whoever adds a route
 * must say what it does with the admin's own file (and prove it here).
 */

const DAY = 24 * 3600 * 1000;
const SCORES = { professional_competence: '28', design_achievements: '36.5', academic_contributions: '15', continuing_development: '8' };

/** A meeting deciding one of the admin's own files and a stranger's, in a cycle of its own. */
interface MeetingFixture {
  id: string;
  ownFileId: string;
  strangerFileId: string;
  cycleId: string;
}

/** What the walk knows of the admin's own files and of a stranger's, in the states the operations need. */
interface World {
  self: TestUser;
  other: TestUser;
  /** Own file in review, with one assignment (its review submitted) made by the other admin. */
  inReview: { id: string; assignmentId: string; reviewId: string; cycleId: string };
  /** A stranger's file in review in the same cycle (must stay visible). */
  strangerInReview: { id: string; referenceNumber: string };
  /** Own file submitted (waiting for qualification). */
  submitted: { id: string; cycleId: string };
  /** A meeting scheduled (not yet opened) with the own file and a stranger's. */
  scheduledMeeting: MeetingFixture;
  /** A meeting, opened and tallied by the other admin, not closed. */
  openMeeting: MeetingFixture;
  /** A closed meeting whose minutes hold the own file and a stranger's. */
  closedMeeting: MeetingFixture;
  /** An open objection to the own file on notice, and one to a stranger's. */
  objection: { id: string; strangerId: string; applicationId: string };
  /** An open appeal of the own rejected file. */
  appeal: { id: string; applicationId: string };
  /** The own approved file with its certificate. */
  approved: { id: string };
  reviewerIds: string[];
}

type Check = (w: World) => Promise<void>;
/** How an operation treats the admin's own file. */
type Classification =
  /** The admin acting on their own file: 404 (or, for a new agenda, the entry refused as unknown). */
  | { kind: 'act'; run: Check }
  /** The admin reading: their own file is left out (and a stranger's is there). */
  | { kind: 'read'; run: Check }
  /** The applicant's own route: the admin-applicant uses it as the file's owner, with the owner's view. */
  | { kind: 'owner'; why: string; run?: Check }
  /** An admin cannot call it (another role's route): 403 to the admin-applicant. */
  | { kind: 'not-admin'; method: string; path: string }
  /** No file in it (public, own account, configuration, or aggregates). */
  | { kind: 'no-file'; why: string };

describe('nobody handles their own file (e2e, every OpenAPI operation)', () => {
  const portal = usePortal({ env: { COMMITTEE_MIN_SIZE_SPECIALTY: '3' } });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let world: World;
  let document: { paths: Record<string, Record<string, unknown>> };
  const db = () => app.get(DataSource);

  const expectOk = (res: HttpResult, status = 200) => expect({ status: res.status, body: res.status === status ? 'ok' : res.body }).toEqual({ status, body: 'ok' });
  const expectNotFound = (res: HttpResult) => expect({ status: res.status, code: res.body?.code }).toEqual({ status: 404, code: expect.stringMatching(/_NOT_FOUND$/) });

  /** An admin who then gives themselves the applicant role through the API (PATCH /admin/users/{self}), as in the issue. */
  async function adminWhoApplies(): Promise<TestUser> {
    const admin = await makeAdmin(app, api);
    expectOk(await admin.client.patch(`/api/v1/admin/users/${admin.id}`, { roles: ['admin', 'applicant'] }));
    const login = await api.post('/api/v1/auth/login', { email: admin.email, password: TEST_PASSWORD });
    expectOk(login);
    return { ...admin, client: api.withToken(login.body.accessToken), accessToken: login.body.accessToken };
  }

  /** A file of `user` in a cycle of its own (one active file per cycle), submitted through the API. */
  async function fileOf(user: TestUser | undefined, cycle?: Cycle) {
    const c = cycle ?? (await makeOpenCycle(app, { levels: ['intermediate'] }));
    const file = await submitFile(app, api, c, { user });
    return { ...file, cycle: c };
  }

  async function reviewed(user: TestUser | undefined, cycle: Cycle) {
    const file = await fileOf(user, cycle);
    await forceTransition(app, file.id, 'accept_qualification');
    await forceTransition(app, file.id, 'complete_review');
    return file;
  }

  beforeAll(async () => {
    ({ app, api } = portal);
    const self = await adminWhoApplies();
    const other = portal.admin;
    await confirmCalendarYears(other.client, yearsFromToday());
    const reviewers = await Promise.all([0, 1, 2].map(() => makeUser(app, api, { roles: ['reviewer'] })));
    for (const r of reviewers) await makeReviewerProfile(app, r.id);

    // In review: accepted and staffed by the other admin; one review submitted.
    const inReview = await fileOf(self);
    expectOk(await other.client.post(`/api/v1/applications/${inReview.id}/qualification`, { decision: 'accept' }));
    const stranger = await fileOf(undefined, inReview.cycle);
    expectOk(await other.client.post(`/api/v1/applications/${stranger.id}/qualification`, { decision: 'accept' }));
    const assigned = await other.client.post(`/api/v1/applications/${inReview.id}/assignments`, { reviewerIds: [reviewers[0].id, reviewers[1].id] });
    expectOk(assigned, 201);
    const [first, second] = assigned.body.items as { id: string; reviewerId: string }[];
    expectOk(await reviewers[0].client.put(`/api/v1/reviews/${first.id}`, { scores: SCORES, comment: 'Sound work.', recommendation: 'pass' }));
    expectOk(await reviewers[0].client.post(`/api/v1/reviews/${first.id}/submit`));

    const submitted = await fileOf(self);

    // Meetings: a committee of 3 deciding intermediate product design files.
    const members: CommitteeMemberFixture[] = await makeCommitteeMembers(app, api, 3, { login: false });
    const committee = await other.client.post('/api/v1/committees', {
      nameZh: '测试委员会',
      nameEn: 'Test committee',
      organisedBy: 'specialty',
      levels: ['intermediate'],
      specialties: ['product_design'],
      chairId: members[0].id,
      memberIds: members.map((m) => m.id),
      termStart: new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10),
      termEnd: new Date(Date.now() + 365 * DAY).toISOString().slice(0, 10),
    });
    expectOk(committee, 201);
    // One meeting per state, each in a cycle of its own (the admin has one active file per cycle).
    const present = { presentMemberIds: members.map((m) => m.id) };
    const meetingWith = async () => {
      const cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
      const [own, strange] = [await reviewed(self, cycle), await reviewed(undefined, cycle)];
      const res = await other.client.post('/api/v1/meetings', { committeeId: committee.body.id, cycleId: cycle.id, scheduledAt: new Date(Date.now() + DAY).toISOString(), location: '301', applicationIds: [own.id, strange.id] });
      expectOk(res, 201);
      return { id: res.body.id as string, ownFileId: own.id, strangerFileId: strange.id, cycleId: cycle.id };
    };
    const scheduledMeeting = await meetingWith();
    const openMeeting = await meetingWith();
    expectOk(await other.client.post(`/api/v1/meetings/${openMeeting.id}/open`, present));
    expectOk(await other.client.post(`/api/v1/meetings/${openMeeting.id}/tallies`, { applicationId: openMeeting.strangerFileId, yes: 3, no: 0, abstain: 0 }));
    const closedMeeting = await meetingWith();
    expectOk(await other.client.post(`/api/v1/meetings/${closedMeeting.id}/open`, present));
    for (const id of [closedMeeting.ownFileId, closedMeeting.strangerFileId]) expectOk(await other.client.post(`/api/v1/meetings/${closedMeeting.id}/tallies`, { applicationId: id, yes: 3, no: 0, abstain: 0 }));
    expectOk(await other.client.post(`/api/v1/meetings/${closedMeeting.id}/close`));
    expect([await statusOf(app, closedMeeting.ownFileId), await statusOf(app, closedMeeting.strangerFileId)]).toEqual(['public_notice', 'public_notice']);

    // Objections to both files now on notice (phone only: the full number is what contact reveals).
    const noticeOf = async (id: string) => ((await db().query('SELECT id FROM public_notices WHERE application_id = $1', [id])) as { id: string }[])[0].id;
    const lodge = async (id: string) => api.post(`/api/v1/public/notices/${await noticeOf(id)}/objections`, { name: '王某某', phone: '13812345678', statement: 'The lead role was someone else’s.', locale: 'en' });
    expectOk(await lodge(closedMeeting.ownFileId), 201);
    expectOk(await lodge(closedMeeting.strangerFileId), 201);
    const [ownObjection] = await db().query('SELECT id FROM objections WHERE application_id = $1', [closedMeeting.ownFileId]);
    const [strangerObjection] = await db().query('SELECT id FROM objections WHERE application_id = $1', [closedMeeting.strangerFileId]);

    // Rejected by the other admin, appealed by self as the applicant.
    const rejected = await fileOf(self);
    expectOk(await other.client.post(`/api/v1/applications/${rejected.id}/qualification`, { decision: 'reject', reason: 'Below the level applied for.' }));
    const appeal = await self.client.post(`/api/v1/applications/${rejected.id}/appeals`, { grounds: 'The award in section 4 was not considered.' });
    expectOk(appeal, 201);

    const approved = await fileOf(self);
    await approveWithCertificate(app, approved.id);

    world = {
      self,
      other,
      inReview: { id: inReview.id, assignmentId: second.id, reviewId: first.id, cycleId: inReview.cycle.id },
      strangerInReview: { id: stranger.id, referenceNumber: stranger.referenceNumber },
      submitted: { id: submitted.id, cycleId: submitted.cycle.id },
      scheduledMeeting,
      openMeeting,
      closedMeeting,
      objection: { id: ownObjection.id, strangerId: strangerObjection.id, applicationId: closedMeeting.ownFileId },
      appeal: { id: appeal.body.id, applicationId: rejected.id },
      approved: { id: approved.id },
      reviewerIds: reviewers.map((r) => r.id),
    };
    const docs = await api.get('/docs-json');
    expect(docs.status).toBe(200);
    document = docs.body;
  }, 180_000);

  const committeeOf = async (meetingId: string) => ((await db().query('SELECT committee_id FROM committee_meetings WHERE id = $1', [meetingId])) as { committee_id: string }[])[0].committee_id;
  const ownFileIds = (w: World) => [w.inReview.id, w.submitted.id, w.scheduledMeeting.ownFileId, w.openMeeting.ownFileId, w.closedMeeting.ownFileId, w.appeal.applicationId, w.approved.id];
  const idsIn = (items: { id?: string; applicationId?: string }[]) => items.map((i) => i.applicationId ?? i.id);

  const CLASSIFIED: Record<string, Classification> = {
    // ---- the file and what hangs off it: acts refused with 404 ----
    'POST /api/v1/applications/{id}/qualification': {
      kind: 'act',
      run: async (w) => {
        expectNotFound(await w.self.client.post(`/api/v1/applications/${w.submitted.id}/qualification`, { decision: 'accept' }));
        expect(await statusOf(app, w.submitted.id)).toBe('submitted');
      },
    },
    'POST /api/v1/applications/{id}/assignments': {
      kind: 'act',
      run: async (w) => {
        expectNotFound(await w.self.client.post(`/api/v1/applications/${w.inReview.id}/assignments`, { reviewerIds: [w.reviewerIds[2]] }));
        expect(await db().query("SELECT 1 FROM review_assignments WHERE application_id = $1 AND reviewer_id = $2", [w.inReview.id, w.reviewerIds[2]])).toEqual([]);
      },
    },
    'DELETE /api/v1/applications/{id}/assignments/{assignmentId}': {
      kind: 'act',
      run: async (w) => {
        expectNotFound(await w.self.client.delete(`/api/v1/applications/${w.inReview.id}/assignments/${w.inReview.assignmentId}`));
        expect((await db().query('SELECT status FROM review_assignments WHERE id = $1', [w.inReview.assignmentId]))[0].status).toBe('assigned');
      },
    },
    'POST /api/v1/reviews/{id}/reopen': {
      kind: 'act',
      run: async (w) => {
        expectNotFound(await w.self.client.post(`/api/v1/reviews/${w.inReview.reviewId}/reopen`, { reason: 'Look again.' }));
        expect((await db().query('SELECT status FROM review_assignments WHERE id = $1', [w.inReview.reviewId]))[0].status).toBe('submitted');
      },
    },
    'GET /api/v1/applications/{id}/scores': { kind: 'act', run: async (w) => expectNotFound(await w.self.client.get(`/api/v1/applications/${w.inReview.id}/scores`)) },
    'GET /api/v1/applications/{id}/audit': { kind: 'act', run: async (w) => expectNotFound(await w.self.client.get(`/api/v1/applications/${w.inReview.id}/audit`)) },
    'GET /api/v1/applications/{id}/recommendation': {
      kind: 'act',
      run: async (w) => {
        // The office reads a file's recommendation; never of its own file (404, as for a unit officer of another unit).
        expectNotFound(await w.self.client.get(`/api/v1/applications/${w.submitted.id}/recommendation`));
        expectOk(await w.other.client.get(`/api/v1/applications/${w.submitted.id}/recommendation`));
      },
    },
    'POST /api/v1/meetings': {
      kind: 'act',
      run: async (w) => {
        // A reviewed own file on no agenda yet, in a cycle of its own: an agenda would otherwise take it.
        const cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
        const own = await reviewed(w.self, cycle);
        const committeeId = await committeeOf(w.scheduledMeeting.id);
        const body = { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() + 2 * DAY).toISOString(), location: '302', applicationIds: [own.id] };
        const res = await w.self.client.post('/api/v1/meetings', body);
        // Refused as an unknown file would be: the entry named, no meeting written.
        expect([res.status, res.body.code, res.body.details]).toEqual([422, 'AGENDA_REFUSED', [expect.objectContaining({ path: 'applicationIds[0]', code: 'APPLICATION_NOT_FOUND' })]]);
        expect(await db().query('SELECT 1 FROM committee_meetings WHERE cycle_id = $1', [cycle.id])).toEqual([]);
        expectOk(await w.other.client.post('/api/v1/meetings', body), 201);
      },
    },
    'POST /api/v1/meetings/{id}/open': {
      kind: 'act',
      run: async (w) => {
        const members = (await w.other.client.get(`/api/v1/committees/${await committeeOf(w.scheduledMeeting.id)}`)).body.memberIds;
        expectNotFound(await w.self.client.post(`/api/v1/meetings/${w.scheduledMeeting.id}/open`, { presentMemberIds: members }));
        expect((await db().query('SELECT status FROM committee_meetings WHERE id = $1', [w.scheduledMeeting.id]))[0].status).toBe('scheduled');
      },
    },
    'POST /api/v1/meetings/{id}/tallies': {
      kind: 'act',
      run: async (w) => {
        // Their own item, and equally another item of a meeting that decides their own file.
        expectNotFound(await w.self.client.post(`/api/v1/meetings/${w.openMeeting.id}/tallies`, { applicationId: w.openMeeting.ownFileId, yes: 3, no: 0, abstain: 0 }));
        expectNotFound(await w.self.client.post(`/api/v1/meetings/${w.openMeeting.id}/tallies`, { applicationId: w.openMeeting.strangerFileId, yes: 0, no: 3, abstain: 0 }));
        expect(await db().query('SELECT application_id, mode FROM committee_meeting_items WHERE meeting_id = $1 ORDER BY position', [w.openMeeting.id])).toEqual([
          { application_id: w.openMeeting.ownFileId, mode: null },
          { application_id: w.openMeeting.strangerFileId, mode: 'paper' },
        ]);
      },
    },
    'POST /api/v1/meetings/{id}/close': {
      kind: 'act',
      run: async (w) => {
        expectNotFound(await w.self.client.post(`/api/v1/meetings/${w.openMeeting.id}/close`));
        expect((await db().query('SELECT status FROM committee_meetings WHERE id = $1', [w.openMeeting.id]))[0].status).toBe('open');
      },
    },
    'GET /api/v1/objections/{id}': { kind: 'act', run: async (w) => expectNotFound(await w.self.client.get(`/api/v1/objections/${w.objection.id}`)) },
    'GET /api/v1/objections/{id}/contact': {
      kind: 'act',
      run: async (w) => {
        const res = await w.self.client.get(`/api/v1/objections/${w.objection.id}/contact`);
        expectNotFound(res);
        expect(JSON.stringify(res.body)).not.toContain('13812345678');
      },
    },
    'POST /api/v1/objections/{id}/resolve': {
      kind: 'act',
      run: async (w) => {
        expectNotFound(await w.self.client.post(`/api/v1/objections/${w.objection.id}/resolve`, { outcome: 'dismissed', note: 'Unfounded.' }));
        expect((await db().query('SELECT status FROM objections WHERE id = $1', [w.objection.id]))[0].status).toBe('open');
      },
    },
    'GET /api/v1/appeals/{id}': { kind: 'act', run: async (w) => expectNotFound(await w.self.client.get(`/api/v1/appeals/${w.appeal.id}`)) },
    'POST /api/v1/appeals/{id}/decide': {
      kind: 'act',
      run: async (w) => {
        expectNotFound(await w.self.client.post(`/api/v1/appeals/${w.appeal.id}/decide`, { outcome: 're_review', note: 'Look again.' }));
        expect(await statusOf(app, w.appeal.applicationId)).toBe('rejected');
      },
    },
    'GET /api/v1/applications/{id}/revoke': { kind: 'act', run: async (w) => expectNotFound(await w.self.client.get(`/api/v1/applications/${w.approved.id}/revoke`)) },
    'POST /api/v1/applications/{id}/revoke': {
      kind: 'act',
      run: async (w) => {
        expectNotFound(await w.self.client.post(`/api/v1/applications/${w.approved.id}/revoke`, { reason: 'Forged evidence.' }));
        expect(await statusOf(app, w.approved.id)).toBe('approved');
      },
    },

    // ---- reads: the own file left out, a stranger's kept ----
    'GET /api/v1/applications': {
      kind: 'read',
      run: async (w) => {
        for (const sort of ['createdAt', 'submittedAt', 'referenceNumber', 'score']) {
          const res = await w.self.client.get(`/api/v1/applications?cycleId=${w.inReview.cycleId}&sort=${sort}&limit=100`);
          expect(res.status).toBe(200);
          expect(idsIn(res.body.items)).toEqual([w.strangerInReview.id]);
        }
        const text = await w.self.client.get(`/api/v1/applications?limit=100&text=Test`);
        expect(idsIn(text.body.items).filter((id) => ownFileIds(w).includes(id!))).toEqual([]);
        // Asking for their own files is the applicant's list: no review score.
        const mine = await w.self.client.get('/api/v1/applications?mine=true&limit=100');
        expect(idsIn(mine.body.items)).toEqual(expect.arrayContaining([w.inReview.id, w.approved.id]));
        expect(mine.body.items.every((i: object) => !('reviewScore' in i))).toBe(true);
      },
    },
    'POST /api/v1/admin/applications/exports': {
      kind: 'read',
      run: async (w) => {
        const own = (await db().query('SELECT reference_number FROM applications WHERE id = $1', [w.inReview.id]))[0].reference_number as string;
        // Made here by the worker's own call (this suite runs no worker), then downloaded.
        for (const format of ['csv', 'xlsx']) {
          const res = await exportAndDownload(w.self.client, { format, cycleId: w.inReview.cycleId, sort: 'score' }, app);
          expect(res.status).toBe(200);
          if (format === 'csv') {
            const text = res.bytes.toString('utf8');
            expect(text).toContain(w.strangerInReview.referenceNumber);
            expect(text).not.toContain(own);
          }
        }
        // The XLSX rows are the same query's: counted through the other admin's export, which has both.
        const text = (await exportAndDownload(w.other.client, { format: 'csv', cycleId: w.inReview.cycleId }, app)).bytes.toString('utf8');
        expect([text.includes(own), text.includes(w.strangerInReview.referenceNumber)]).toEqual([true, true]);
      },
    },
    'GET /api/v1/admin/applications/exports': { kind: 'no-file', why: 'the admin’s own exports (status, rows, size), never another admin’s; no file is named' },
    'GET /api/v1/admin/applications/exports/{id}': { kind: 'no-file', why: 'one of the admin’s own exports (status, rows, size); another admin’s is a 404 (test/export.e2e-spec.ts)' },
    'GET /api/v1/admin/applications/exports/{id}/download': {
      kind: 'no-file',
      why: 'the file written when it was requested, which never holds the requester’s own files (POST admin/applications/exports, above); another admin’s is a 404',
    },
    'GET /api/v1/admin/qualification': {
      kind: 'read',
      run: async (w) => {
        const res = await w.self.client.get(`/api/v1/admin/qualification?cycleId=${w.submitted.cycleId}`);
        expect(res.status).toBe(200);
        expect(idsIn(res.body.items)).toEqual([]);
        expect(idsIn((await w.other.client.get(`/api/v1/admin/qualification?cycleId=${w.submitted.cycleId}`)).body.items)).toEqual([w.submitted.id]);
      },
    },
    'GET /api/v1/meetings/{id}': {
      kind: 'read',
      run: async (w) => {
        for (const m of [w.scheduledMeeting, w.openMeeting, w.closedMeeting]) {
          const res = await w.self.client.get(`/api/v1/meetings/${m.id}`);
          expect(res.status).toBe(200);
          expect(idsIn(res.body.items)).toEqual([m.strangerFileId]);
        }
      },
    },
    'GET /api/v1/meetings/{id}/minutes': {
      kind: 'read',
      run: async (w) => {
        const res = await w.self.client.get(`/api/v1/meetings/${w.closedMeeting.id}/minutes`);
        expect(res.status).toBe(200);
        expect(idsIn(res.body.items)).toEqual([w.closedMeeting.strangerFileId]);
        expect(idsIn((await w.other.client.get(`/api/v1/meetings/${w.closedMeeting.id}/minutes`)).body.items).sort()).toEqual([w.closedMeeting.ownFileId, w.closedMeeting.strangerFileId].sort());
      },
    },
    'GET /api/v1/objections': {
      kind: 'read',
      run: async (w) => {
        const res = await w.self.client.get('/api/v1/objections?limit=100');
        expect(res.status).toBe(200);
        expect(res.body.items.map((o: { id: string }) => o.id)).toEqual([w.objection.strangerId]);
        // A page is never cut short by the left-out ones: limit=1 still gives the stranger's.
        expect((await w.self.client.get('/api/v1/objections?limit=1')).body.items.map((o: { id: string }) => o.id)).toEqual([w.objection.strangerId]);
      },
    },
    'GET /api/v1/appeals': {
      kind: 'read',
      run: async (w) => {
        const res = await w.self.client.get('/api/v1/appeals?limit=100');
        expect(res.status).toBe(200);
        expect(res.body.items.map((a: { applicationId: string }) => a.applicationId)).not.toContain(w.appeal.applicationId);
        expect((await w.other.client.get('/api/v1/appeals?limit=100')).body.items.map((a: { applicationId: string }) => a.applicationId)).toContain(w.appeal.applicationId);
      },
    },
    'GET /api/v1/admin/audit': {
      kind: 'read',
      run: async (w) => {
        const own = new Set(ownFileIds(w));
        const about = (e: { entityType: string; entityId: string; data: Record<string, unknown> | null }) =>
          (e.entityType === 'application' && own.has(e.entityId)) || own.has(String(e.data?.applicationId ?? ''));
        const everything = await w.self.client.get('/api/v1/admin/audit?limit=100');
        expect(everything.status).toBe(200);
        expect(everything.body.items.filter(about)).toEqual([]);
        // Asked for by name: nothing (the other admin sees the entries, reviewers' ids and the objector's address included).
        for (const query of [`entityType=application&entityId=${w.inReview.id}`, `action=review.assigned`, `action=objection.lodged`, `entityType=objection&entityId=${w.objection.id}`]) {
          const mine = await w.self.client.get(`/api/v1/admin/audit?${query}&limit=100`);
          expect([query, mine.body.items.filter(about)]).toEqual([query, []]);
        }
        const theirs = await w.other.client.get(`/api/v1/admin/audit?entityType=application&entityId=${w.inReview.id}&limit=100`);
        expect(theirs.body.items.length).toBeGreaterThan(0);
        const lodged = await w.other.client.get(`/api/v1/admin/audit?entityType=objection&entityId=${w.objection.id}`);
        expect(lodged.body.items).toHaveLength(1);
      },
    },

    // ---- the admin-applicant as the file's owner (the applicant's routes check ownership) ----
    'POST /api/v1/applications': { kind: 'owner', why: 'starts the caller’s own draft' },
    'GET /api/v1/applications/{id}': {
      kind: 'owner',
      why: 'the owner’s view (no review score, no audited reveal)',
      run: async (w) => {
        const res = await w.self.client.get(`/api/v1/applications/${w.inReview.id}?revealIdentity=true`);
        expect(res.status).toBe(200);
        expect('reviewScore' in res.body).toBe(false);
        expect(await db().query("SELECT 1 FROM audit_log WHERE action = 'application.identity_revealed' AND entity_id = $1", [w.inReview.id])).toEqual([]);
      },
    },
    'PATCH /api/v1/applications/{id}': { kind: 'owner', why: 'the owner edits their draft' },
    'GET /api/v1/applications/{id}/eligibility': { kind: 'owner', why: 'the owner’s eligibility report' },
    'POST /api/v1/applications/{id}/submit': { kind: 'owner', why: 'the owner submits' },
    'POST /api/v1/applications/{id}/withdraw': { kind: 'owner', why: 'the owner withdraws' },
    'GET /api/v1/applications/{id}/history': { kind: 'owner', why: 'the owner’s history of their file' },
    'GET /api/v1/applications/{id}/timeline': {
      kind: 'owner',
      why: 'the owner’s timeline: who acted by role only',
      run: async (w) => {
        const res = await w.self.client.get(`/api/v1/applications/${w.inReview.id}/timeline`);
        expect(res.status).toBe(200);
        expect(res.body.passed.map((p: { actorId: string | null }) => p.actorId)).toEqual(res.body.passed.map(() => null));
      },
    },
    'POST /api/v1/applications/{id}/attachments': { kind: 'owner', why: 'the owner uploads evidence' },
    'GET /api/v1/applications/{id}/attachments': { kind: 'owner', why: 'the owner’s evidence' },
    'GET /api/v1/applications/{id}/attachments/{attachmentId}': { kind: 'owner', why: 'the owner downloads their evidence (not audited: owner)' },
    'DELETE /api/v1/applications/{id}/attachments/{attachmentId}': { kind: 'owner', why: 'the owner removes evidence from a draft' },
    'GET /api/v1/applications/{id}/appeals': { kind: 'owner', why: 'the applicant’s own appeals' },
    'POST /api/v1/applications/{id}/appeals': { kind: 'owner', why: 'the applicant appeals their rejection' },
    'GET /api/v1/applications/{id}/certificate': { kind: 'owner', why: 'the holder’s certificate' },
    'GET /api/v1/applications/{id}/certificate/details': { kind: 'owner', why: 'the holder’s certificate, as the file page shows it' },
    'GET /api/v1/applications/{id}/appeals/rejection': { kind: 'owner', why: 'the rejection the applicant may appeal' },

    // ---- not an admin's route: the admin-applicant gets 403 ----
    'GET /api/v1/reviews': { kind: 'not-admin', method: 'GET', path: '/api/v1/reviews' },
    'GET /api/v1/reviews/{id}': { kind: 'not-admin', method: 'GET', path: '/api/v1/reviews/{review}' },
    'POST /api/v1/meetings/{id}/ballot-papers': { kind: 'not-admin', method: 'POST', path: '/api/v1/meetings/{open}/ballot-papers' },
    'POST /api/v1/meetings/{id}/items/{applicationId}/close-voting': { kind: 'not-admin', method: 'POST', path: '/api/v1/meetings/{open}/items/{open}/close-voting' },
    'GET /api/v1/reviews/{id}/file': { kind: 'not-admin', method: 'GET', path: '/api/v1/reviews/{review}/file' },
    'GET /api/v1/reviews/{id}/file/attachments': { kind: 'not-admin', method: 'GET', path: '/api/v1/reviews/{review}/file/attachments' },
    'GET /api/v1/reviews/{id}/file/eligibility': { kind: 'not-admin', method: 'GET', path: '/api/v1/reviews/{review}/file/eligibility' },
    'GET /api/v1/reviews/{id}/file/attachments/{attachmentId}': { kind: 'not-admin', method: 'GET', path: '/api/v1/reviews/{review}/file/attachments/{review}' },
    'PUT /api/v1/reviews/{id}': { kind: 'not-admin', method: 'PUT', path: '/api/v1/reviews/{review}' },
    'POST /api/v1/reviews/{id}/submit': { kind: 'not-admin', method: 'POST', path: '/api/v1/reviews/{review}/submit' },
    'POST /api/v1/reviews/{id}/decline': { kind: 'not-admin', method: 'POST', path: '/api/v1/reviews/{review}/decline' },
    'GET /api/v1/reviewers/me/conflicts': { kind: 'not-admin', method: 'GET', path: '/api/v1/reviewers/me/conflicts' },
    // The recommending unit's routes (unit officers; an officer's own file is a 404 there: unit-recommendation.e2e-spec.ts).
    'GET /api/v1/unit/files': { kind: 'not-admin', method: 'GET', path: '/api/v1/unit/files' },
    'GET /api/v1/unit/files/{id}': { kind: 'not-admin', method: 'GET', path: '/api/v1/unit/files/{open}' },
    'GET /api/v1/unit/files/{id}/attachments': { kind: 'not-admin', method: 'GET', path: '/api/v1/unit/files/{open}/attachments' },
    'GET /api/v1/unit/files/{id}/attachments/{attachmentId}': { kind: 'not-admin', method: 'GET', path: '/api/v1/unit/files/{open}/attachments/{open}' },
    'PUT /api/v1/unit/files/{id}/posting': { kind: 'not-admin', method: 'PUT', path: '/api/v1/unit/files/{open}/posting' },
    'POST /api/v1/unit/files/{id}/return': { kind: 'not-admin', method: 'POST', path: '/api/v1/unit/files/{open}/return' },
    'POST /api/v1/unit/files/{id}/recommend': { kind: 'not-admin', method: 'POST', path: '/api/v1/unit/files/{open}/recommend' },
    'POST /api/v1/unit/files/{id}/decline': { kind: 'not-admin', method: 'POST', path: '/api/v1/unit/files/{open}/decline' },
    'POST /api/v1/reviewers/me/conflicts': { kind: 'not-admin', method: 'POST', path: '/api/v1/reviewers/me/conflicts' },
    'DELETE /api/v1/reviewers/me/conflicts/{relationId}': { kind: 'not-admin', method: 'DELETE', path: '/api/v1/reviewers/me/conflicts/{review}' },
    'POST /api/v1/meetings/{id}/ballots': { kind: 'not-admin', method: 'POST', path: '/api/v1/meetings/{open}/ballots' },
    'GET /api/v1/meetings/{id}/items/{applicationId}/dossier': { kind: 'not-admin', method: 'GET', path: '/api/v1/meetings/{open}/items/{open}/dossier' },
    // The bureau's officer's routes (authority_officer); their own files are 404 to confirm and left out of their queue (bureau-confirmation e2e).
    'GET /api/v1/bureau/awaiting-confirmation': { kind: 'not-admin', method: 'GET', path: '/api/v1/bureau/awaiting-confirmation' },
    'POST /api/v1/bureau/confirmation-batches': { kind: 'not-admin', method: 'POST', path: '/api/v1/bureau/confirmation-batches' },
    'GET /api/v1/bureau/confirmation-batches': { kind: 'not-admin', method: 'GET', path: '/api/v1/bureau/confirmation-batches' },
    'GET /api/v1/bureau/confirmation-batches/{id}': { kind: 'not-admin', method: 'GET', path: '/api/v1/bureau/confirmation-batches/{review}' },
    'GET /api/v1/bureau/confirmation-batches/{id}/files': { kind: 'not-admin', method: 'GET', path: '/api/v1/bureau/confirmation-batches/{review}/files' },
    'GET /api/v1/bureau/confirmation-batches/{id}/filing.csv': { kind: 'not-admin', method: 'GET', path: '/api/v1/bureau/confirmation-batches/{review}/filing.csv' },
    'GET /api/v1/bureau/confirmation-batches/{id}/filing.json': { kind: 'not-admin', method: 'GET', path: '/api/v1/bureau/confirmation-batches/{review}/filing.json' },

    // ---- no file in it ----
    'POST /api/v1/cycles/{id}/auto-assign': {
      kind: 'no-file',
      why: 'a whole cycle, staffed by the worker without the admin choosing anyone; the run leaves the requesting admin’s own files out (tested below)',
    },
    'GET /api/v1/cycles/{id}/auto-assign/{runId}': {
      kind: 'read',
      run: async (w) => {
        // Another admin's run whose summary names the admin's own file among those left short (set-up: the worker's result written directly).
        const requested = await w.other.client.post(`/api/v1/cycles/${w.inReview.cycleId}/auto-assign`, {});
        expectOk(requested, 202);
        const short = (applicationId: string) => ({ applicationId, needed: 1, assigned: 0, reason: 'no_eligible_reviewer' });
        const summary = { cycleId: w.inReview.cycleId, files: 2, filesLacking: 2, assigned: 0, shortfalls: [short(w.inReview.id), short(w.strangerInReview.id)] };
        await db().query("UPDATE review_auto_assign_runs SET status = 'done', started_at = now(), finished_at = now(), summary = $2 WHERE id = $1", [requested.body.id, JSON.stringify(summary)]);
        const path = `/api/v1/cycles/${w.inReview.cycleId}/auto-assign/${requested.body.id}`;
        const mine = await w.self.client.get(path);
        expect([mine.status, mine.body.summary.shortfalls.map((f: { applicationId: string }) => f.applicationId)]).toEqual([200, [w.strangerInReview.id]]);
        expect((await w.other.client.get(path)).body.summary.shortfalls).toHaveLength(2);
      },
    },
    'GET /api/v1/meetings': { kind: 'no-file', why: 'meetings (date, place, committee, status) without their agenda' },
    'GET /api/v1/admin/dashboard/waiting': { kind: 'no-file', why: 'counts of what waits on the office; no file is named (the links go to the filtered list, which leaves the admin’s own files out)' },
    'GET /api/v1/admin/stats': { kind: 'no-file', why: 'aggregates of a cycle (counts, rates, durations, workload); no file is named, so there is nothing to drill into' },
    'GET /api/v1/admin/audit/verify': { kind: 'no-file', why: 'the chain’s integrity: counts and hashes' },
    'GET /api/v1/admin/users': { kind: 'no-file', why: 'accounts' },
    'GET /api/v1/admin/organisations': { kind: 'no-file', why: 'organisations (employers, sub-centres, association, office, bureau)' },
    'POST /api/v1/admin/organisations': { kind: 'no-file', why: 'organisations' },
    'GET /api/v1/admin/organisations/{id}': { kind: 'no-file', why: 'organisations' },
    'POST /api/v1/admin/organisations/{id}/officers': { kind: 'no-file', why: 'accounts bound to a recommending unit' },
    'POST /api/v1/admin/users': { kind: 'no-file', why: 'accounts' },
    'PATCH /api/v1/admin/users/{id}': { kind: 'no-file', why: 'accounts: an admin may hold the applicant role too (their file is never in their hands)' },
    'GET /api/v1/admin/identity-conflicts': { kind: 'no-file', why: 'accounts: which accounts were refused a number bound to another (one person, one account)' },
    'POST /api/v1/admin/users/{id}/identity': {
      kind: 'act',
      run: async (w) => {
        // An admin-applicant cannot re-bind or release their own identity number (their files' person).
        const before = await db().query('SELECT identity_index FROM users WHERE id = $1', [w.self.id]);
        expectNotFound(await w.self.client.post(`/api/v1/admin/users/${w.self.id}/identity`, { documentNumber: null, reason: 'my own account' }));
        expect(await db().query('SELECT identity_index FROM users WHERE id = $1', [w.self.id])).toEqual(before);
        expect(before[0].identity_index).toMatch(/^[0-9a-f]{64}$/);
      },
    },
    'GET /api/v1/admin/reviewers': { kind: 'no-file', why: 'the expert pool' },
    'GET /api/v1/admin/reviewers/{userId}': { kind: 'no-file', why: 'the expert pool' },
    'PUT /api/v1/admin/reviewers/{userId}': { kind: 'no-file', why: 'the expert pool' },
    'GET /api/v1/admin/reviewers/{userId}/conflicts': { kind: 'no-file', why: 'declared relations of a reviewer' },
    'POST /api/v1/admin/reviewers/{userId}/conflicts': { kind: 'no-file', why: 'declared relations of a reviewer (a relation only ever excludes a reviewer)' },
    'POST /api/v1/committees': { kind: 'no-file', why: 'committees' },
    'GET /api/v1/committees': { kind: 'no-file', why: 'committees with their members by name, and the configured rules' },
    'GET /api/v1/committees/candidates': { kind: 'no-file', why: 'the expert pool by name' },
    'GET /api/v1/committees/{id}': { kind: 'no-file', why: 'committees' },
    'PATCH /api/v1/committees/{id}': { kind: 'no-file', why: 'committees' },
    'GET /api/v1/admin/calendar/{year}': { kind: 'no-file', why: 'the working-day calendar' },
    'PUT /api/v1/admin/calendar/{year}': { kind: 'no-file', why: 'the working-day calendar' },
    'GET /api/v1/admin/notifications/failed': { kind: 'no-file', why: 'delivery failures of events' },
    'POST /api/v1/admin/notifications/{id}/retry': { kind: 'no-file', why: 'retrying a delivery' },
    'GET /api/v1/admin/notifications/templates/{key}/preview': { kind: 'no-file', why: 'message templates with sample data' },
    'POST /api/v1/admin/queues/session': { kind: 'no-file', why: 'the queue dashboard’s cookie' },
    'GET /api/v1/cycles': { kind: 'no-file', why: 'cycles' },
    'POST /api/v1/cycles': { kind: 'no-file', why: 'cycles' },
    'GET /api/v1/cycles/{id}': { kind: 'no-file', why: 'cycles' },
    'GET /api/v1/cycles/settings-schemas': { kind: 'no-file', why: 'the JSON Schemas of a cycle’s settings (reference data)' },
    'PATCH /api/v1/cycles/{id}': { kind: 'no-file', why: 'cycles' },
    'GET /api/v1/cycles/{id}/form': { kind: 'no-file', why: 'a cycle’s form' },
    'GET /api/v1/forms': { kind: 'no-file', why: 'forms' },
    'POST /api/v1/forms': { kind: 'no-file', why: 'forms' },
    'GET /api/v1/forms/{id}': { kind: 'no-file', why: 'forms' },
    'POST /api/v1/forms/{id}/publish': { kind: 'no-file', why: 'forms' },
    'GET /api/v1/me': { kind: 'no-file', why: 'the caller’s account' },
    'PATCH /api/v1/me': { kind: 'no-file', why: 'the caller’s account' },
    'POST /api/v1/me/password': { kind: 'no-file', why: 'the caller’s account' },
    'POST /api/v1/me/verification-email': { kind: 'no-file', why: 'the caller’s account' },
    'GET /api/v1/me/notification-preferences': { kind: 'no-file', why: 'the caller’s preferences' },
    'PUT /api/v1/me/notification-preferences': { kind: 'no-file', why: 'the caller’s preferences' },
    'GET /api/v1/notifications': { kind: 'no-file', why: 'the caller’s inbox' },
    'GET /api/v1/notifications/unread-count': { kind: 'no-file', why: 'the caller’s inbox' },
    'POST /api/v1/notifications/read-all': { kind: 'no-file', why: 'the caller’s inbox' },
    'POST /api/v1/notifications/{id}/read': { kind: 'no-file', why: 'the caller’s inbox' },
    'GET /api/v1/public/notices': { kind: 'no-file', why: 'public (no login): what everyone may see' },
    'POST /api/v1/public/notices/{id}/objections': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/public/objections/confirm-email': { kind: 'no-file', why: 'public (no login)' },
    'GET /api/v1/public/certificates/{code}': { kind: 'no-file', why: 'public (no login)' },
    'GET /api/v1/public/office': { kind: 'no-file', why: 'public (no login)' },
    'GET /api/v1/public/regions': { kind: 'no-file', why: 'public reference data: the regions (and the host province\'s districts) for the form\'s picker' },
    'GET /api/v1/public/cycles': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/register': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/verify-email': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/login': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/refresh': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/logout': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/password/forgot': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/password/reset': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/invitations/accept': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/web/login': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/web/refresh': { kind: 'no-file', why: 'public (no login)' },
    'POST /api/v1/auth/web/logout': { kind: 'no-file', why: 'public (no login)' },
    'GET /health/live': { kind: 'no-file', why: 'health' },
    'GET /health/ready': { kind: 'no-file', why: 'health' },
    'GET /metrics': { kind: 'no-file', why: 'metrics (bearer token of Prometheus)' },
  };

  /** Every operation of the document, as METHOD and path. */
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );

  it('knows every operation of the OpenAPI document (a new route must say what it does with the admin’s own file)', () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter((op) => !(op in CLASSIFIED))).toEqual([]);
    // And nothing classified that the document lost (a renamed route must be classified again).
    expect(Object.keys(CLASSIFIED).filter((op) => !all.includes(op))).toEqual([]);
  });

  /** Runs each check, collecting every failure with its operation (so one run lists all the unguarded routes). */
  async function runAll(kind: 'act' | 'read'): Promise<string[]> {
    const failures: string[] = [];
    for (const op of operations().filter((o) => CLASSIFIED[o]?.kind === kind)) {
      try {
        await (CLASSIFIED[op] as { run: Check }).run(world);
      } catch (error) {
        failures.push(`${op}: ${(error as Error).message}`);
      }
    }
    return failures;
  }

  it('answers 404 to every act of the admin on their own file (or something hanging off it), and changes nothing', async () => {
    expect(operations().filter((op) => CLASSIFIED[op]?.kind === 'act').length).toBeGreaterThanOrEqual(16);
    expect(await runAll('act')).toEqual([]);
  });

  it('leaves the admin’s own file out of every read (lists, export, qualification queue, meetings, minutes, objections, appeals, audit)', async () => {
    expect(await runAll('read')).toEqual([]);
  });

  it('shows the admin-applicant their own file only as its owner sees it', async () => {
    for (const op of operations().filter((o) => CLASSIFIED[o]?.kind === 'owner')) {
      const c = CLASSIFIED[op] as { run?: Check };
      if (c.run) await c.run(world);
    }
  });

  it('refuses the admin-applicant the other roles’ routes (403)', async () => {
    const samples: Record<string, string> = { '{review}': world.inReview.reviewId, '{open}': world.openMeeting.id };
    for (const op of operations().filter((o) => CLASSIFIED[o]?.kind === 'not-admin')) {
      const c = CLASSIFIED[op] as { method: string; path: string };
      const path = c.path.replace(/\{\w+\}/g, (p) => samples[p]);
      const res = await world.self.client.request(c.method, path, c.method === 'GET' ? undefined : {});
      expect([op, res.status]).toEqual([op, 403]);
    }
  });

  it('an automatic assignment run leaves the requesting admin’s own file to another admin', async () => {
    const cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    const [own, stranger] = [await fileOf(world.self, cycle), await fileOf(undefined, cycle)];
    for (const file of [own, stranger]) expectOk(await world.other.client.post(`/api/v1/applications/${file.id}/qualification`, { decision: 'accept' }));
    const active = async (id: string) => (await db().query("SELECT count(*)::int AS n FROM review_assignments WHERE application_id = $1 AND status IN ('assigned', 'draft', 'submitted')", [id]))[0].n as number;
    const summary = await app.get(AssignmentService).autoAssign(cycle.id, { id: world.self.id, ip: null });
    expect([await active(own.id), await active(stranger.id), summary.files]).toEqual([0, 3, 1]);
    // Another admin's run staffs it.
    await app.get(AssignmentService).autoAssign(cycle.id, { id: world.other.id, ip: null });
    expect(await active(own.id)).toBe(3);
  });

  it('the issue’s scenario: an admin gives themselves the applicant role, files, and cannot steer the file anywhere', async () => {
    const admin = await adminWhoApplies();
    const other = world.other;
    const cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    const file = await fileOf(admin, cycle);
    // Filing is allowed: a staff member may be a designer too.
    expect(await statusOf(app, file.id)).toBe('submitted');
    expectNotFound(await admin.client.post(`/api/v1/applications/${file.id}/qualification`, { decision: 'accept' }));
    expectOk(await other.client.post(`/api/v1/applications/${file.id}/qualification`, { decision: 'accept' }));
    expectNotFound(await admin.client.post(`/api/v1/applications/${file.id}/assignments`, { reviewerIds: [world.reviewerIds[0]] }));
    const assigned = await other.client.post(`/api/v1/applications/${file.id}/assignments`, { reviewerIds: [world.reviewerIds[0]] });
    expectOk(assigned, 201);
    expectNotFound(await admin.client.delete(`/api/v1/applications/${file.id}/assignments/${assigned.body.items[0].id}`));
    expectNotFound(await admin.client.get(`/api/v1/applications/${file.id}/scores`));
    expectNotFound(await admin.client.get(`/api/v1/applications/${file.id}/audit`));
    // The review is done (test shortcut) and scored: the admin's list and export never show the file, nor its score.
    await forceTransition(app, file.id, 'complete_review');
    await db().query('UPDATE applications SET review_score = 87.5 WHERE id = $1', [file.id]);
    const list = await admin.client.get(`/api/v1/applications?cycleId=${cycle.id}&sort=score`);
    expect([list.status, list.body.items]).toEqual([200, []]);
    const mine = await admin.client.get(`/api/v1/applications?mine=true&cycleId=${cycle.id}`);
    expect(mine.body.items.map((i: { id: string; reviewScore?: string }) => [i.id, i.reviewScore])).toEqual([[file.id, undefined]]);
    const text = (await exportAndDownload(admin.client, { format: 'csv', cycleId: cycle.id, sort: 'score' }, app)).bytes.toString('utf8');
    expect([text.includes(file.referenceNumber), text.includes('87.5')]).toEqual([false, false]);

    // The committee: the admin cannot put it on an agenda, open the meeting, tally it or close it.
    const committeeId = await committeeOf(world.scheduledMeeting.id);
    const memberIds: string[] = (await other.client.get(`/api/v1/committees/${committeeId}`)).body.memberIds;
    const agenda = { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() + DAY).toISOString(), location: '303', applicationIds: [file.id] };
    expect((await admin.client.post('/api/v1/meetings', agenda)).status).toBe(422);
    const meeting = await other.client.post('/api/v1/meetings', agenda);
    expectOk(meeting, 201);
    expectNotFound(await admin.client.post(`/api/v1/meetings/${meeting.body.id}/open`, { presentMemberIds: memberIds }));
    expectOk(await other.client.post(`/api/v1/meetings/${meeting.body.id}/open`, { presentMemberIds: memberIds }));
    expectNotFound(await admin.client.post(`/api/v1/meetings/${meeting.body.id}/tallies`, { applicationId: file.id, yes: 3, no: 0, abstain: 0 }));
    expectOk(await other.client.post(`/api/v1/meetings/${meeting.body.id}/tallies`, { applicationId: file.id, yes: 3, no: 0, abstain: 0 }));
    expectNotFound(await admin.client.post(`/api/v1/meetings/${meeting.body.id}/close`));
    expectOk(await other.client.post(`/api/v1/meetings/${meeting.body.id}/close`));
    expect(await statusOf(app, file.id)).toBe('public_notice');

    // The public objection: the admin neither sees it, nor reads the objector's phone, nor dismisses it.
    const [notice] = await db().query('SELECT id FROM public_notices WHERE application_id = $1', [file.id]);
    expectOk(await api.post(`/api/v1/public/notices/${notice.id}/objections`, { name: '李某', phone: '13900001111', statement: 'Not their design.', locale: 'en' }), 201);
    const [objection] = await db().query('SELECT id FROM objections WHERE application_id = $1', [file.id]);
    // The admins are told of it, all but the applicant.
    const [received] = await db().query("SELECT recipients FROM outbox_events WHERE type = 'objection.received' AND payload->>'objectionId' = $1", [objection.id]);
    const told = (received.recipients as { userId?: string }[]).map((r) => r.userId);
    expect([told.includes(other.id), told.includes(admin.id)]).toEqual([true, false]);
    expect((await admin.client.get('/api/v1/objections?limit=100')).body.items.map((o: { id: string }) => o.id)).not.toContain(objection.id);
    const contact = await admin.client.get(`/api/v1/objections/${objection.id}/contact`);
    expectNotFound(contact);
    expect(JSON.stringify(contact.body)).not.toContain('13900001111');
    expectNotFound(await admin.client.post(`/api/v1/objections/${objection.id}/resolve`, { outcome: 'dismissed', note: 'Unfounded.' }));
    expect((await db().query('SELECT status FROM objections WHERE id = $1', [objection.id]))[0].status).toBe('open');

    // The audit log: nothing about the file (the reviewers assigned, the objector's address), however asked.
    for (const query of ['limit=100', 'action=review.assigned&limit=100', 'action=objection.lodged&limit=100', `entityType=application&entityId=${file.id}`, `entityType=objection&entityId=${objection.id}`]) {
      const entries = (await admin.client.get(`/api/v1/admin/audit?${query}`)).body.items as { entityId: string; data: { applicationId?: string } }[];
      expect([query, entries.filter((e) => e.entityId === file.id || e.data?.applicationId === file.id)]).toEqual([query, []]);
    }
    expect((await other.client.get(`/api/v1/admin/audit?entityType=application&entityId=${file.id}`)).body.items.length).toBeGreaterThan(0);
    expect(await statusOf(app, file.id)).toBe('public_notice');
  });
});
