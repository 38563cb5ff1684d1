import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { STAGES } from '@app/applications';
import type { CycleStats } from '../cycle-stats.service';

export class CycleStatsQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() cycleId: string;
}

export class PassRateDto {
  @ApiProperty() passed: number;
  @ApiProperty() failed: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.8125, description: 'passed / (passed + failed); null before any decision' }) rate: number | null;
}

export class PassRatesDto {
  @ApiProperty({ type: PassRateDto, description: 'accepted vs rejected at qualification (a correction that ran out counts as rejected)' }) qualification: PassRateDto;
  @ApiProperty({ type: PassRateDto, description: 'review completed vs left by withdrawal (review itself decides nothing)' }) review: PassRateDto;
  @ApiProperty({ type: PassRateDto, description: 'committee passed vs failed' }) committee: PassRateDto;
  @ApiProperty({ type: PassRateDto, description: 'public notice closed (approved) vs objection upheld' }) notice: PassRateDto;
}

export class StageDurationDto {
  @ApiProperty({ enum: STAGES }) stage: string;
  @ApiProperty({ description: 'Stays in the stage that ended (files still in it are not counted)' }) count: number;
  @ApiProperty({ nullable: true, type: Number, example: 3.5 }) medianDays: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 9.25, description: '90th percentile (continuous)' }) p90Days: number | null;
}

export class CrossProvincialDto {
  @ApiProperty() count: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Of the submitted files' }) share: number | null;
}

export class OverdueDto {
  @ApiProperty({ description: 'Returned files past their correction deadline' }) corrections: number;
  @ApiProperty({ description: 'Files with a review still open past its deadline' }) reviews: number;
}

export class ReviewerWorkloadDto {
  @ApiProperty({ format: 'uuid' }) reviewerId: string;
  @ApiProperty({ nullable: true, type: String }) fullName: string | null;
  @ApiProperty({ description: 'Assignments holding a slot (assigned, draft, submitted)' }) assigned: number;
  @ApiProperty() submitted: number;
  @ApiProperty({ description: 'Not submitted and past the deadline' }) overdue: number;
}

export class DayCountDto {
  @ApiProperty({ example: '2026-05-31', description: 'Asia/Shanghai calendar day' }) date: string;
  @ApiProperty() count: number;
}

const counts = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class CycleStatsDto {
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ description: 'Every file of the cycle, drafts included' }) total: number;
  @ApiProperty({ description: 'Files submitted at least once' }) filed: number;
  @ApiProperty({ ...counts, description: 'Every file by status (drafts included)', example: { submitted: 120, in_review: 40 } }) byStatus: Record<string, number>;
  @ApiProperty({ ...counts, description: 'Submitted files by level' }) byLevel: Record<string, number>;
  @ApiProperty({ ...counts, description: 'Submitted files by specialty' }) bySpecialty: Record<string, number>;
  @ApiProperty({ ...counts, description: 'Submitted files by GB/T 2260 province of the employer', example: { '50': 80, '44': 12 } }) byHomeProvince: Record<string, number>;
  @ApiProperty({ type: CrossProvincialDto }) crossProvincial: CrossProvincialDto;
  @ApiProperty({ type: PassRatesDto }) passRates: PassRatesDto;
  @ApiProperty({ type: [StageDurationDto] }) stageDurations: StageDurationDto[];
  @ApiProperty({ type: OverdueDto }) overdue: OverdueDto;
  @ApiProperty({ type: [ReviewerWorkloadDto] }) reviewerWorkload: ReviewerWorkloadDto[];
  @ApiProperty({ type: [DayCountDto], description: 'First submissions per Asia/Shanghai day' }) submissionsPerDay: DayCountDto[];

  static from(s: CycleStats): CycleStatsDto {
    return {
      cycleId: s.cycleId,
      generatedAt: s.generatedAt.toISOString(),
      total: s.total,
      filed: s.filed,
      byStatus: s.byStatus,
      byLevel: s.byLevel,
      bySpecialty: s.bySpecialty,
      byHomeProvince: s.byHomeProvince,
      crossProvincial: s.crossProvincial,
      passRates: s.passRates,
      stageDurations: s.stageDurations,
      overdue: s.overdue,
      reviewerWorkload: s.reviewerWorkload,
      submissionsPerDay: s.submissionsPerDay,
    };
  }
}
