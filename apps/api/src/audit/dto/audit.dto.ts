import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AUDIT_CURSOR, AuditEntry, ChainVerification } from '@app/audit';
import { CursorPageMeta, decodeCursor, IsDateInRange } from '@app/common';

/** `?limit=&cursor=` of the audit lists: the cursor holds a chain position. */
export class AuditPageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  // A forged cursor is refused here, before the list runs a query with it.
  @Transform(({ value }) => {
    if (typeof value === 'string' && value.length <= 64) decodeCursor(value, AUDIT_CURSOR);
    return value;
  })
  cursor?: string;
}

export class AuditQueryDto extends AuditPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Entries by this person' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'application.accepted', description: 'Action code, exactly' })
  @IsOptional()
  @Matches(/^[a-z][a-z_]*\.[a-z][a-z_]*$/, { message: 'action must be an action code like application.accepted' })
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ example: 'application', description: 'Target type (application, user, cycle, review_assignment ...)' })
  @IsOptional()
  @Matches(/^[a-z][a-z_]*$/, { message: 'entityType must be lower-case letters and underscores' })
  @MaxLength(32)
  entityType?: string;

  @ApiPropertyOptional({ description: 'Target id (with entityType, or alone)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries at or after this moment' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsDateInRange()
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries before this moment (after `from`)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @IsDateInRange()
  to?: Date;
}

export class AuditEntryDto {
  @ApiProperty({ description: 'Row id' }) id: string;
  @ApiProperty({ description: 'Position in the hash chain (commit order); the lists are newest first by it' }) seq: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Who acted; null for the portal itself or the public (see ip)' }) actorId: string | null;
  @ApiProperty({ example: 'application.accepted' }) action: string;
  @ApiProperty({ example: 'application' }) entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ type: Object, description: 'What changed (before/after of the changed fields, personal data masked) and the facts of the action' }) data: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String }) ip: string | null;
  @ApiProperty({ nullable: true, type: String }) userAgent: string | null;
  @ApiProperty({ description: 'SHA-256 of the previous entry (64 zeros for the first)' }) prevHash: string;
  @ApiProperty({ description: 'SHA-256 of this entry' }) hash: string;

  static from(e: AuditEntry): AuditEntryDto {
    return {
      id: e.id,
      seq: Number(e.seq),
      at: e.createdAt.toISOString(),
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      data: e.data,
      ip: e.ip,
      userAgent: e.userAgent,
      prevHash: e.prevHash ?? '',
      hash: e.hash ?? '',
    };
  }
}

export class AuditPageDto extends CursorPageMeta {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
}

class ChainHeadDto {
  @ApiProperty({ description: 'Chain position (bigint as a string)' }) seq: string;
  @ApiProperty() hash: string;
}

class ChainBreakDto {
  @ApiProperty({ description: 'Row id of the first entry that does not fit' }) id: string;
  @ApiProperty({ nullable: true, type: String, description: 'Its chain position (null: it has none)' }) seq: string | null;
  @ApiProperty({
    enum: ['SEQUENCE_GAP', 'PREV_HASH_MISMATCH', 'HASH_MISMATCH', 'UNCHAINED'],
    description: 'SEQUENCE_GAP: not the position after the previous entry (an entry removed); PREV_HASH_MISMATCH: does not name the previous entry’s hash; HASH_MISMATCH: its content changed; UNCHAINED: outside the chain',
  })
  problem: string;
  @ApiProperty({ nullable: true, type: String }) expected: string | null;
  @ApiProperty({ nullable: true, type: String }) actual: string | null;
}

class CheckpointDto {
  @ApiProperty({ description: 'Chain position of the entry the checkpoint names (bigint as a string)' }) seq: string;
  @ApiProperty({ description: 'That entry’s hash' }) hash: string;
  @ApiProperty({ description: 'Entries in the chain when it was signed (bigint as a string)' }) count: string;
  @ApiProperty({ description: 'When the worker signed it' }) signedAt: string;
}

class CheckpointProblemDto {
  @ApiProperty({ description: 'The checkpoint file' }) file: string;
  @ApiProperty({ nullable: true, type: String, description: 'The position it names (null: unreadable)' }) seq: string | null;
  @ApiProperty({
    enum: ['UNREADABLE', 'SIGNATURE_INVALID', 'NO_KEY', 'ENTRY_CHANGED', 'CHAIN_TRUNCATED'],
    description:
      'UNREADABLE: not a checkpoint; SIGNATURE_INVALID: forged or changed; NO_KEY: no AUDIT_SIGNING_KEY to check it with; ENTRY_CHANGED: the entry it names now has another hash; CHAIN_TRUNCATED: the chain ends before it',
  })
  problem: string;
  @ApiProperty({ nullable: true, type: String }) expected: string | null;
  @ApiProperty({ nullable: true, type: String }) actual: string | null;
}

class CheckpointsVerificationDto {
  @ApiProperty({ description: 'Checkpoint files found' }) checked: number;
  @ApiProperty({ type: CheckpointDto, nullable: true, description: 'The newest checkpoint with a valid signature' }) newest: CheckpointDto | null;
  @ApiProperty({ type: [CheckpointProblemDto] }) problems: CheckpointProblemDto[];
}

export class ChainVerificationDto {
  @ApiProperty({ description: 'The chain is intact and agrees with every signed checkpoint' }) valid: boolean;
  @ApiProperty({ description: 'Entries checked' }) checked: number;
  @ApiProperty({ type: ChainHeadDto, nullable: true, description: 'The last entry of the valid part of the chain' })
  head: ChainHeadDto | null;
  @ApiProperty({ type: ChainBreakDto, nullable: true }) firstBroken: ChainBreakDto | null;
  @ApiProperty({ type: CheckpointsVerificationDto, description: 'The signed checkpoints (AUDIT_CHECKPOINT_DIR) checked against the chain' })
  checkpoints: CheckpointsVerificationDto;

  static from(v: ChainVerification): ChainVerificationDto {
    return {
      valid: v.valid,
      checked: v.checked,
      head: v.head,
      firstBroken: v.firstBroken,
      checkpoints: {
        checked: v.checkpoints.checked,
        newest: v.checkpoints.newest && { seq: v.checkpoints.newest.seq, hash: v.checkpoints.newest.hash, count: v.checkpoints.newest.count, signedAt: v.checkpoints.newest.signedAt },
        problems: v.checkpoints.problems,
      },
    };
  }
}
