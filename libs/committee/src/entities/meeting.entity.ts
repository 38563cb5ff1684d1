import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Vote } from '../domain/rules';

export const MEETING_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** How an item's votes were given: members' electronic ballots, or an admin's paper-ballot tally; never both. */
export const ITEM_MODES = ['electronic', 'paper'] as const;
export type ItemMode = (typeof ITEM_MODES)[number];

/** withdrawn: the applicant withdrew the file before the vote (allowed until the committee votes); nothing was decided on it. */
export const ITEM_OUTCOMES = ['passed', 'failed', 'withdrawn'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

/** A meeting of a committee that votes on the reviewed files of one cycle. */
@Entity('committee_meetings')
@Index('committee_meetings_committee_idx', ['committeeId', 'scheduledAt', 'id'])
// The admins' list of every meeting, latest first.
@Index('committee_meetings_scheduled_idx', ['scheduledAt', 'id'])
@Check('committee_meetings_status_check', `status IN ('scheduled', 'open', 'closed')`)
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  committeeId: string;

  @Column({ type: 'uuid' })
  cycleId: string;

  @Column({ type: 'timestamptz' })
  scheduledAt: Date;

  @Column({ type: 'varchar', length: 200 })
  location: string;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status: MeetingStatus;

  /** The committee's size when the meeting opened (the quorum's base). */
  @Column({ type: 'int', nullable: true })
  memberCount: number | null;

  @Column({ type: 'int', nullable: true })
  presentCount: number | null;

  @Column({ type: 'int', nullable: true })
  quorumRequired: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  openedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedBy: string | null;

  /** The minutes, written once when the meeting closes (see MeetingMinutes). */
  @Column({ type: 'jsonb', nullable: true })
  minutes: Record<string, unknown> | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One application on a meeting's agenda, with its result as totals only. A ballot never writes
 * here: electronic totals are counted from the choices when the meeting closes (a paper tally
 * is written by the admin who records it), so no row version of an item dates a ballot.
 */
@Entity('committee_meeting_items')
// A file sits on at most one agenda that has not decided it yet.
@Index('committee_meeting_items_undecided_key', ['applicationId'], { unique: true, where: 'outcome IS NULL' })
// The totals never exceed the members entitled to give them, whatever path wrote them.
@Check('committee_meeting_items_counts_check', 'yes_count >= 0 AND no_count >= 0 AND abstain_count >= 0 AND (entitled_present IS NULL OR yes_count + no_count + abstain_count <= entitled_present)')
@Check('committee_meeting_items_mode_check', `mode IS NULL OR mode IN ('electronic', 'paper')`)
export class MeetingItem {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ type: 'uuid' })
  applicationId: string;

  /** Order on the agenda, from 1. */
  @Column({ type: 'int' })
  position: number;

  /** Null until the first ballot or tally. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  mode: ItemMode | null;

  @Column({ type: 'int', default: 0 })
  yesCount: number;

  @Column({ type: 'int', default: 0 })
  noCount: number;

  @Column({ type: 'int', default: 0 })
  abstainCount: number;

  /** Present members not recused from this item, fixed when the meeting opens: the majority's base. */
  @Column({ type: 'int', nullable: true })
  entitledPresent: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: ItemOutcome | null;

  /** The chair ended the electronic vote on this item before every entitled member voted (why, who, when); null otherwise. */
  @Column({ type: 'text', nullable: true })
  votingClosedReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  votingClosedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  votingClosedAt: Date | null;
}

/** Each member of the committee at the opening of a meeting, present or not. */
@Entity('committee_meeting_attendance')
export class MeetingAttendance {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @Column({ type: 'boolean' })
  present: boolean;
}

/** A member who conflicts with an agenda item (the review module's conflict rules), fixed when the meeting opens. */
@Entity('committee_meeting_recusals')
export class MeetingRecusal {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ type: 'uuid' })
  applicationId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  /** Conflict codes (SAME_EMPLOYER_CREDIT_CODE, DECLARED_RELATION ...). */
  @Column({ type: 'text', array: true })
  reasons: string[];
}

/**
 * *That* a member took part in the vote on an item (was issued its ballot paper), never *how*.
 * Written alone in its own transaction; the key makes a second paper impossible. No timestamp
 * or serial id to line up with a choice.
 */
@Entity('committee_ballot_participations')
export class BallotParticipation {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ type: 'uuid' })
  applicationId: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId: string;
}

/**
 * One cast ballot paper: the item and the choice, nothing else. Written alone in its own
 * transaction, after and apart from the participation; insert-only. The id is random (no order),
 * there is no member and no time, and `paperHash` (SHA-256 of the paper's random nonce) makes
 * each paper count once without naming who held it.
 */
@Entity('committee_ballot_choices')
@Index('committee_ballot_choices_item_idx', ['meetingId', 'applicationId'])
@Index('committee_ballot_choices_paper_key', ['paperHash'], { unique: true })
@Check('committee_ballot_choices_choice_check', `choice IN ('yes', 'no', 'abstain')`)
export class BallotChoice {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'char', length: 64 })
  paperHash: string;

  @Column({ type: 'varchar', length: 8 })
  choice: Vote;
}
