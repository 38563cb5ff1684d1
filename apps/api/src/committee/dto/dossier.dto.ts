import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto } from '@app/common';
import type { MemberDossier } from '@app/committee';

export class DossierPanelDto {
  @ApiProperty({ example: '82.50', description: "The panel's aggregate (with 5 or more totals, highest and lowest dropped)" }) aggregate: string;
  @ApiProperty({ example: '12.00', description: 'Highest total minus lowest' }) spread: string;
  @ApiProperty({ description: 'The totals spread by more than 30 points' }) spreadFlag: boolean;
  @ApiProperty() reviewCount: number;
}

export class DossierReviewDto {
  @ApiProperty({ nullable: true, type: String, example: '85.00' }) total: string | null;
  @ApiProperty({ nullable: true, enum: ['pass', 'fail'] }) recommendation: 'pass' | 'fail' | null;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
}

class DossierRuleResultDto {
  @ApiProperty({ example: 'ELIG_EDUCATION_YEARS' }) code: string;
  @ApiProperty() passed: boolean;
  @ApiProperty({ type: LocalizedTextDto }) required: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) found: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) explanation: LocalizedTextDto;
}

export class DossierEligibilityDto {
  @ApiProperty() eligible: boolean;
  @ApiProperty() exceptionalRoute: boolean;
  @ApiProperty() requiresAdminConfirmation: boolean;
  @ApiProperty({ type: [DossierRuleResultDto] }) results: DossierRuleResultDto[];
}

export class DossierEvidenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'achievement_proof' }) kind: string;
  @ApiProperty() originalName: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

/** A member's dossier of one agenda item: what they read before voting. */
export class MemberDossierDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() position: number;
  @ApiProperty({ nullable: true, type: String }) referenceNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) applicantName: string | null;
  @ApiProperty({ nullable: true, type: String }) employerName: string | null;
  @ApiProperty() level: string;
  @ApiProperty() specialty: string;
  @ApiProperty({ type: DossierPanelDto, nullable: true, description: 'null when no completed review is on record' }) panel: DossierPanelDto | null;
  @ApiProperty({ type: [DossierReviewDto], description: 'The submitted reviews, ordered by total; never who wrote them' }) reviews: DossierReviewDto[];
  @ApiPropertyOptional({ type: DossierEligibilityDto, nullable: true, description: 'The eligibility result stored at submission' }) eligibility: DossierEligibilityDto | null;
  @ApiProperty({ type: [DossierEvidenceDto], description: 'The evidence list (identity documents left out)' }) evidence: DossierEvidenceDto[];

  static from(d: MemberDossier): MemberDossierDto {
    return {
      meetingId: d.meetingId,
      applicationId: d.applicationId,
      position: d.position,
      referenceNumber: d.referenceNumber,
      applicantName: d.applicantName,
      employerName: d.employerName,
      level: d.level,
      specialty: d.specialty,
      panel: d.panel && { aggregate: d.panel.aggregate, spread: d.panel.spread, spreadFlag: d.panel.spreadFlag, reviewCount: d.panel.reviewCount },
      reviews: d.reviews.map((r) => ({ total: r.total, recommendation: r.recommendation, comment: r.comment })),
      eligibility: d.eligibility && {
        eligible: d.eligibility.eligible,
        exceptionalRoute: d.eligibility.exceptionalRoute,
        requiresAdminConfirmation: d.eligibility.requiresAdminConfirmation,
        results: d.eligibility.results.map((r) => ({ code: r.code, passed: r.passed, required: r.required, found: r.found, explanation: r.explanation })),
      },
      evidence: d.evidence.map((e) => ({ id: e.id, kind: e.kind, originalName: e.originalName, mediaType: e.mediaType, sizeBytes: e.sizeBytes, uploadedAt: new Date(e.uploadedAt).toISOString() })),
    };
  }
}
