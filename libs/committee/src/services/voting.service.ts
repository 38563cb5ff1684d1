import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig, parseFraction } from '@app/config';
import { Clock, FieldProblem } from '@app/common';
import { quorumRequired, Share, Vote } from '../domain/rules';
import { Meeting } from '../entities/meeting.entity';
import { CommitteeError } from '../committee.errors';
import { CommitteesRepository } from './committees.repository';
import { Actor } from './committees.service';
import { MeetingsRepository } from './meetings.repository';
import { RecusalFinder } from './recusals';

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

/** What a ballot returns to the voter: that it was taken, never the choice. */
export interface BallotReceipt {
  meetingId: string;
  applicationId: string;
  voted: true;
}

/**
 * A meeting's opening (attendance, quorum, recusals) and its votes: members' secret electronic
 * ballots, or an admin's paper-ballot tally per item; never both on one item.
 */
@Injectable()
export class VotingService {
  private readonly quorum: Share;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsRepository,
    private readonly committees: CommitteesRepository,
    private readonly recusals: RecusalFinder,
    private readonly audit: AuditService,
    private readonly clock: Clock,
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
      if (meeting.status !== 'scheduled') throw CommitteeError.meetingNotScheduled(meeting.status);
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
        ip: actor.ip,
      });
      return meeting;
    });
  }

  /**
   * A present, entitled member's secret ballot on one item, taken once. What is stored: a
   * participation row (meeting, item, member) and one more in the item's totals; nothing links
   * the two, and the receipt, the log and the audit trail do not carry the choice.
   */
  async castBallot(meetingId: string, memberId: string, applicationId: string, vote: Vote): Promise<BallotReceipt> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.shareById(manager, meetingId);
      if (!meeting) throw CommitteeError.meetingNotFound();
      // Who may vote is who sat on the committee when the meeting opened (its attendance), whatever changed since.
      if (meeting.status === 'scheduled') {
        if (!(await this.committees.isMember(meeting.committeeId, memberId, manager))) throw CommitteeError.meetingNotFound();
        throw CommitteeError.meetingNotOpen(meeting.status);
      }
      const present = await this.meetings.presence(manager, meeting.id, memberId);
      if (present === null) throw CommitteeError.meetingNotFound();
      if (meeting.status !== 'open') throw CommitteeError.meetingNotOpen(meeting.status);
      if (!present) throw CommitteeError.notPresent();
      const item = await this.meetings.item(manager, meeting.id, applicationId);
      if (!item) throw CommitteeError.itemNotOnAgenda();
      if (await this.meetings.isRecused(manager, meeting.id, applicationId, memberId)) throw CommitteeError.recused();
      if (item.mode === 'paper') throw CommitteeError.modeTaken('paper');
      if (!(await this.meetings.participate(manager, meeting.id, applicationId, memberId))) throw CommitteeError.alreadyVoted();
      // A tally recorded meanwhile: refused, and the participation row goes with the rollback.
      if (!(await this.meetings.addBallot(manager, meeting.id, applicationId, vote))) throw CommitteeError.modeTaken('paper');
      return { meetingId: meeting.id, applicationId, voted: true };
    });
  }

  /**
   * An admin's paper-ballot tally for one item of an open meeting; it replaces an earlier tally
   * of the item. Refused on an item members voted on electronically, and when the counts exceed
   * the present members entitled to vote on it.
   */
  async recordTally(meetingId: string, applicationId: string, tally: Tally, actor: Actor): Promise<Tally & { entitledPresent: number }> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.shareById(manager, meetingId);
      if (!meeting) throw CommitteeError.meetingNotFound();
      if (meeting.status !== 'open') throw CommitteeError.meetingNotOpen(meeting.status);
      const item = await this.meetings.lockItem(manager, meeting.id, applicationId);
      if (!item) throw CommitteeError.itemNotOnAgenda();
      if (item.mode === 'electronic') throw CommitteeError.modeTaken('electronic');
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
        ip: actor.ip,
      });
      return { ...tally, entitledPresent: entitled };
    });
  }
}
