import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { AdminIdentityController } from './admin-users/admin-identity.controller';
import { AdminUsersController } from './admin-users/admin-users.controller';
import { AuthController } from './auth/auth.controller';
import { WebSessionController } from './auth/web-session.controller';
import { LoginDeviceCookie } from './auth/login-device-cookie';
import { WebCsrfGuard, WebSessionCookie } from './auth/web-session';
import { MeController } from './me/me.controller';

@Module({ imports: [IdentityModule], controllers: [AuthController, WebSessionController, MeController, AdminUsersController, AdminIdentityController], providers: [WebCsrfGuard, WebSessionCookie, LoginDeviceCookie] })
export class IdentityHttpModule {}
