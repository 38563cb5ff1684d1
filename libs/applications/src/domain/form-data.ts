/**
 * The application form's core sections (domain.md §5). An admin may add fields to a form
 * version, so stored data can carry more than these types describe; the eligibility
 * rules and domain checks read only what is declared here.
 *
 * All dates are civil dates as 'YYYY-MM-DD' strings.
 */

import type { TitleLevel } from '@app/common';
export { TITLE_LEVELS, type TitleLevel } from '@app/common';

export const DOCUMENT_TYPES = ['resident_id', 'passport', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export const EMPLOYER_TYPES = [
  'enterprise_state_owned',
  'enterprise_private',
  'enterprise_foreign_invested',
  'public_institution',
  'government',
  'social_organization',
  'other',
] as const;
export type EmployerType = (typeof EMPLOYER_TYPES)[number];

export const EDUCATION_LEVELS = ['doctorate', 'master', 'bachelor', 'associate', 'vocational'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const PROJECT_ROLES = ['lead', 'core', 'member'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const PROJECT_SCALES = ['national', 'provincial', 'municipal', 'enterprise'] as const;
export type ProjectScale = (typeof PROJECT_SCALES)[number];

export const APPRAISAL_LEVELS = ['national', 'provincial', 'municipal'] as const;
export type AppraisalLevel = (typeof APPRAISAL_LEVELS)[number];

export const AWARD_LEVELS = ['national', 'provincial', 'municipal', 'industry'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const PATENT_KINDS = ['design', 'utility', 'invention'] as const;
export type PatentKind = (typeof PATENT_KINDS)[number];

export interface IdentitySection {
  fullName: string;
  documentType: DocumentType;
  documentNumber: string;
  gender: Gender;
  birthDate: string;
  mobile: string;
  email: string;
}

export interface EmployerSection {
  name: string;
  /** Unified social credit code, stored upper-cased. */
  creditCode: string;
  /** 6-digit GB/T 2260 code of the employer's city or county; its first two digits are the province. */
  regionCode: string;
  type: EmployerType;
}

export interface EducationSection {
  level: EducationLevel;
  school: string;
  major: string;
  graduationDate: string;
}

export interface CurrentTitle {
  level: TitleLevel;
  /** The specialty or title series the title was granted in, free text. */
  series: string;
  obtainedOn: string;
  certificateNumber: string;
}

export interface WorkPeriod {
  employer: string;
  position: string;
  start: string;
  /** Absent while the period is ongoing. */
  end?: string;
}

export interface DesignProject {
  name: string;
  role: ProjectRole;
  scale: ProjectScale;
  keyProject: boolean;
  start: string;
  end?: string;
}

export interface AnnualSales {
  year: number;
  amount: number;
}

export interface Product {
  name: string;
  marketedOn: string;
  /**
   * The applicant's design role on the product. Not in the brief's field list, but the
   * "design lead with annual sales" achievement cannot be judged without it.
   */
  role?: ProjectRole;
  appraisedLevel?: AppraisalLevel;
  annualSalesYuan?: AnnualSales[];
}

export interface Award {
  name: string;
  level: AwardLevel;
  year: number;
}

export interface Patent {
  kind: PatentKind;
  number: string;
  title: string;
}

export interface Publication {
  title: string;
  year: number;
}

export interface AchievementsSection {
  projects: DesignProject[];
  products: Product[];
  awards: Award[];
  patents: Patent[];
  publications: Publication[];
}

export interface ContinuingEducationYear {
  year: number;
  totalHours: number;
  professionalHours: number;
}

export interface Recommender {
  name: string;
  titleLevel: TitleLevel;
  employer: string;
}

export interface ApplicationFormData {
  identity: IdentitySection;
  employer: EmployerSection;
  education: EducationSection;
  currentTitle?: CurrentTitle;
  workHistory: WorkPeriod[];
  achievements: AchievementsSection;
  continuingEducation: ContinuingEducationYear[];
  /** Only for the exceptional route (破格): the experts recommending the applicant. */
  recommenders?: Recommender[];
}

/** What a draft may hold: any part may be missing while the applicant fills in. */
export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type DraftFormData = DeepPartial<ApplicationFormData>;
