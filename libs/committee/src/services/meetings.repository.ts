import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import type { Vote } from '../domain/rules';
import { ItemMode, ItemOutcome, Meeting, MeetingAttendance, MeetingItem, MeetingRecusal } from '../entities/meeting.entity';

export interface RecusalRow {
  applicationId: string;
  memberId: string;
  reasons: string[];
}

const LOCK_MEETING = `SELECT id FROM committee_meetings WHERE id = $1 FOR UPDATE`;
// Ballots share the lock, so a close, a tally or a chair's close of an item (FOR UPDATE) waits for those in flight and every later one sees it.
const SHARE_MEETING = `SELECT id FROM committee_meetings WHERE id = $1 FOR SHARE`;
const ITEMS = `SELECT meeting_id AS "meetingId", application_id AS "applicationId", position, mode, yes_count AS "yesCount", no_count AS "noCount",
       abstain_count AS "abstainCount", entitled_present AS "entitledPresent", outcome,
       voting_closed_reason AS "votingClosedReason", voting_closed_by AS "votingClosedBy", voting_closed_at AS "votingClosedAt"
  FROM committee_meeting_items WHERE meeting_id = $1 ORDER BY position`;
const ITEM = `SELECT meeting_id AS "meetingId", application_id AS "applicationId", position, mode, yes_count AS "yesCount", no_count AS "noCount",
       abstain_count AS "abstainCount", entitled_present AS "entitledPresent", outcome,
       voting_closed_reason AS "votingClosedReason", voting_closed_by AS "votingClosedBy", voting_closed_at AS "votingClosedAt"
  FROM committee_meeting_items WHERE meeting_id = $1 AND application_id = $2`;
const LOCK_ITEM = `SELECT meeting_id AS "meetingId", application_id AS "applicationId", position, mode, yes_count AS "yesCount", no_count AS "noCount",
       abstain_count AS "abstainCount", entitled_present AS "entitledPresent", outcome,
       voting_closed_reason AS "votingClosedReason", voting_closed_by AS "votingClosedBy", voting_closed_at AS "votingClosedAt"
  FROM committee_meeting_items WHERE meeting_id = $1 AND application_id = $2 FOR UPDATE`;
const INSERT_ITEMS = `INSERT INTO committee_meeting_items (meeting_id, application_id, position)
SELECT $1, t.application_id, t.position FROM unnest($2::uuid[]) WITH ORDINALITY AS t(application_id, position)`;
const UNDECIDED_ELSEWHERE = `SELECT application_id AS "applicationId" FROM committee_meeting_items WHERE application_id = ANY($1::uuid[]) AND outcome IS NULL`;
const INSERT_ATTENDANCE = `INSERT INTO committee_meeting_attendance (meeting_id, member_id, present)
SELECT $1, t.member_id, t.present FROM unnest($2::uuid[], $3::boolean[]) AS t(member_id, present)`;
const ATTENDANCE = `SELECT meeting_id AS "meetingId", member_id AS "memberId", present FROM committee_meeting_attendance WHERE meeting_id = $1 ORDER BY member_id`;
const IS_PRESENT = `SELECT present FROM committee_meeting_attendance WHERE meeting_id = $1 AND member_id = $2`;
const INSERT_RECUSALS = `INSERT INTO committee_meeting_recusals (meeting_id, application_id, member_id, reasons)
SELECT $1, r.application_id, r.member_id, ARRAY(SELECT jsonb_array_elements_text(r.reasons))
  FROM jsonb_to_recordset($2::jsonb) AS r(application_id uuid, member_id uuid, reasons jsonb)`;
const RECUSALS = `SELECT application_id AS "applicationId", member_id AS "memberId", reasons
  FROM committee_meeting_recusals WHERE meeting_id = $1 ORDER BY application_id, member_id`;
const IS_RECUSED = `SELECT EXISTS (SELECT 1 FROM committee_meeting_recusals WHERE meeting_id = $1 AND application_id = $2 AND member_id = $3) AS "recused"`;
const SET_ENTITLED = `UPDATE committee_meeting_items i SET entitled_present = t.entitled
  FROM unnest($2::uuid[], $3::int[]) AS t(application_id, entitled)
 WHERE i.meeting_id = $1 AND i.application_id = t.application_id`;
const PARTICIPATE = `INSERT INTO committee_ballot_participations (meeting_id, application_id, member_id) VALUES ($1, $2, $3)
ON CONFLICT DO NOTHING RETURNING 1 AS inserted`;
const HAS_PARTICIPATED = `SELECT EXISTS (SELECT 1 FROM committee_ballot_participations WHERE meeting_id = $1 AND application_id = $2 AND member_id = $3) AS "participated"`;
const ANY_PARTICIPATION = `SELECT EXISTS (SELECT 1 FROM committee_ballot_participations WHERE meeting_id = $1 AND application_id = $2) AS "any"`;
// The choice alone: random id, item, paper hash, choice. A paper cast twice inserts nothing.
const INSERT_CHOICE = `INSERT INTO committee_ballot_choices (id, meeting_id, application_id, paper_hash, choice) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (paper_hash) DO NOTHING RETURNING 1 AS inserted`;
const CHOICE_TOTALS = `SELECT application_id AS "applicationId", count(*) FILTER (WHERE choice = 'yes')::int AS "yes",
       count(*) FILTER (WHERE choice = 'no')::int AS "no", count(*) FILTER (WHERE choice = 'abstain')::int AS "abstain"
  FROM committee_ballot_choices WHERE meeting_id = $1 GROUP BY application_id`;
const CLOSE_ITEM_VOTING = `UPDATE committee_meeting_items SET voting_closed_reason = $3, voting_closed_by = $4, voting_closed_at = $5
 WHERE meeting_id = $1 AND application_id = $2`;
// At the close only: the electronic totals counted from the choices.
const SET_ELECTRONIC_TOTALS = `UPDATE committee_meeting_items i SET mode = 'electronic', yes_count = t.yes, no_count = t.no, abstain_count = t.abstain
  FROM unnest($2::uuid[], $3::int[], $4::int[], $5::int[]) AS t(application_id, yes, no, abstain)
 WHERE i.meeting_id = $1 AND i.application_id = t.application_id`;
const SET_TALLY = `UPDATE committee_meeting_items SET mode = 'paper', yes_count = $3, no_count = $4, abstain_count = $5
 WHERE meeting_id = $1 AND application_id = $2`;
const PARTICIPATION_COUNTS = `SELECT application_id AS "applicationId", count(*)::int AS "count" FROM committee_ballot_participations WHERE meeting_id = $1 GROUP BY application_id`;
const VOTED_BY = `SELECT application_id AS "applicationId" FROM committee_ballot_participations WHERE meeting_id = $1 AND member_id = $2`;
const SET_OUTCOMES = `UPDATE committee_meeting_items i SET outcome = t.outcome
  FROM unnest($2::uuid[], $3::text[]) AS t(application_id, outcome)
 WHERE i.meeting_id = $1 AND i.application_id = t.application_id`;

export interface MeetingListFilter {
  /** Only this committee's meetings. */
  committeeId?: string;
  /** Only meetings of committees this user sits on (a member's list). */
  memberId?: string;
  limit: number;
  cursor?: string;
}

/** Every query on meetings, their agenda items, attendance, recusals and ballot participation. */
@Injectable()
export class MeetingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Meeting | null> {
    return manager.findOne(Meeting, { where: { id } });
  }

  /** Latest scheduled first, keyset-paginated on (scheduled_at, id). */
  async list(filter: MeetingListFilter): Promise<CursorPage<Meeting>> {
    const qb = this.dataSource.manager.createQueryBuilder(Meeting, 'm');
    if (filter.committeeId) qb.andWhere('m.committee_id = :committeeId', { committeeId: filter.committeeId });
    if (filter.memberId) qb.andWhere('m.committee_id IN (SELECT cm.committee_id FROM committee_members cm WHERE cm.user_id = :memberId)', { memberId: filter.memberId });
    if (filter.cursor) {
      const [scheduledAt, id] = decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(m.scheduled_at, m.id) < (:scheduledAt, :id)', { scheduledAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('m.scheduled_at'), 'cursor_at')
      .orderBy('m.scheduled_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, filter.limit, (e) => [cursorAt.get(e.id)!, e.id]);
  }

  /** The meeting, locked against every ballot, tally, opening and close until the transaction ends. */
  async lockById(manager: EntityManager, id: string): Promise<Meeting | null> {
    const rows: unknown[] = await manager.query(LOCK_MEETING, [id]);
    return rows.length ? this.findById(id, manager) : null;
  }

  /** The meeting, share-locked: ballots run side by side, a close waits for them. */
  async shareById(manager: EntityManager, id: string): Promise<Meeting | null> {
    const rows: unknown[] = await manager.query(SHARE_MEETING, [id]);
    return rows.length ? this.findById(id, manager) : null;
  }

  insert(manager: EntityManager, row: Pick<Meeting, 'committeeId' | 'cycleId' | 'scheduledAt' | 'location' | 'createdBy'>): Promise<Meeting> {
    return manager.save(manager.create(Meeting, { ...row, status: 'scheduled' }));
  }

  save(manager: EntityManager, meeting: Meeting): Promise<Meeting> {
    return manager.save(meeting);
  }

  /** The agenda in order (application ids), positions from 1. */
  async insertItems(manager: EntityManager, meetingId: string, applicationIds: readonly string[]): Promise<void> {
    await manager.query(INSERT_ITEMS, [meetingId, applicationIds]);
  }

  /** Of `applicationIds`, those already on an agenda that has not decided them. */
  async undecidedElsewhere(manager: EntityManager, applicationIds: readonly string[]): Promise<Set<string>> {
    const rows: { applicationId: string }[] = await manager.query(UNDECIDED_ELSEWHERE, [applicationIds]);
    return new Set(rows.map((r) => r.applicationId));
  }

  items(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<MeetingItem[]> {
    return manager.query(ITEMS, [meetingId]);
  }

  async item(manager: EntityManager, meetingId: string, applicationId: string): Promise<MeetingItem | null> {
    const rows: MeetingItem[] = await manager.query(ITEM, [meetingId, applicationId]);
    return rows[0] ?? null;
  }

  async lockItem(manager: EntityManager, meetingId: string, applicationId: string): Promise<MeetingItem | null> {
    const rows: MeetingItem[] = await manager.query(LOCK_ITEM, [meetingId, applicationId]);
    return rows[0] ?? null;
  }

  async insertAttendance(manager: EntityManager, meetingId: string, rows: readonly Pick<MeetingAttendance, 'memberId' | 'present'>[]): Promise<void> {
    await manager.query(INSERT_ATTENDANCE, [meetingId, rows.map((r) => r.memberId), rows.map((r) => r.present)]);
  }

  attendance(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<MeetingAttendance[]> {
    return manager.query(ATTENDANCE, [meetingId]);
  }

  /** Whether the member was recorded present (false: absent; null: not a member when it opened). */
  async presence(manager: EntityManager, meetingId: string, memberId: string): Promise<boolean | null> {
    const rows: { present: boolean }[] = await manager.query(IS_PRESENT, [meetingId, memberId]);
    return rows.length ? rows[0].present : null;
  }

  async insertRecusals(manager: EntityManager, meetingId: string, rows: readonly RecusalRow[]): Promise<void> {
    if (!rows.length) return;
    const json = rows.map((r) => ({ application_id: r.applicationId, member_id: r.memberId, reasons: r.reasons }));
    await manager.query(INSERT_RECUSALS, [meetingId, JSON.stringify(json)]);
  }

  recusals(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<(RecusalRow & Pick<MeetingRecusal, 'reasons'>)[]> {
    return manager.query(RECUSALS, [meetingId]);
  }

  async isRecused(manager: EntityManager, meetingId: string, applicationId: string, memberId: string): Promise<boolean> {
    const [row]: { recused: boolean }[] = await manager.query(IS_RECUSED, [meetingId, applicationId, memberId]);
    return row.recused;
  }

  async setEntitled(manager: EntityManager, meetingId: string, entitled: ReadonlyMap<string, number>): Promise<void> {
    await manager.query(SET_ENTITLED, [meetingId, [...entitled.keys()], [...entitled.values()]]);
  }

  /** Records that the member voted on the item; false when they already had. */
  async participate(manager: EntityManager, meetingId: string, applicationId: string, memberId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(PARTICIPATE, [meetingId, applicationId, memberId]);
    return rows.length > 0;
  }

  /** Whether the member took part in the vote on the item (was issued its paper). */
  async hasParticipated(manager: EntityManager, meetingId: string, applicationId: string, memberId: string): Promise<boolean> {
    const [row]: { participated: boolean }[] = await manager.query(HAS_PARTICIPATED, [meetingId, applicationId, memberId]);
    return row.participated;
  }

  /** Whether any member took part in the electronic vote on the item. */
  async anyParticipation(manager: EntityManager, meetingId: string, applicationId: string): Promise<boolean> {
    const [row]: { any: boolean }[] = await manager.query(ANY_PARTICIPATION, [meetingId, applicationId]);
    return row.any;
  }

  /** Casts one paper's choice; false when that paper was already cast. */
  async insertChoice(manager: EntityManager, choice: { id: string; meetingId: string; applicationId: string; paperHash: string; choice: Vote }): Promise<boolean> {
    const rows: unknown[] = await manager.query(INSERT_CHOICE, [choice.id, choice.meetingId, choice.applicationId, choice.paperHash, choice.choice]);
    return rows.length > 0;
  }

  /** Per item, the cast choices counted (read at the close, and for "is every paper in"). */
  async choiceTotals(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, { yes: number; no: number; abstain: number }>> {
    const rows: { applicationId: string; yes: number; no: number; abstain: number }[] = await manager.query(CHOICE_TOTALS, [meetingId]);
    return new Map(rows.map((r) => [r.applicationId, { yes: r.yes, no: r.no, abstain: r.abstain }]));
  }

  async closeItemVoting(manager: EntityManager, meetingId: string, applicationId: string, close: { reason: string; closedBy: string; closedAt: Date }): Promise<void> {
    await manager.query(CLOSE_ITEM_VOTING, [meetingId, applicationId, close.reason, close.closedBy, close.closedAt]);
  }

  async setElectronicTotals(manager: EntityManager, meetingId: string, totals: ReadonlyMap<string, { yes: number; no: number; abstain: number }>): Promise<void> {
    if (!totals.size) return;
    const rows = [...totals];
    await manager.query(SET_ELECTRONIC_TOTALS, [meetingId, rows.map(([id]) => id), rows.map(([, t]) => t.yes), rows.map(([, t]) => t.no), rows.map(([, t]) => t.abstain)]);
  }

  async setTally(manager: EntityManager, meetingId: string, applicationId: string, tally: { yes: number; no: number; abstain: number }): Promise<void> {
    await manager.query(SET_TALLY, [meetingId, applicationId, tally.yes, tally.no, tally.abstain]);
  }

  /** How many members took part in the vote on each item (not who, not how); read at the close and for "is everyone in". */
  async participationCounts(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const rows: { applicationId: string; count: number }[] = await manager.query(PARTICIPATION_COUNTS, [meetingId]);
    return new Map(rows.map((r) => [r.applicationId, r.count]));
  }

  /** The items one member has voted on (their own view). */
  async votedBy(meetingId: string, memberId: string, manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows: { applicationId: string }[] = await manager.query(VOTED_BY, [meetingId, memberId]);
    return new Set(rows.map((r) => r.applicationId));
  }

  async setOutcomes(manager: EntityManager, meetingId: string, outcomes: ReadonlyMap<string, ItemOutcome>): Promise<void> {
    await manager.query(SET_OUTCOMES, [meetingId, [...outcomes.keys()], [...outcomes.values()]]);
  }
}

export type { ItemMode };
