import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IsOptionalNotNull, Role, ROLES, maskPhone } from '@app/common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, User } from '@app/identity';
import type { Locale } from '@app/identity';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Full to the owner, masked (138****5678) to admins' }) phone: string | null;
  @ApiProperty({ enum: ['zh-CN', 'en'] }) locale: Locale;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ enum: ['active', 'disabled'] }) status: string;
  @ApiProperty() emailVerified: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  /** `owner`: the person themself sees their phone in full; anyone else sees it masked. */
  static from(user: User, viewer: 'owner' | 'other'): UserDto {
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      phone: viewer === 'owner' ? user.phone : maskPhone(user.phone),
      locale: user.locale,
      roles: user.roles,
      status: user.status,
      emailVerified: user.emailVerifiedAt != null,
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
    };
  }
}

/** Absent fields are kept. `phone: null` removes the phone; the name and locale cannot be removed (null is a 400). */
export class UpdateMeDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  fullName?: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '13812345678', description: 'Mainland mobile (11 digits starting with 1), or null to remove' })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$/, { message: 'phone must be a mainland mobile number: 11 digits starting with 1' })
  phone?: string | null;

  @ApiPropertyOptional({ enum: ['zh-CN', 'en'] })
  @IsOptionalNotNull()
  @IsIn(['zh-CN', 'en'])
  locale?: Locale;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword: string;
}
