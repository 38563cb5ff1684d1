import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig, parseFraction } from '@app/config';
import { Clock, FieldProblem } from '@app/common';
import { quorumRequired, Share, Vote } from '../domain/rules';
import { Meeting } from '../entities/meeting.entity';
import { CommitteeError } from '../committee.errors';
import { assertMeetingOpen, assertMeetingScheduled } from '../guards/meeting-guards';
import { CommitteesRepository } from './committees.repository';
import { Actor } from './committees.service';
import { MeetingsRepository } from './meetings.repository';
import { BallotPapers } from './ballot-papers';
import { RecusalFinder } from './recusals';

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

/** A ballot paper for one item: the member casts it with their choice (POST .../ballots with ballotToken). */
export interface BallotPaper {
  meetingId: string;
  applicationId: string;
  /** Sealed, single-use; stored nowhere, so only this answer carries it. */
  ballotToken: string;
}

/** The chair's close of one item's vote. */
export interface ItemVotingClosed {
  meetingId: string;
  applicationId: string;
  reason: string;
  closedBy: string;
  closedAt: Date;
}

/** What a ballot returns to the voter: that it was taken, never the choice. */
export interface BallotReceipt {
  meetingId: string;
  applicationId: string;
  voted: true;
}

/**
 * A meeting's opening (attendance, quorum, recusals) and its votes: members' secret electronic
 * ballots, or an admin's paper-ballot tally per item; never both on one item. A secret ballot is
 * two transactions that share no row: the participation (who took a paper) and the choice (what
 * a paper says); the totals are counted only when the meeting closes.
 */
@Injectable()
export class VotingService {
  private readonly quorum: Share;
  private readonly logger = new Logger(VotingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsRepository,
    private readonly committees: CommitteesRepository,
    private readonly recusals: RecusalFinder,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly papers: BallotPapers,
    config: AppConfig,
  ) {
    // Validated at boot (env.schema), so always a share here.
    this.quorum = parseFraction(config.COMMITTEE_QUORUM)!;
  }

  /**
   * Opens a scheduled meeting with the members present: refused (422 QUORUM_NOT_MET, saying how
   * many are missing) below the quorum. Fixes the attendance, each item's recusals and the
   * number of present members entitled to vote on it.
   */
  async open(meetingId: string, presentMemberIds: readonly string[], actor: Actor): Promise<Meeting> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.lockById(manager, meetingId);
      if (!meeting) throw CommitteeError.meetingNotFound();
      assertMeetingScheduled(meeting);
      const memberIds = await this.committees.memberIds(meeting.committeeId, manager);
      const members = new Set(memberIds);
      const strangers: FieldProblem[] = presentMemberIds.flatMap((id, i) =>
        members.has(id) ? [] : [{ path: `presentMemberIds[${i}]`, code: 'NOT_A_MEMBER', message: `${id} is not a member of this committee` }],
      );
      if (strangers.length) throw CommitteeError.invalid(strangers);
      const present = new Set(presentMemberIds);
      const required = quorumRequired(memberIds.length, this.quorum);
      if (present.size < required) throw CommitteeError.noQuorum(present.size, required, memberIds.length);

      const items = await this.meetings.items(meeting.id, manager);
      const recusals = await this.recusals.find(memberIds, items.map((i) => i.applicationId), manager);
      const entitled = new Map(items.map((i) => [i.applicationId, present.size]));
      for (const r of recusals) if (present.has(r.memberId)) entitled.set(r.applicationId, entitled.get(r.applicationId)! - 1);
      const undecidable = [...entitled].filter(([, n]) => n === 0).map(([id]) => id);
      if (undecidable.length) throw CommitteeError.nobodyEntitled(undecidable);

      await this.meetings.insertAttendance(manager, meeting.id, memberIds.map((memberId) => ({ memberId, present: present.has(memberId) })));
      await this.meetings.insertRecusals(manager, meeting.id, recusals);
      await this.meetings.setEntitled(manager, meeting.id, entitled);
      Object.assign(meeting, { status: 'open', memberCount: memberIds.length, presentCount: present.size, quorumRequired: required, openedAt: this.clock.now(), openedBy: actor.id });
      await this.meetings.save(manager, meeting);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'committee.meeting_opened',
        entityType: 'committee_meeting',
        entityId: meeting.id,
        data: { members: memberIds.length, present: present.size, quorumRequired: required, recusals: recusals.length },
      });
      return meeting;
    });
  }

  /**
   * Transaction 1 of a secret ballot: records that a present, entitled member takes part in the
   * vote on one item and hands them its ballot paper, once. The participation row is the only
   * write; the paper is stored nowhere (it is sealed, see BallotPapers) and names no member.
   */
  async takePaper(meetingId: string, memberId: string, applicationId: string): Promise<BallotPaper> {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.shareById(manager, meetingId);
      if (!meeting) throw CommitteeError.meetingNotFound();
      // Who may vote is who sat on the committee when the meeting opened (its attendance), whatever changed since.
      if (meeting.status === 'scheduled') {
        if (!(await this.committees.isMember(meeting.committeeId, memberId, manager))) throw CommitteeError.meetingNotFound();
        assertMeetingOpen(meeting);
      }
      const present = await this.meetings.presence(manager, meeting.id, memberId);
      if (present === null) throw CommitteeError.meetingNotFound();
      assertMeetingOpen(meeting);
      if (!present) throw CommitteeError.notPresent();
      const item = await this.meetings.item(manager, meeting.id, applicationId);
      if (!item) throw CommitteeError.itemNotOnAgenda();
      if (await this.meetings.isRecused(manager, meeting.id, applicationId, memberId)) throw CommitteeError.recused();
      if (item.mode === 'paper') throw CommitteeError.modeTaken('paper');
      if (item.votingClosedAt) throw CommitteeError.itemVotingClosed();
      if (!(await this.meetings.participate(manager, meeting.id, applicationId, memberId))) throw CommitteeError.alreadyVoted();
    });
    return { meetingId, applicationId, ballotToken: this.papers.issue(meetingId, applicationId) };
  }

  /**
   * Transaction 2 of a secret ballot: the choice on a paper, stored alone (random id, item,
   * paper hash, choice; no member, no time) and counted once per paper. Only a member who took
   * a paper for the item casts one, while the item's vote is open.
   */
  async castPaper(meetingId: string, memberId: string, applicationId: string, ballotToken: string, vote: Vote): Promise<BallotReceipt> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.shareById(manager, meetingId);
      if (!meeting) throw CommitteeError.meetingNotFound();
      if ((await this.meetings.presence(manager, meeting.id, memberId)) === null) {
        if (meeting.status === 'scheduled' && (await this.committees.isMember(meeting.committeeId, memberId, manager))) throw CommitteeError.meetingNotOpen(meeting.status);
        throw CommitteeError.meetingNotFound();
      }
      assertMeetingOpen(meeting);
      const item = await this.meetings.item(manager, meeting.id, applicationId);
      if (!item) throw CommitteeError.itemNotOnAgenda();
      const paperHash = this.papers.paperHash(ballotToken, meeting.id, applicationId);
      if (!paperHash) throw CommitteeError.ballotTokenInvalid();
      if (!(await this.meetings.hasParticipated(manager, meeting.id, applicationId, memberId))) throw CommitteeError.noBallotPaper();
      if (item.votingClosedAt) throw CommitteeError.itemVotingClosed();
      const inserted = await this.meetings.insertChoice(manager, { id: randomUUID(), meetingId: meeting.id, applicationId, paperHash, choice: vote });
      if (!inserted) throw CommitteeError.paperAlreadyCast();
      return { meetingId: meeting.id, applicationId, voted: true };
    });
  }

  /**
   * A secret ballot in one call: takes the paper (transaction 1, committed) and casts it
   * (transaction 2). Should the second fail after the first committed, the answer (503
   * BALLOT_NOT_RECORDED) hands the member the paper to cast again. Taking the paper ahead
   * (POST .../ballot-papers) and casting later keeps the two further apart in time.
   */
  async castBallot(meetingId: string, memberId: string, applicationId: string, vote: Vote): Promise<BallotReceipt> {
    const paper = await this.takePaper(meetingId, memberId, applicationId);
    try {
      return await this.castPaper(meetingId, memberId, applicationId, paper.ballotToken, vote);
    } catch (error) {
      // A refusal by the rules (the chair closed the item meanwhile ...) stands; anything else leaves the paper to the member.
      if (error instanceof CommitteeError) throw error;
      // The cause only: never the paper or the choice.
      this.logger.warn(`A ballot choice was not stored after its participation: ${(error as Error).message}`);
      throw CommitteeError.ballotNotRecorded(paper.ballotToken);
    }
  }

  /**
   * The chair ends the electronic vote on one item of an open meeting before every entitled
   * member has voted, with a reason (in the minutes and the audit trail). Members who have not
   * voted count as not yes. Only the committee's chair, not recused from the item.
   */
  async closeItemVoting(meetingId: string, applicationId: string, reason: string, actor: Actor): Promise<ItemVotingClosed> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.lockById(manager, meetingId);
      if (!meeting) throw CommitteeError.meetingNotFound();
      const committee = await this.committees.findById(meeting.committeeId, manager);
      if (!committee || !(await this.committees.isMember(committee.id, actor.id, manager))) throw CommitteeError.meetingNotFound();
      if (committee.chairId !== actor.id) throw CommitteeError.notChair();
      assertMeetingOpen(meeting);
      const item = await this.meetings.item(manager, meeting.id, applicationId);
      if (!item) throw CommitteeError.itemNotOnAgenda();
      // Nobody decides their own file (domain.md §2): a chair in conflict with it leaves this to the meeting.
      if (await this.meetings.isRecused(manager, meeting.id, applicationId, actor.id)) throw CommitteeError.recused();
      if (item.mode === 'paper') throw CommitteeError.modeTaken('paper');
      if (item.votingClosedAt) throw CommitteeError.itemVotingClosed();
      const closedAt = this.clock.now();
      await this.meetings.closeItemVoting(manager, meeting.id, applicationId, { reason, closedBy: actor.id, closedAt });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'committee.item_voting_closed',
        entityType: 'committee_meeting',
        entityId: meeting.id,
        data: { applicationId, reason },
      });
      return { meetingId: meeting.id, applicationId, reason, closedBy: actor.id, closedAt };
    });
  }

  /**
   * An admin's paper-ballot tally for one item of an open meeting; it replaces an earlier tally
   * of the item. Refused on an item members voted on electronically, and when the counts exceed
   * the present members entitled to vote on it.
   */
  async recordTally(meetingId: string, applicationId: string, tally: Tally, actor: Actor): Promise<Tally & { entitledPresent: number }> {
    return this.dataSource.transaction(async (manager) => {
      // Exclusive: no ballot paper is issued on the item while its tally is checked and written.
      const meeting = await this.meetings.lockById(manager, meetingId);
      if (!meeting) throw CommitteeError.meetingNotFound();
      assertMeetingOpen(meeting);
      const item = await this.meetings.lockItem(manager, meeting.id, applicationId);
      if (!item) throw CommitteeError.itemNotOnAgenda();
      if (item.mode === 'electronic' || item.votingClosedAt || (await this.meetings.anyParticipation(manager, meeting.id, applicationId))) {
        throw CommitteeError.modeTaken('electronic');
      }
      const entitled = item.entitledPresent ?? 0;
      const total = tally.yes + tally.no + tally.abstain;
      if (total > entitled) throw CommitteeError.tallyTooLarge(total, entitled);
      await this.meetings.setTally(manager, meeting.id, applicationId, tally);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'committee.tally_recorded',
        entityType: 'committee_meeting',
        entityId: meeting.id,
        data: { applicationId, ...tally, entitledPresent: entitled },
      });
      return { ...tally, entitledPresent: entitled };
    });
  }
}
