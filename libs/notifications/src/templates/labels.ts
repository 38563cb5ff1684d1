/**
 * Localised labels for the enumerations that appear in messages. Senders put the
 * stable key into the variables (`level: 'associate_senior'`); the template writes
 * `{{level|level}}` and each recipient reads it in their own language.
 */
import { DEFAULT_SPECIALTY_LABELS, TITLE_LEVEL_DEFINITIONS, TITLE_LEVELS } from '@app/common';

export const TEMPLATE_LOCALES = ['zh-CN', 'en'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];

type Localised = Readonly<Record<TemplateLocale, string>>;

interface LabelSet {
  /**
   * Closed sets reject an unknown key (a typo would otherwise show the raw key to
   * the person). Open sets, like the admin-configurable specialties, fall back to
   * the value as given so a newly added specialty still renders.
   */
  readonly closed: boolean;
  readonly labels: Readonly<Record<string, Localised>>;
}

export const LABEL_SETS: Readonly<Record<string, LabelSet>> = {
  level: {
    closed: true,
    labels: Object.fromEntries(TITLE_LEVELS.map((level) => [level, TITLE_LEVEL_DEFINITIONS[level].title])),
  },
  specialty: {
    closed: false,
    labels: DEFAULT_SPECIALTY_LABELS,
  },
  role: {
    closed: true,
    labels: {
      applicant: { 'zh-CN': '申报人', en: 'Applicant' },
      reviewer: { 'zh-CN': '评审专家', en: 'Expert reviewer' },
      admin: { 'zh-CN': '评审办公室工作人员', en: 'Evaluation office staff' },
      unit_officer: { 'zh-CN': '推荐单位经办人', en: 'Recommending unit officer' },
      authority_officer: { 'zh-CN': '人力资源社会保障部门确认人员', en: 'Human resources bureau officer' },
    },
  },
  /** The stage at which a file was rejected (the `rejected` status records it). */
  stage: {
    closed: true,
    labels: {
      unit_recommendation: { 'zh-CN': '单位推荐', en: 'recommendation by the unit' },
      qualification_review: { 'zh-CN': '资格审查', en: 'qualification check' },
      correction_overdue: { 'zh-CN': '补正逾期', en: 'correction not made in time' },
      expert_review: { 'zh-CN': '专家评审', en: 'expert review' },
      committee_vote: { 'zh-CN': '评委会表决', en: 'committee vote' },
      public_notice: { 'zh-CN': '公示', en: 'public notice' },
    },
  },
  /** What a recommending unit did with a file, as the end of a sentence. */
  unitOutcome: {
    closed: true,
    labels: {
      recommended: { 'zh-CN': '已推荐', en: 'was recommended' },
      declined: { 'zh-CN': '不予推荐', en: 'was declined' },
      returned: { 'zh-CN': '已退回申报人修改', en: 'was returned to the applicant for correction' },
    },
  },
  appealOutcome: {
    closed: true,
    labels: {
      re_review: { 'zh-CN': '同意重新评审', en: 're-review granted' },
      upheld: { 'zh-CN': '维持原决定', en: 'original decision upheld' },
    },
  },
  /** What happens next after an appeal decision, as a full sentence. */
  appealOutcomeNext: {
    closed: true,
    labels: {
      re_review: {
        'zh-CN': '您的申报将重新进入专家评审，由新的评审专家进行评审，评审结果将另行通知。',
        en: 'Your application will go back to expert review with new reviewers, and we will let you know the result.',
      },
      upheld: {
        'zh-CN': '原决定维持不变，本次申诉程序已结束。',
        en: 'The original decision stands, and the appeal procedure is now closed.',
      },
    },
  },
};

/** The label, or `undefined` when a closed set does not know the key. */
export function label(setName: string, key: string, locale: TemplateLocale): string | undefined {
  const set = LABEL_SETS[setName];
  if (!set) throw new Error(`Unknown label set "${setName}"`);
  const found = Object.prototype.hasOwnProperty.call(set.labels, key) ? set.labels[key] : undefined;
  if (found) return found[locale];
  return set.closed ? undefined : key;
}
