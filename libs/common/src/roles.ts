export const Role = {
  Applicant: 'applicant',
  Reviewer: 'reviewer',
  Admin: 'admin',
  /** Acts for a recommending unit (employer, district sub-centre, partner association): bound to it in libs/organisations. */
  UnitOfficer: 'unit_officer',
  /** The human-resources bureau's officer: confirms batches of files and exports them for filing (domain.md §8). */
  AuthorityOfficer: 'authority_officer',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: Role[] = Object.values(Role);
export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as string[]).includes(value);
