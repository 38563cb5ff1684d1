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
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CursorPageMeta, CursorQueryDto, IsDateInRange, IsOptionalNotNull } from '@app/common';
import { Cycle, LEVELS, Rubric, TitleLevel } from '@app/applications';
import { rubricOf } from '@app/review';
import { RubricDto } from '../../review/dto/review.dto';
import { IsFormVersionMap } from './form-version-map.validator';
import { SpecialtyDto } from './public-cycle.dto';

/** Any subset of a cycle's evidence rules, merged into its current ones and checked against GET cycles/settings-schemas `evidenceRules`. */
export class EvidenceLimitsDto {
  @ApiPropertyOptional({ example: 20971520, description: 'Largest accepted file, bytes (default 20 MB)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  maxFileBytes?: number;

  @ApiPropertyOptional({ example: 209715200, description: 'Largest total per application, bytes (default 200 MB)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  maxTotalBytes?: number;

  @ApiPropertyOptional({ type: [String], example: ['application/pdf', 'image/jpeg', 'image/png'], description: 'Media types accepted, recognised by content' })
  @IsOptional()
  @IsArray()
  acceptedMediaTypes?: string[];

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
  @IsDateInRange()
  opensAt: Date;

  @ApiProperty({ format: 'date-time', example: '2026-04-30T23:59:59+08:00' })
  @Type(() => Date)
  @IsDate()
  @IsDateInRange()
  closesAt: Date;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsDateInRange()
  reviewDeadline?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsDateInRange()
  meetingDate?: string | null;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'uuid' }, description: 'Published form version id per accepted level', example: { intermediate: '2f0c6a3e-4b1d-4c8e-9a7f-1d2e3f4a5b6c' } })
  @IsObject()
  @IsFormVersionMap()
  formVersions: Partial<Record<TitleLevel, string>>;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'default-2026' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  rubricVersion?: string | null;

  @ApiPropertyOptional({
    type: RubricDto,
    nullable: true,
    description: 'The cycle\'s own rubric (checked against GET cycles/settings-schemas `rubric`); its version becomes rubricVersion. Omitted or null: the built-in rubric rubricVersion names',
  })
  @IsOptional()
  @IsObject()
  rubric?: Rubric | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Eligibility policy (domain.md §6 as data; checked against GET cycles/settings-schemas `eligibilityPolicy`); the default table when omitted' })
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

/**
 * A partial change of a cycle. Absent fields keep their value. `null` clears the three
 * nullable fields (reviewDeadline, meetingDate, rubricVersion) and is refused (400) for the
 * others, which a cycle cannot be without.
 */
export class UpdateCycleDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MinLength(1) @MaxLength(200) nameZh?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MinLength(1) @MaxLength(200) nameEn?: string;
  @ApiPropertyOptional({ enum: LEVELS, isArray: true }) @IsOptionalNotNull() @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(LEVELS as string[], { each: true }) levels?: TitleLevel[];
  @ApiPropertyOptional({ example: ['product_design'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, { each: true, message: 'each specialty must be a lower_snake_case key' })
  specialties?: string[];
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptionalNotNull() @Type(() => Date) @IsDate() @IsDateInRange() opensAt?: Date;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptionalNotNull() @Type(() => Date) @IsDate() @IsDateInRange() closesAt?: Date;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'null clears it' }) @IsOptional() @IsISO8601({ strict: true }) @IsDateInRange() reviewDeadline?: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'null clears it' }) @IsOptional() @IsISO8601({ strict: true }) @IsDateInRange() meetingDate?: string | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string', format: 'uuid' }, description: 'Published form version id per accepted level' }) @IsOptionalNotNull() @IsObject() @IsFormVersionMap() formVersions?: Partial<Record<TitleLevel, string>>;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it' }) @IsOptional() @IsString() @MaxLength(64) rubricVersion?: string | null;
  @ApiPropertyOptional({ type: RubricDto, nullable: true, description: 'The cycle\'s own rubric (schema: GET cycles/settings-schemas); null: back to the built-in rubric of rubricVersion. Pinned once applications exist' })
  @IsOptional()
  @IsObject()
  rubric?: Rubric | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Schema: GET cycles/settings-schemas `eligibilityPolicy`' }) @IsOptionalNotNull() @IsObject() eligibilityPolicy?: Record<string, unknown>;
  @ApiPropertyOptional({ type: EvidenceLimitsDto }) @IsOptionalNotNull() @ValidateNested() @Type(() => EvidenceLimitsDto) evidenceRules?: EvidenceLimitsDto;
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
  @ApiProperty({ type: [SpecialtyDto], description: 'The specialties again, in the same order, each with its label' }) specialtyLabels: SpecialtyDto[];
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ description: 'Whether the submission window is open now' }) open: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewDeadline: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) meetingDate: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'uuid' }, description: 'Published form version id per accepted level' }) formVersions: Partial<Record<TitleLevel, string>>;
  @ApiPropertyOptional({ nullable: true, type: String }) rubricVersion: string | null;
  @ApiProperty({ type: RubricDto, nullable: true, description: 'The rubric the cycle\'s reviews score with: its own, else the built-in one rubricVersion names (null: a version nobody defined)' })
  rubric: RubricDto | null;
  @ApiProperty({ type: 'boolean', description: 'Whether the cycle stores a rubric of its own (false: rubric is a built-in one)' }) ownRubric: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) eligibilityPolicy: object;
  @ApiProperty({ type: 'object', additionalProperties: true }) evidenceRules: object;
  @ApiProperty() version: number;

  static from(cycle: Cycle, now: Date): CycleDto {
    return {
      id: cycle.id,
      code: cycle.code,
      nameZh: cycle.nameZh,
      nameEn: cycle.nameEn,
      levels: cycle.levels,
      specialties: cycle.specialties,
      specialtyLabels: cycle.specialties.map(SpecialtyDto.from),
      opensAt: cycle.opensAt.toISOString(),
      closesAt: cycle.closesAt.toISOString(),
      open: cycle.opensAt <= now && now < cycle.closesAt,
      reviewDeadline: cycle.reviewDeadline,
      meetingDate: cycle.meetingDate,
      formVersions: cycle.formVersions,
      rubricVersion: cycle.rubricVersion,
      rubric: cycle.rubric ? RubricDto.from(cycle.rubric) : ((r) => (r ? RubricDto.from(r) : null))(rubricOf(cycle.rubricVersion)),
      ownRubric: cycle.rubric !== null,
      eligibilityPolicy: cycle.eligibilityPolicy,
      evidenceRules: cycle.evidenceRules,
      version: cycle.version,
    };
  }
}

export class CyclePageDto extends CursorPageMeta {
  @ApiProperty({ type: [CycleDto] }) items: CycleDto[];
}

/** One of a cycle's settings: the JSON Schema the API checks it against, and the value a new cycle starts from. */
export class CycleSettingSchemaDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema (2020-12 compatible); the very object the API validates with' }) schema: object;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The value a cycle gets when none is sent' }) default: object;
}

export class CycleSettingsSchemasDto {
  @ApiProperty({ type: CycleSettingSchemaDto }) eligibilityPolicy: CycleSettingSchemaDto;
  @ApiProperty({ type: CycleSettingSchemaDto }) evidenceRules: CycleSettingSchemaDto;
  @ApiProperty({ type: CycleSettingSchemaDto }) rubric: CycleSettingSchemaDto;
}
