/**
 * Expert review scoring (domain.md §8): the rubric a cycle pins, the checks on a reviewer's
 * scores, and the aggregate of a file's totals. Scores are exact decimals with at most two
 * places, handled as integer hundredths: never floats.
 */
import type { FieldProblem } from '@app/common';
import type { Rubric } from '@app/applications';

// The rubric's type lives with the cycle, which stores its own rubric when the office edits one.
export type { Rubric, RubricCriterion } from '@app/applications';

/** The default rubric (domain.md §8), 100 points; the one a cycle without a rubricVersion uses. */
export const DEFAULT_RUBRIC: Rubric = {
  version: 'default-2026',
  criteria: [
    {
      key: 'professional_competence',
      nameZh: '专业能力',
      nameEn: 'Professional competence',
      maxPoints: 30,
      descriptionZh: '专业理论知识、设计方法与实践能力',
      descriptionEn: 'Professional knowledge, design methods and practical ability',
    },
    {
      key: 'design_achievements',
      nameZh: '设计业绩及其影响',
      nameEn: 'Design achievements and their impact',
      maxPoints: 40,
      descriptionZh: '代表性设计成果、获奖及其经济社会效益',
      descriptionEn: 'Representative design work, awards and their economic and social impact',
    },
    {
      key: 'academic_contributions',
      nameZh: '学术与技术贡献',
      nameEn: 'Academic and technical contributions',
      maxPoints: 20,
      descriptionZh: '论文、著作、专利、标准等',
      descriptionEn: 'Papers, books, patents, standards',
    },
    {
      key: 'continuing_development',
      nameZh: '继续发展',
      nameEn: 'Continuing development',
      maxPoints: 10,
      descriptionZh: '继续教育、培养人才与持续发展潜力',
      descriptionEn: 'Continuing education, mentoring and potential for further development',
    },
  ],
};

/** Every rubric the portal knows, by version. A cycle names one (rubricVersion); null means the default. */
export const RUBRICS: Readonly<Record<string, Rubric>> = { [DEFAULT_RUBRIC.version]: DEFAULT_RUBRIC };

/** The rubric of a version; null for a version nobody defined. */
export function rubricOf(version: string | null | undefined): Rubric | null {
  if (version == null) return DEFAULT_RUBRIC;
  return Object.prototype.hasOwnProperty.call(RUBRICS, version) ? RUBRICS[version] : null;
}

const SCORE = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/** A decimal string ("27.5", "30", "0.25") as integer hundredths; null if it is not one (negative, three decimals, exponent, not a string). */
export function toHundredths(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = SCORE.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Integer hundredths as a decimal string with two places ("71.92"). */
export function fromHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export interface ReviewInput {
  scores?: Record<string, unknown> | null;
  comment?: string | null;
  recommendation?: string | null;
}

/** Problems with the scores present: unknown criteria, not a decimal of at most 2 places, outside 0..max. */
function scoreProblems(rubric: Rubric, scores: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Map(rubric.criteria.map((c) => [c.key, c]));
  for (const [key, value] of Object.entries(scores)) {
    const criterion = known.get(key);
    const path = `scores.${key}`;
    if (!criterion) {
      problems.push({ path, code: 'UNKNOWN_CRITERION', message: `"${key}" is not a criterion of rubric ${rubric.version}` });
      continue;
    }
    const hundredths = toHundredths(value);
    if (hundredths === null) {
      problems.push({ path, code: 'SCORE_NOT_DECIMAL', message: `${key} must be a decimal string with at most 2 decimals, e.g. "27.5"` });
    } else if (hundredths > criterion.maxPoints * 100) {
      problems.push({ path, code: 'SCORE_OUT_OF_RANGE', message: `${key} must be between 0 and ${criterion.maxPoints}` });
    }
  }
  return problems;
}

/** What a draft may hold: any subset of the criteria, each valid. */
export function draftProblems(rubric: Rubric, input: ReviewInput): FieldProblem[] {
  return scoreProblems(rubric, input.scores ?? {});
}

/** What a submission needs: every criterion scored in range, a comment and a recommendation. */
export function submissionProblems(rubric: Rubric, review: ReviewInput): FieldProblem[] {
  const scores = review.scores ?? {};
  const problems = scoreProblems(rubric, scores);
  for (const c of rubric.criteria) {
    if (!Object.prototype.hasOwnProperty.call(scores, c.key)) {
      problems.push({ path: `scores.${c.key}`, code: 'SCORE_MISSING', message: `${c.key} has no score (0 to ${c.maxPoints})` });
    }
  }
  if (!review.comment || !review.comment.trim()) problems.push({ path: 'comment', code: 'COMMENT_MISSING', message: 'A submitted review needs a comment' });
  if (review.recommendation !== 'pass' && review.recommendation !== 'fail') {
    problems.push({ path: 'recommendation', code: 'RECOMMENDATION_MISSING', message: 'A submitted review recommends pass or fail' });
  }
  return problems;
}

/** The total of valid scores, as a decimal string. */
export function totalOf(scores: Record<string, string>): string {
  let sum = 0;
  for (const value of Object.values(scores)) {
    const h = toHundredths(value);
    if (h === null) throw new Error(`Not a score: ${value}`);
    sum += h;
  }
  return fromHundredths(sum);
}

/** Totals further apart than this (in points) flag the file for a closer look (domain.md §8). */
export const SPREAD_LIMIT_POINTS = 30;
/** From this many totals on, the single highest and single lowest are dropped. */
export const TRIM_FROM = 5;

export interface Aggregate {
  /** The average, rounded half up to 2 decimals, as a decimal string. */
  aggregate: string;
  /** max - min > SPREAD_LIMIT_POINTS, over every total (dropped ones included). */
  spreadFlag: boolean;
  /** max - min, as a decimal string. */
  spread: string;
  /** How many totals were averaged. */
  counted: number;
}

/**
 * The aggregate of a file's review totals: with 5 or more drop the single highest and single
 * lowest, then average; otherwise average. The average is exact in hundredths and rounded
 * half up to 2 decimals (71.91666… -> 71.92, 71.915 -> 71.92).
 */
export function aggregateTotals(totals: readonly string[]): Aggregate {
  if (totals.length === 0) throw new Error('No totals to aggregate');
  const values = totals.map((t) => {
    const h = toHundredths(t);
    if (h === null) throw new Error(`Not a total: ${t}`);
    return h;
  });
  const sorted = [...values].sort((a, b) => a - b);
  const counted = sorted.length >= TRIM_FROM ? sorted.slice(1, -1) : sorted;
  const sum = counted.reduce((s, v) => s + v, 0);
  const n = counted.length;
  // Round half up on non-negative integers: floor((2*sum + n) / (2*n)).
  const average = Math.floor((2 * sum + n) / (2 * n));
  const spread = sorted[sorted.length - 1] - sorted[0];
  return { aggregate: fromHundredths(average), spreadFlag: spread > SPREAD_LIMIT_POINTS * 100, spread: fromHundredths(spread), counted: n };
}
