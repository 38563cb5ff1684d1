import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CursorPageMeta, CursorQueryDto } from '@app/common';
import type { IdentityBindingView, IdentityConflictRow } from '@app/identity';

/** The admin's correction of the identity number bound to an account (one person, one account). */
export class CorrectIdentityDto {
  @ApiProperty({
    nullable: true,
    type: String,
    example: '500103198805124713',
    description: 'The person\'s identity document number to bind to the account, or null to release the binding (the next submission binds afresh). Stored only as its keyed blind index; answered masked.',
  })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(/^[0-9A-Za-z][0-9A-Za-z ]{3,39}$/, { message: 'documentNumber must be 4 to 40 letters or digits' })
  documentNumber: string | null;

  @ApiProperty({ example: 'The applicant mistyped the number at the first submission (checked against the ID card on 2026-12-01)', description: 'Why; kept in the audit log' })
  @IsString()
  @MinLength(2)
  @MaxLength(2000)
  reason: string;
}

export class IdentityBindingDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ description: 'Whether an identity number is bound to the account' }) identityBound: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) identityBoundAt: string | null;
  @ApiProperty({ nullable: true, type: String, example: '5001**********4713', description: 'The number just bound, masked; null when released' }) documentNumberMasked: string | null;

  static from(view: IdentityBindingView): IdentityBindingDto {
    return { ...view, identityBoundAt: view.identityBoundAt?.toISOString() ?? null };
  }
}

export class ListIdentityConflictsQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the conflicts this account is on (either side)' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class ConflictAccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: ['active', 'disabled'] }) status: string;
}

/** A submission refused because its identity number is bound to another account: both accounts, never the number. */
export class IdentityConflictDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ConflictAccountDto, description: 'The account the number is bound to' }) boundAccount: ConflictAccountDto;
  @ApiProperty({ type: ConflictAccountDto, description: 'The account whose submission was refused' }) refusedAccount: ConflictAccountDto;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The file of the last refused submission' }) applicationId: string | null;
  @ApiProperty({ description: 'Refused submissions of this pair so far' }) attempts: number;
  @ApiProperty({ format: 'date-time' }) firstAttemptAt: string;
  @ApiProperty({ format: 'date-time' }) lastAttemptAt: string;

  static from(row: IdentityConflictRow): IdentityConflictDto {
    return {
      id: row.id,
      boundAccount: { id: row.boundUserId, email: row.boundEmail, fullName: row.boundFullName, status: row.boundStatus },
      refusedAccount: { id: row.refusedUserId, email: row.refusedEmail, fullName: row.refusedFullName, status: row.refusedStatus },
      applicationId: row.applicationId,
      attempts: row.attempts,
      firstAttemptAt: row.firstAttemptAt.toISOString(),
      lastAttemptAt: row.lastAttemptAt.toISOString(),
    };
  }
}

export class IdentityConflictPageDto extends CursorPageMeta {
  @ApiProperty({ type: [IdentityConflictDto] }) items: IdentityConflictDto[];
}
