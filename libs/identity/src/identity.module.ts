import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@app/config';
import { AccountToken } from './entities/account-token.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { AccountService } from './services/account.service';
import { LoginDevices } from './services/login-devices';
import { LoginThrottle } from './services/login-throttle';
import { PasswordHasher } from './services/password-hasher';
import { SessionRevocations } from './services/session-revocations';
import { SessionService } from './services/session.service';
import { IdentityBindingsRepository } from './services/identity-bindings.repository';
import { PersonIdentity } from './services/person-identity.service';
import { UserAdminService } from './services/user-admin.service';
import { UserDirectory } from './services/user-directory';
import { UsersRepository } from './services/users.repository';

/** Accounts, passwords, sessions and the user directory other modules look people up in. */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, AccountToken]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { algorithm: 'HS256', expiresIn: config.JWT_ACCESS_TTL_SECONDS, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
      }),
    }),
  ],
  providers: [
    UsersRepository,
    PasswordHasher,
    LoginDevices,
    LoginThrottle,
    UserDirectory,
    AccountService,
    SessionRevocations,
    SessionService,
    UserAdminService,
    IdentityBindingsRepository,
    PersonIdentity,
  ],
  exports: [LoginDevices, UserDirectory, PersonIdentity, AccountService, SessionService, UserAdminService, PasswordHasher],
})
export class IdentityModule {}
