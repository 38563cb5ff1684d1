import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CursorPageMeta, CursorQueryDto } from '@app/common';
import { Cycle, LEVELS, TitleLevel } from '@app/applications';

export class EvidenceLimitsDto {
  @ApiPropertyOptional({ example: 20971520, description: 'Largest accepted file, bytes (default 20 MB)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxFileBytes?: number;

  @ApiPropertyOptional({ example: 209715200, description: 'Largest total per application, bytes (default 200 MB)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxTotalBytes?: number;

  @ApiPropertyOptional({ description: 'Required kinds per level, cross-provincial and exceptional extras (see domain defaults)' })
  @IsOptional()
  @IsObject()
  required?: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'array', items: { type: 'object' } })
  @IsOptional()
  @IsArray()
  crossProvincial?: unknown[];

  @ApiPropertyOptional({ type: 'array', items: { type: 'object' } })
  @IsOptional()
  @IsArray()
  exceptional?: unknown[];
}

class CycleFieldsDto {
  @ApiProperty({ example: '2026年度工业设计专业职称评审' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameZh: string;

  @ApiProperty({ example: '2026 Industrial Design Title Evaluation' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameEn: string;

  @ApiProperty({ enum: LEVELS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(LEVELS as string[], { each: true })
  levels: TitleLevel[];

  @ApiProperty({ example: ['product_design', 'experience_design', 'visual_communication'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { each: true, message: 'each specialty must be a lower_snake_case key' })
  specialties: string[];

  @ApiProperty({ format: 'date-time', example: '2026-03-01T00:00:00+08:00' })
  @Type(() => Date)
  @IsDate()
  opensAt: Date;

  @ApiProperty({ format: 'date-time', example: '2026-04-30T23:59:59+08:00' })
  @Type(() => Date)
  @IsDate()
  closesAt: Date;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  reviewDeadline?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  meetingDate?: string | null;

  @ApiProperty({ description: 'Published form version id per accepted level', example: { intermediate: '2f0c…' } })
  @IsObject()
  formVersions: Partial<Record<TitleLevel, string>>;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'default-2026' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  rubricVersion?: string | null;

  @ApiPropertyOptional({ description: 'Eligibility policy (domain.md §6 as data); the default table when omitted' })
  @IsOptional()
  @IsObject()
  eligibilityPolicy?: Record<string, unknown>;

  @ApiPropertyOptional({ type: EvidenceLimitsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceLimitsDto)
  evidenceRules?: EvidenceLimitsDto;
}

export class CreateCycleDto extends CycleFieldsDto {
  @ApiProperty({ example: '2026-ID', description: 'Prefix of reference numbers' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'code must be 2-32 upper-case letters, digits or dashes' })
  code: string;
}

export class UpdateCycleDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) nameZh?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) nameEn?: string;
  @ApiPropertyOptional({ enum: LEVELS, isArray: true }) @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(LEVELS as string[], { each: true }) levels?: TitleLevel[];
  @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMinSize(1) @IsString({ each: true }) specialties?: string[];
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() opensAt?: Date;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() closesAt?: Date;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) @IsOptional() @IsISO8601({ strict: true }) reviewDeadline?: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) @IsOptional() @IsISO8601({ strict: true }) meetingDate?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsObject() formVersions?: Partial<Record<TitleLevel, string>>;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() rubricVersion?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsObject() eligibilityPolicy?: Record<string, unknown>;
  @ApiPropertyOptional({ type: EvidenceLimitsDto }) @IsOptional() @ValidateNested() @Type(() => EvidenceLimitsDto) evidenceRules?: EvidenceLimitsDto;
}

export class ListCyclesQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ description: 'Only cycles whose submission window is open now' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  open?: boolean;
}

export class FormQueryDto {
  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS as string[])
  level: TitleLevel;
}

export class CycleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ enum: LEVELS, isArray: true }) levels: TitleLevel[];
  @ApiProperty({ type: [String] }) specialties: string[];
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ description: 'Whether the submission window is open now' }) open: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewDeadline: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) meetingDate: string | null;
  @ApiProperty() formVersions: Partial<Record<TitleLevel, string>>;
  @ApiPropertyOptional({ nullable: true, type: String }) rubricVersion: string | null;
  @ApiProperty() eligibilityPolicy: object;
  @ApiProperty() evidenceRules: object;
  @ApiProperty() version: number;

  static from(cycle: Cycle, now: Date): CycleDto {
    return {
      id: cycle.id,
      code: cycle.code,
      nameZh: cycle.nameZh,
      nameEn: cycle.nameEn,
      levels: cycle.levels,
      specialties: cycle.specialties,
      opensAt: cycle.opensAt.toISOString(),
      closesAt: cycle.closesAt.toISOString(),
      open: cycle.opensAt <= now && now < cycle.closesAt,
      reviewDeadline: cycle.reviewDeadline,
      meetingDate: cycle.meetingDate,
      formVersions: cycle.formVersions,
      rubricVersion: cycle.rubricVersion,
      eligibilityPolicy: cycle.eligibilityPolicy,
      evidenceRules: cycle.evidenceRules,
      version: cycle.version,
    };
  }
}

export class CyclePageDto extends CursorPageMeta {
  @ApiProperty({ type: [CycleDto] }) items: CycleDto[];
}
