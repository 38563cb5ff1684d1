import { Module } from '@nestjs/common';
import { AdminUsersController } from './admin-users/admin-users.controller';
import { AuthController } from './auth/auth.controller';
import { MeController } from './me/me.controller';

@Module({ controllers: [AuthController, MeController, AdminUsersController] })
export class IdentityHttpModule {}
