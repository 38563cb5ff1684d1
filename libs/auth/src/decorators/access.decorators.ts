import { SetMetadata } from '@nestjs/common';

export const Role = {
  Applicant: 'applicant',
  Reviewer: 'reviewer',
  Admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

export const IS_PUBLIC_KEY = 'access:public';
export const ROLES_KEY = 'access:roles';

/** Open to anyone, signed in or not. Every other route must name its roles. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
