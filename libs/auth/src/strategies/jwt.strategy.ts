import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '@app/config';
import { AccessTokenClaims, AuthUser, SessionService } from '@app/identity';

/** Bearer access tokens: HS256 only, issuer and audience checked, then the account re-checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once: given a string, jsonwebtoken re-parses the key on every request.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) as unknown as string,
      algorithms: ['HS256'],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: { sub?: unknown; sv?: unknown; sid?: unknown }): Promise<AuthUser> {
    const verified: AccessTokenClaims = { sub: String(claims.sub), sv: Number(claims.sv), sid: String(claims.sid) };
    return this.sessions.userForAccessToken(verified);
  }
}
