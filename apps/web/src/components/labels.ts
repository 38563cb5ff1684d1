import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';
import type en from '../i18n/en.json';
import type zhCN from '../i18n/zh-CN.json';
import { localized } from '../i18n';

/** The API's unions, from the generated OpenAPI schema (never typed by hand). */
export type ApplicationStatus = Schemas['ApplicationDto']['status'];
export type TitleLevel = Schemas['ApplicationDto']['level'];

/** True when `Labels` has exactly the keys of the union `Keys`: no status or level without a label, no stale label. */
type LabelsEvery<Keys extends string, Labels> = [Keys] extends [keyof Labels] ? ([keyof Labels] extends [Keys] ? true : false) : false;
// The compiler refuses these lines when a translation file misses a status or level of the API, or keeps a removed one.
const statusesLabelled: LabelsEvery<ApplicationStatus, typeof en.statuses> & LabelsEvery<ApplicationStatus, typeof zhCN.statuses> = true;
const levelsLabelled: LabelsEvery<TitleLevel, typeof en.levels> & LabelsEvery<TitleLevel, typeof zhCN.levels> = true;
void statusesLabelled;
void levelsLabelled;

/** Display names of the domain's enumerations, from the translation files. */
export const levelLabel = (t: TFunction, level: string) => t(`levels.${level}`, { defaultValue: level });
export const statusLabel = (t: TFunction, status: string) => t(`statuses.${status}`, { defaultValue: status });
/**
 * A specialty's label where only its key is at hand (a file, a list row): the translation
 * files' copy of the API's default labels; a key they lack shows as stored. Where a cycle is at
 * hand, its `specialtyLabels` (the API's labels) are shown instead: see specialtyOptions.
 */
export const specialtyLabel = (t: TFunction, specialty: string) => t(`specialties.${specialty}`, { defaultValue: specialty });

/**
 * Select options for the specialties the given cycles are configured with (domain.md §3: the
 * list is the cycles'), labelled as the API labels them, then any default the cycles lack.
 */
export function specialtyOptions(t: TFunction, cycles: readonly { specialtyLabels: Schemas['SpecialtyDto'][] }[], withDefaults = false): { value: string; label: string }[] {
  const options = new Map<string, string>();
  for (const s of cycles.flatMap((c) => c.specialtyLabels)) if (!options.has(s.key)) options.set(s.key, localized(s.label));
  if (withDefaults) for (const key of Object.keys(t('specialties', { returnObjects: true }))) if (!options.has(key)) options.set(key, specialtyLabel(t, key));
  return [...options].map(([value, label]) => ({ value, label }));
}
export const evidenceLabel = (t: TFunction, kind: string) => t(`evidence.${kind}`, { defaultValue: kind });

/** Every status in workflow order with its tag colour; the type refuses a missing or unknown status. */
export const STATUS_COLORS: Readonly<Record<ApplicationStatus, string>> = {
  draft: 'default',
  with_unit: 'processing',
  submitted: 'processing',
  returned: 'warning',
  in_review: 'processing',
  reviewed: 'processing',
  // antd's cyan tag fails WCAG AA contrast (axe); geekblue passes.
  public_notice: 'geekblue',
  awaiting_confirmation: 'purple',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  revoked: 'error',
};
export const STATUSES = Object.keys(STATUS_COLORS) as ApplicationStatus[];

/** The levels, junior first; the type refuses a missing or unknown level. */
const LEVEL_RANKS: Readonly<Record<TitleLevel, number>> = { assistant: 0, intermediate: 1, associate_senior: 2, full_senior: 3 };
export const LEVELS = (Object.keys(LEVEL_RANKS) as TitleLevel[]).sort((a, b) => LEVEL_RANKS[a] - LEVEL_RANKS[b]);
