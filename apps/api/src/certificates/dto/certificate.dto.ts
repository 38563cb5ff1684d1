import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LocalizedTextDto } from '@app/common';
import type { CertificateDetails, CertificateVerification } from '@app/certificates';

/** The public verification answer: validity and the minimal holder data, nothing else (domain.md §8). */
export class CertificateVerificationDto {
  @ApiProperty({ enum: ['valid', 'revoked'] }) status: 'valid' | 'revoked';
  @ApiProperty({ example: '王䶮' }) holderName: string;
  @ApiProperty({ type: LocalizedTextDto, description: 'The title granted' }) title: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) specialty: LocalizedTextDto;
  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'Date obtained: the day the committee passed the file' }) obtainedOn: string;
  @ApiProperty({ format: 'date', example: '2026-07-20', description: 'Date of issue: the date of the bureau’s approval document (certificates from before the confirmation: the day the notice closed)' }) issuedOn: string;
  @ApiProperty({ nullable: true, type: String, example: '渝人社职〔2026〕15号', description: 'The bureau’s approval document number (文号); null for certificates issued before the bureau’s confirmation existed' })
  approvalDocumentNumber: string | null;

  static from(v: CertificateVerification): CertificateVerificationDto {
    // Field by field: nothing the service might add later leaks to the public.
    return {
      status: v.status,
      holderName: v.holderName,
      title: LocalizedTextDto.from(v.title),
      specialty: LocalizedTextDto.from(v.specialty),
      obtainedOn: v.obtainedOn,
      issuedOn: v.issuedOn,
      approvalDocumentNumber: v.approvalDocumentNumber,
    };
  }
}

export class RevokeDto {
  @ApiProperty({ example: 'The design award certificate in the file was forged (confirmed by the awarding body on 2027-01-04)', description: 'Why the title is revoked; kept on the file and the certificate, and told to the holder' })
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  reason: string;
}

/** The certificate as its holder's file page shows it: the number, where it verifies, and a revocation's reason and bar. */
export class CertificateDetailsDto {
  @ApiProperty({ example: '2026-50-INT-00001' }) number: string;
  @ApiProperty({ enum: ['valid', 'revoked'] }) status: 'valid' | 'revoked';
  @ApiProperty({ format: 'date', description: 'Date of issue: the date of the bureau’s approval document (certificates from before the confirmation: the day the notice closed)' }) issuedOn: string;
  @ApiProperty({ format: 'date', description: 'Date obtained: the day the committee passed the file' }) obtainedOn: string;
  @ApiProperty({ nullable: true, type: String, example: '渝人社职〔2026〕15号', description: 'The bureau’s approval document number (文号); null for certificates issued before the bureau’s confirmation existed' })
  approvalDocumentNumber: string | null;
  @ApiProperty({ description: 'The code printed under the QR code (anyone holding it can verify the certificate)' }) verificationCode: string;
  @ApiProperty({ description: 'The public verification page the QR code opens' }) verificationUrl: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) revokedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) revocationReason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Revoked: until when the holder may not apply (null when no bar runs)' }) barredUntil: string | null;

  static from(d: CertificateDetails): CertificateDetailsDto {
    return { ...d, barredUntil: d.barredUntil?.toISOString() ?? null };
  }
}

/** What revoking the file now would do to its holder, shown before the admin confirms. */
export class RevocationPreviewDto {
  @ApiProperty({ format: 'date-time', description: 'Until when the holder could not apply: midnight (Asia/Shanghai) REVOCATION_BAR_YEARS from today, or a later bar already set' })
  barredUntil: string;
  @ApiProperty({ example: 3, description: 'REVOCATION_BAR_YEARS' }) barYears: number;
}
