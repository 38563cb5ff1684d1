import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { appealDeadlineAfter, Clock, Role, shanghaiDateTime } from '@app/common';
import { UserDirectory } from '@app/identity';
import { PostedNotice, PublicNoticeService } from '@app/notice';
import { Application, ApplicationAccess, ApplicationError, ApplicationWorkflow, CyclesService, ReviewFilesService } from '@app/applications';
import { passes } from '../domain/rules';
import { ItemOutcome, Meeting, MeetingItem } from '../entities/meeting.entity';
import { CommitteeError } from '../committee.errors';
import { assertMeetingClosed, assertMeetingOpen } from '../guards/meeting-guards';
import { CommitteesRepository } from './committees.repository';
import { Viewer } from './committees.service';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

/** The stage a committee rejection names (notification label `stage`). */
export const COMMITTEE_STAGE = 'committee_vote';


/** The record of a closed meeting: attendance, quorum, per item the totals, outcome and recusals; never an individual vote. */
export interface MeetingMinutes {
  meetingId: string;
  committee: { id: string; nameZh: string; nameEn: string; chairId: string };
  cycleId: string;
  scheduledAt: string;
  location: string;
  openedAt: string;
  closedAt: string;
  attendance: { members: number; present: number; absent: number; presentMembers: MinutesMember[]; absentMembers: MinutesMember[] };
  quorum: { share: string; required: number; present: number; met: boolean };
  items: MinutesItem[];
}

export interface MinutesMember {
  memberId: string;
  name: string | null;
}

export interface MinutesItem {
  applicationId: string;
  position: number;
  referenceNumber: string | null;
  mode: 'electronic' | 'paper' | null;
  entitledPresent: number;
  yes: number;
  no: number;
  abstain: number;
  /** Entitled present members who cast no ballot (count as not yes). */
  notVoting: number;
  outcome: ItemOutcome;
  /** The chair ended the vote before every entitled member had voted: why and who (null otherwise). */
  votingClosedByChair: { reason: string; closedBy: string; closedAt: string } | null;
  recusals: (MinutesMember & { reasons: string[] })[];
}

/**
 * Closing a meeting: every item tallied and decided in ONE transaction: passed files go on
 * public notice (committee_pass, posted by libs/notice), failed ones are rejected at the
 * committee stage (committee_fail), and the minutes are written. A second or concurrent close
 * waits for the first's lock and is refused (409), so it applies once.
 */
@Injectable()
export class MeetingCloseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsRepository,
    private readonly committees: CommitteesRepository,
    private readonly meetingViews: MeetingsService,
    private readonly workflow: ApplicationWorkflow,
    private readonly access: ApplicationAccess,
    private readonly files: ReviewFilesService,
    private readonly cycles: CyclesService,
    private readonly directory: UserDirectory,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly notice: PublicNoticeService,
  ) {}

  /**
   * Closes an open meeting and returns its minutes; 422 ITEMS_NOT_VOTED names the items whose vote
   * is still open (neither a tally, nor every entitled present member's ballot, nor the chair's close).
   */
  async close(meetingId: string, actor: Viewer): Promise<MeetingMinutes> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.lockById(manager, meetingId);
      if (!meeting) throw CommitteeError.meetingNotFound();
      assertMeetingOpen(meeting);
      const now = this.clock.now();
      const items = await this.meetings.items(meeting.id, manager);
      const files = new Map((await this.files.decisionFiles(items.map((i) => i.applicationId), manager)).map((f) => [f.id, f]));
      // Nobody handles their own file (domain.md §2): another admin closes this meeting (see MeetingFileAccess).
      const closer = { id: actor.id, roles: actor.roles as Role[] };
      const ownItem = items.some((i) => {
        const file = files.get(i.applicationId);
        return file !== undefined && !this.access.isHandlingAdmin(closer, file);
      });
      if (ownItem) throw CommitteeError.meetingNotFound();
      // Files withdrawn before the vote (allowed until the committee votes) are not decided.
      const outcomes = new Map<string, ItemOutcome>();
      for (const item of items) if (files.get(item.applicationId)?.status !== 'reviewed') outcomes.set(item.applicationId, 'withdrawn');
      // Electronic totals exist only from here on: counted from the choices, never kept while voting runs.
      const electronic = items.filter((i) => !outcomes.has(i.applicationId) && i.mode !== 'paper');
      const participations = await this.meetings.participationCounts(meeting.id, manager);
      const choices = await this.meetings.choiceTotals(meeting.id, manager);
      const totalsOf = (id: string) => choices.get(id) ?? { yes: 0, no: 0, abstain: 0 };
      const cast = (id: string) => {
        const t = totalsOf(id);
        return t.yes + t.no + t.abstain;
      };
      const forged = electronic.filter((i) => cast(i.applicationId) > (participations.get(i.applicationId) ?? 0)).map((i) => i.applicationId);
      if (forged.length) throw CommitteeError.choicesExceedPapers(forged);
      // Open until every present entitled member has cast their paper, unless the chair closed the item's vote.
      const stillOpen = electronic.filter((i) => !i.votingClosedAt && !(participations.get(i.applicationId) === i.entitledPresent && cast(i.applicationId) === i.entitledPresent));
      if (stillOpen.length) throw CommitteeError.itemsNotVoted(stillOpen.map((i) => i.applicationId));
      const electronicTotals = new Map(electronic.map((i) => [i.applicationId, totalsOf(i.applicationId)]));
      await this.meetings.setElectronicTotals(manager, meeting.id, electronicTotals);
      for (const item of electronic) Object.assign(item, { mode: 'electronic', yesCount: electronicTotals.get(item.applicationId)!.yes, noCount: electronicTotals.get(item.applicationId)!.no, abstainCount: electronicTotals.get(item.applicationId)!.abstain });
      for (const item of items) {
        if (!outcomes.has(item.applicationId)) outcomes.set(item.applicationId, passes(item.yesCount, item.entitledPresent ?? 0) ? 'passed' : 'failed');
      }

      const passed = items.filter((i) => outcomes.get(i.applicationId) === 'passed');
      const failed = items.filter((i) => outcomes.get(i.applicationId) === 'failed');
      const posted = await this.postOnNotice(manager, passed, now);
      const cycle = await this.cycles.get(meeting.cycleId, manager);
      const authorize = (file: Application) => {
        // Nobody handles their own file (domain.md §2).
        if (!this.access.isHandlingAdmin({ id: actor.id, roles: actor.roles as Role[] }, file)) throw ApplicationError.notFound();
      };
      for (const item of passed) {
        const notice = posted.get(item.applicationId)!;
        await this.workflow.takeIn(manager, {
          action: 'committee_pass',
          applicationId: item.applicationId,
          caller: { kind: 'admin', userId: actor.id },
          authorize,
          rule: (file) => ({
            reason: null,
            historyData: { meetingId: meeting.id, yes: item.yesCount, entitledPresent: item.entitledPresent, noticeStartDate: notice.startDate, noticeEndDate: notice.endDate },
            message: {
              applicationId: file.id,
              referenceNumber: file.referenceNumber!,
              'cycleName@zh-CN': cycle.nameZh,
              'cycleName@en': cycle.nameEn,
              noticeStartDate: notice.startDate,
              noticeEndDate: notice.endDate,
            },
          }),
        });
      }
      const appealDeadline = appealDeadlineAfter(now, this.config.APPEAL_WINDOW_DAYS);
      for (const item of failed) {
        const entitled = item.entitledPresent ?? 0;
        const reason = `评委会表决未通过：赞成 ${item.yesCount} 票，应参加表决 ${entitled} 人，须达三分之二 / Not passed by the committee vote: ${item.yesCount} yes of ${entitled} members entitled to vote; two thirds are needed`;
        await this.workflow.takeIn(manager, {
          action: 'committee_fail',
          applicationId: item.applicationId,
          caller: { kind: 'admin', userId: actor.id },
          authorize,
          rule: (file) => ({
            reason,
            historyData: { stage: COMMITTEE_STAGE, meetingId: meeting.id, yes: item.yesCount, entitledPresent: entitled, appealDeadline: appealDeadline.toISOString() },
            message: { applicationId: file.id, referenceNumber: file.referenceNumber!, stage: COMMITTEE_STAGE, reason, appealDeadline: shanghaiDateTime(appealDeadline) },
          }),
        });
      }

      await this.meetings.setOutcomes(manager, meeting.id, outcomes);
      Object.assign(meeting, { status: 'closed', closedAt: now, closedBy: actor.id });
      const minutes = await this.buildMinutes(manager, meeting, files);
      meeting.minutes = minutes as unknown as Record<string, unknown>;
      await this.meetings.save(manager, meeting);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'committee.meeting_closed',
        entityType: 'committee_meeting',
        entityId: meeting.id,
        data: { passed: passed.length, failed: failed.length, withdrawn: items.length - passed.length - failed.length },
      });
      return minutes;
    });
  }

  /** The minutes of a closed meeting, for an admin or a member of its committee (404 for anyone else). */
  async minutes(meetingId: string, viewer: Viewer): Promise<MeetingMinutes> {
    const { meeting } = await this.meetingViews.visible(meetingId, viewer);
    assertMeetingClosed(meeting);
    return meeting.minutes as unknown as MeetingMinutes;
  }

  private async postOnNotice(manager: EntityManager, passed: MeetingItem[], passedOn: Date): Promise<Map<string, PostedNotice>> {
    if (!passed.length) return new Map();
    // Inside this transaction: a refusal (e.g. 422 CALENDAR_YEAR_UNCONFIRMED) rolls the whole close back.
    const posted = await this.notice.post(manager, passed.map((i) => ({ applicationId: i.applicationId })), passedOn);
    return new Map(posted.map((p) => [p.applicationId, p]));
  }

  private async buildMinutes(manager: EntityManager, meeting: Meeting, files: Map<string, { referenceNumber: string | null }>): Promise<MeetingMinutes> {
    const committee = (await this.committees.findById(meeting.committeeId, manager))!;
    const [items, attendance, recusals] = [await this.meetings.items(meeting.id, manager), await this.meetings.attendance(meeting.id, manager), await this.meetings.recusals(meeting.id, manager)];
    const names = await this.directory.contacts(attendance.map((a) => a.memberId));
    const member = (memberId: string): MinutesMember => ({ memberId, name: names.get(memberId)?.fullName ?? null });
    const present = attendance.filter((a) => a.present);
    return {
      meetingId: meeting.id,
      committee: { id: committee.id, nameZh: committee.nameZh, nameEn: committee.nameEn, chairId: committee.chairId },
      cycleId: meeting.cycleId,
      scheduledAt: meeting.scheduledAt.toISOString(),
      location: meeting.location,
      openedAt: meeting.openedAt!.toISOString(),
      closedAt: meeting.closedAt!.toISOString(),
      attendance: {
        members: attendance.length,
        present: present.length,
        absent: attendance.length - present.length,
        presentMembers: present.map((a) => member(a.memberId)),
        absentMembers: attendance.filter((a) => !a.present).map((a) => member(a.memberId)),
      },
      quorum: { share: this.config.COMMITTEE_QUORUM, required: meeting.quorumRequired!, present: meeting.presentCount!, met: meeting.presentCount! >= meeting.quorumRequired! },
      items: items.map((item) => {
        const entitled = item.entitledPresent ?? 0;
        return {
          applicationId: item.applicationId,
          position: item.position,
          referenceNumber: files.get(item.applicationId)?.referenceNumber ?? null,
          mode: item.mode,
          entitledPresent: entitled,
          yes: item.yesCount,
          no: item.noCount,
          abstain: item.abstainCount,
          notVoting: Math.max(0, entitled - item.yesCount - item.noCount - item.abstainCount),
          outcome: item.outcome!,
          votingClosedByChair: item.votingClosedAt ? { reason: item.votingClosedReason!, closedBy: item.votingClosedBy!, closedAt: new Date(item.votingClosedAt).toISOString() } : null,
          recusals: recusals.filter((r) => r.applicationId === item.applicationId).map((r) => ({ ...member(r.memberId), reasons: r.reasons })),
        };
      }),
    };
  }
}
