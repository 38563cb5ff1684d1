import { ApiProperty } from '@nestjs/swagger';
import { Attachment, EVIDENCE_KINDS, EvidenceKind, UploadLimits } from '@app/applications';

/**
 * Multipart limits for evidence uploads (registered in bootstrap.ts). `fileSize` is only a
 * hard ceiling: each cycle's own, lower limits are enforced by AttachmentsService.
 */
export const UPLOAD_MULTIPART_LIMITS = {
  files: 1,
  fields: 5,
  parts: 6,
  fieldNameSize: 100,
  fieldSize: 1024,
  headerPairs: 20,
  headerSize: 8 * 1024,
  fileSize: 200 * 1024 * 1024,
};

/**
 * The most that multipart framing (boundaries, part headers, the small fields) can add to a
 * request under the limits above, so `Content-Length - allowance` is the least the file weighs.
 */
export const MULTIPART_FRAMING_ALLOWANCE =
  UPLOAD_MULTIPART_LIMITS.parts * (UPLOAD_MULTIPART_LIMITS.headerSize + 256) + UPLOAD_MULTIPART_LIMITS.fields * UPLOAD_MULTIPART_LIMITS.fieldSize;

/** The multipart form of POST /applications/:id/attachments (documentation only: the parts are streamed). */
export class UploadAttachmentDto {
  @ApiProperty({ enum: EVIDENCE_KINDS, description: 'What the file proves. Send this field BEFORE the file.' })
  kind: EvidenceKind;

  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      'PDF, JPEG or PNG (decided by the content, not the name or declared type), within the cycle limits. ' +
      'The file name must not contain path separators, "..", or control characters.',
  })
  file: unknown;
}

export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind: EvidenceKind;
  @ApiProperty({ example: '学位证书.pdf', description: 'The cleaned name given at upload' }) originalName: string;
  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png'], description: 'Detected from the content' }) mediaType: string;
  @ApiProperty({ example: 183422 }) sizeBytes: number;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', description: 'Hex SHA-256 of the stored bytes' })
  sha256: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy: string;
  @ApiProperty() createdAt: Date;

  static from(a: Attachment): AttachmentDto {
    return {
      id: a.id,
      applicationId: a.applicationId,
      kind: a.kind,
      originalName: a.originalName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      uploadedBy: a.uploadedBy,
      createdAt: a.createdAt,
    };
  }
}

export class AttachmentLimitsDto {
  @ApiProperty({ example: 20971520 }) maxFileBytes: number;
  @ApiProperty({ example: 209715200 }) maxTotalBytes: number;
  @ApiProperty({ example: ['application/pdf', 'image/jpeg', 'image/png'] }) acceptedMediaTypes: string[];

  static from(l: UploadLimits): AttachmentLimitsDto {
    return { maxFileBytes: l.maxFileBytes, maxTotalBytes: l.maxTotalBytes, acceptedMediaTypes: [...l.acceptedMediaTypes] };
  }
}

export class AttachmentListDto {
  @ApiProperty({ type: [AttachmentDto], description: 'Oldest first' }) items: AttachmentDto[];
  @ApiProperty({ description: 'Bytes used by all files of the application' }) totalBytes: number;
  @ApiProperty({ type: AttachmentLimitsDto, description: "The cycle's upload limits" }) limits: AttachmentLimitsDto;
}

/**
 * `attachment` disposition with an ASCII fallback and the exact name RFC 5987-encoded, so
 * no name can break out of the header or be opened inline.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
