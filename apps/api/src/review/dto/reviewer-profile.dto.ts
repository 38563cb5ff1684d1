import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CursorPageMeta, CursorQueryDto } from '@app/common';
import { LEVELS, TitleLevel } from '@app/applications';
import type { PoolEntry, ReviewerProfile } from '@app/review';
import { IsProvinceCode, IsUscc } from './validators';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** PUT replaces the whole profile: every field but `active` (default true) and `employerCreditCode` is required. */
export class PutReviewerProfileDto {
  @ApiProperty({ type: [String], example: ['product_design'], description: 'Specialty keys as cycles use them' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { each: true, message: 'each specialty must be a lower_snake_case key' })
  specialties: string[];

  @ApiProperty({ enum: LEVELS, description: "The highest level this reviewer may review (their own title's level)" })
  @IsIn(LEVELS)
  maxLevel: TitleLevel;

  @ApiProperty({ example: '50', description: 'GB/T 2260 two-digit province code' })
  @IsProvinceCode()
  homeProvince: string;

  @ApiProperty({ example: '重庆某设计研究院有限公司' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  employerName: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '91500103PB3LWF6F87', description: 'Unified social credit code; null or absent for a reviewer without one' })
  @IsOptional()
  @IsUscc()
  employerCreditCode?: string | null;

  @ApiProperty({ minimum: 1, maximum: 10000, example: 20, description: 'Most applications assigned to this reviewer in one cycle' })
  @IsInt()
  @Min(1)
  @Max(10000)
  maxLoadPerCycle: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListReviewersQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Count each reviewer’s load (cycleLoad) in this cycle' })
  @IsOptional()
  @IsUUID()
  cycleId?: string;

  @ApiPropertyOptional({ example: 'product_design' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/)
  specialty?: string;

  @ApiPropertyOptional({ description: 'true: only active; false: only inactive; absent: all' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class ReviewerProfileDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ type: [String] }) specialties: string[];
  @ApiProperty({ enum: LEVELS }) maxLevel: TitleLevel;
  @ApiProperty() homeProvince: string;
  @ApiProperty() employerName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) employerCreditCode: string | null;
  @ApiProperty() maxLoadPerCycle: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(p: ReviewerProfile): ReviewerProfileDto {
    return {
      userId: p.userId,
      specialties: p.specialties,
      maxLevel: p.maxLevel,
      homeProvince: p.homeProvince,
      employerName: p.employerName,
      employerCreditCode: p.employerCreditCode,
      maxLoadPerCycle: p.maxLoadPerCycle,
      active: p.active,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}

/** A pool entry on the admin's list: the profile, who the reviewer is and their current load. */
export class PoolReviewerDto extends ReviewerProfileDto {
  @ApiProperty({ nullable: true, type: String }) fullName: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ description: 'Open reviews (assigned or draft) in every cycle' }) openReviews: number;
  @ApiProperty({ description: 'Active assignments (assigned, draft, submitted) in the cycle named by cycleId, counted against maxLoadPerCycle; 0 without cycleId' })
  cycleLoad: number;

  static fromEntry(e: PoolEntry): PoolReviewerDto {
    return { ...ReviewerProfileDto.from(e.profile), fullName: e.fullName, email: e.email, openReviews: e.load.openReviews, cycleLoad: e.load.cycleLoad };
  }
}

export class ReviewerProfilePageDto extends CursorPageMeta {
  @ApiProperty({ type: [PoolReviewerDto] }) items: PoolReviewerDto[];
}
