/**
 * The portal's vocabulary of title levels and specialties (domain.md §3), written once.
 * It sits in @app/common rather than in the applications library because the
 * notification templates print it too, and libs/notifications imports no domain library;
 * @app/applications re-exports it as part of its domain.
 */

/** Both portal languages, as every user-facing domain text carries them. */
export interface VocabularyText {
  readonly 'zh-CN': string;
  readonly en: string;
}

export interface TitleLevelDefinition {
  /** The title awarded: 助理工业设计师 / Assistant Industrial Designer. */
  readonly title: VocabularyText;
  /** The grade as certificates print it beside the title: 助理级 / Junior. */
  readonly grade: VocabularyText;
  /** The grade inside running English text ("holding an assistant title"); zh-CN uses `grade`. */
  readonly gradeInSentence: string;
  /** One digit inside certificate numbers; numbers stay all digits, easy to read out. */
  readonly certificateDigit: string;
  /** Level code inside reference numbers: 2026-ID-INT-000123. */
  readonly referenceCode: string;
}

/** Ladder order, junior first: ranks and "at least this level" checks read this order. */
export const TITLE_LEVELS = ['assistant', 'intermediate', 'associate_senior', 'full_senior'] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];

export const TITLE_LEVEL_DEFINITIONS: Readonly<Record<TitleLevel, TitleLevelDefinition>> = {
  assistant: {
    title: { 'zh-CN': '助理工业设计师', en: 'Assistant Industrial Designer' },
    grade: { 'zh-CN': '助理级', en: 'Junior' },
    gradeInSentence: 'assistant',
    certificateDigit: '1',
    referenceCode: 'AST',
  },
  intermediate: {
    title: { 'zh-CN': '工业设计师', en: 'Industrial Designer' },
    grade: { 'zh-CN': '中级', en: 'Intermediate' },
    gradeInSentence: 'intermediate',
    certificateDigit: '2',
    referenceCode: 'INT',
  },
  associate_senior: {
    title: { 'zh-CN': '高级工业设计师', en: 'Senior Industrial Designer' },
    grade: { 'zh-CN': '副高级', en: 'Associate senior' },
    gradeInSentence: 'associate senior',
    certificateDigit: '3',
    referenceCode: 'SEN',
  },
  full_senior: {
    title: { 'zh-CN': '正高级工业设计师', en: 'Professor-level Senior Industrial Designer' },
    grade: { 'zh-CN': '正高级', en: 'Full senior' },
    gradeInSentence: 'full senior',
    certificateDigit: '4',
    referenceCode: 'PRO',
  },
};

export function isTitleLevel(value: unknown): value is TitleLevel {
  return typeof value === 'string' && (TITLE_LEVELS as readonly string[]).includes(value);
}

/** The definition of a stored level, or undefined for a key the portal does not know. */
export function titleLevelDefinition(level: string): TitleLevelDefinition | undefined {
  return isTitleLevel(level) ? TITLE_LEVEL_DEFINITIONS[level] : undefined;
}

/**
 * Default labels of the specialties the portal ships with. The live list is each cycle's
 * `specialties` (domain.md §3: configurable); a key without a default label shows as stored.
 */
export const DEFAULT_SPECIALTY_LABELS: Readonly<Record<string, VocabularyText>> = {
  product_design: { 'zh-CN': '产品设计', en: 'Product design' },
  experience_design: { 'zh-CN': '体验设计', en: 'Experience (interaction) design' },
  visual_communication: { 'zh-CN': '视觉传达', en: 'Visual communication' },
};

/** A specialty's label in both languages: the default one, or the key as stored. */
export function specialtyLabel(key: string): VocabularyText {
  return Object.prototype.hasOwnProperty.call(DEFAULT_SPECIALTY_LABELS, key) ? DEFAULT_SPECIALTY_LABELS[key] : { 'zh-CN': key, en: key };
}
