import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Attachment, EVIDENCE_KINDS, EvidenceKind, isEvidenceShownToReviewers, LEVELS, ReviewerFileView, TitleLevel } from '@app/applications';

/**
 * A file as its reviewer reads it while reviewing (GET reviews/:id/file): what scoring needs.
 * Its own shape, not the owner's or admin's ApplicationDto cut down: no applicant user id,
 * no identity number (not even masked), no contact data or birth date, no status history.
 */
export class ReviewerFileDto {
  @ApiProperty({ format: 'uuid', description: 'The review this view belongs to' }) reviewId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ format: 'uuid' }) formVersionId: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-ID-INT-000123' }) referenceNumber: string | null;
  @ApiProperty({ enum: LEVELS }) level: TitleLevel;
  @ApiProperty() specialty: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'To recognise a conflict of interest' }) applicantName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) employerName: string | null;
  @ApiProperty() crossProvincial: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) homeProvince: string | null;
  @ApiProperty() exceptionalRoute: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) submittedAt: string | null;
  @ApiProperty({ description: 'Form data; of the identity section only fullName (no identity number, gender, birth date, phone or e-mail)' }) data: object;

  static from(view: ReviewerFileView & { reviewId: string }): ReviewerFileDto {
    const a = view.application;
    return {
      reviewId: view.reviewId,
      applicationId: a.id,
      cycleId: a.cycleId,
      formVersionId: a.formVersionId,
      referenceNumber: a.referenceNumber,
      level: a.level,
      specialty: a.specialty,
      applicantName: a.applicantName,
      employerName: a.employerName,
      crossProvincial: a.crossProvincial,
      homeProvince: a.homeProvince,
      exceptionalRoute: a.exceptionalRoute,
      submittedAt: a.submittedAt?.toISOString() ?? null,
      data: view.data,
    };
  }
}

/** One evidence file as its reviewer sees it: no uploader (the applicant's user id). */
export class ReviewerEvidenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EVIDENCE_KINDS.filter(isEvidenceShownToReviewers) }) kind: EvidenceKind;
  @ApiProperty({ example: '作品集.pdf' }) originalName: string;
  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'] }) mediaType: string;
  @ApiProperty({ example: 183422 }) sizeBytes: number;
  @ApiProperty({ description: 'Hex SHA-256 of the stored bytes' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(a: Attachment): ReviewerEvidenceDto {
    return { id: a.id, kind: a.kind, originalName: a.originalName, mediaType: a.mediaType, sizeBytes: a.sizeBytes, sha256: a.sha256, createdAt: a.createdAt.toISOString() };
  }
}

export class ReviewerEvidenceListDto {
  @ApiProperty({ type: [ReviewerEvidenceDto], description: 'Oldest first; identity documents are never listed' }) items: ReviewerEvidenceDto[];
}
