import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CursorPageMeta, CursorQueryDto, IsDateInRange, IsOptionalNotNull, LocalizedTextDto } from '@app/common';
import { EvidenceItem, QUALIFICATION_DECISIONS, QualificationDecision, QueueEntry, RequiredConfirmations } from '@app/applications';
import { ApplicationSummaryDto } from './application.dto';
import { RecommendationDto } from '../../organisations/dto/organisation.dto';

export class QualificationDecisionDto {
  @ApiProperty({
    enum: QUALIFICATION_DECISIONS,
    description: 'accept: to expert review (in_review); return: for correction (returned) with a reason and a deadline; reject: with a reason (rejected)',
  })
  @IsIn(QUALIFICATION_DECISIONS as QualificationDecision[])
  decision: QualificationDecision;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'Required to return or reject (400 naming `reason` otherwise); an optional note on acceptance', example: 'The employer’s internal notice is missing its stamp' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'return only: the correction deadline (in the future); default 10 days from now' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsDateInRange()
  correctionDeadline?: Date | null;

  @ApiPropertyOptional({ description: 'accept only: the exceptional-route letters were checked; required for an exceptional-route file (422 CONFIRMATION_REQUIRED otherwise)' })
  @IsOptionalNotNull()
  @IsBoolean()
  confirmExceptional?: boolean;

  @ApiPropertyOptional({ description: "accept only: the home province's entrustment letter was checked; required for a cross-provincial file (422 CONFIRMATION_REQUIRED otherwise)" })
  @IsOptionalNotNull()
  @IsBoolean()
  confirmEntrustment?: boolean;
}

export class QualificationQueueQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cycleId?: string;
}

class EvidenceItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'employer_notice' }) kind: string;
  @ApiProperty() originalName: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;

  static from(e: EvidenceItem): EvidenceItemDto {
    return { id: e.id, kind: e.kind, originalName: e.originalName, mediaType: e.mediaType, sizeBytes: e.sizeBytes, uploadedAt: new Date(e.uploadedAt).toISOString() };
  }
}

class RequiredConfirmationsDto {
  @ApiProperty({ description: 'Accepting needs confirmExceptional: true (exceptional route)' }) exceptional: boolean;
  @ApiProperty({ description: 'Accepting needs confirmEntrustment: true (cross-provincial)' }) entrustment: boolean;
}

/** The decision body's boolean flags that a confirmation sets. */
export type ConfirmationField = 'confirmExceptional' | 'confirmEntrustment';

/**
 * Each confirmation the domain may require, with the decision field that gives it and what the
 * admin confirms by ticking it. Keyed by RequiredConfirmations: a confirmation added or renamed
 * in the service does not compile until it is described here.
 */
const CONFIRMATIONS: Record<keyof RequiredConfirmations, { field: ConfirmationField; label: { 'zh-CN': string; en: string } }> = {
  exceptional: {
    field: 'confirmExceptional',
    label: { 'zh-CN': '已核验破格申报的推荐信等材料，确认按破格途径受理', en: 'I checked the exceptional-route recommendation letters and confirm the route' },
  },
  entrustment: {
    field: 'confirmEntrustment',
    label: { 'zh-CN': '已核验户籍省份出具的委托评审函', en: "I checked the home province's entrustment letter" },
  },
};

export class RequiredConfirmationDto {
  @ApiProperty({ enum: Object.values(CONFIRMATIONS).map((c) => c.field), description: 'The decision field to set to true when accepting' }) field: ConfirmationField;
  @ApiProperty({ type: LocalizedTextDto, description: 'What the admin confirms by setting it' }) label: LocalizedTextDto;

  /** The confirmations `needed` marks as required, in a stable order. */
  static listOf(needed: RequiredConfirmations): RequiredConfirmationDto[] {
    return (Object.keys(CONFIRMATIONS) as (keyof RequiredConfirmations)[])
      .filter((key) => needed[key])
      .map((key) => ({ field: CONFIRMATIONS[key].field, label: LocalizedTextDto.from(CONFIRMATIONS[key].label) }));
  }
}

export class QualificationQueueItemDto extends ApplicationSummaryDto {
  @ApiProperty() requiresAdminConfirmation: boolean;
  @ApiProperty({ type: [RequiredConfirmationDto], description: 'What accepting this file needs confirmed: each names its decision field (true) and what it confirms' })
  requiredConfirmations: RequiredConfirmationDto[];
  @ApiPropertyOptional({ nullable: true, type: Object, description: 'Eligibility result at submission (rules, cross-provincial, evidence required and missing)' })
  eligibility: object | null;
  @ApiProperty({ type: RequiredConfirmationsDto }) confirmations: RequiredConfirmationsDto;
  @ApiProperty({ type: [EvidenceItemDto], description: 'The uploaded evidence, oldest first (download: GET /applications/:id/attachments/:attachmentId)' })
  evidence: EvidenceItemDto[];
  @ApiPropertyOptional({ nullable: true, type: RecommendationDto, description: 'The recommending unit, its internal posting and its recommendation (null: submitted before units existed)' })
  recommendation: RecommendationDto | null;

  static fromEntry(entry: QueueEntry, recommendation: RecommendationDto | null): QualificationQueueItemDto {
    const a = entry.application;
    return {
      recommendation,
      ...ApplicationSummaryDto.from(a),
      requiresAdminConfirmation: a.requiresAdminConfirmation,
      eligibility: a.eligibility,
      confirmations: entry.confirmations,
      requiredConfirmations: RequiredConfirmationDto.listOf(entry.confirmations),
      evidence: entry.evidence.map((e) => EvidenceItemDto.from(e)),
    };
  }
}

export class QualificationQueuePageDto extends CursorPageMeta {
  @ApiProperty({ type: [QualificationQueueItemDto] }) items: QualificationQueueItemDto[];
  @ApiProperty({ example: 10, description: 'Days a return gives for correction when no correctionDeadline is sent' }) defaultCorrectionDays: number;
}
