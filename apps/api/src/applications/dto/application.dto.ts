import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CursorPageMeta, IsDateInRange, IsOptionalNotNull, LocalizedTextDto } from '@app/common';
import {
  Application,
  APPLICATION_SORTS,
  APPLICATION_STATUSES,
  HistoryView,
  ApplicationSort,
  ApplicationStatus,
  ApplicationView,
  EligibilityReport,
  EXPORT_FORMATS,
  ExportFormat,
  ExportLocale,
  LEVELS,
  SORT_ORDERS,
  SortOrder,
  TitleLevel,
} from '@app/applications';

export class CreateApplicationDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() cycleId: string;
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS as string[]) level: TitleLevel;
  @ApiProperty({ example: 'product_design' }) @IsString() @MaxLength(64) specialty: string;
}

export class SaveDraftDto {
  @ApiProperty({ description: 'The version the change is based on (from the last read); a stale version is a 409', example: 1 })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'JSON merge patch (RFC 7396) of the form data; null removes a field inside it (the whole `data` cannot be null)' })
  @IsOptionalNotNull()
  @IsObject()
  data?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Take the exceptional route (破格): needs two recommendation letters and an admin confirmation' })
  @IsOptionalNotNull()
  @IsBoolean()
  exceptionalRoute?: boolean;
}

export class SubmitDto {
  @ApiProperty({ description: 'The applicant pledges the file is true (stored with time and IP)' })
  @IsBoolean()
  declarationAccepted: boolean;
}

export class WithdrawDto {
  @ApiProperty({ example: 'Changed employer; will apply next year' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  reason: string;
}

export class ViewQueryDto {
  @ApiPropertyOptional({ description: 'Admins: show the full identity number (the view is audited)' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  revealIdentity?: boolean;
}

/** The admin list's (and the export's) filters, shared by both routes. */
export class ApplicationFiltersDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cycleId?: string;
  @ApiPropertyOptional({ enum: LEVELS }) @IsOptional() @IsIn(LEVELS as string[]) level?: TitleLevel;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) specialty?: string;
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES as readonly string[] as string[]) status?: ApplicationStatus;
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() crossProvincial?: boolean;
  @ApiPropertyOptional({ example: '44', description: 'GB/T 2260 province code of the employer' }) @IsOptional() @Matches(/^\d{2}$/) homeProvince?: string;
  @ApiPropertyOptional({ description: 'Only returned files past their correction deadline (the dashboard\'s "corrections overdue")' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  correctionOverdue?: boolean;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() @IsDateInRange() submittedFrom?: Date;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() @IsDateInRange() submittedTo?: Date;
  @ApiPropertyOptional({
    description:
      'Searches applicant name, reference number and employer (contains, case-insensitive) from 3 characters on; ' +
      'a 1-2 character text is a name look-up (applicant name equal to it or starting with it). % and _ match themselves.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string;
  @ApiPropertyOptional({ enum: APPLICATION_SORTS, default: 'createdAt', description: 'Sort key; files without one (no submission, reference or score yet) come last. score: admins only' })
  @IsOptional()
  @IsIn(APPLICATION_SORTS as readonly string[] as string[])
  sort?: ApplicationSort;
  @ApiPropertyOptional({ enum: SORT_ORDERS, description: 'Default: desc for createdAt, submittedAt and score; asc for referenceNumber' })
  @IsOptional()
  @IsIn(SORT_ORDERS as readonly string[] as string[])
  order?: SortOrder;
}

/**
 * The list: filters, sort and `?limit=&cursor=`. The cursor is checked against the sort it
 * must come from when the list runs (a cursor of another sort, or a forged one, is a 400
 * INVALID_CURSOR), so this DTO does not take CursorQueryDto's fixed-shape check.
 */
export class ListApplicationsQueryDto extends ApplicationFiltersDto {
  @ApiPropertyOptional({ description: 'Admins: only my own applications' }) @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean() mine?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (nextCursor) of the same sort; anything else is a 400 INVALID_CURSOR' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export class ApplicationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicantId: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ enum: LEVELS }) level: TitleLevel;
  @ApiProperty() specialty: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-ID-INT-000123' }) referenceNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) applicantName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) employerName: string | null;
  @ApiProperty() crossProvincial: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) homeProvince: string | null;
  @ApiProperty() exceptionalRoute: boolean;
  @ApiProperty() version: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '86.33', description: 'Admins listing files: the review aggregate once the review is complete' })
  reviewScore?: string | null;

  /** `withScore`: an admin's list (the aggregate is not the applicant's to read). */
  static from(a: Application, withScore = false): ApplicationSummaryDto {
    return {
      ...(withScore ? { reviewScore: a.reviewScore ?? null } : {}),
      id: a.id,
      applicantId: a.applicantId,
      cycleId: a.cycleId,
      level: a.level,
      specialty: a.specialty,
      status: a.status,
      referenceNumber: a.referenceNumber,
      applicantName: a.applicantName,
      employerName: a.employerName,
      crossProvincial: a.crossProvincial,
      homeProvince: a.homeProvince,
      exceptionalRoute: a.exceptionalRoute,
      version: a.version,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  }
}

export class ApplicationDto extends ApplicationSummaryDto {
  @ApiProperty({ format: 'uuid' }) formVersionId: string;
  @ApiProperty({ description: 'Form data. identity.documentNumber is full for the owner, masked (first and last 4) for others' }) data: object;
  @ApiPropertyOptional({ nullable: true, type: String, example: '5001**********4713' }) documentNumberMasked: string | null;
  @ApiProperty() requiresAdminConfirmation: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) statusReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) correctionDeadline: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) declarationAcceptedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: Object, description: 'Eligibility result at submission' }) eligibility: object | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', description: 'The recommending unit (organisation) named at submission' }) recommendingUnitId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', description: 'When the recommending unit recommended the file' }) recommendedAt: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ['unit', 'office'], description: 'A returned file: who returned it (a resubmission goes back there)' }) returnedBy: 'unit' | 'office' | null;

  static fromView(view: ApplicationView): ApplicationDto {
    const a = view.application;
    return {
      ...ApplicationSummaryDto.from(a),
      formVersionId: a.formVersionId,
      data: view.data,
      documentNumberMasked: view.documentNumberMasked,
      requiresAdminConfirmation: a.requiresAdminConfirmation,
      statusReason: a.statusReason,
      correctionDeadline: a.correctionDeadline?.toISOString() ?? null,
      declarationAcceptedAt: a.declarationAcceptedAt?.toISOString() ?? null,
      eligibility: a.eligibility,
      recommendingUnitId: a.recommendingUnitId ?? null,
      recommendedAt: a.recommendedAt?.toISOString() ?? null,
      returnedBy: a.status === 'returned' ? (a.returnedBy ?? 'office') : null,
    };
  }
}

export class ApplicationPageDto extends CursorPageMeta {
  @ApiProperty({ type: [ApplicationSummaryDto] }) items: ApplicationSummaryDto[];
}

class RuleResultDto {
  @ApiProperty({ example: 'ELIG_EDUCATION_YEARS' }) code: string;
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: LocalizedTextDto }) required: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) found: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) explanation: LocalizedTextDto;
}

export class EligibilityDto {
  @ApiProperty() eligible: boolean;
  @ApiProperty() exceptionalRoute: boolean;
  @ApiProperty() requiresAdminConfirmation: boolean;
  @ApiProperty() crossProvincial: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) homeProvince: string | null;
  @ApiProperty({ format: 'date', description: 'Years are counted up to the window close date' }) countUntil: string;
  @ApiProperty({ type: [RuleResultDto] }) results: RuleResultDto[];
  @ApiProperty({ description: 'Evidence kinds required and those still missing' }) evidence: object;

  static from(report: EligibilityReport): EligibilityDto {
    return report as unknown as EligibilityDto;
  }
}

export class HistoryEntryDto {
  @ApiProperty() action: string;
  @ApiPropertyOptional({ nullable: true, type: String }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiProperty({ enum: ['applicant', 'unit', 'admin', 'system'], description: 'Who took the step, by role (unit: the recommending unit; system: the portal itself)' }) actorRole: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Who took it: handling admins only; always null in the owner’s and a reviewer’s view' })
  actorId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;

  static from(h: HistoryView): HistoryEntryDto {
    return { action: h.action, fromStatus: h.fromStatus, toStatus: h.toStatus, actorRole: h.actorRole, actorId: h.actorId, reason: h.reason, at: h.at.toISOString() };
  }
}


/** POST /admin/applications/exports: the list's filters and sort, a format and the header language. */
export class RequestApplicationsExportDto extends ApplicationFiltersDto {
  @ApiProperty({ enum: EXPORT_FORMATS }) @IsIn(EXPORT_FORMATS as readonly string[] as string[]) format: ExportFormat;
  @ApiPropertyOptional({ enum: ['zh-CN', 'en'], description: "Language of headers and labels; default: the admin's own" })
  @IsOptional()
  @IsIn(['zh-CN', 'en'])
  lang?: ExportLocale;
}
