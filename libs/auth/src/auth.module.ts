import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { IdentityModule } from '@app/identity';
import { AccessGuard } from './guards/access.guard';
import { LocalAuthGuard } from './guards/local-auth.guard';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';

/** Passport strategies and the global, closed-by-default access guard. */
@Module({
  imports: [PassportModule, IdentityModule],
  providers: [JwtStrategy, LocalStrategy, LocalAuthGuard, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [LocalAuthGuard],
})
export class AuthModule {}
