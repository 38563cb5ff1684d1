import type { TFunction } from 'i18next';

/** Display names of the domain's enumerations, from the translation files. */
export const levelLabel = (t: TFunction, level: string) => t(`levels.${level}`, { defaultValue: level });
export const statusLabel = (t: TFunction, status: string) => t(`statuses.${status}`, { defaultValue: status });
export const specialtyLabel = (t: TFunction, specialty: string) => t(`specialties.${specialty}`, { defaultValue: specialty });
export const evidenceLabel = (t: TFunction, kind: string) => t(`evidence.${kind}`, { defaultValue: kind });

export const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  in_review: 'processing',
  reviewed: 'processing',
  public_notice: 'cyan',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  revoked: 'error',
};
