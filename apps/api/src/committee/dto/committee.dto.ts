import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CursorPageMeta, IsDateInRange, IsOptionalNotNull } from '@app/common';
import { LEVELS, TitleLevel } from '@app/applications';
import { COMMITTEE_ORGANISATIONS, CommitteeOrganisation } from '@app/committee';
import type { CommitteeCandidate, CommitteeRules, CommitteeView } from '@app/committee';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SPECIALTY = /^[a-z][a-z0-9_]{1,63}$/;
/** More than any committee needs; bounds the work one request can ask for. */
const MAX_MEMBERS = 501;

/** A new committee: every field but `minimumSize` is required. */
export class CreateCommitteeDto {
  @ApiProperty({ example: '重庆市工业设计专业高级职称评审委员会', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameZh: string;

  @ApiProperty({ example: 'Chongqing Senior Title Evaluation Committee for Industrial Design', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameEn: string;

  @ApiProperty({ enum: COMMITTEE_ORGANISATIONS, description: 'series: a senior committee for a whole series (default minimum 25 members); specialty: by specialty (default minimum 11)' })
  @IsIn(COMMITTEE_ORGANISATIONS)
  organisedBy: CommitteeOrganisation;

  @ApiProperty({ enum: LEVELS, isArray: true, description: 'The levels whose files it decides' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(LEVELS, { each: true })
  levels: TitleLevel[];

  @ApiProperty({ type: [String], example: ['product_design'], description: 'The specialty keys whose files it decides' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(SPECIALTY, { each: true, message: 'each specialty must be a lower_snake_case key' })
  specialties: string[];

  @ApiProperty({ format: 'uuid', description: 'One of memberIds' })
  @Matches(UUID, { message: 'chairId must be a UUID' })
  chairId: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Reviewers of the expert pool; an odd number, at least minimumSize' })
  @IsArray()
  @ArrayMaxSize(MAX_MEMBERS)
  @Matches(UUID, { each: true, message: 'each memberId must be a UUID' })
  memberIds: string[];

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsISO8601({ strict: true })
  @IsDateInRange()
  termStart: string;

  @ApiProperty({ format: 'date', example: '2028-12-31', description: 'The last day of the term; at most 3 years after termStart' })
  @IsISO8601({ strict: true })
  @IsDateInRange()
  termEnd: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Default and floor: COMMITTEE_MIN_SIZE_SERIES / COMMITTEE_MIN_SIZE_SPECIALTY for its organisation' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MEMBERS)
  minimumSize?: number;
}

/** A partial change; absent fields keep their value (none can be null: a 400 naming it), and the whole committee must still meet every rule. */
export class UpdateCommitteeDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameZh?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameEn?: string;

  @ApiPropertyOptional({ enum: COMMITTEE_ORGANISATIONS })
  @IsOptionalNotNull()
  @IsIn(COMMITTEE_ORGANISATIONS)
  organisedBy?: CommitteeOrganisation;

  @ApiPropertyOptional({ enum: LEVELS, isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(LEVELS, { each: true })
  levels?: TitleLevel[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(SPECIALTY, { each: true, message: 'each specialty must be a lower_snake_case key' })
  specialties?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @Matches(UUID, { message: 'chairId must be a UUID' })
  chairId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Replaces the whole membership' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_MEMBERS)
  @Matches(UUID, { each: true, message: 'each memberId must be a UUID' })
  memberIds?: string[];

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @IsDateInRange()
  termStart?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @IsDateInRange()
  termEnd?: string;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_MEMBERS)
  minimumSize?: number;
}

export class CommitteeMemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) fullName: string | null;
}

export class CommitteeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ enum: COMMITTEE_ORGANISATIONS }) organisedBy: CommitteeOrganisation;
  @ApiProperty({ enum: LEVELS, isArray: true }) levels: TitleLevel[];
  @ApiProperty({ type: [String] }) specialties: string[];
  @ApiProperty({ format: 'uuid' }) chairId: string;
  @ApiProperty({ type: [String], format: 'uuid' }) memberIds: string[];
  @ApiPropertyOptional({ type: [CommitteeMemberDto], description: 'The members by name, in memberIds order' }) members?: CommitteeMemberDto[];
  @ApiProperty() memberCount: number;
  @ApiProperty({ format: 'date' }) termStart: string;
  @ApiProperty({ format: 'date' }) termEnd: string;
  @ApiProperty() minimumSize: number;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from({ committee: c, memberIds, members }: CommitteeView): CommitteeDto {
    return {
      id: c.id,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      organisedBy: c.organisedBy,
      levels: c.levels,
      specialties: c.specialties,
      chairId: c.chairId,
      memberIds,
      ...(members ? { members } : {}),
      memberCount: memberIds.length,
      termStart: c.termStart,
      termEnd: c.termEnd,
      minimumSize: c.minimumSize,
      version: c.version,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class CommitteeRulesDto {
  @ApiProperty({ description: 'COMMITTEE_MIN_SIZE_SERIES: the smallest committee organised by series' }) minimumSizeSeries: number;
  @ApiProperty({ description: 'COMMITTEE_MIN_SIZE_SPECIALTY: the smallest committee organised by specialty' }) minimumSizeSpecialty: number;
  @ApiProperty({ example: 2, description: 'COMMITTEE_QUORUM numerator: members present needed to open, as a share of the members' }) quorumNumerator: number;
  @ApiProperty({ example: 3 }) quorumDenominator: number;
  @ApiProperty({ example: 3, description: 'A term lasts at most this many years' }) maxTermYears: number;

  static from(r: CommitteeRules): CommitteeRulesDto {
    return { ...r };
  }
}

export class CommitteePageDto extends CursorPageMeta {
  @ApiProperty({ type: [CommitteeDto] }) items: CommitteeDto[];
  @ApiProperty({ type: CommitteeRulesDto, description: 'The configured sizes, quorum and term, for a form that checks them as typed' }) rules: CommitteeRulesDto;
}

export class CommitteeCandidateDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: [String] }) specialties: string[];
  @ApiProperty({ enum: LEVELS }) maxLevel: TitleLevel;
  @ApiProperty({ example: '500000' }) homeProvince: string;

  static from(c: CommitteeCandidate): CommitteeCandidateDto {
    return { userId: c.userId, fullName: c.fullName, specialties: c.specialties, maxLevel: c.maxLevel, homeProvince: c.homeProvince };
  }
}

export class CommitteeCandidatePageDto extends CursorPageMeta {
  @ApiProperty({ type: [CommitteeCandidateDto] }) items: CommitteeCandidateDto[];
}
