import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, LocalAuthGuard, LoginDto, Public } from '@app/auth';
import { ApiErrors } from '@app/common';
import { AccountService, AuthUser, SessionService } from '@app/identity';
import { RateLimit } from '../http/throttling';
import { ForgotPasswordDto, RefreshDto, RegisterDto, TokenAndPasswordDto, TokenDto, TokenPairDto } from './dto/auth.dto';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
  ) {}

  @Post('register')
  @RateLimit('mail')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    description:
      'Always 202 with no body for a valid request, whether or not the address has an account: a new address gets its account and a verification e-mail; an address that has an account gets a message telling its owner, and no account is made',
  })
  @ApiErrors(400)
  register(@Body() dto: RegisterDto): Promise<void> {
    return this.accounts.register(dto);
  }

  @Post('verify-email')
  @RateLimit('token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'E-mail verified; 409 EMAIL_ALREADY_VERIFIED for a used link of a verified account, 400 INVALID_TOKEN otherwise' })
  @ApiErrors(400, 409)
  verifyEmail(@Body() dto: TokenDto): Promise<void> {
    return this.accounts.verifyEmail(dto.token);
  }

  @Post('login')
  @RateLimit('login')
  @HttpCode(HttpStatus.OK)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenPairDto, description: 'Logged in; the client address is known to the account from now on (its logins are neither delayed nor refused by the address limit)' })
  @ApiErrors(400, 401)
  login(@CurrentUser() user: AuthUser): Promise<TokenPairDto> {
    return this.sessions.login(user);
  }

  @Post('refresh')
  @RateLimit('session')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TokenPairDto, description: 'A new pair; the presented refresh token is spent' })
  @ApiErrors(400, 401)
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.sessions.refresh(dto.refreshToken);
  }

  @Post('logout')
  @RateLimit('session')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The session (refresh-token family) is revoked' })
  @ApiErrors(400)
  logout(@Body() dto: RefreshDto): Promise<void> {
    return this.sessions.logout(dto.refreshToken);
  }

  @Post('password/forgot')
  @RateLimit('mail')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'Always 202: if the account exists, a reset link is e-mailed' })
  @ApiErrors(400)
  forgot(@Body() dto: ForgotPasswordDto): Promise<void> {
    return this.accounts.forgotPassword(dto.email);
  }

  @Post('password/reset')
  @RateLimit('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password changed; every session of the account ended' })
  @ApiErrors(400)
  reset(@Body() dto: TokenAndPasswordDto): Promise<void> {
    return this.accounts.resetPassword(dto.token, dto.password);
  }

  @Post('invitations/accept')
  @RateLimit('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password set; the account can log in' })
  @ApiErrors(400)
  acceptInvitation(@Body() dto: TokenAndPasswordDto): Promise<void> {
    return this.accounts.acceptInvitation(dto.token, dto.password);
  }
}
