import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import {
  ApiClient,
  CommitteeMemberFixture,
  confirmCalendarYears,
  makeCommitteeMembers,
  makeOpenCycle,
  makeReviewedFile,
  ownerQuery,
  statusOf,
  TestUser,
  usePortal,
  yearsFromToday,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;

/**
 * The secret ballot against someone who reads the database itself (issue 23, item 2): the
 * participation and the choice are two transactions that share no row, no row version of any
 * other table dates a ballot, the totals exist only from the close, and the close waits for
 * every entitled present member or the chair's per-item close.
 */
describe('secret ballot: participation apart from the choice, totals at the close (e2e)', () => {
  const portal = usePortal({ env: { COMMITTEE_MIN_SIZE_SPECIALTY: '5' } });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let admin: TestUser;
  let members: CommitteeMemberFixture[];
  let committeeId: string;

  const db = () => app.get(DataSource);
  const chair = () => members[0];

  const reviewedFile = async () => (await makeReviewedFile(app, api, cycle)).id;

  /** A meeting of the five-member committee deciding `count` fresh files, opened with `present` members. */
  async function openMeeting(count: number, present: CommitteeMemberFixture[]): Promise<{ meetingId: string; items: string[] }> {
    const items: string[] = [];
    for (let i = 0; i < count; i++) items.push(await reviewedFile());
    const scheduled = await admin.client.post('/api/v1/meetings', { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() + DAY).toISOString(), location: '会议室 302', applicationIds: items });
    expect({ status: scheduled.status, body: scheduled.status === 201 ? 'ok' : scheduled.body }).toEqual({ status: 201, body: 'ok' });
    const opened = await admin.client.post(`/api/v1/meetings/${scheduled.body.id}/open`, { presentMemberIds: present.map((m) => m.id) });
    expect(opened.status).toBe(200);
    return { meetingId: scheduled.body.id, items };
  }

  async function ballot(member: CommitteeMemberFixture, meetingId: string, applicationId: string, vote: 'yes' | 'no' | 'abstain') {
    const res = await member.client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId, vote });
    expect({ status: res.status, body: res.status === 201 ? 'ok' : res.body }).toEqual({ status: 201, body: 'ok' });
  }

  async function takePaper(member: CommitteeMemberFixture, meetingId: string, applicationId: string): Promise<string> {
    const res = await member.client.post(`/api/v1/meetings/${meetingId}/ballot-papers`, { applicationId });
    expect({ status: res.status, body: res.status === 201 ? 'ok' : res.body }).toEqual({ status: 201, body: 'ok' });
    expect(res.body).toEqual({ meetingId, applicationId, ballotToken: expect.any(String) });
    return res.body.ballotToken;
  }

  const participationXmin = async (meetingId: string, applicationId: string, memberId: string) =>
    (await db().query('SELECT xmin::text AS x FROM committee_ballot_participations WHERE meeting_id = $1 AND application_id = $2 AND member_id = $3', [meetingId, applicationId, memberId]))[0].x as string;

  /** Every live row of every table of the schema written by transaction `xid`, as "table" names (one per row). */
  async function rowsWrittenBy(xid: string): Promise<string[]> {
    const tables: { name: string }[] = await db().query("SELECT format('%I', relname) AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname");
    const found: string[] = [];
    for (const { name } of tables) {
      const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM ${name} WHERE xmin::text = $1`, [xid]);
      for (let i = 0; i < n; i++) found.push(name);
    }
    return found;
  }

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    // Closing posts passed files on notice from today: the calendar must cover where that ends.
    await confirmCalendarYears(admin.client, yearsFromToday());
    members = await makeCommitteeMembers(app, api, 5);
    const created = await admin.client.post('/api/v1/committees', {
      nameZh: '工业设计专业评审委员会',
      nameEn: 'Industrial Design Committee',
      organisedBy: 'specialty',
      levels: ['intermediate'],
      specialties: ['product_design', 'experience_design', 'visual_communication'],
      chairId: chair().id,
      memberIds: members.map((m) => m.id),
      termStart: new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10),
      termEnd: new Date(Date.now() + 2 * 365 * DAY).toISOString().slice(0, 10),
    });
    expect({ status: created.status, body: created.status === 201 ? 'ok' : created.body }).toEqual({ status: 201, body: 'ok' });
    committeeId = created.body.id;
  });

  describe('what the database holds', () => {
    it('writes nothing but the participation row when a member takes a paper, and only the choice row when it is cast', async () => {
      const { meetingId, items } = await openMeeting(1, members);
      const [item] = items;
      const paper = await takePaper(members[1], meetingId, item);
      const tookPart = await participationXmin(meetingId, item, members[1].id);
      expect(await rowsWrittenBy(tookPart)).toEqual(['committee_ballot_participations']);

      const cast = await members[1].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: item, vote: 'yes', ballotToken: paper });
      expect(cast.status).toBe(201);
      expect(cast.body).toEqual({ meetingId, applicationId: item, voted: true });
      const choices = await db().query('SELECT xmin::text AS x, * FROM committee_ballot_choices WHERE meeting_id = $1', [meetingId]);
      expect(choices).toHaveLength(1);
      // The choice row: random id, item, paper hash, choice; no member, no time, no serial.
      expect(Object.keys(choices[0]).sort()).toEqual(['application_id', 'choice', 'id', 'meeting_id', 'paper_hash', 'x']);
      expect(choices[0]).toMatchObject({ choice: 'yes', application_id: item });
      expect(choices[0].x).not.toBe(tookPart);
      expect(await rowsWrittenBy(choices[0].x)).toEqual(['committee_ballot_choices']);
      // The participation row is untouched by the cast, and the agenda item holds no count yet.
      expect(await participationXmin(meetingId, item, members[1].id)).toBe(tookPart);
      const [row] = await db().query('SELECT mode, yes_count, no_count, abstain_count FROM committee_meeting_items WHERE meeting_id = $1', [meetingId]);
      expect(row).toEqual({ mode: null, yes_count: 0, no_count: 0, abstain_count: 0 });
    });

    it('keeps the two transactions apart when a ballot is taken and cast in one call too', async () => {
      const { meetingId, items } = await openMeeting(1, members);
      await ballot(members[2], meetingId, items[0], 'no');
      const tookPart = await participationXmin(meetingId, items[0], members[2].id);
      expect(await rowsWrittenBy(tookPart)).toEqual(['committee_ballot_participations']);
      const [choice] = await db().query('SELECT xmin::text AS x FROM committee_ballot_choices WHERE meeting_id = $1', [meetingId]);
      expect(choice.x).not.toBe(tookPart);
      expect(await rowsWrittenBy(choice.x)).toEqual(['committee_ballot_choices']);
    });

    it('leaves nothing in the heap pages (dead row versions included) that pairs any of five members with a choice', async () => {
      // Test set-up: the contrib extension that reads raw pages, as an attacker with the data files would.
      await ownerQuery(db(), 'CREATE EXTENSION IF NOT EXISTS pageinspect');
      const { meetingId, items } = await openMeeting(1, members);
      const choices: ('yes' | 'no' | 'abstain')[] = ['yes', 'no', 'yes', 'abstain', 'yes'];
      for (const [i, m] of members.entries()) await ballot(m, meetingId, items[0], choices[i]);

      // Raw pages are the owner's to read (the portal's role may not), as they are an insider's with the data files.
      const heapXmins = async (table: string): Promise<{ xmin: string; data: string }[]> =>
        ownerQuery(
          db(),
          `SELECT h.t_xmin::text AS xmin, encode(h.t_data, 'hex') AS data
             FROM generate_series(0, (pg_relation_size($1::text::regclass) / current_setting('block_size')::int)::int - 1) AS blk,
                  heap_page_items(get_raw_page($1::text, blk)) AS h
            WHERE h.t_xmin IS NOT NULL`,
          [table],
        );
      const uuidHex = (id: string) => id.replace(/-/g, '');
      const participations = (await heapXmins('committee_ballot_participations')).filter((t) => t.data.includes(uuidHex(meetingId)));
      expect(participations).toHaveLength(5);
      const participationXmins = new Set(participations.map((p) => p.xmin));
      expect(participationXmins.size).toBe(5);

      // Every tuple, live or dead, of every other table: none was written by a participation's transaction.
      const tables: { name: string }[] = await db().query(
        "SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> 'committee_ballot_participations' AND pg_relation_size(oid) > 0",
      );
      const shared: string[] = [];
      for (const { name } of tables) for (const t of await heapXmins(name)) if (participationXmins.has(t.xmin)) shared.push(name);
      expect(shared).toEqual([]);

      // The choices' pages and the agenda item's pages name no member.
      const memberHex = members.map((m) => uuidHex(m.id));
      for (const table of ['committee_ballot_choices', 'committee_meeting_items']) {
        const tuples = await heapXmins(table);
        expect(tuples.filter((t) => memberHex.some((hex) => t.data.includes(hex)))).toEqual([]);
      }
      const cast = (await heapXmins('committee_ballot_choices')).filter((t) => t.data.includes(uuidHex(meetingId)));
      expect(cast).toHaveLength(5);
      // The agenda item was never rewritten by a ballot: its versions (scheduled, opened) all predate the first one.
      const firstBallot = Math.min(...[...participationXmins].map(Number));
      const versions = (await heapXmins('committee_meeting_items')).filter((t) => t.data.includes(uuidHex(items[0])));
      expect(versions.length).toBeGreaterThan(0);
      expect(versions.filter((t) => Number(t.xmin) >= firstBallot)).toEqual([]);
    });
  });

  describe('closing', () => {
    it('is refused after one ballot of four present members, naming the open items; allowed once all voted or the chair closed the item with a reason', async () => {
      const present = members.slice(0, 4);
      const { meetingId, items } = await openMeeting(2, present);
      const [early, full] = items;
      await ballot(present[1], meetingId, early, 'yes');

      const refused = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('ITEMS_NOT_VOTED');
      expect(refused.body.details.map((d: { message: string }) => d.message).sort()).toEqual([early, full].sort());
      expect(refused.body.message).toContain(early);
      // No live count anywhere in the admin's view: only whether each item's vote is complete.
      const view = await admin.client.get(`/api/v1/meetings/${meetingId}`);
      expect(view.body.items.map((i: { votingComplete: boolean; tally: unknown }) => [i.votingComplete, i.tally])).toEqual([
        [false, null],
        [false, null],
      ]);
      expect(JSON.stringify(view.body)).not.toMatch(/ballotsCast|"(yes|no|abstain)"/);

      // Three vote on the second item, the fourth takes a paper and has not cast it: still open.
      for (const m of present.slice(0, 3)) await ballot(m, meetingId, full, m === present[2] ? 'no' : 'yes');
      const paper = await takePaper(present[3], meetingId, full);
      const stillOpen = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect(stillOpen.status).toBe(422);
      expect(stillOpen.body.details.map((d: { message: string }) => d.message).sort()).toEqual([early, full].sort());
      expect((await present[3].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: full, vote: 'yes', ballotToken: paper })).status).toBe(201);
      const fullView = (await admin.client.get(`/api/v1/meetings/${meetingId}`)).body.items.find((i: { applicationId: string }) => i.applicationId === full);
      expect(fullView.votingComplete).toBe(true);
      const onlyEarly = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect(onlyEarly.status).toBe(422);
      expect(onlyEarly.body.details.map((d: { message: string }) => d.message)).toEqual([early]);

      // Only the chair closes an item's vote, with a reason.
      const byMember = await present[1].client.post(`/api/v1/meetings/${meetingId}/items/${early}/close-voting`, { reason: 'Two members left the room' });
      expect(byMember.status).toBe(403);
      expect(byMember.body.code).toBe('NOT_CHAIR');
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/items/${early}/close-voting`, { reason: 'Two members left the room' })).status).toBe(403);
      expect((await members[4].client.post(`/api/v1/meetings/${meetingId}/items/${early}/close-voting`, {})).status).toBe(400);
      const noReason = await chair().client.post(`/api/v1/meetings/${meetingId}/items/${early}/close-voting`, { reason: '' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details).toEqual([expect.objectContaining({ path: 'reason' })]);
      const closedItem = await chair().client.post(`/api/v1/meetings/${meetingId}/items/${early}/close-voting`, { reason: 'Two members left the room' });
      expect(closedItem.status).toBe(200);
      expect(closedItem.body).toMatchObject({ meetingId, applicationId: early, reason: 'Two members left the room', closedBy: chair().id });
      expect((await chair().client.post(`/api/v1/meetings/${meetingId}/items/${early}/close-voting`, { reason: 'again' })).status).toBe(409);
      const late = await present[2].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: early, vote: 'yes' });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('ITEM_VOTING_CLOSED');
      const memberView = (await present[2].client.get(`/api/v1/meetings/${meetingId}`)).body.items.find((i: { applicationId: string }) => i.applicationId === early);
      expect(memberView).toMatchObject({ votingClosed: true, canVoteNow: false, voted: false });
      const [audit] = await db().query("SELECT actor_id, data FROM audit_log WHERE action = 'committee.item_voting_closed' AND entity_id = $1", [meetingId]);
      expect(audit).toMatchObject({ actor_id: chair().id, data: { applicationId: early, reason: 'Two members left the room' } });

      const closed = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect({ status: closed.status, body: closed.status === 200 ? 'ok' : closed.body }).toEqual({ status: 200, body: 'ok' });
      const minutes = Object.fromEntries(closed.body.items.map((i: { applicationId: string }) => [i.applicationId, i]));
      // One yes of four entitled: fails; the three who did not vote count as not yes.
      expect(minutes[early]).toMatchObject({ mode: 'electronic', entitledPresent: 4, yes: 1, no: 0, abstain: 0, notVoting: 3, outcome: 'failed' });
      expect(minutes[early].votingClosedByChair).toMatchObject({ reason: 'Two members left the room', closedBy: chair().id });
      expect(minutes[full]).toMatchObject({ yes: 3, no: 1, notVoting: 0, outcome: 'passed', votingClosedByChair: null });
      expect([await statusOf(app, early), await statusOf(app, full)]).toEqual(['rejected', 'public_notice']);
    });

    it('decides each file from the totals counted at the close, which exist nowhere before it', async () => {
      const { meetingId, items } = await openMeeting(2, members);
      const [passing, failing] = items;
      // 4 of 5 yes: 12 >= 10 passes; 3 of 5 yes: 9 < 10 fails.
      for (const [i, m] of members.entries()) await ballot(m, meetingId, passing, i < 4 ? 'yes' : 'no');
      for (const [i, m] of members.entries()) await ballot(m, meetingId, failing, i < 3 ? 'yes' : 'abstain');
      const before = await db().query('SELECT mode, yes_count, no_count, abstain_count, outcome FROM committee_meeting_items WHERE meeting_id = $1 ORDER BY position', [meetingId]);
      expect(before).toEqual([
        { mode: null, yes_count: 0, no_count: 0, abstain_count: 0, outcome: null },
        { mode: null, yes_count: 0, no_count: 0, abstain_count: 0, outcome: null },
      ]);
      expect((await admin.client.get(`/api/v1/meetings/${meetingId}`)).body.items.map((i: { votingComplete: boolean }) => i.votingComplete)).toEqual([true, true]);

      const closed = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect(closed.status).toBe(200);
      const after = await db().query('SELECT mode, yes_count, no_count, abstain_count, outcome FROM committee_meeting_items WHERE meeting_id = $1 ORDER BY position', [meetingId]);
      expect(after).toEqual([
        { mode: 'electronic', yes_count: 4, no_count: 1, abstain_count: 0, outcome: 'passed' },
        { mode: 'electronic', yes_count: 3, no_count: 0, abstain_count: 2, outcome: 'failed' },
      ]);
      expect([await statusOf(app, passing), await statusOf(app, failing)]).toEqual(['public_notice', 'rejected']);
      const [history] = await db().query("SELECT data FROM application_history WHERE application_id = $1 AND action = 'committee_failed'", [failing]);
      expect(history.data).toMatchObject({ yes: 3, entitledPresent: 5 });
      // After the close the admin sees the totals.
      const view = await admin.client.get(`/api/v1/meetings/${meetingId}`);
      expect(view.body.items.map((i: { tally: unknown }) => i.tally)).toEqual([
        { yes: 4, no: 1, abstain: 0 },
        { yes: 3, no: 0, abstain: 2 },
      ]);
    });

    it('refuses to count more choices than papers issued on an item (a stuffed ballot box)', async () => {
      const { meetingId, items } = await openMeeting(1, members);
      for (const m of members) await ballot(m, meetingId, items[0], 'no');
      // Test set-up: one more choice than papers, as someone holding the sealing key could add.
      await db().query("INSERT INTO committee_ballot_choices (id, meeting_id, application_id, paper_hash, choice) VALUES (gen_random_uuid(), $1, $2, repeat('a', 64), 'yes')", [meetingId, items[0]]);
      const refused = await admin.client.post(`/api/v1/meetings/${meetingId}/close`);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'BALLOT_COUNT_MISMATCH', details: [expect.objectContaining({ message: items[0] })] });
      expect(await statusOf(app, items[0])).toBe('reviewed');
    });

    it('refuses a paper tally once a member has taken a paper on the item', async () => {
      const { meetingId, items } = await openMeeting(1, members);
      await takePaper(members[3], meetingId, items[0]);
      const tally = await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: items[0], yes: 5, no: 0, abstain: 0 });
      expect(tally.status).toBe(409);
      expect(tally.body.code).toBe('ITEM_MODE_CONFLICT');
    });
  });

  describe('ballot papers', () => {
    it('counts 20 concurrent ballots of one member once, and 20 concurrent casts of one paper once', async () => {
      const { meetingId, items } = await openMeeting(2, members);
      const [one, two] = items;
      const burst = await Promise.all(Array.from({ length: 20 }, () => members[1].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: one, vote: 'yes' })));
      expect(burst.filter((r) => r.status === 201)).toHaveLength(1);
      expect(burst.filter((r) => r.status === 409 && r.body.code === 'ALREADY_VOTED')).toHaveLength(19);

      const paper = await takePaper(members[2], meetingId, two);
      const casts = await Promise.all(Array.from({ length: 20 }, () => members[2].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: two, vote: 'no', ballotToken: paper })));
      expect(casts.filter((r) => r.status === 201)).toHaveLength(1);
      expect(casts.filter((r) => r.status === 409 && r.body.code === 'ALREADY_VOTED')).toHaveLength(19);
      expect((await members[2].client.post(`/api/v1/meetings/${meetingId}/ballot-papers`, { applicationId: two })).body.code).toBe('ALREADY_VOTED');

      const counts = await db().query(
        `SELECT (SELECT count(*)::int FROM committee_ballot_participations WHERE meeting_id = $1) AS participations,
                (SELECT count(*)::int FROM committee_ballot_choices WHERE meeting_id = $1) AS choices`,
        [meetingId],
      );
      expect(counts).toEqual([{ participations: 2, choices: 2 }]);
    });

    it('refuses a paper of another item, an altered one, and a paper cast by a member who took none', async () => {
      const { meetingId, items } = await openMeeting(2, members);
      const [one, two] = items;
      const paper = await takePaper(members[1], meetingId, one);
      const elsewhere = await members[1].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: two, vote: 'yes', ballotToken: paper });
      expect(elsewhere.status).toBe(400);
      expect(elsewhere.body.details).toEqual([expect.objectContaining({ path: 'ballotToken', code: 'BALLOT_TOKEN_INVALID' })]);
      const altered = await members[1].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: one, vote: 'yes', ballotToken: `${paper.slice(0, -2)}xx` });
      expect(altered.status).toBe(400);
      const someoneElse = await members[3].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: one, vote: 'yes', ballotToken: paper });
      expect(someoneElse.status).toBe(403);
      expect(someoneElse.body.code).toBe('BALLOT_PAPER_NOT_TAKEN');
      expect(await db().query('SELECT 1 FROM committee_ballot_choices WHERE meeting_id = $1', [meetingId])).toEqual([]);
    });

    it('hands the member their paper when the choice cannot be stored after the participation, and counts it once when cast again', async () => {
      const { meetingId, items } = await openMeeting(1, members);
      // Test set-up: the choices table refuses every insert for now (a failure between the two transactions).
      await ownerQuery(db(), `CREATE FUNCTION test_refuse_choice() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'storage unavailable'; END $$`);
      await ownerQuery(db(), 'CREATE TRIGGER test_refuse_choice BEFORE INSERT ON committee_ballot_choices FOR EACH ROW EXECUTE FUNCTION test_refuse_choice()');
      let failed;
      try {
        failed = await members[4].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: items[0], vote: 'yes' });
      } finally {
        await ownerQuery(db(), 'DROP TRIGGER test_refuse_choice ON committee_ballot_choices');
        await ownerQuery(db(), 'DROP FUNCTION test_refuse_choice()');
      }
      expect(failed.status).toBe(503);
      expect(failed.body).toMatchObject({ code: 'BALLOT_NOT_RECORDED', details: { ballotToken: expect.any(String) } });
      const again = await members[4].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: items[0], vote: 'yes' });
      expect(again.body.code).toBe('ALREADY_VOTED');
      const cast = await members[4].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: items[0], vote: 'yes', ballotToken: failed.body.details.ballotToken });
      expect(cast.status).toBe(201);
      expect(await db().query('SELECT choice FROM committee_ballot_choices WHERE meeting_id = $1', [meetingId])).toEqual([{ choice: 'yes' }]);
    });
  });
});
