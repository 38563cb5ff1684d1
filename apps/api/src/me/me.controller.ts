import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser } from '@app/auth';
import { ApiErrors } from '@app/common';
import { AccountService, AuthUser } from '@app/identity';
import { AccessTokenDto } from '../auth/dto/auth.dto';
import { RateLimit } from '../http/throttling';
import { ChangePasswordDto, UpdateMeDto, UserDto } from './dto/user.dto';

@ApiTags('me')
@ApiBearerAuth('bearer')
@AnyRole()
@Controller('me')
export class MeController {
  constructor(private readonly accounts: AccountService) {}

  @Get()
  @ApiOkResponse({ type: UserDto })
  @ApiErrors(401)
  async get(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return UserDto.from(await this.accounts.getProfile(user.id), 'owner');
  }

  @Patch()
  @ApiOkResponse({ type: UserDto })
  @ApiErrors(400, 401)
  async update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<UserDto> {
    return UserDto.from(await this.accounts.updateProfile(user.id, dto), 'owner');
  }

  @Post('password')
  @RateLimit('password')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: AccessTokenDto,
    description: 'Password changed. Every other session ended; this session keeps its refresh token and continues with the access token returned (the one presented stops working)',
  })
  @ApiErrors(400, 401)
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<AccessTokenDto> {
    return this.accounts.changePassword(user, dto.currentPassword, dto.newPassword);
  }

  @Post('verification-email')
  @RateLimit('mail')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiNoContentResponse({ description: 'A new verification e-mail is queued (nothing happens if already verified)' })
  @ApiErrors(401)
  resendVerification(@CurrentUser() user: AuthUser): Promise<void> {
    return this.accounts.resendVerification(user.id);
  }
}
