import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CursorPageMeta, CursorQueryDto } from '@app/common';
import { APPEAL_OUTCOMES, APPEAL_STATUSES, AppealListItem, AppealOutcome, AppealStatus, RejectionSummary } from '@app/appeals';

export class LodgeAppealDto {
  @ApiProperty({ example: 'The provincial design award in section 4 was not taken into account; its certificate is attached to the file.', description: 'Why the decision should be reconsidered' })
  @IsString()
  @MinLength(2)
  @MaxLength(5000)
  grounds: string;
}

export class DecideAppealDto {
  @ApiProperty({ enum: APPEAL_OUTCOMES, description: 're_review: back to expert review (in_review) with its panel closed, new reviewers to assign; upheld: the rejection stands' })
  @IsIn(APPEAL_OUTCOMES as unknown as AppealOutcome[])
  outcome: AppealOutcome;

  @ApiProperty({ example: 'The award is genuine and was not considered; the file is reviewed again.', description: 'The reason, told to the applicant' })
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  note: string;
}

export class AppealListQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: APPEAL_STATUSES, description: 'open: waiting for a decision; decided. Absent: all' })
  @IsOptional()
  @IsIn(APPEAL_STATUSES as unknown as AppealStatus[])
  status?: AppealStatus;
}

export class AppealDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-ID-INT-000123' }) referenceNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) applicantName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The file’s status now' }) applicationStatus: string | null;
  @ApiProperty() grounds: string;
  @ApiProperty({ format: 'date-time', description: 'End of the appeal window of the decision appealed against' }) deadline: string;
  @ApiProperty({ enum: APPEAL_STATUSES }) status: AppealStatus;
  @ApiPropertyOptional({ enum: APPEAL_OUTCOMES, nullable: true }) outcome: AppealOutcome | null;
  @ApiPropertyOptional({ nullable: true, type: String }) decisionNote: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ format: 'date-time' }) lodgedAt: string;

  static from({ appeal, file }: AppealListItem): AppealDto {
    return {
      id: appeal.id,
      applicationId: appeal.applicationId,
      referenceNumber: file?.referenceNumber ?? null,
      applicantName: file?.applicantName ?? null,
      applicationStatus: file?.status ?? null,
      grounds: appeal.grounds,
      deadline: appeal.deadline.toISOString(),
      status: appeal.status,
      outcome: appeal.outcome,
      decisionNote: appeal.decisionNote,
      decidedAt: appeal.decidedAt?.toISOString() ?? null,
      lodgedAt: appeal.createdAt.toISOString(),
    };
  }
}

export class AppealPageDto extends CursorPageMeta {
  @ApiProperty({ type: [AppealDto] }) items: AppealDto[];
}

/** The decision that rejected a file, as its applicant reads it before appealing. */
export class RejectionDto {
  @ApiProperty({ nullable: true, type: String, enum: ['qualification_review', 'correction_overdue', 'committee_vote', 'public_notice'], description: 'The stage that rejected the file' })
  stage: string | null;
  @ApiProperty({ example: 'reject_qualification', description: 'The workflow action that rejected it' }) action: string;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
  @ApiProperty({ format: 'date-time', description: 'The end of the appeal window' }) appealDeadline: string;
  @ApiProperty({ description: 'The window is open now' }) windowOpen: boolean;
  @ApiProperty({ description: 'This decision was appealed already (once per decision)' }) appealed: boolean;

  static from(r: RejectionSummary): RejectionDto {
    return { ...r, decidedAt: r.decidedAt.toISOString(), appealDeadline: r.appealDeadline.toISOString() };
  }
}

export class RejectionAnswerDto {
  @ApiProperty({ type: RejectionDto, nullable: true, description: 'Null when the file is not rejected' }) rejection: RejectionDto | null;
}
