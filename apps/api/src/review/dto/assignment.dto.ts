import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AUTO_ASSIGN_RUN_STATUSES, SHORTFALL_REASONS } from '@app/review';
import type { AssignedReviewer, AutoAssignRun, AutoAssignRunStatus, AutoAssignSummary, ShortfallReason } from '@app/review';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reviewers to put on one file, all or none. */
export class AssignReviewersDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Reviewers (users with a profile in the expert pool)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(UUID, { each: true, message: 'each reviewerId must be a UUID' })
  reviewerIds: string[];
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) reviewerId: string;
  @ApiProperty({ example: 'assigned' }) status: string;

  static from(a: AssignedReviewer): AssignmentDto {
    return { id: a.id, applicationId: a.applicationId, reviewerId: a.reviewerId, status: a.status };
  }
}

export class AssignmentListDto {
  @ApiProperty({ type: [AssignmentDto] }) items: AssignmentDto[];
}

export class ShortfallDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ description: 'Reviewers the file still needed before the run' }) needed: number;
  @ApiProperty({ description: 'Reviewers this run gave it' }) assigned: number;
  @ApiProperty({ enum: Object.values(SHORTFALL_REASONS) }) reason: ShortfallReason;
}

export class AutoAssignSummaryDto {
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ description: 'in_review files of the cycle' }) files: number;
  @ApiProperty({ description: 'Of those, files that lacked reviewers before the run' }) filesLacking: number;
  @ApiProperty({ description: 'Assignments this run made (0 when run again)' }) assigned: number;
  @ApiProperty({ type: [ShortfallDto], description: 'Files left short, each with the reason' }) shortfalls: ShortfallDto[];

  static from(s: AutoAssignSummary): AutoAssignSummaryDto {
    return { cycleId: s.cycleId, files: s.files, filesLacking: s.filesLacking, assigned: s.assigned, shortfalls: s.shortfalls };
  }
}

class RunErrorDto {
  @ApiProperty({ example: 'AUTO_ASSIGN_FAILED' }) code: string;
  @ApiProperty() message: string;
}

export class AutoAssignRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ enum: AUTO_ASSIGN_RUN_STATUSES, description: 'queued, running, then done (summary) or failed (error)' }) status: AutoAssignRunStatus;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ type: AutoAssignSummaryDto, nullable: true, description: 'Once done' }) summary: AutoAssignSummaryDto | null;
  @ApiProperty({ type: RunErrorDto, nullable: true, description: 'Once failed' }) error: RunErrorDto | null;

  static from(run: AutoAssignRun): AutoAssignRunDto {
    return {
      id: run.id,
      cycleId: run.cycleId,
      status: run.status,
      requestedAt: run.requestedAt.toISOString(),
      startedAt: run.startedAt?.toISOString() ?? null,
      finishedAt: run.finishedAt?.toISOString() ?? null,
      summary: run.summary ? AutoAssignSummaryDto.from(run.summary) : null,
      error: run.error,
    };
  }
}

export class DeclineReviewDto {
  @ApiProperty({ enum: ['conflict', 'unavailable'], description: 'conflict: also recorded as a declared relation with the applicant' })
  @IsIn(['conflict', 'unavailable'])
  reason: 'conflict' | 'unavailable';

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class DeclinedDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The declared relation recorded for a conflict' }) relationId: string | null;
}
