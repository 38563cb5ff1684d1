import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CursorPageMeta, CursorQueryDto, IsOptionalNotNull, Role, ROLES } from '@app/common';
import type { Locale, UserStatus } from '@app/identity';
import { UserDto } from '../../me/dto/user.dto';

export class ListUsersQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: ['active', 'disabled'] })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: UserStatus;

  @ApiPropertyOptional({ description: 'Matches e-mail or name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string;
}

export class UserPageDto extends CursorPageMeta {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
}

export class InviteUserDto {
  @ApiProperty({ example: 'expert@example.com' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: '李四' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  fullName: string;

  @ApiProperty({ enum: ['reviewer', 'admin'], isArray: true, description: 'Invitations are for reviewers and admins' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(['reviewer', 'admin'], { each: true })
  roles: Role[];

  @ApiPropertyOptional({ enum: ['zh-CN', 'en'] })
  @IsOptional()
  @IsIn(['zh-CN', 'en'])
  locale?: Locale;
}

/** Absent fields are kept; neither can be null (a 400). */
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ enum: ['active', 'disabled'] })
  @IsOptionalNotNull()
  @IsIn(['active', 'disabled'])
  status?: UserStatus;
}
