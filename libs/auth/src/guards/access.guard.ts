import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ForbiddenError, Role, UnauthorizedError } from '@app/common';
import { IdentityError } from '@app/identity';
import type { AuthUser } from '@app/identity';
import { IS_PUBLIC_KEY, ROLES_KEY } from '../decorators/access.decorators';

/**
 * The global guard: closed by default. A route is reachable only if it is marked
 * @Public() or names its roles with @Roles()/@AnyRole(); a route that says neither
 * is refused to everyone (and the route-walking e2e test fails).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.length) throw new ForbiddenError('ACCESS_NOT_DECLARED', 'This route does not declare who may call it');
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) throw new UnauthorizedError();
    if (!user.roles.some((r) => roles.includes(r))) throw new ForbiddenError('ROLE_REQUIRED', `This requires one of the roles: ${roles.join(', ')}`);
    return true;
  }

  // No token, a bad signature, an expired token, or one refused by the session checks: one
  // answer (IdentityError.invalidAccessToken), so a forger learns nothing about which check failed.
  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw IdentityError.invalidAccessToken();
    return user;
  }
}
