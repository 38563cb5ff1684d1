import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CursorPageMeta, CursorQueryDto, IsOptionalNotNull } from '@app/common';
import { ASSIGNMENT_STATUSES } from '@app/review';
import { LEVELS, TitleLevel } from '@app/applications';
import type { ApplicationScores, AssignmentStatus, ReviewListItem, Recommendation, ReviewAssignment, ReviewView, Rubric, RubricCriterion } from '@app/review';

const RECOMMENDATIONS = ['pass', 'fail'] as const;

export class ListReviewsQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: AssignmentStatus;
}

/** A draft: any subset of the criteria; the scores are merged into those saved (null removes one). */
export class SaveReviewDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true, example: '27.5' },
    description: 'Points per criterion key, decimal strings with at most 2 decimals, 0 to the criterion\'s maximum; null removes a saved score',
    example: { professional_competence: '27.5', design_achievements: '36' },
  })
  @IsOptionalNotNull()
  @IsObject()
  scores?: Record<string, string | null>;

  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(5000)
  comment?: string | null;

  @ApiPropertyOptional({ enum: RECOMMENDATIONS, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsIn(RECOMMENDATIONS)
  recommendation?: Recommendation | null;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'The review\'s `updatedAt` as the client last read it; when given and the review has changed since (another tab or device), 409 STALE_VERSION and nothing is saved',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  updatedAt?: string;
}

export class ReopenReviewDto {
  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'Why the submitted review is reopened (the reviewer sees it)' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason: string;
}

export class RubricCriterionDto {
  @ApiProperty() key: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ description: 'Highest score in points (the lowest is 0)' }) maxPoints: number;
  @ApiProperty() descriptionZh: string;
  @ApiProperty() descriptionEn: string;

  static from(c: RubricCriterion): RubricCriterionDto {
    return { ...c };
  }
}

export class RubricDto {
  @ApiProperty({ example: 'default-2026' }) version: string;
  @ApiProperty({ type: [RubricCriterionDto] }) criteria: RubricCriterionDto[];

  static from(r: Rubric): RubricDto {
    return { version: r.version, criteria: r.criteria.map(RubricCriterionDto.from) };
  }
}

/** A reviewer's own review (never another reviewer's, never who else reviews the file). */
export class ReviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status: AssignmentStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) dueAt: string | null;
  @ApiProperty({ nullable: true, type: String }) rubricVersion: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: { type: 'string' } }) scores: Record<string, string> | null;
  @ApiProperty({ nullable: true, type: String, example: '86.75', description: 'Sum of the scores, exact' }) total: string | null;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ nullable: true, enum: RECOMMENDATIONS }) recommendation: Recommendation | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why an admin reopened it (or why it was declined or withdrawn)' }) statusNote: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(r: ReviewAssignment): ReviewDto {
    return {
      id: r.id,
      applicationId: r.applicationId,
      cycleId: r.cycleId,
      status: r.status,
      dueAt: r.dueAt?.toISOString() ?? null,
      rubricVersion: r.rubricVersion,
      scores: r.scores,
      total: r.total,
      comment: r.comment,
      recommendation: r.recommendation,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      statusNote: r.statusNote,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  }
}

export class ReviewWithRubricDto extends ReviewDto {
  @ApiProperty({ type: RubricDto }) rubric: RubricDto;

  static fromView(v: ReviewView): ReviewWithRubricDto {
    return { ...ReviewDto.from(v.review), rubric: RubricDto.from(v.rubric) };
  }
}

/** Which file a review is about, as the reviewer's list shows it (nothing personal). */
export class ReviewFileSummaryDto {
  @ApiProperty({ nullable: true, type: String, example: '2026-ID-INT-000123' }) referenceNumber: string | null;
  @ApiProperty({ enum: LEVELS }) level: TitleLevel;
  @ApiProperty() specialty: string;
}

export class ReviewListItemDto extends ReviewDto {
  @ApiProperty({ type: ReviewFileSummaryDto, nullable: true }) file: ReviewFileSummaryDto | null;

  static fromItem(item: ReviewListItem): ReviewListItemDto {
    return { ...ReviewDto.from(item.review), file: item.file };
  }
}

export class ReviewPageDto extends CursorPageMeta {
  @ApiProperty({ type: [ReviewListItemDto] }) items: ReviewListItemDto[];
}

/** One reviewer's review as an admin sees it. */
export class ReviewerScoresDto extends ReviewDto {
  @ApiProperty({ format: 'uuid' }) reviewerId: string;

  static fromReview(r: ReviewAssignment): ReviewerScoresDto {
    return { ...ReviewDto.from(r), reviewerId: r.reviewerId };
  }
}

export class ApplicationScoresDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() applicationStatus: string;
  @ApiProperty({ type: [ReviewerScoresDto], description: 'Every active review (assigned, draft, submitted), oldest assignment first' }) reviews: ReviewerScoresDto[];
  @ApiProperty({ nullable: true, type: String, example: '71.92', description: 'Set when the review completed: the average of the totals, highest and lowest dropped from 5 on, rounded half up to 2 decimals' })
  aggregate: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'max - min of the totals' }) spread: string | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Totals more than 30 points apart' }) spreadFlag: boolean | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) completedAt: string | null;

  static from(s: ApplicationScores): ApplicationScoresDto {
    return {
      applicationId: s.applicationId,
      applicationStatus: s.applicationStatus,
      reviews: s.reviews.map(ReviewerScoresDto.fromReview),
      aggregate: s.outcome?.aggregate ?? null,
      spread: s.outcome?.spread ?? null,
      spreadFlag: s.outcome?.spreadFlag ?? null,
      completedAt: s.outcome?.computedAt.toISOString() ?? null,
    };
  }
}
