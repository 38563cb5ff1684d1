import { SetMetadata } from '@nestjs/common';
import { Role, ROLES } from '@app/common';

export { Role, ROLES };

export const IS_PUBLIC_KEY = 'access:public';
export const ROLES_KEY = 'access:roles';

/** Open to anyone, signed in or not. Every other route must name its roles. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user, whatever their roles. */
export const AnyRole = () => Roles(...ROLES);
