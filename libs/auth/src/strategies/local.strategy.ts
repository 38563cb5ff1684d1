import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { FastifyRequest } from 'fastify';
import { AuthUser, LOGIN_DEVICE_COOKIE, readCookie, SessionService } from '@app/identity';

/** E-mail and password login; throttling and uniform failures live in SessionService. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly sessions: SessionService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<AuthUser> {
    return this.sessions.authenticate(email, password, { ip: request.ip, deviceCookie: readCookie(request.headers.cookie, LOGIN_DEVICE_COOKIE) });
  }
}
