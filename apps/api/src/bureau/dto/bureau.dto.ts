import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CursorPageMeta, CursorQueryDto, LocalizedTextDto } from '@app/common';
import { BATCH_MAX_FILES, BatchFileView, BatchView, DOCUMENT_NUMBER_MAX_LENGTH, FILING_FIELDS, FILING_FORMAT_VERSION, FilingDocument, FilingRecord } from '@app/certificates';
import type { AwaitingConfirmationFile } from '@app/applications';

export class AwaitingConfirmationQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only files of this cycle' })
  @IsOptional()
  @IsUUID()
  cycleId?: string;
}

/** A file waiting for the bureau's confirmation. */
export class AwaitingConfirmationFileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-ID-INT-000123' }) referenceNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) applicantName: string | null;
  @ApiProperty({ nullable: true, type: String }) employerName: string | null;
  @ApiProperty({ example: 'intermediate' }) level: string;
  @ApiProperty({ example: 'product_design' }) specialty: string;
  @ApiProperty() crossProvincial: boolean;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ example: '2026-ID' }) cycleCode: string;
  @ApiProperty({ type: LocalizedTextDto }) cycleName: LocalizedTextDto;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the committee passed it (the date obtained)' }) committeePassedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When its public notice closed' }) awaitingSince: string | null;

  static from(f: AwaitingConfirmationFile): AwaitingConfirmationFileDto {
    return {
      id: f.id,
      referenceNumber: f.referenceNumber,
      applicantName: f.applicantName,
      employerName: f.employerName,
      level: f.level,
      specialty: f.specialty,
      crossProvincial: f.crossProvincial,
      cycleId: f.cycleId,
      cycleCode: f.cycleCode,
      cycleName: LocalizedTextDto.from({ 'zh-CN': f.cycleNameZh, en: f.cycleNameEn }),
      committeePassedAt: f.committeePassedAt ? new Date(f.committeePassedAt).toISOString() : null,
      awaitingSince: f.awaitingSince ? new Date(f.awaitingSince).toISOString() : null,
    };
  }
}

export class AwaitingConfirmationPageDto extends CursorPageMeta {
  @ApiProperty({ type: [AwaitingConfirmationFileDto] }) items: AwaitingConfirmationFileDto[];
}

export class ConfirmBatchDto {
  @ApiProperty({
    example: '渝人社职〔2026〕15号',
    description: `The approval document number (文号): trimmed, 1 to ${DOCUMENT_NUMBER_MAX_LENGTH} characters, no control characters. It identifies the batch: the same number with the same files and date again answers the same batch.`,
  })
  @IsString()
  @MaxLength(256)
  documentNumber: string;

  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'The approval document’s date of issue (YYYY-MM-DD): not after today (Beijing), not before the committee passed any of the files. Printed on the certificates as their date of issue.' })
  @IsString()
  @MaxLength(10)
  issuedOn: string;

  @ApiProperty({ type: [String], format: 'uuid', description: `The files confirmed, 1 to ${BATCH_MAX_FILES}, each awaiting confirmation` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BATCH_MAX_FILES)
  @IsUUID('all', { each: true })
  applicationIds: string[];
}

export class ConfirmationBatchDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '渝人社职〔2026〕15号' }) documentNumber: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty({ format: 'date-time' }) confirmedAt: string;
  @ApiProperty({ format: 'uuid', description: 'The officer who confirmed it' }) confirmedBy: string;
  @ApiProperty() fileCount: number;

  static from(b: BatchView): ConfirmationBatchDto {
    return { id: b.id, documentNumber: b.documentNumber, issuedOn: b.issuedOn, confirmedAt: new Date(b.confirmedAt).toISOString(), confirmedBy: b.confirmedBy, fileCount: b.fileCount };
  }
}

export class ConfirmationResultDto {
  @ApiProperty({ description: 'false: an identical earlier request already made this batch (nothing changed now)' }) created: boolean;
  @ApiProperty({ type: ConfirmationBatchDto }) batch: ConfirmationBatchDto;
}

export class ConfirmationBatchPageDto extends CursorPageMeta {
  @ApiProperty({ type: [ConfirmationBatchDto] }) items: ConfirmationBatchDto[];
}

export class BatchFileDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ example: '2026-ID-INT-000123' }) referenceNumber: string;
  @ApiProperty() holderName: string;
  @ApiProperty() level: string;
  @ApiProperty() specialty: string;
  @ApiProperty() certificateNumber: string;
  @ApiProperty({ enum: ['valid', 'revoked'] }) certificateStatus: 'valid' | 'revoked';
  @ApiProperty({ format: 'date' }) obtainedOn: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty() crossProvincial: boolean;

  static from(f: BatchFileView): BatchFileDto {
    return { ...f };
  }
}

/** One record of the filing export (format version FILING_FORMAT_VERSION; the CSV's columns, in this order). */
export class FilingRecordDto implements FilingRecord {
  @ApiProperty({ example: FILING_FORMAT_VERSION }) formatVersion: string;
  @ApiProperty() certificateNumber: string;
  @ApiProperty() holderName: string;
  @ApiProperty({ nullable: true, type: String, enum: ['resident_id', 'passport', 'other'] }) identityType: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'In full (only in this export)' }) identityNumber: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['male', 'female'] }) gender: string | null;
  @ApiProperty() level: string;
  @ApiProperty() titleZh: string;
  @ApiProperty() titleEn: string;
  @ApiProperty() specialty: string;
  @ApiProperty() specialtyZh: string;
  @ApiProperty() cycleCode: string;
  @ApiProperty() cycleNameZh: string;
  @ApiProperty() evaluatingBodyZh: string;
  @ApiProperty() approvalDocumentNumber: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty({ format: 'date' }) obtainedOn: string;
  @ApiProperty() crossProvincial: boolean;
  @ApiProperty({ nullable: true, type: String }) crossProvincialNoteZh: string | null;
  @ApiProperty() referenceNumber: string;
  @ApiProperty({ enum: ['valid', 'revoked'] }) certificateStatus: string;
}

export class FilingBatchDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() documentNumber: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty({ format: 'date-time' }) confirmedAt: string;
  @ApiProperty() fileCount: number;
}

export class FilingDocumentDto implements FilingDocument {
  @ApiProperty({ example: FILING_FORMAT_VERSION, description: `The format's version; the records' fields: ${FILING_FIELDS.join(', ')}` }) formatVersion: string;
  @ApiProperty({ example: 'design-title-portal.filing' }) kind: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: FilingBatchDto }) batch: FilingBatchDto;
  @ApiProperty({ type: [FilingRecordDto] }) records: FilingRecordDto[];
}
