import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CursorPageMeta, CursorQueryDto, IsDateInRange, IsOptionalNotNull } from '@app/common';
import { Application, LEVELS, TitleLevel } from '@app/applications';
import type { Locale } from '@app/identity';
import { MEMBER_ROLES, MemberRole, ORGANISATION_KINDS, Organisation, OrganisationKind, OrganisationOfficer, POSTING_OUTCOMES, PostingOutcome, RecommendationView, UNIT_DECISIONS, UnitQueueEntry } from '@app/organisations';
import type { ReviewerFileView } from '@app/applications';
import { UserDto } from '../../me/dto/user.dto';

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind: OrganisationKind;
  @ApiProperty({ example: '重庆某工业设计有限公司' }) nameZh: string;
  @ApiProperty({ example: 'Chongqing Example Industrial Design Co., Ltd.' }) nameEn: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '91500103PB3LWF6F87', description: 'Employers: the unified social credit code' }) creditCode: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '500103', description: 'Sub-centres: the district or county they serve (GB/T 2260)' }) regionCode: string | null;
  @ApiProperty({ example: '50', description: 'The host province (GB/T 2260)' }) province: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(o: Organisation): OrganisationDto {
    return { id: o.id, kind: o.kind, nameZh: o.nameZh, nameEn: o.nameEn, creditCode: o.creditCode, regionCode: o.regionCode, province: o.province, createdAt: new Date(o.createdAt).toISOString() };
  }
}

/** A person acting for an organisation, as the admin's list shows them. */
export class OrganisationOfficerDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ enum: MEMBER_ROLES, description: 'The role bound to the organisation' }) role: MemberRole;
  @ApiProperty({ example: '王经办' }) fullName: string;
  @ApiProperty({ example: 'officer@example.com' }) email: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) status: string;
  @ApiProperty({ description: 'False until the invitation is accepted (the password set from the e-mailed link)' }) emailVerified: boolean;

  static from(o: OrganisationOfficer): OrganisationOfficerDto {
    return { userId: o.userId, role: o.role, fullName: o.fullName, email: o.email, status: o.status, emailVerified: o.emailVerified };
  }
}

/** An organisation in the admin's list: with the people acting for it. */
export class AdminOrganisationDto extends OrganisationDto {
  @ApiProperty({ type: [OrganisationOfficerDto], description: 'The people acting for it (unit officers; the bureau’s authority officers), in the order they were bound' })
  officers: OrganisationOfficerDto[];

  static withOfficers(o: Organisation, officers: OrganisationOfficer[]): AdminOrganisationDto {
    return { ...OrganisationDto.from(o), officers: officers.map(OrganisationOfficerDto.from) };
  }
}

export class OrganisationPageDto extends CursorPageMeta {
  @ApiProperty({ type: [AdminOrganisationDto] }) items: AdminOrganisationDto[];
}

export class ListOrganisationsQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS }) @IsOptional() @IsIn(ORGANISATION_KINDS) kind?: OrganisationKind;
}

export class CreateOrganisationDto {
  @ApiProperty({ enum: ['employer', 'sub_centre'], description: 'Admins register employers and district sub-centres; the host province’s association, office and bureau are seeded (409 for a second one)' })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiProperty({ example: '重庆某工业设计有限公司' }) @IsString() @MinLength(1) @MaxLength(200) nameZh: string;

  @ApiPropertyOptional({ type: String, example: 'Chongqing Example Industrial Design Co., Ltd.', description: 'Default: the Chinese name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameEn?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'employer: required, valid and unique (400 CREDIT_CODE_*, 409 ORGANISATION_EXISTS)' })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  creditCode?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'sub_centre: required, a district or county of the host province, one sub-centre each (409 ORGANISATION_EXISTS)' })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  regionCode?: string | null;
}

export class InviteOfficerDto {
  @ApiProperty({ example: 'officer@example.com' }) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ example: '王经办' }) @IsString() @MinLength(1) @MaxLength(100) fullName: string;
  @ApiPropertyOptional({ enum: ['zh-CN', 'en'] }) @IsOptional() @IsIn(['zh-CN', 'en']) locale?: Locale;
}

export class OfficerInvitedDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
  @ApiProperty({ type: OrganisationDto }) organisation: OrganisationDto;
  @ApiProperty({ enum: MEMBER_ROLES, description: 'unit_officer for a recommending unit, authority_officer for the bureau' }) role: MemberRole;
}

// ------------------------------------------------------------------- the unit's stage

export class PostingDto {
  @ApiProperty({ format: 'date', example: '2026-09-28' }) startDate: string;
  @ApiProperty({ format: 'date', example: '2026-10-12', description: 'At least workingDays working days after the start (the start day does not count)' }) endDate: string;
  @ApiProperty({ example: 5 }) workingDays: number;
  @ApiPropertyOptional({ nullable: true, enum: POSTING_OUTCOMES, description: 'Recorded once the posting has ended' }) outcome: PostingOutcome | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'outcome objections_handled: the objections and how they were handled' }) objectionsHandling: string | null;
}

export class UnitDecisionDto {
  @ApiProperty({ enum: UNIT_DECISIONS }) decision: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The note of a recommendation, the reason of a decline' }) note: string | null;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

/** A file's recommendation: its unit, the internal posting, the decision (GET applications/:id/recommendation, the unit's file, the qualification queue). */
export class RecommendationDto {
  @ApiPropertyOptional({ nullable: true, type: OrganisationDto, description: 'The recommending unit named at submission (null: submitted before units existed)' }) unit: OrganisationDto | null;
  @ApiPropertyOptional({ nullable: true, type: PostingDto, description: 'The internal posting as the unit recorded it (null: none yet)' }) posting: PostingDto | null;
  @ApiPropertyOptional({ nullable: true, type: UnitDecisionDto }) decision: UnitDecisionDto | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'When the unit recommended the file' }) recommendedAt: string | null;

  static from(v: RecommendationView): RecommendationDto {
    const r = v.record;
    return {
      unit: v.unit ? OrganisationDto.from(v.unit) : null,
      posting: r
        ? { startDate: r.postingStartDate, endDate: r.postingEndDate, workingDays: r.postingWorkingDays, outcome: r.postingOutcome, objectionsHandling: r.objectionsHandling }
        : null,
      decision: r?.decision && r.decidedAt ? { decision: r.decision, note: r.decisionNote, decidedAt: new Date(r.decidedAt).toISOString() } : null,
      recommendedAt: v.recommendedAt ? new Date(v.recommendedAt).toISOString() : null,
    };
  }
}

class UnitFileSummaryFields {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-ID-INT-000123' }) referenceNumber: string | null;
  @ApiProperty({ enum: LEVELS }) level: TitleLevel;
  @ApiProperty() specialty: string;
  @ApiProperty({ example: 'with_unit' }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String }) applicantName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) employerName: string | null;
  @ApiProperty() crossProvincial: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
}

function summary(a: Application): UnitFileSummaryFields {
  return {
    applicationId: a.id,
    cycleId: a.cycleId,
    referenceNumber: a.referenceNumber,
    level: a.level,
    specialty: a.specialty,
    status: a.status,
    applicantName: a.applicantName,
    employerName: a.employerName,
    crossProvincial: a.crossProvincial,
    submittedAt: a.submittedAt?.toISOString() ?? null,
  };
}

export class UnitQueueItemDto extends UnitFileSummaryFields {
  @ApiPropertyOptional({ nullable: true, type: OrganisationDto }) unit: OrganisationDto | null;
  @ApiPropertyOptional({ nullable: true, type: PostingDto }) posting: PostingDto | null;

  static from(e: UnitQueueEntry): UnitQueueItemDto {
    const rec = RecommendationDto.from({ applicationId: e.application.id, unit: e.unit, record: e.record, recommendedAt: null });
    return { ...summary(e.application), unit: rec.unit, posting: rec.posting };
  }
}

export class UnitQueuePageDto extends CursorPageMeta {
  @ApiProperty({ type: [UnitQueueItemDto] }) items: UnitQueueItemDto[];
}

/** A file as its recommending unit reads it: the reviewer's cut of the form (no identity number, contact data or birth date). */
export class UnitFileDto extends UnitFileSummaryFields {
  @ApiProperty({ format: 'uuid' }) formVersionId: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) correctionDeadline: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) statusReason: string | null;
  @ApiProperty({ description: 'Form data; of the identity section only fullName' }) data: object;
  @ApiProperty({ type: RecommendationDto }) recommendation: RecommendationDto;

  static from(view: ReviewerFileView & { recommendation: RecommendationView }): UnitFileDto {
    const a = view.application;
    return {
      ...summary(a),
      formVersionId: a.formVersionId,
      correctionDeadline: a.correctionDeadline?.toISOString() ?? null,
      statusReason: a.statusReason,
      data: view.data,
      recommendation: RecommendationDto.from(view.recommendation),
    };
  }
}

export class RecordPostingDto {
  @ApiProperty({ format: 'date', example: '2026-09-28', description: 'First day of the internal posting (Beijing time)' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a YYYY-MM-DD date' })
  startDate: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'Default: the shortest end, UNIT_POSTING_WORKING_DAYS working days after the start (400 POSTING_TOO_SHORT before it)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endDate must be a YYYY-MM-DD date' })
  endDate?: string | null;

  @ApiPropertyOptional({ nullable: true, enum: POSTING_OUTCOMES, description: 'Once the posting has ended (422 POSTING_NOT_ENDED before): no_objection, or objections_handled with objectionsHandling' })
  @IsOptional()
  @IsIn(POSTING_OUTCOMES)
  outcome?: PostingOutcome | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  objectionsHandling?: string | null;
}

export class UnitReturnDto {
  @ApiProperty({ maxLength: 2000, example: '工作经历与单位人事档案不符，请核对' }) @IsString() @MaxLength(2000) reason: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'In the future; default 10 days from now' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsDateInRange()
  correctionDeadline?: Date | null;
}

export class UnitRecommendDto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class UnitDeclineDto {
  @ApiProperty({ maxLength: 2000 }) @IsString() @MaxLength(2000) reason: string;
}
