import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_EXPORT_STATUSES, ApplicationExport, ApplicationExportStatus, EXPORT_FORMATS, ExportFormat } from '@app/applications';
import { CursorPageMeta } from '@app/common';

/** One export of the admin list, as its requester reads it back. */
export class ApplicationExportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPLICATION_EXPORT_STATUSES, description: 'queued, running, then done (download it) or failed (request another)' }) status: ApplicationExportStatus;
  @ApiProperty({ enum: EXPORT_FORMATS }) format: ExportFormat;
  @ApiProperty({ enum: ['zh-CN', 'en'] }) locale: 'zh-CN' | 'en';
  @ApiProperty({ description: 'The name the download carries' }) fileName: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Rows written, once done' }) rowCount: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Size of the file in bytes, once done' }) sizeBytes: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Once failed: EXPORT_WRITE_FAILED' }) errorCode: string | null;
  @ApiProperty({ description: 'Done, and its file is past EXPORT_RETENTION_HOURS: the download answers 410' }) expired: boolean;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Once done: when the file is removed' }) expiresAt: string | null;

  static from(e: ApplicationExport, expired: boolean): ApplicationExportDto {
    return {
      id: e.id,
      status: e.status,
      format: e.format,
      locale: e.locale,
      fileName: e.fileName,
      rowCount: e.rowCount,
      sizeBytes: e.sizeBytes,
      errorCode: e.errorCode,
      expired,
      requestedAt: e.requestedAt.toISOString(),
      startedAt: e.startedAt?.toISOString() ?? null,
      finishedAt: e.finishedAt?.toISOString() ?? null,
      expiresAt: e.expiresAt?.toISOString() ?? null,
    };
  }
}

export class ApplicationExportListDto extends CursorPageMeta {
  @ApiProperty({ type: [ApplicationExportDto] }) items: ApplicationExportDto[];
}
