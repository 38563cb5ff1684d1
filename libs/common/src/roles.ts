export const Role = {
  Applicant: 'applicant',
  Reviewer: 'reviewer',
  Admin: 'admin',
  /** The human-resources bureau's officer: confirms batches of files and exports them for filing (domain.md §8). */
  AuthorityOfficer: 'authority_officer',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: Role[] = Object.values(Role);
export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as string[]).includes(value);
