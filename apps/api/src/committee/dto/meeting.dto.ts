import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDate, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CursorPageMeta, CursorQueryDto, IsDateInRange } from '@app/common';
import { ITEM_MODES, ITEM_OUTCOMES, MEETING_STATUSES, VOTES } from '@app/committee';
import type { AdminItemView, BallotPaper, BallotReceipt, ItemVotingClosed, ItemMode, ItemOutcome, Meeting, MeetingMinutes, MeetingStatus, MeetingView, MemberItemView, Vote } from '@app/committee';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_AGENDA = 1000;
const MAX_COUNT = 1000;

export class ScheduleMeetingDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID, { message: 'committeeId must be a UUID' })
  committeeId: string;

  @ApiProperty({ format: 'uuid' })
  @Matches(UUID, { message: 'cycleId must be a UUID' })
  cycleId: string;

  @ApiProperty({ format: 'date-time', description: 'In the future and within the committee\'s term' })
  @Type(() => Date)
  @IsDate()
  @IsDateInRange()
  scheduledAt: Date;

  @ApiProperty({ example: '重庆市人力资源和社会保障局 3 楼会议室', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  location: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The agenda, in order: reviewed files of the cycle whose level and specialty the committee decides' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AGENDA)
  @ArrayUnique()
  @Matches(UUID, { each: true, message: 'each applicationId must be a UUID' })
  applicationIds: string[];
}

export class OpenMeetingDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The members present; at least the quorum (COMMITTEE_QUORUM of the members, default 2/3)' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @Matches(UUID, { each: true, message: 'each presentMemberId must be a UUID' })
  presentMemberIds: string[];
}

export class TakeBallotPaperDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID, { message: 'applicationId must be a UUID' })
  applicationId: string;
}

export class BallotPaperDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ description: 'The ballot paper: cast it once with POST /meetings/{id}/ballots. Stored nowhere, so this answer is its only copy; it names no member' })
  ballotToken: string;

  static from(p: BallotPaper): BallotPaperDto {
    return { meetingId: p.meetingId, applicationId: p.applicationId, ballotToken: p.ballotToken };
  }
}

export class CastBallotDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID, { message: 'applicationId must be a UUID' })
  applicationId: string;

  @ApiProperty({ enum: VOTES })
  @IsIn(VOTES)
  vote: Vote;

  @ApiPropertyOptional({
    description: 'A ballot paper taken earlier (POST /meetings/{id}/ballot-papers, or the details of a 503 BALLOT_NOT_RECORDED). Without it, the paper is taken and cast in this one call',
    maxLength: 1000,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  ballotToken?: string;
}

export class CloseItemVotingDto {
  @ApiProperty({ example: 'Member 7 left the meeting before this item; the committee agreed to close the vote', minLength: 2, maxLength: 1000 })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  reason: string;
}

export class ItemVotingClosedDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'uuid' }) closedBy: string;
  @ApiProperty({ format: 'date-time' }) closedAt: string;

  static from(c: ItemVotingClosed): ItemVotingClosedDto {
    return { meetingId: c.meetingId, applicationId: c.applicationId, reason: c.reason, closedBy: c.closedBy, closedAt: c.closedAt.toISOString() };
  }
}

export class BallotReceiptDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: [true], description: 'The ballot was taken. The choice is never echoed back' }) voted: true;

  static from(r: BallotReceipt): BallotReceiptDto {
    return { meetingId: r.meetingId, applicationId: r.applicationId, voted: r.voted };
  }
}

export class RecordTallyDto {
  @ApiProperty({ format: 'uuid' })
  @Matches(UUID, { message: 'applicationId must be a UUID' })
  applicationId: string;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  yes: number;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  no: number;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  abstain: number;
}

export class TallyDto {
  @ApiProperty() yes: number;
  @ApiProperty() no: number;
  @ApiProperty() abstain: number;
}

export class RecordedTallyDto extends TallyDto {
  @ApiProperty({ description: 'Present members entitled to vote on the item (the majority\'s base)' }) entitledPresent: number;
}

export class ItemVotingClosureDto {
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'uuid' }) closedBy: string;
  @ApiProperty({ format: 'date-time' }) closedAt: string;
}

export class RecusalDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ type: [String], example: ['SAME_EMPLOYER_CREDIT_CODE'] }) reasons: string[];
}

export class AttendanceDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() present: boolean;
}

export class MeetingItemDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() position: number;
  @ApiProperty({ nullable: true, type: String }) referenceNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) applicantName: string | null;
  @ApiProperty({ nullable: true, type: String }) employerName: string | null;
  @ApiProperty({ nullable: true, type: String }) level: string | null;
  @ApiProperty({ nullable: true, type: String }) specialty: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The file\'s status now' }) status: string | null;
  // A member's view
  @ApiPropertyOptional({ description: 'Member: not recused from this file (no conflict of interest)' }) mayVote?: boolean;
  @ApiPropertyOptional({ type: [String], description: 'Member: their own conflict codes with the file' }) recusalReasons?: string[];
  @ApiPropertyOptional({ description: 'Member: they have voted on it' }) voted?: boolean;
  @ApiPropertyOptional({ description: 'Member: a ballot would be taken now' }) canVoteNow?: boolean;
  @ApiPropertyOptional({ description: 'Member: the chair has closed the vote on this item' }) votingClosed?: boolean;
  // An admin's view
  @ApiPropertyOptional({ enum: ITEM_MODES, nullable: true, description: 'Admin: electronic ballots or a paper tally; null before either' }) mode?: ItemMode | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Admin: present members entitled to vote (from the opening)' }) entitledPresent?: number | null;
  @ApiPropertyOptional({ description: 'Admin: every present entitled member has cast their ballot, or a tally is recorded, or the chair closed the vote (no count while the meeting is open)' })
  votingComplete?: boolean;
  @ApiPropertyOptional({ type: () => ItemVotingClosureDto, nullable: true, description: "Admin: the chair's close of the item's vote, with its reason" })
  votingClosedByChair?: ItemVotingClosureDto | null;
  @ApiPropertyOptional({ type: TallyDto, nullable: true, description: 'Admin: a paper tally, or the electronic totals once the meeting is closed' }) tally?: TallyDto | null;
  @ApiPropertyOptional({ enum: ITEM_OUTCOMES, nullable: true }) outcome?: ItemOutcome | null;
  @ApiPropertyOptional({ type: [RecusalDto], description: 'Admin: members recused from the file' }) recusals?: RecusalDto[];

  static fromMember(i: MemberItemView): MeetingItemDto {
    return { ...i };
  }

  static fromAdmin(i: AdminItemView): MeetingItemDto {
    return { ...i, votingClosedByChair: i.votingClosedByChair && { ...i.votingClosedByChair, closedAt: i.votingClosedByChair.closedAt.toISOString() } };
  }
}

export class MeetingCommitteeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ format: 'uuid' }) chairId: string;
}

export class MeetingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['admin', 'member'], description: 'Which view this is' }) viewerRole: 'admin' | 'member';
  @ApiProperty({ type: MeetingCommitteeDto }) committee: MeetingCommitteeDto;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ format: 'date-time' }) scheduledAt: string;
  @ApiProperty() location: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status: MeetingStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'Committee size at the opening' }) memberCount: number | null;
  @ApiProperty({ nullable: true, type: Number }) presentCount: number | null;
  @ApiProperty({ nullable: true, type: Number }) quorumRequired: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) openedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt: string | null;
  @ApiPropertyOptional({ type: [AttendanceDto], description: 'Admin: every member at the opening, present or not' }) attendance?: AttendanceDto[];
  @ApiPropertyOptional({ nullable: true, type: Boolean, description: 'Member: recorded present (null before the opening)' }) present?: boolean | null;
  @ApiProperty({ type: [MeetingItemDto] }) items: MeetingItemDto[];

  static from(v: MeetingView): MeetingDto {
    const m = v.meeting;
    return {
      id: m.id,
      viewerRole: v.viewerRole,
      committee: { id: v.committee.id, nameZh: v.committee.nameZh, nameEn: v.committee.nameEn, chairId: v.committee.chairId },
      cycleId: m.cycleId,
      scheduledAt: m.scheduledAt.toISOString(),
      location: m.location,
      status: m.status,
      memberCount: m.memberCount,
      presentCount: m.presentCount,
      quorumRequired: m.quorumRequired,
      openedAt: m.openedAt?.toISOString() ?? null,
      closedAt: m.closedAt?.toISOString() ?? null,
      ...(v.viewerRole === 'admin' ? { attendance: v.attendance ?? [] } : { present: v.present ?? null }),
      items: v.viewerRole === 'admin' ? (v.adminItems ?? []).map(MeetingItemDto.fromAdmin) : (v.memberItems ?? []).map(MeetingItemDto.fromMember),
    };
  }
}

export class MinutesMemberDto {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
}

export class MinutesRecusalDto extends MinutesMemberDto {
  @ApiProperty({ type: [String] }) reasons: string[];
}

export class MinutesAttendanceDto {
  @ApiProperty() members: number;
  @ApiProperty() present: number;
  @ApiProperty() absent: number;
  @ApiProperty({ type: [MinutesMemberDto] }) presentMembers: MinutesMemberDto[];
  @ApiProperty({ type: [MinutesMemberDto] }) absentMembers: MinutesMemberDto[];
}

export class MinutesQuorumDto {
  @ApiProperty({ example: '2/3' }) share: string;
  @ApiProperty() required: number;
  @ApiProperty() present: number;
  @ApiProperty() met: boolean;
}

export class MinutesItemDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() position: number;
  @ApiProperty({ nullable: true, type: String }) referenceNumber: string | null;
  @ApiProperty({ enum: ITEM_MODES, nullable: true }) mode: ItemMode | null;
  @ApiProperty({ description: 'Present members entitled to vote (present minus recused)' }) entitledPresent: number;
  @ApiProperty() yes: number;
  @ApiProperty() no: number;
  @ApiProperty() abstain: number;
  @ApiProperty({ description: 'Entitled present members who cast no ballot (not yes)' }) notVoting: number;
  @ApiProperty({ enum: ITEM_OUTCOMES, description: 'passed when yes * 3 >= entitledPresent * 2' }) outcome: ItemOutcome;
  @ApiProperty({ type: ItemVotingClosureDto, nullable: true, description: 'The chair closed the vote before every entitled member had voted: why, who, when' })
  votingClosedByChair: ItemVotingClosureDto | null;
  @ApiProperty({ type: [MinutesRecusalDto] }) recusals: MinutesRecusalDto[];
}

export class MinutesDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ type: MeetingCommitteeDto }) committee: MeetingCommitteeDto;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ format: 'date-time' }) scheduledAt: string;
  @ApiProperty() location: string;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time' }) closedAt: string;
  @ApiProperty({ type: MinutesAttendanceDto }) attendance: MinutesAttendanceDto;
  @ApiProperty({ type: MinutesQuorumDto }) quorum: MinutesQuorumDto;
  @ApiProperty({ type: [MinutesItemDto] }) items: MinutesItemDto[];

  static from(m: MeetingMinutes): MinutesDto {
    // Minutes written before the chair's close existed lack the field.
    return { ...m, items: m.items.map((i) => ({ ...i, votingClosedByChair: i.votingClosedByChair ?? null })) };
  }
}

export class ListMeetingsQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this committee\'s meetings' })
  @IsOptional()
  @Matches(UUID, { message: 'committeeId must be a UUID' })
  committeeId?: string;
}

export class MeetingSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) committeeId: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ format: 'date-time' }) scheduledAt: string;
  @ApiProperty() location: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status: MeetingStatus;

  static from(m: Meeting): MeetingSummaryDto {
    return { id: m.id, committeeId: m.committeeId, cycleId: m.cycleId, scheduledAt: m.scheduledAt.toISOString(), location: m.location, status: m.status };
  }
}

export class MeetingPageDto extends CursorPageMeta {
  @ApiProperty({ type: [MeetingSummaryDto] }) items: MeetingSummaryDto[];
}
