import { Controller, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCookieAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, LocalAuthGuard, LoginDto, Public } from '@app/auth';
import { ApiErrors } from '@app/common';
import { AuthUser, SessionService } from '@app/identity';
import { IdentityError } from '@app/identity';
import { RateLimit } from '../http/throttling';
import { AccessTokenDto } from './dto/auth.dto';
import { LoginDeviceCookie } from './login-device-cookie';
import { WEB_REFRESH_COOKIE, WebCsrfGuard, WebSessionCookie } from './web-session';

const CSRF_HEADER_DOC = { name: 'X-CSRF-Protection', required: true, description: 'Must be `1`; with the Origin check, refuses cross-site requests', schema: { type: 'string', enum: ['1'] } };

/**
 * The web app's session: the same rotating refresh tokens as auth/login and auth/refresh, but
 * the refresh token travels only in an httpOnly cookie scoped to these routes, so no script
 * ever reads it; the access token is returned in the body and kept in memory by the page.
 * API clients keep the bearer flow (auth/login, auth/refresh, auth/logout) unchanged.
 */
@ApiTags('auth')
@Public()
@UseGuards(WebCsrfGuard)
@ApiHeader(CSRF_HEADER_DOC)
@Controller('auth/web')
export class WebSessionController {
  constructor(
    private readonly sessions: SessionService,
    private readonly cookie: WebSessionCookie,
    private readonly deviceCookie: LoginDeviceCookie,
  ) {}

  @Post('login')
  @RateLimit('login')
  @HttpCode(HttpStatus.OK)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: AccessTokenDto, description: `Logged in; the refresh token is set as the httpOnly cookie ${WEB_REFRESH_COOKIE}, and the device cookie tp_device (a later login from this browser is known to the account)` })
  @ApiErrors(400, 401, 403)
  async login(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<AccessTokenDto> {
    const { refreshToken, ...access } = await this.sessions.login(user);
    this.cookie.set(reply, refreshToken);
    this.deviceCookie.set(reply, user);
    return access;
  }

  @Post('refresh')
  @RateLimit('session')
  @HttpCode(HttpStatus.OK)
  @ApiCookieAuth(WEB_REFRESH_COOKIE)
  @ApiOkResponse({ type: AccessTokenDto, description: 'A new access token; the cookie is rotated (the presented token is spent, a spent one coming back ends the session)' })
  @ApiErrors(401, 403)
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AccessTokenDto> {
    const presented = this.cookie.read(request);
    try {
      if (!presented) throw IdentityError.invalidRefreshToken();
      const { refreshToken, ...access } = await this.sessions.refresh(presented);
      this.cookie.set(reply, refreshToken);
      return access;
    } catch (error) {
      // A dead token is not worth sending again.
      this.cookie.clear(reply);
      throw error;
    }
  }

  @Post('logout')
  @RateLimit('session')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiCookieAuth(WEB_REFRESH_COOKIE)
  @ApiNoContentResponse({ description: 'The session (refresh-token family) is revoked and the cookie cleared' })
  @ApiErrors(403)
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const presented = this.cookie.read(request);
    if (presented) await this.sessions.logout(presented);
    this.cookie.clear(reply);
  }
}
