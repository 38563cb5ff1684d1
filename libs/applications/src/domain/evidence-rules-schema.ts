import { TITLE_LEVELS } from './form-data';
import { EVIDENCE_KINDS } from './evidence-rules';
import { schemaChecker } from './schema-problems';

/**
 * The shape of a cycle's EvidenceRules (evidence-rules.ts) as JSON Schema: checked when the
 * cycle is saved, and served to the back office (GET cycles/settings-schemas) whose evidence
 * form is generated from it. Appeal evidence is never required, so it is not a kind listed here.
 */
const requirements = {
  type: 'array',
  maxItems: 20,
  items: {
    type: 'object',
    required: ['kind', 'minCount'],
    additionalProperties: false,
    properties: {
      kind: { enum: EVIDENCE_KINDS.filter((k) => k !== 'appeal_evidence') },
      minCount: { type: 'integer', minimum: 0, maximum: 100 },
      when: { enum: ['always', 'if_current_title'] },
    },
  },
};
const bytes = { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER };

const EVIDENCE_RULES_SCHEMA_OBJECT = {
  type: 'object',
  required: ['maxFileBytes', 'maxTotalBytes', 'acceptedMediaTypes', 'required', 'crossProvincial', 'exceptional'],
  additionalProperties: false,
  properties: {
    maxFileBytes: bytes,
    maxTotalBytes: bytes,
    // Only what the upload check can recognise by content (detectMediaType).
    acceptedMediaTypes: { type: 'array', items: { enum: ['application/pdf', 'image/jpeg', 'image/png'] }, minItems: 1, uniqueItems: true },
    required: { type: 'object', additionalProperties: false, properties: Object.fromEntries(TITLE_LEVELS.map((level) => [level, requirements])) },
    crossProvincial: requirements,
    exceptional: requirements,
  },
};

/** The evidence rules' JSON Schema (the object Ajv compiles and the API serves). */
export const EVIDENCE_RULES_SCHEMA: Readonly<Record<string, unknown>> = EVIDENCE_RULES_SCHEMA_OBJECT;

/** Problems of a cycle's evidence rules' shape, paths like `evidenceRules.required.intermediate.0.minCount` (at most 20). */
export const evidenceRulesProblems = schemaChecker(EVIDENCE_RULES_SCHEMA_OBJECT, 'EVIDENCE_RULES_INVALID', 'evidenceRules');
