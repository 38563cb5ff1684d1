import { schemaChecker } from '../schema-problems';
import { APPRAISAL_LEVELS, AWARD_LEVELS, EDUCATION_LEVELS, PATENT_KINDS, PROJECT_ROLES, PROJECT_SCALES, TITLE_LEVELS } from '../form-data';

/**
 * The shape of an EligibilityPolicy (policy.ts) as JSON Schema. A cycle's policy is data an
 * admin sends; the evaluator trusts its shape, so a policy that does not fit would fail later,
 * on every eligibility check and submission of the cycle, as a 500. It is checked when the
 * cycle is saved instead, each problem named by its path. The same object is served to the
 * back office (GET cycles/settings-schemas), whose policy form is generated from it.
 */
const count = { type: 'integer', minimum: 0, maximum: 1000 };
const key = { type: 'string', pattern: '^[a-z0-9_]{1,64}$' };
const listOf = (values: readonly string[]) => ({ type: 'array', items: { enum: [...values] }, minItems: 1, uniqueItems: true });

const LEVEL_POLICY_SCHEMA = {
  type: 'object',
  required: ['routes'],
  additionalProperties: false,
  properties: {
    routes: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        required: ['key', 'education', 'experience'],
        additionalProperties: false,
        properties: {
          key,
          education: listOf(EDUCATION_LEVELS),
          experience: {
            type: 'object',
            discriminator: { propertyName: 'kind' },
            oneOf: [
              { type: 'object', required: ['kind'], additionalProperties: false, properties: { kind: { const: 'none' } } },
              { type: 'object', required: ['kind', 'years'], additionalProperties: false, properties: { kind: { const: 'work_since_graduation' }, years: count } },
              {
                type: 'object',
                required: ['kind', 'titleLevel', 'years'],
                additionalProperties: false,
                properties: { kind: { const: 'holding_title' }, titleLevel: { enum: [...TITLE_LEVELS] }, years: count },
              },
            ],
          },
        },
      },
    },
    achievements: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        // The kind picks the branch: its errors only, and a form shows one kind's fields.
        discriminator: { propertyName: 'kind' },
        oneOf: [
          {
            type: 'object',
            required: ['key', 'kind', 'roles', 'scales', 'keyProjectsOnly', 'minCount'],
            additionalProperties: false,
            properties: { key, kind: { const: 'key_projects' }, roles: listOf(PROJECT_ROLES), scales: listOf(PROJECT_SCALES), keyProjectsOnly: { type: 'boolean' }, minCount: count },
          },
          {
            type: 'object',
            required: ['key', 'kind', 'levels', 'minCount'],
            additionalProperties: false,
            properties: { key, kind: { const: 'appraised_products' }, levels: listOf(APPRAISAL_LEVELS), minCount: count },
          },
          {
            type: 'object',
            required: ['key', 'kind', 'roles', 'minAnnualYuan', 'minYears'],
            additionalProperties: false,
            properties: {
              key,
              kind: { const: 'product_sales' },
              roles: listOf(PROJECT_ROLES),
              minAnnualYuan: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
              minYears: count,
            },
          },
          {
            type: 'object',
            required: ['key', 'kind', 'levels', 'minCount'],
            additionalProperties: false,
            properties: { key, kind: { const: 'awards' }, levels: listOf(AWARD_LEVELS), minCount: count },
          },
          {
            type: 'object',
            required: ['key', 'kind', 'kinds', 'minCount'],
            additionalProperties: false,
            properties: { key, kind: { const: 'patents' }, kinds: listOf(PATENT_KINDS), minCount: count },
          },
        ],
      },
    },
  },
};

const ELIGIBILITY_POLICY_SCHEMA_OBJECT = {
  type: 'object',
  required: ['levels', 'continuingEducation', 'exceptionalRoute'],
  additionalProperties: false,
  properties: {
    // A property per level (not propertyNames): the same rule, and a form can show each level.
    levels: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(TITLE_LEVELS.map((level) => [level, LEVEL_POLICY_SCHEMA])),
    },
    continuingEducation: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['minHoursPerYear', 'minProfessionalShare', 'countedYears', 'excludeYearsUntilGraduation'],
          additionalProperties: false,
          properties: {
            minHoursPerYear: count,
            minProfessionalShare: {
              type: 'object',
              required: ['numerator', 'denominator'],
              additionalProperties: false,
              properties: { numerator: count, denominator: { type: 'integer', minimum: 1, maximum: 1000 } },
            },
            countedYears: { type: 'integer', minimum: 0, maximum: 50 },
            excludeYearsUntilGraduation: { type: 'boolean' },
          },
        },
      ],
    },
    exceptionalRoute: {
      type: 'object',
      required: ['minRecommenders', 'recommenderTitleLevel'],
      additionalProperties: false,
      properties: { minRecommenders: count, recommenderTitleLevel: { enum: [...TITLE_LEVELS] } },
    },
  },
};

/** The eligibility policy's JSON Schema (the object Ajv compiles and the API serves). */
export const ELIGIBILITY_POLICY_SCHEMA: Readonly<Record<string, unknown>> = ELIGIBILITY_POLICY_SCHEMA_OBJECT;

/** Problems of a policy's shape, paths like `eligibilityPolicy.levels.intermediate.routes.0.key` (at most 20). */
export const eligibilityPolicyProblems = schemaChecker(ELIGIBILITY_POLICY_SCHEMA_OBJECT, 'POLICY_INVALID', 'eligibilityPolicy');
