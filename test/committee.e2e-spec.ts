import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import {
  ApiClient,
  CommitteeMemberFixture,
  confirmCalendarYears,
  forceTransition,
  makeApplicant,
  makeCommitteeMembers,
  makeOpenCycle,
  makeReadyFile,
  makeReviewedFile,
  makeReviewer,
  makeUser,
  SmtpSink,
  statusOf,
  TestUser,
  usePortal,
  yearsFromToday,
  submitToOffice,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;
const SIZE = 25;

describe('committee meetings: quorum, recusal, secret ballot, paper tallies, close (e2e)', () => {
  const portal = usePortal({ smtp: true, worker: true });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let smtp: SmtpSink;
  let cycle: Cycle;
  let admin: TestUser;
  let applicant: TestUser;
  let outsider: TestUser;
  let members: CommitteeMemberFixture[];
  let committeeId: string;

  const db = () => app.get(DataSource);
  // The term began a month ago: a meeting "yesterday" must be refused as past only, whatever
  // the hour (yesterday in Shanghai falls before a term starting today during 00:00-16:00 UTC).
  const aMonthAgo = () => new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
  const inTwoYears = () => new Date(Date.now() + 2 * 365 * DAY).toISOString().slice(0, 10);

  function committeeBody(overrides: Record<string, unknown> = {}) {
    return {
      nameZh: '重庆市工业设计专业高级职称评审委员会',
      nameEn: 'Chongqing Senior Title Evaluation Committee for Industrial Design',
      organisedBy: 'series',
      levels: ['intermediate', 'associate_senior', 'full_senior'],
      specialties: ['product_design', 'experience_design', 'visual_communication'],
      chairId: members[0].id,
      memberIds: members.map((m) => m.id),
      termStart: aMonthAgo(),
      termEnd: inTwoYears(),
      ...overrides,
    };
  }

  const reviewedFile = () => makeReviewedFile(app, api, cycle);

  /** Declares (as admin) that `member` co-authored with the applicant: a conflict with exactly that file. */
  async function conflict(member: CommitteeMemberFixture, applicantId: string) {
    const res = await admin.client.post(`/api/v1/admin/reviewers/${member.id}/conflicts`, { kind: 'coauthor', partyType: 'user', userId: applicantId, note: 'co-designed a product line' });
    expect({ status: res.status, body: res.status === 201 ? 'ok' : res.body }).toEqual({ status: 201, body: 'ok' });
  }

  async function schedule(applicationIds: string[], committee = committeeId) {
    const res = await admin.client.call('post', '/api/v1/meetings', {
      body: { committeeId: committee, cycleId: cycle.id, scheduledAt: new Date(Date.now() + DAY).toISOString(), location: '会议室 301', applicationIds },
    });
    expect({ status: res.status, body: res.status === 201 ? 'ok' : res.body }).toEqual({ status: 201, body: 'ok' });
    expect(res.body).toMatchObject({ status: 'scheduled', viewerRole: 'admin' });
    expect(res.body.items.map((i: { applicationId: string; position: number }) => [i.applicationId, i.position])).toEqual(applicationIds.map((id, i) => [id, i + 1]));
    return res.body.id as string;
  }

  async function vote(meetingId: string, voters: CommitteeMemberFixture[], applicationId: string, choice: 'yes' | 'no' | 'abstain') {
    for (const m of voters) {
      const res = await m.client.call('post', '/api/v1/meetings/{id}/ballots', { path: { id: meetingId }, body: { applicationId, vote: choice } });
      expect({ status: res.status, body: res.status === 201 ? 'ok' : res.body }).toEqual({ status: 201, body: 'ok' });
    }
  }

  beforeAll(async () => {
    ({ app, api, smtp, admin } = portal);
    cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    // Closing posts passed files on notice from today: the calendar must cover where that ends.
    await confirmCalendarYears(admin.client, yearsFromToday());
    applicant = await makeApplicant(app, api);
    outsider = await makeReviewer(app, api);
    members = await makeCommitteeMembers(app, api, SIZE);
    const created = await admin.client.post('/api/v1/committees', committeeBody());
    expect({ status: created.status, body: created.status === 201 ? 'ok' : created.body }).toEqual({ status: 201, body: 'ok' });
    committeeId = created.body.id;
  });

  describe('committees', () => {
    it('is created with its members, the chair and the configured minimum for a series committee', async () => {
      const res = await admin.client.get(`/api/v1/committees/${committeeId}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ organisedBy: 'series', memberCount: SIZE, minimumSize: 25, chairId: members[0].id });
      expect([...res.body.memberIds].sort()).toEqual(members.map((m) => m.id).sort());
    });

    // The size, term and membership matrices are test/service/committees.service-spec.ts; these two prove the HTTP wiring.
    it('refuses an even number of members, naming memberIds', async () => {
      const res = await admin.client.post('/api/v1/committees', committeeBody({ memberIds: [...members.map((m) => m.id), outsider.id] }));
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'memberIds', code: 'COMMITTEE_SIZE_EVEN' })]));
      expect(res.body.message).toMatch(/memberIds: A committee has an odd number of members; memberIds lists 26/);
    });

    it('refuses a term over three years, a chair outside the committee and members outside the expert pool, each by field', async () => {
      const termStart = '2026-01-01';
      const res = await admin.client.post(
        '/api/v1/committees',
        committeeBody({ termStart, termEnd: '2029-01-01', chairId: outsider.id, memberIds: [...members.slice(0, 24).map((m) => m.id), applicant.id] }),
      );
      expect(res.status).toBe(400);
      const paths = res.body.details.map((d: { path: string; code: string }) => `${d.path}:${d.code}`);
      expect(paths).toEqual(expect.arrayContaining(['termEnd:TERM_TOO_LONG', 'chairId:CHAIR_NOT_MEMBER', 'memberIds[24]:MEMBER_NOT_IN_POOL']));
    });

    it('is changed by PATCH while every rule still holds', async () => {
      const renamed = await admin.client.patch(`/api/v1/committees/${committeeId}`, { nameEn: 'Chongqing Industrial Design Committee' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ nameEn: 'Chongqing Industrial Design Committee', version: 2, memberCount: SIZE });
      const even = await admin.client.patch(`/api/v1/committees/${committeeId}`, { memberIds: members.slice(0, 24).map((m) => m.id) });
      expect(even.status).toBe(400);
      expect(even.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'memberIds', code: 'COMMITTEE_SIZE_EVEN' })]));
      expect((await admin.client.get(`/api/v1/committees/${committeeId}`)).body.memberCount).toBe(SIZE);
    });

    it('lists committees newest first with their members by name and the configured rules; the candidates are the active pool by name (admins only)', async () => {
      const list = await admin.client.get('/api/v1/committees?limit=100');
      expect(list.status).toBe(200);
      expect(list.body.rules).toEqual({ minimumSizeSeries: 25, minimumSizeSpecialty: 11, quorumNumerator: 2, quorumDenominator: 3, maxTermYears: 3 });
      const listed = list.body.items.find((c: { id: string }) => c.id === committeeId);
      expect(listed).toMatchObject({ memberCount: SIZE, chairId: members[0].id });
      expect(listed.members).toHaveLength(SIZE);
      expect(listed.members.every((m: { id: string; fullName: string | null }) => listed.memberIds.includes(m.id) && typeof m.fullName === 'string' && m.fullName.length > 0)).toBe(true);
      expect((await admin.client.get(`/api/v1/committees/${committeeId}`)).body.members.map((m: { id: string }) => m.id)).toEqual((await admin.client.get(`/api/v1/committees/${committeeId}`)).body.memberIds);
      const candidates: { userId: string; fullName: string }[] = [];
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page: { status: number; body: { items: { userId: string; fullName: string }[]; nextCursor: string | null } } = await admin.client.get(`/api/v1/committees/candidates?limit=10${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.status).toBe(200);
        candidates.push(...page.body.items);
        cursor = page.body.nextCursor;
      }
      const ids = candidates.map((c) => c.userId);
      expect(ids).toEqual(expect.arrayContaining(members.map((m) => m.id)));
      // A reviewer without a pool profile (outsider) and an applicant may not sit on a committee.
      expect(ids).not.toContain(applicant.id);
      expect(ids).not.toContain(outsider.id);
      expect(candidates.every((c) => c.fullName.length > 0)).toBe(true);
      expect((await members[0].client.get('/api/v1/committees')).status).toBe(403);
      expect((await members[0].client.get('/api/v1/committees/candidates')).status).toBe(403);
    });

    it('is visible to its members only: another reviewer gets 404, an applicant 403, and neither may change it', async () => {
      expect((await members[3].client.get(`/api/v1/committees/${committeeId}`)).status).toBe(200);
      expect((await outsider.client.get(`/api/v1/committees/${committeeId}`)).status).toBe(404);
      expect((await applicant.client.get(`/api/v1/committees/${committeeId}`)).status).toBe(403);
      expect((await members[0].client.patch(`/api/v1/committees/${committeeId}`, { nameEn: 'x' })).status).toBe(403);
      expect((await members[0].client.post('/api/v1/committees', committeeBody())).status).toBe(403);
    });
  });

  describe('scheduling', () => {
    it('refuses agenda entries that are not reviewed files, naming each', async () => {
      const draft = await makeReadyFile(app, applicant.client, applicant.id, cycle);
      const res = await admin.client.post('/api/v1/meetings', {
        committeeId,
        cycleId: cycle.id,
        scheduledAt: new Date(Date.now() + DAY).toISOString(),
        location: '会议室 301',
        applicationIds: [draft, '00000000-0000-4000-8000-000000000000'],
      });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'AGENDA_REFUSED' });
      expect(res.body.details).toEqual([
        expect.objectContaining({ path: 'applicationIds[0]', code: 'NOT_REVIEWED' }),
        expect.objectContaining({ path: 'applicationIds[1]', code: 'APPLICATION_NOT_FOUND' }),
      ]);
      const past = await admin.client.post('/api/v1/meetings', { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() - DAY).toISOString(), location: 'x', applicationIds: [draft] });
      expect(past.status).toBe(400);
      expect(past.body.details).toEqual([expect.objectContaining({ path: 'scheduledAt', code: 'DATE_IN_PAST' })]);
      expect((await members[0].client.post('/api/v1/meetings', { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() + DAY).toISOString(), location: 'x', applicationIds: [draft] })).status).toBe(403);
    });

    it('notifies every member by e-mail, and a file sits on one undecided agenda only', async () => {
      const file = await reviewedFile();
      const meetingId = await schedule([file.id]);
      for (const m of [members[0], members[12], members[24]]) {
        const [mail] = await smtp.waitFor(m.email, 1, 20000, (msg) => msg.subject.startsWith('Meeting notice'));
        expect(mail.subject).toContain('Chongqing Industrial Design Committee');
        expect(mail.text).toContain('会议室 301');
      }
      const [row] = await db().query("SELECT recipients FROM outbox_events WHERE type = 'committee.meeting_scheduled' AND payload->>'meetingId' = $1", [meetingId]);
      expect(row.recipients).toHaveLength(SIZE);
      const again = await admin.client.post('/api/v1/meetings', { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() + DAY).toISOString(), location: 'x', applicationIds: [file.id] });
      expect(again.status).toBe(422);
      expect(again.body.details).toEqual([expect.objectContaining({ path: 'applicationIds[0]', code: 'ALREADY_ON_AGENDA' })]);
    });
  });

  describe('listing', () => {
    it('lists a member the meetings of their committees, latest first, page by page; another reviewer none', async () => {
      const [first, second] = [await reviewedFile(), await reviewedFile()];
      const earlier = await admin.client.post('/api/v1/meetings', { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() + 3 * DAY).toISOString(), location: 'A', applicationIds: [first.id] });
      const later = await admin.client.post('/api/v1/meetings', { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() + 4 * DAY).toISOString(), location: 'B', applicationIds: [second.id] });
      expect([earlier.status, later.status]).toEqual([201, 201]);
      const page1 = await members[7].client.get(`/api/v1/meetings?committeeId=${committeeId}&limit=1`);
      expect(page1.status).toBe(200);
      expect(page1.body.items.map((m: { id: string }) => m.id)).toEqual([later.body.id]);
      const page2 = await members[7].client.get(`/api/v1/meetings?committeeId=${committeeId}&limit=1&cursor=${page1.body.nextCursor}`);
      expect(page2.body.items.map((m: { id: string }) => m.id)).toEqual([earlier.body.id]);
      expect((await outsider.client.get('/api/v1/meetings')).body.items).toEqual([]);
      expect((await admin.client.get('/api/v1/meetings?limit=100')).body.items.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining([earlier.body.id, later.body.id]));
      expect((await applicant.client.get('/api/v1/meetings')).status).toBe(403);
      expect((await admin.client.get('/api/v1/meetings?committeeId=nope')).status).toBe(400);
    });
  });

  describe('a meeting of 25 with 24 present: quorum, recusals at the two-thirds boundary, secret ballots, close', () => {
    const present = () => members.slice(0, 24);
    const absent = () => members[24];
    let meetingId: string;
    let a: { id: string; owner: TestUser };
    let b: { id: string; owner: TestUser };
    let c: { id: string; owner: TestUser };
    let paper: { id: string; owner: TestUser };

    beforeAll(async () => {
      [a, b, c, paper] = [await reviewedFile(), await reviewedFile(), await reviewedFile(), await reviewedFile()];
      // B: member 1 conflicts (23 entitled); C: members 1 and 2 conflict (22 entitled).
      await conflict(members[1], b.owner.id);
      await conflict(members[1], c.owner.id);
      await conflict(members[2], c.owner.id);
      meetingId = await schedule([a.id, b.id, c.id, paper.id]);
    });

    it('shows a member before the opening which items they may vote on', async () => {
      const view = await members[1].client.get(`/api/v1/meetings/${meetingId}`);
      expect(view.status).toBe(200);
      expect(view.body.viewerRole).toBe('member');
      const byId = new Map(view.body.items.map((i: { applicationId: string }) => [i.applicationId, i]));
      expect(byId.get(a.id)).toMatchObject({ mayVote: true, canVoteNow: false, voted: false });
      expect(byId.get(b.id)).toMatchObject({ mayVote: false, recusalReasons: ['DECLARED_RELATION'] });
      expect(byId.get(c.id)).toMatchObject({ mayVote: false });
      expect(view.body.items[0]).not.toHaveProperty('recusals');
      expect((await outsider.client.get(`/api/v1/meetings/${meetingId}`)).status).toBe(404);
      expect((await applicant.client.get(`/api/v1/meetings/${meetingId}`)).status).toBe(403);
      expect((await a.owner.client.get(`/api/v1/meetings/${meetingId}`)).status).toBe(403);
    });

    // The quorum matrix (sizes 5 to 11, at and below the boundary) is test/service/committees.service-spec.ts.
    it('refuses to open without a quorum, saying how many are missing', async () => {
      // 2/3 of 25 is 16.67: 17 must attend.
      const res = await admin.client.post(`/api/v1/meetings/${meetingId}/open`, { presentMemberIds: members.slice(0, 16).map((m) => m.id) });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'QUORUM_NOT_MET', details: { present: 16, required: 17, members: 25, missing: 1 } });
      expect(res.body.message).toMatch(/1 more member must attend/);
      const stranger = await admin.client.post(`/api/v1/meetings/${meetingId}/open`, { presentMemberIds: [...members.slice(0, 17).map((m) => m.id), outsider.id] });
      expect(stranger.status).toBe(400);
      expect(stranger.body.details).toEqual([expect.objectContaining({ path: 'presentMemberIds[17]', code: 'NOT_A_MEMBER' })]);
      expect((await admin.client.get(`/api/v1/meetings/${meetingId}`)).body.status).toBe('scheduled');
    });

    it('opens with a quorum, fixing attendance and each item\'s entitled members', async () => {
      const res = await admin.client.post(`/api/v1/meetings/${meetingId}/open`, { presentMemberIds: present().map((m) => m.id) });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'open', memberCount: 25, presentCount: 24, quorumRequired: 17 });
      const entitled = Object.fromEntries(res.body.items.map((i: { applicationId: string; entitledPresent: number }) => [i.applicationId, i.entitledPresent]));
      expect(entitled).toEqual({ [a.id]: 24, [b.id]: 23, [c.id]: 22, [paper.id]: 24 });
      const recusals = res.body.items.find((i: { applicationId: string }) => i.applicationId === c.id).recusals.map((r: { memberId: string }) => r.memberId).sort();
      expect(recusals).toEqual([members[1].id, members[2].id].sort());
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/open`, { presentMemberIds: present().map((m) => m.id) })).status).toBe(409);
    });

    it('takes each entitled present member\'s ballot once, never echoing the choice', async () => {
      // A: 16 of 24 yes -> passes exactly at the boundary.
      await vote(meetingId, present().slice(0, 16), a.id, 'yes');
      await vote(meetingId, present().slice(16, 24), a.id, 'no');
      // B: member 1 recused, 23 entitled; 15 yes -> 45 < 46, fails.
      const entitledB = present().filter((m) => m.id !== members[1].id);
      await vote(meetingId, entitledB.slice(0, 15), b.id, 'yes');
      await vote(meetingId, entitledB.slice(15, 22), b.id, 'no');
      await vote(meetingId, entitledB.slice(22), b.id, 'abstain');
      // C: members 1 and 2 recused, 22 entitled; the same 15 yes -> 45 >= 44, passes.
      const entitledC = present().filter((m) => m.id !== members[1].id && m.id !== members[2].id);
      await vote(meetingId, entitledC.slice(0, 15), c.id, 'yes');
      await vote(meetingId, entitledC.slice(15), c.id, 'no');

      const receipt = await members[0].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: paper.id, vote: 'abstain' });
      expect(receipt.status).toBe(201);
      expect(receipt.body).toEqual({ meetingId, applicationId: paper.id, voted: true });
    });

    it('refuses a second ballot, a recused member, an absent member, a stranger and an admin', async () => {
      const twice = await members[0].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: a.id, vote: 'no' });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('ALREADY_VOTED');
      const recused = await members[1].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: b.id, vote: 'yes' });
      expect(recused.status).toBe(403);
      expect(recused.body.code).toBe('MEMBER_RECUSED');
      const away = await absent().client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: a.id, vote: 'yes' });
      expect(away.status).toBe(403);
      expect(away.body.code).toBe('MEMBER_NOT_PRESENT');
      expect((await outsider.client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: a.id, vote: 'yes' })).status).toBe(404);
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: a.id, vote: 'yes' })).status).toBe(403);
      const bad = await members[3].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: a.id, vote: 'maybe' });
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ path: 'vote' })]);
    });

    it('stores no row that links a member to a choice', async () => {
      // The participation table says who voted on what, and nothing else: no vote, no time, no serial.
      const columns = await db().query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name LIKE 'committee%'");
      const of = (table: string) => columns.filter((c: { table_name: string }) => c.table_name === table).map((c: { column_name: string }) => c.column_name).sort();
      expect(of('committee_ballot_participations')).toEqual(['application_id', 'meeting_id', 'member_id']);
      // The item's only time is the chair's close of its vote (a chair's act, written by no ballot).
      expect(of('committee_meeting_items').filter((c: string) => /member|user|_at$|created|updated/.test(c))).toEqual(['voting_closed_at']);
      expect(of('committee_ballot_choices')).toEqual(['application_id', 'choice', 'id', 'meeting_id', 'paper_hash']);
      const participations = await db().query('SELECT * FROM committee_ballot_participations WHERE meeting_id = $1 AND application_id = $2', [meetingId, a.id]);
      expect(participations).toHaveLength(24);
      // The choices are there, each alone; the totals do not exist before the close.
      const choices = await db().query('SELECT choice, count(*)::int AS n FROM committee_ballot_choices WHERE meeting_id = $1 AND application_id = $2 GROUP BY choice ORDER BY choice', [meetingId, a.id]);
      expect(choices).toEqual([{ choice: 'no', n: 8 }, { choice: 'yes', n: 16 }]);
      const [item] = await db().query('SELECT yes_count, no_count, abstain_count FROM committee_meeting_items WHERE meeting_id = $1 AND application_id = $2', [meetingId, a.id]);
      expect(item).toEqual({ yes_count: 0, no_count: 0, abstain_count: 0 });

      // No row of any table both names a member and holds a vote: every row as JSON, searched.
      const tables: { table_name: string }[] = await db().query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
      const voteValue = /"(yes|no|abstain)"/;
      const memberIds = members.map((m) => m.id);
      const offending: string[] = [];
      for (const { table_name } of tables) {
        const rows: { row: string }[] = await db().query(`SELECT row_to_json(t)::text AS row FROM ${JSON.stringify(table_name)} t`);
        for (const { row } of rows) if (voteValue.test(row) && memberIds.some((id) => row.includes(id))) offending.push(`${table_name}: ${row.slice(0, 200)}`);
      }
      expect(offending).toEqual([]);
      // Nor does an admin's view carry live electronic totals or counts while the meeting is open.
      const view = await admin.client.get(`/api/v1/meetings/${meetingId}`);
      const itemA = view.body.items.find((i: { applicationId: string }) => i.applicationId === a.id);
      expect(itemA).toMatchObject({ mode: null, votingComplete: true, tally: null });
      expect(itemA).not.toHaveProperty('ballotsCast');
    });

    it('keeps paper tallies within the entitled present members and never mixes them with ballots', async () => {
      // The paper item got one electronic ballot above: a tally is refused on it.
      const mixed = await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: paper.id, yes: 10, no: 2, abstain: 1 });
      expect(mixed.status).toBe(409);
      expect(mixed.body.code).toBe('ITEM_MODE_CONFLICT');
    });

    it('shows a member what they voted on, not how', async () => {
      const view = await members[0].client.get(`/api/v1/meetings/${meetingId}`);
      const itemA = view.body.items.find((i: { applicationId: string }) => i.applicationId === a.id);
      expect(itemA).toMatchObject({ voted: true, canVoteNow: false, mayVote: true });
      expect(JSON.stringify(view.body)).not.toMatch(/"(yes|no|abstain)"/);
    });

    it('refuses to close while an item has neither ballots nor a tally', async () => {
      const file = await reviewedFile();
      const other = await schedule([file.id]);
      expect((await admin.client.post(`/api/v1/meetings/${other}/open`, { presentMemberIds: present().map((m) => m.id) })).status).toBe(200);
      const res = await admin.client.post(`/api/v1/meetings/${other}/close`);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'ITEMS_NOT_VOTED' });
      expect(await statusOf(app, file.id)).toBe('reviewed');
    });

    it('closes in one step: passed files on public notice, failed ones rejected at the committee stage, minutes written', async () => {
      // The paper item: finish it electronically (23 more, 17 yes of 24 entitled -> passes... 1 abstain + 16 yes + 7 no).
      await vote(meetingId, present().slice(1, 17), paper.id, 'yes');
      await vote(meetingId, present().slice(17, 24), paper.id, 'no');
      expect((await members[5].client.get(`/api/v1/meetings/${meetingId}/minutes`)).status).toBe(409);

      const res = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
      expect(await statusOf(app, a.id)).toBe('public_notice');
      expect(await statusOf(app, b.id)).toBe('rejected');
      expect(await statusOf(app, c.id)).toBe('public_notice');
      expect(await statusOf(app, paper.id)).toBe('public_notice');

      const minutes = res.body;
      expect(minutes.attendance).toMatchObject({ members: 25, present: 24, absent: 1, absentMembers: [{ memberId: absent().id, name: absent().fullName }] });
      expect(minutes.quorum).toEqual({ share: '2/3', required: 17, present: 24, met: true });
      const items = Object.fromEntries(minutes.items.map((i: { applicationId: string }) => [i.applicationId, i]));
      expect(items[a.id]).toMatchObject({ mode: 'electronic', entitledPresent: 24, yes: 16, no: 8, abstain: 0, notVoting: 0, outcome: 'passed', recusals: [] });
      expect(items[b.id]).toMatchObject({ entitledPresent: 23, yes: 15, no: 7, abstain: 1, outcome: 'failed', recusals: [{ memberId: members[1].id, reasons: ['DECLARED_RELATION'] }] });
      expect(items[c.id]).toMatchObject({ entitledPresent: 22, yes: 15, no: 7, outcome: 'passed' });
      expect(items[c.id].recusals).toHaveLength(2);
      expect(items[paper.id]).toMatchObject({ yes: 16, no: 7, abstain: 1, outcome: 'passed' });
      expect(JSON.stringify(minutes)).not.toMatch(/"vote"/);

      // The same minutes for a member; none for anyone else.
      const read = await members[5].client.get(`/api/v1/meetings/${meetingId}/minutes`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual(minutes);
      expect((await outsider.client.get(`/api/v1/meetings/${meetingId}/minutes`)).status).toBe(404);
      expect((await applicant.client.get(`/api/v1/meetings/${meetingId}/minutes`)).status).toBe(403);

      // The failed file's trail: history with the committee stage, the rejection message with its appeal deadline.
      const [history] = await db().query("SELECT action, reason, data FROM application_history WHERE application_id = $1 AND action = 'committee_failed'", [b.id]);
      expect(history.data).toMatchObject({ stage: 'committee_vote', meetingId, yes: 15, entitledPresent: 23 });
      expect(history.reason).toMatch(/15 yes of 23/);
      const [rejected] = await db().query("SELECT payload FROM outbox_events WHERE type = 'application.rejected' AND payload->>'applicationId' = $1", [b.id]);
      expect(rejected.payload).toMatchObject({ stage: 'committee_vote', appealDeadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/) });
      const [told] = await smtp.waitFor(b.owner.email, 1, 20000, (m) => /did not pass the committee vote/.test(m.text));
      expect(told.text).toContain(rejected.payload.appealDeadline);

      // The passed files: on notice with its dates, told to the applicant.
      const notices = await db().query('SELECT application_id FROM public_notices WHERE application_id = ANY($1::uuid[])', [[a.id, b.id, c.id, paper.id]]);
      expect(notices.map((n: { application_id: string }) => n.application_id).sort()).toEqual([a.id, c.id, paper.id].sort());
      const [posted] = await db().query("SELECT payload FROM outbox_events WHERE type = 'application.public_notice' AND payload->>'applicationId' = $1", [a.id]);
      expect(posted.payload).toMatchObject({ noticeStartDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), noticeEndDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

      // Closed is closed.
      const again = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect(again.status).toBe(409);
      expect((await members[3].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: a.id, vote: 'yes' })).status).toBe(409);
    });
  });

  describe('paper tallies and concurrent closes', () => {
    it('changes nothing when the public notice refuses the passed files (a calendar year nobody confirmed), and closes once it is confirmed', async () => {
      const [passing, failing] = [await reviewedFile(), await reviewedFile()];
      const meetingId = await schedule([passing.id, failing.id]);
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/open`, { presentMemberIds: members.slice(0, 17).map((m) => m.id) })).status).toBe(200);
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: passing.id, yes: 12, no: 5, abstain: 0 })).status).toBe(200);
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: failing.id, yes: 2, no: 15, abstain: 0 })).status).toBe(200);

      // Test set-up: take back the seeded confirmation of the calendar years (the notice module's table).
      const confirmed = await db().query('SELECT region, year, source, confirmed_by, confirmed_at FROM calendar_years');
      await db().query('DELETE FROM calendar_years');
      let refused;
      try {
        refused = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      } finally {
        for (const y of confirmed) {
          await db().query('INSERT INTO calendar_years (region, year, source, confirmed_by, confirmed_at) VALUES ($1, $2, $3, $4, $5)', [y.region, y.year, y.source, y.confirmed_by, y.confirmed_at]);
        }
      }
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('CALENDAR_YEAR_UNCONFIRMED');
      // Nothing moved: both files reviewed, no history, no message, the meeting still open.
      expect([await statusOf(app, passing.id), await statusOf(app, failing.id)]).toEqual(['reviewed', 'reviewed']);
      expect(await db().query("SELECT 1 FROM application_history WHERE application_id = ANY($1::uuid[]) AND action LIKE 'committee%'", [[passing.id, failing.id]])).toEqual([]);
      expect(await db().query("SELECT 1 FROM outbox_events WHERE type IN ('application.rejected', 'application.public_notice') AND payload->>'applicationId' = ANY($1::text[])", [[passing.id, failing.id]])).toEqual([]);
      expect((await admin.client.get(`/api/v1/meetings/${meetingId}`)).body.status).toBe('open');

      const closed = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect(closed.status).toBe(200);
      expect([await statusOf(app, passing.id), await statusOf(app, failing.id)]).toEqual(['public_notice', 'rejected']);
    });

    it('never lets an admin schedule, open, tally or close a meeting deciding their own file (as if the file or meeting did not exist)', async () => {
      const adminApplicant = await makeUser(app, api, { roles: ['applicant', 'admin'] });
      const id = await makeReadyFile(app, adminApplicant.client, adminApplicant.id, cycle);
      expect((await submitToOffice(app, adminApplicant.client, id)).status).toBe(200);
      await forceTransition(app, id, 'accept_qualification');
      await forceTransition(app, id, 'complete_review');
      const own = await adminApplicant.client.post('/api/v1/meetings', { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() + DAY).toISOString(), location: 'x', applicationIds: [id] });
      expect(own.status).toBe(422);
      expect(own.body.details).toEqual([expect.objectContaining({ path: 'applicationIds[0]', code: 'APPLICATION_NOT_FOUND' })]);
      const meetingId = await schedule([id]);
      const present = { presentMemberIds: members.slice(0, 17).map((m) => m.id) };
      expect((await adminApplicant.client.post(`/api/v1/meetings/${meetingId}/open`, present)).body.code).toBe('MEETING_NOT_FOUND');
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/open`, present)).status).toBe(200);
      expect((await adminApplicant.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: id, yes: 17, no: 0, abstain: 0 })).status).toBe(404);
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: id, yes: 0, no: 17, abstain: 0 })).status).toBe(200);
      const close = await adminApplicant.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect(close.status).toBe(404);
      expect(close.body.code).toBe('MEETING_NOT_FOUND');
      // What they read of the meeting leaves their own item out.
      expect((await adminApplicant.client.get(`/api/v1/meetings/${meetingId}`)).body.items).toEqual([]);
      expect(await statusOf(app, id)).toBe('reviewed');
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/close`)).status).toBe(200);
      expect(await statusOf(app, id)).toBe('rejected');
    });

    it('leaves a file withdrawn before the vote undecided', async () => {
      const [kept, withdrawn] = [await reviewedFile(), await reviewedFile()];
      const meetingId = await schedule([kept.id, withdrawn.id]);
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/open`, { presentMemberIds: members.slice(0, 17).map((m) => m.id) })).status).toBe(200);
      expect((await withdrawn.owner.client.post(`/api/v1/applications/${withdrawn.id}/withdraw`, { reason: 'Moving abroad' })).status).toBe(200);
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: kept.id, yes: 1, no: 16, abstain: 0 })).status).toBe(200);
      const closed = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect(closed.status).toBe(200);
      expect(closed.body.items.map((i: { outcome: string }) => i.outcome)).toEqual(['failed', 'withdrawn']);
      expect([await statusOf(app, kept.id), await statusOf(app, withdrawn.id)]).toEqual(['rejected', 'withdrawn']);
    });

    it('records a paper tally within the entitled present members and closes once under concurrent requests', async () => {
      const file = await reviewedFile();
      const meetingId = await schedule([file.id]);
      const attending = members.slice(0, 17);
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/open`, { presentMemberIds: attending.map((m) => m.id) })).status).toBe(200);

      const tooMany = await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: file.id, yes: 10, no: 5, abstain: 3 });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.details).toEqual([expect.objectContaining({ path: 'yes', code: 'TALLY_EXCEEDS_ENTITLED' })]);
      expect(tooMany.body.message).toMatch(/18, more than the 17/);
      const negative = await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: file.id, yes: -1, no: 0, abstain: 0 });
      expect(negative.status).toBe(400);
      expect((await members[0].client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: file.id, yes: 1, no: 0, abstain: 0 })).status).toBe(403);

      // 11 of 17: 33 < 34, fails.
      const tally = await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: file.id, yes: 11, no: 5, abstain: 1 });
      expect(tally.status).toBe(200);
      expect(tally.body).toEqual({ yes: 11, no: 5, abstain: 1, entitledPresent: 17 });
      const ballot = await members[0].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: file.id, vote: 'yes' });
      expect(ballot.status).toBe(409);
      expect(ballot.body.code).toBe('ITEM_MODE_CONFLICT');
      // The admin sees a paper tally at once (it is no secret ballot).
      const view = await admin.client.get(`/api/v1/meetings/${meetingId}`);
      expect(view.body.items[0]).toMatchObject({ mode: 'paper', tally: { yes: 11, no: 5, abstain: 1 } });

      const closes = await Promise.all([1, 2, 3].map(() => admin.client.post(`/api/v1/meetings/${meetingId}/close`)));
      expect(closes.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      expect(await statusOf(app, file.id)).toBe('rejected');
      const history = await db().query("SELECT action FROM application_history WHERE application_id = $1 AND action = 'committee_failed'", [file.id]);
      expect(history).toHaveLength(1);
      const events = await db().query("SELECT id FROM outbox_events WHERE type = 'application.rejected' AND payload->>'applicationId' = $1", [file.id]);
      expect(events).toHaveLength(1);
      const minutes = await admin.client.get(`/api/v1/meetings/${meetingId}/minutes`);
      expect(minutes.body.items[0]).toMatchObject({ mode: 'paper', entitledPresent: 17, yes: 11, no: 5, abstain: 1, notVoting: 0, outcome: 'failed' });
    });
  });
});
