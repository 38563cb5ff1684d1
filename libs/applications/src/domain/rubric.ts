import { schemaChecker } from './schema-problems';

/**
 * A review rubric (domain.md §8): what a cycle's reviewers score. Its type and schema live with
 * the cycle, which stores its own rubric when the office edits one; libs/review scores with it.
 */
export interface RubricCriterion {
  key: string;
  nameZh: string;
  nameEn: string;
  /** Highest score, in whole points (the lowest is 0). */
  maxPoints: number;
  descriptionZh: string;
  descriptionEn: string;
}

export interface Rubric {
  version: string;
  criteria: readonly RubricCriterion[];
}

const text = (maxLength: number, minLength = 0) => ({ type: 'string', minLength, maxLength });

const RUBRIC_SCHEMA_OBJECT = {
  type: 'object',
  required: ['version', 'criteria'],
  additionalProperties: false,
  properties: {
    // Stored on every review scored with it (review_assignments.rubric_version, varchar 64).
    version: { type: 'string', pattern: '^[a-z0-9][a-z0-9_.-]{0,63}$' },
    criteria: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: {
        type: 'object',
        required: ['key', 'nameZh', 'nameEn', 'maxPoints', 'descriptionZh', 'descriptionEn'],
        additionalProperties: false,
        properties: {
          key: { type: 'string', pattern: '^[a-z][a-z0-9_]{0,63}$' },
          nameZh: text(100, 1),
          nameEn: text(100, 1),
          maxPoints: { type: 'integer', minimum: 1, maximum: 100 },
          descriptionZh: text(500),
          descriptionEn: text(500),
        },
      },
    },
  },
};

/** The rubric's JSON Schema (the object Ajv compiles and the API serves). */
export const RUBRIC_SCHEMA: Readonly<Record<string, unknown>> = RUBRIC_SCHEMA_OBJECT;

const shapeProblems = schemaChecker(RUBRIC_SCHEMA_OBJECT, 'RUBRIC_INVALID', 'rubric');

/** Problems of a rubric: its shape, then criteria keys used twice (a score is stored by key). */
export function rubricProblems(rubric: unknown, root = 'rubric') {
  const problems = shapeProblems(rubric, root);
  if (problems.length) return problems;
  const seen = new Set<string>();
  (rubric as Rubric).criteria.forEach((c, i) => {
    if (seen.has(c.key)) problems.push({ path: `${root}.criteria.${i}.key`, code: 'RUBRIC_KEY_TAKEN', message: `${root}.criteria.${i}.key "${c.key}" is used twice` });
    seen.add(c.key);
  });
  return problems;
}
