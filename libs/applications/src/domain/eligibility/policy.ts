import { AppraisalLevel, AwardLevel, EducationLevel, PatentKind, ProjectRole, ProjectScale, TitleLevel } from '../form-data';

/**
 * Eligibility rules as data (domain.md §6). The portal stores a policy per cycle, seeds it
 * from DEFAULT_ELIGIBILITY_POLICY and lets an admin edit it, so nothing in the evaluator
 * hard-codes a figure; everything here must stay JSON-serialisable.
 */

/** What experience a route asks for on top of the education level. */
export type ExperienceRequirement =
  | { kind: 'none' }
  /** Years of work in the work history after the graduation date (all listed work counts as relevant). */
  | { kind: 'work_since_graduation'; years: number }
  /** Years since the current title of exactly this level was obtained. */
  | { kind: 'holding_title'; titleLevel: TitleLevel; years: number };

export interface EligibilityRoute {
  /** Stable key, e.g. bachelor_4y_assistant; reported with the result. */
  key: string;
  /** Highest education levels that qualify for this route. */
  education: EducationLevel[];
  experience: ExperienceRequirement;
}

export interface ContinuingEducationRule {
  minHoursPerYear: number;
  /** Share of each counted year's hours that must be professional subjects, as a fraction to avoid 0.666… rounding. */
  minProfessionalShare: { numerator: number; denominator: number };
  /** How many full calendar years before the count date count (the last N). */
  countedYears: number;
  /**
   * Skip counted years up to and including the graduation year: a fresh graduate on the
   * "master" assistant route cannot have a training record for years spent studying.
   */
  excludeYearsUntilGraduation: boolean;
}

export type AchievementRule =
  | {
      key: string;
      kind: 'key_projects';
      roles: ProjectRole[];
      scales: ProjectScale[];
      /** Count only projects marked as key (重点) projects. */
      keyProjectsOnly: boolean;
      minCount: number;
    }
  | { key: string; kind: 'appraised_products'; levels: AppraisalLevel[]; minCount: number }
  | {
      key: string;
      kind: 'product_sales';
      /** The applicant's design role on the product. */
      roles: ProjectRole[];
      /** A year counts when the summed sales of those products reach this in that calendar year. */
      minAnnualYuan: number;
      minYears: number;
    }
  | { key: string; kind: 'awards'; levels: AwardLevel[]; minCount: number }
  | { key: string; kind: 'patents'; kinds: PatentKind[]; minCount: number };

export interface LevelPolicy {
  /** Any one route suffices. */
  routes: EligibilityRoute[];
  /** At least one of these must be met; absent or empty means no achievement rule for the level. */
  achievements?: AchievementRule[];
}

export interface ExceptionalRoutePolicy {
  minRecommenders: number;
  recommenderTitleLevel: TitleLevel;
}

export interface EligibilityPolicy {
  /** A level missing here is not offered under this policy. */
  levels: Partial<Record<TitleLevel, LevelPolicy>>;
  /** null switches the continuing-education rule off. */
  continuingEducation: ContinuingEducationRule | null;
  exceptionalRoute: ExceptionalRoutePolicy;
}

const SENIOR_ACHIEVEMENTS: AchievementRule[] = [
  {
    key: 'lead_provincial_key_project',
    kind: 'key_projects',
    roles: ['lead'],
    scales: ['national', 'provincial'],
    keyProjectsOnly: true,
    minCount: 1,
  },
  {
    key: 'lead_two_municipal_key_projects',
    kind: 'key_projects',
    roles: ['lead'],
    scales: ['national', 'provincial', 'municipal'],
    keyProjectsOnly: true,
    minCount: 2,
  },
  { key: 'five_products_appraised_provincial', kind: 'appraised_products', levels: ['national', 'provincial'], minCount: 5 },
  { key: 'lead_product_sales_ten_million', kind: 'product_sales', roles: ['lead'], minAnnualYuan: 10_000_000, minYears: 3 },
  { key: 'national_award', kind: 'awards', levels: ['national'], minCount: 1 },
];

export const DEFAULT_ELIGIBILITY_POLICY: EligibilityPolicy = {
  levels: {
    assistant: {
      routes: [
        { key: 'postgraduate', education: ['master', 'doctorate'], experience: { kind: 'none' } },
        { key: 'bachelor_1y_work', education: ['bachelor'], experience: { kind: 'work_since_graduation', years: 1 } },
        { key: 'associate_3y_work', education: ['associate'], experience: { kind: 'work_since_graduation', years: 3 } },
        { key: 'vocational_5y_work', education: ['vocational'], experience: { kind: 'work_since_graduation', years: 5 } },
      ],
    },
    intermediate: {
      routes: [
        { key: 'doctorate', education: ['doctorate'], experience: { kind: 'none' } },
        { key: 'master_2y_assistant', education: ['master'], experience: { kind: 'holding_title', titleLevel: 'assistant', years: 2 } },
        {
          key: 'bachelor_associate_4y_assistant',
          education: ['bachelor', 'associate'],
          experience: { kind: 'holding_title', titleLevel: 'assistant', years: 4 },
        },
      ],
    },
    associate_senior: {
      routes: [
        {
          key: 'doctorate_2y_intermediate',
          education: ['doctorate'],
          experience: { kind: 'holding_title', titleLevel: 'intermediate', years: 2 },
        },
        {
          key: 'master_bachelor_5y_intermediate',
          education: ['master', 'bachelor'],
          experience: { kind: 'holding_title', titleLevel: 'intermediate', years: 5 },
        },
      ],
      achievements: SENIOR_ACHIEVEMENTS,
    },
    full_senior: {
      routes: [
        {
          key: 'bachelor_or_above_5y_associate_senior',
          education: ['doctorate', 'master', 'bachelor'],
          experience: { kind: 'holding_title', titleLevel: 'associate_senior', years: 5 },
        },
      ],
      achievements: SENIOR_ACHIEVEMENTS,
    },
  },
  continuingEducation: {
    minHoursPerYear: 90,
    minProfessionalShare: { numerator: 2, denominator: 3 },
    countedYears: 3,
    excludeYearsUntilGraduation: true,
  },
  exceptionalRoute: { minRecommenders: 2, recommenderTitleLevel: 'full_senior' },
};
