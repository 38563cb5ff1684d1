import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { CursorPageMeta } from '@app/common';
import { PARTY_TYPES, PartyType, RELATION_KINDS, RelationKind } from '@app/review';
import type { DeclaredRelation } from '@app/review';
import { IsUscc } from './validators';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A relation with one other party: a portal user (`userId`), a person by name (`personName`),
 * or an employer (`employerName` and/or `employerCreditCode`). Fields of another party type
 * are refused. No identity number is accepted: a name is enough to match, and none is stored.
 */
export class DeclareRelationDto {
  @ApiProperty({ enum: RELATION_KINDS })
  @IsIn(RELATION_KINDS)
  kind: RelationKind;

  @ApiProperty({ maxLength: 1000, example: 'Supervised their master thesis 2015-2018' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  note: string;

  @ApiProperty({ enum: PARTY_TYPES })
  @IsIn(PARTY_TYPES)
  partyType: PartyType;

  @ApiPropertyOptional({ format: 'uuid', description: 'partyType user: the other person\'s account' })
  @ValidateIf((o: DeclareRelationDto) => o.partyType === 'user' || o.userId !== undefined)
  @Matches(UUID, { message: 'userId must be a UUID' })
  userId?: string;

  @ApiPropertyOptional({ maxLength: 100, example: '张三', description: 'partyType person: their name as they write it' })
  @ValidateIf((o: DeclareRelationDto) => o.partyType === 'person' || o.personName !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  personName?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'partyType employer: its name (this or the credit code, or both)' })
  @ValidateIf((o: DeclareRelationDto) => o.employerName !== undefined || (o.partyType === 'employer' && o.employerCreditCode === undefined))
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  employerName?: string;

  @ApiPropertyOptional({ example: '91500103PB3LWF6F87', description: 'partyType employer: its unified social credit code' })
  @ValidateIf((o: DeclareRelationDto) => o.employerCreditCode !== undefined)
  @IsUscc()
  employerCreditCode?: string;
}

export class DeclaredRelationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) reviewerId: string;
  @ApiProperty({ enum: RELATION_KINDS }) kind: RelationKind;
  @ApiProperty() note: string;
  @ApiProperty({ enum: PARTY_TYPES }) partyType: PartyType;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) userId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) personName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) employerName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) employerCreditCode: string | null;
  @ApiProperty({ format: 'uuid', description: 'Who recorded it: the reviewer or an admin' }) recordedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(r: DeclaredRelation): DeclaredRelationDto {
    return {
      id: r.id,
      reviewerId: r.reviewerId,
      kind: r.kind,
      note: r.note,
      partyType: r.partyType,
      userId: r.partyUserId,
      personName: r.partyName,
      employerName: r.partyEmployerName,
      employerCreditCode: r.partyEmployerCreditCode,
      recordedBy: r.recordedBy,
      createdAt: r.createdAt.toISOString(),
    };
  }
}

export class DeclaredRelationPageDto extends CursorPageMeta {
  @ApiProperty({ type: [DeclaredRelationDto] }) items: DeclaredRelationDto[];
}
