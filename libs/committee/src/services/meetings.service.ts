import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppError, Clock, CursorPage, FieldProblem, Role, shanghaiDate, shanghaiDateTime } from '@app/common';
import { isUniqueViolation } from '@app/db';
import { CyclesService, DecisionFileRow, ReviewFilesService, TitleLevel } from '@app/applications';
import { OutboxService } from '@app/outbox';
import { Committee } from '../entities/committee.entity';
import { ItemMode, ItemOutcome, Meeting, MeetingItem } from '../entities/meeting.entity';
import { CommitteeError } from '../committee.errors';
import { CommitteesRepository } from './committees.repository';
import { Actor, Viewer } from './committees.service';
import { MeetingsRepository, RecusalRow } from './meetings.repository';
import { RecusalFinder } from './recusals';

export interface ScheduleMeetingInput {
  committeeId: string;
  cycleId: string;
  scheduledAt: Date;
  location: string;
  /** The reviewed files to decide, in agenda order. */
  applicationIds: string[];
}

/** An agenda item as everyone who may see the meeting sees it. */
export interface AgendaEntry {
  applicationId: string;
  position: number;
  referenceNumber: string | null;
  applicantName: string | null;
  employerName: string | null;
  level: TitleLevel | null;
  specialty: string | null;
  /** The file's status now (reviewed until the meeting decides it). */
  status: string | null;
}

/** What a member sees of an item: whether they may vote on it, never anyone's votes. */
export interface MemberItemView extends AgendaEntry {
  /** Not recused: no conflict of interest with this file. */
  mayVote: boolean;
  /** The member's own conflict codes with the file (empty when they may vote). */
  recusalReasons: string[];
  /** Whether they have voted on it. */
  voted: boolean;
  /** Whether a ballot from them would be taken now (open, present, entitled, not voted, not paper-tallied, not closed by the chair). */
  canVoteNow: boolean;
  /** The chair has closed the vote on this item. */
  votingClosed: boolean;
}

/**
 * What an admin sees of an item. No live count of ballots and no electronic totals while the
 * meeting is open (the totals do not exist before the close): only whether voting is complete.
 */
export interface AdminItemView extends AgendaEntry {
  mode: ItemMode | null;
  entitledPresent: number | null;
  /** Every present entitled member has cast their ballot (or a paper tally is recorded): the item no longer holds the close. */
  votingComplete: boolean;
  /** The chair's close of the item's vote (why, who, when); null when not closed. */
  votingClosedByChair: { reason: string; closedBy: string; closedAt: Date } | null;
  tally: { yes: number; no: number; abstain: number } | null;
  outcome: ItemOutcome | null;
  recusals: { memberId: string; reasons: string[] }[];
}

export interface MeetingView {
  viewerRole: 'admin' | 'member';
  meeting: Meeting;
  committee: Committee;
  /** Admin: the attendance once opened. */
  attendance?: { memberId: string; present: boolean }[];
  /** Member: whether they were recorded present (null before the opening). */
  present?: boolean | null;
  memberItems?: MemberItemView[];
  adminItems?: AdminItemView[];
}

/** Scheduling a committee meeting and what admins and members see of it. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsRepository,
    private readonly committees: CommitteesRepository,
    private readonly cycles: CyclesService,
    private readonly files: ReviewFilesService,
    private readonly recusals: RecusalFinder,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Schedules a meeting with its agenda and tells every member (committee.meeting_scheduled),
   * in one transaction. Each agenda entry must be a reviewed file of the cycle whose level and
   * specialty the committee decides, not on another undecided agenda; every refused entry is
   * named (applicationIds[i]) with its reason. Answers the meeting as an admin sees it.
   */
  async schedule(input: ScheduleMeetingInput, actor: Actor): Promise<MeetingView> {
    const committee = await this.committees.findById(input.committeeId);
    if (!committee) throw CommitteeError.invalid([{ path: 'committeeId', code: 'COMMITTEE_NOT_FOUND', message: 'No committee with this id' }]);
    const cycle = await this.cycles.get(input.cycleId).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) throw CommitteeError.invalid([{ path: 'cycleId', code: 'CYCLE_NOT_FOUND', message: 'No cycle with this id' }]);
      throw error;
    });
    const problems: FieldProblem[] = [];
    if (input.scheduledAt.getTime() <= this.clock.now().getTime()) problems.push({ path: 'scheduledAt', code: 'DATE_IN_PAST', message: 'scheduledAt must be in the future' });
    const day = shanghaiDate(input.scheduledAt);
    if (day < committee.termStart || day > committee.termEnd) {
      problems.push({ path: 'scheduledAt', code: 'OUTSIDE_TERM', message: `The committee serves from ${committee.termStart} to ${committee.termEnd}; ${day} is outside its term` });
    }
    if (problems.length) throw CommitteeError.invalid(problems);

    let meetingId: string;
    try {
      meetingId = await this.dataSource.transaction(async (manager) => {
        const files = new Map((await this.files.decisionFiles(input.applicationIds, manager)).map((f) => [f.id, f]));
        const elsewhere = await this.meetings.undecidedElsewhere(manager, input.applicationIds);
        const refused = input.applicationIds.flatMap((id, i) => agendaProblems(`applicationIds[${i}]`, files.get(id), committee, input.cycleId, elsewhere.has(id)));
        if (refused.length) throw CommitteeError.agendaRefused(refused);

        const meeting = await this.meetings.insert(manager, { committeeId: committee.id, cycleId: cycle.id, scheduledAt: input.scheduledAt, location: input.location, createdBy: actor.id });
        await this.meetings.insertItems(manager, meeting.id, input.applicationIds);
        const memberIds = await this.committees.memberIds(committee.id, manager);
        await this.outbox.emit(manager, {
          type: 'committee.meeting_scheduled',
          recipients: memberIds.map((userId) => ({ userId })),
          payload: {
            meetingId: meeting.id,
            meetingAt: shanghaiDateTime(meeting.scheduledAt),
            location: meeting.location,
            'committeeName@zh-CN': committee.nameZh,
            'committeeName@en': committee.nameEn,
            'cycleName@zh-CN': cycle.nameZh,
            'cycleName@en': cycle.nameEn,
          },
        });
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'committee.meeting_scheduled',
          entityType: 'committee_meeting',
          entityId: meeting.id,
          data: { committeeId: committee.id, cycleId: cycle.id, items: input.applicationIds.length },
        });
        return meeting.id;
      });
    } catch (error) {
      // Another meeting took one of the files between the check and the insert.
      if (isUniqueViolation(error, 'committee_meeting_items_undecided_key')) {
        throw CommitteeError.agendaRefused([{ path: 'applicationIds', code: 'ALREADY_ON_AGENDA', message: 'A file is already on the agenda of another meeting that has not decided it' }]);
      }
      throw error;
    }
    return this.view(meetingId, { id: actor.id, roles: [Role.Admin] });
  }

  /** The meeting as the viewer may see it: admins everything, a member of its committee the agenda with what they may vote on; 404 for anyone else. */
  async view(meetingId: string, viewer: Viewer): Promise<MeetingView> {
    const { meeting, committee, memberIds } = await this.visible(meetingId, viewer);
    const items = await this.meetings.items(meeting.id);
    const files = new Map((await this.files.decisionFiles(items.map((i) => i.applicationId))).map((f) => [f.id, f]));
    // Before the opening, recusals are computed afresh (members and relations may still change); from the opening, the recorded ones.
    const recusals = meeting.status === 'scheduled' ? await this.recusals.find(memberIds, items.map((i) => i.applicationId)) : await this.meetings.recusals(meeting.id);

    if (viewer.roles.includes(Role.Admin)) {
      const attendance = (await this.meetings.attendance(meeting.id)).map((a) => ({ memberId: a.memberId, present: a.present }));
      return { viewerRole: 'admin', meeting, committee, attendance, adminItems: await this.adminItems(meeting, files, recusals, items) };
    }
    const present = meeting.status === 'scheduled' ? null : await this.meetings.presence(this.dataSource.manager, meeting.id, viewer.id);
    const voted = await this.meetings.votedBy(meeting.id, viewer.id);
    const mine = new Map(recusals.filter((r) => r.memberId === viewer.id).map((r) => [r.applicationId, r.reasons]));
    const memberItems = items.map((item): MemberItemView => {
      const reasons = mine.get(item.applicationId) ?? [];
      const hasVoted = voted.has(item.applicationId);
      return {
        ...agendaEntry(item.applicationId, item.position, files.get(item.applicationId)),
        mayVote: reasons.length === 0,
        recusalReasons: reasons,
        voted: hasVoted,
        canVoteNow: meeting.status === 'open' && present === true && reasons.length === 0 && !hasVoted && item.mode !== 'paper' && !item.votingClosedAt,
        votingClosed: item.votingClosedAt !== null,
      };
    });
    return { viewerRole: 'member', meeting, committee, present, memberItems };
  }

  /** Meetings, latest first: an admin every meeting (or one committee's), a reviewer those of the committees they sit on. */
  list(viewer: Viewer, filter: { committeeId?: string; limit: number; cursor?: string }): Promise<CursorPage<Meeting>> {
    const memberId = viewer.roles.includes(Role.Admin) ? undefined : viewer.id;
    return this.meetings.list({ ...filter, memberId });
  }

  /** The meeting and its committee if the viewer is an admin or one of its members; 404 otherwise. */
  async visible(meetingId: string, viewer: Viewer): Promise<{ meeting: Meeting; committee: Committee; memberIds: string[] }> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw CommitteeError.meetingNotFound();
    const committee = (await this.committees.findById(meeting.committeeId))!;
    const memberIds = await this.committees.memberIds(committee.id);
    if (!viewer.roles.includes(Role.Admin) && !memberIds.includes(viewer.id)) throw CommitteeError.meetingNotFound();
    return { meeting, committee, memberIds };
  }

  private async adminItems(meeting: Meeting, files: Map<string, DecisionFileRow>, recusals: RecusalRow[], rows: MeetingItem[]): Promise<AdminItemView[]> {
    const open = meeting.status === 'open';
    // Read only to say "complete" or not; no count leaves this method.
    const participations = open ? await this.meetings.participationCounts(meeting.id) : new Map<string, number>();
    const choices = open ? await this.meetings.choiceTotals(meeting.id) : new Map<string, { yes: number; no: number; abstain: number }>();
    return rows.map((item) => {
      const showTotals = item.mode === 'paper' || meeting.status === 'closed';
      const c = choices.get(item.applicationId);
      const allCast = participations.get(item.applicationId) === item.entitledPresent && (c ? c.yes + c.no + c.abstain : 0) === item.entitledPresent;
      return {
        ...agendaEntry(item.applicationId, item.position, files.get(item.applicationId)),
        mode: item.mode,
        entitledPresent: item.entitledPresent,
        votingComplete: meeting.status === 'closed' || item.mode === 'paper' || item.votingClosedAt !== null || (open && allCast),
        votingClosedByChair: item.votingClosedAt ? { reason: item.votingClosedReason!, closedBy: item.votingClosedBy!, closedAt: item.votingClosedAt } : null,
        tally: showTotals && item.mode ? { yes: item.yesCount, no: item.noCount, abstain: item.abstainCount } : null,
        outcome: item.outcome,
        recusals: recusals.filter((r) => r.applicationId === item.applicationId).map((r) => ({ memberId: r.memberId, reasons: r.reasons })),
      };
    });
  }
}

function agendaEntry(applicationId: string, position: number, file: DecisionFileRow | undefined): AgendaEntry {
  return {
    applicationId,
    position,
    referenceNumber: file?.referenceNumber ?? null,
    applicantName: file?.applicantName ?? null,
    employerName: file?.employerName ?? null,
    level: file?.level ?? null,
    specialty: file?.specialty ?? null,
    status: file?.status ?? null,
  };
}

/** Why a file cannot be on this meeting's agenda (none: it can). */
function agendaProblems(path: string, file: DecisionFileRow | undefined, committee: Committee, cycleId: string, onOtherAgenda: boolean): FieldProblem[] {
  if (!file) return [{ path, code: 'APPLICATION_NOT_FOUND', message: 'No application with this id' }];
  const problems: FieldProblem[] = [];
  if (file.status !== 'reviewed') problems.push({ path, code: 'NOT_REVIEWED', message: `Only reviewed files go to the committee; this one is ${file.status}` });
  if (file.cycleId !== cycleId) problems.push({ path, code: 'OTHER_CYCLE', message: 'The file belongs to another cycle' });
  if (!committee.levels.includes(file.level)) problems.push({ path, code: 'LEVEL_NOT_DECIDED', message: `The committee does not decide the level ${file.level}` });
  if (!committee.specialties.includes(file.specialty)) problems.push({ path, code: 'SPECIALTY_NOT_DECIDED', message: `The committee does not decide the specialty ${file.specialty}` });
  if (onOtherAgenda) problems.push({ path, code: 'ALREADY_ON_AGENDA', message: 'The file is on the agenda of another meeting that has not decided it' });
  return problems;
}
