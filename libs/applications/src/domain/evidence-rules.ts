import { TitleLevel } from './form-data';
import { type ApplicationStatus, EDITABLE_STATUSES } from './workflow/transitions';

export const EVIDENCE_KINDS = [
  'identity_document',
  'degree_certificate',
  'title_certificate',
  'employer_recommendation',
  'employer_internal_notice',
  'portfolio',
  'continuing_education_proof',
  'entrustment_letter',
  'expert_recommendation',
  // Uploaded to a rejected file for its appeal (domain.md §8): never required, never counted at submission.
  'appeal_evidence',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * The statuses in which the owner may add or remove evidence of a kind: the file's own
 * evidence while it can be (re)submitted, appeal evidence while it stands rejected.
 */
export function evidenceChangeableIn(kind: EvidenceKind): readonly ApplicationStatus[] {
  return kind === 'appeal_evidence' ? APPEAL_EVIDENCE_STATUSES : EDITABLE_STATUSES;
}
const APPEAL_EVIDENCE_STATUSES: readonly ApplicationStatus[] = ['rejected'];

export function isEvidenceKind(value: unknown): value is EvidenceKind {
  return typeof value === 'string' && (EVIDENCE_KINDS as readonly string[]).includes(value);
}

export interface EvidenceRequirement {
  kind: EvidenceKind;
  minCount: number;
  /**
   * 'if_current_title': only when the applicant states a current title (e.g. intermediate,
   * where the doctorate route needs none). Defaults to 'always'.
   */
  when?: 'always' | 'if_current_title';
}

export interface EvidenceRules {
  maxFileBytes: number;
  maxTotalBytes: number;
  /** Checked against the file's content (magic bytes), never its name or declared type. */
  acceptedMediaTypes: string[];
  required: Record<TitleLevel, EvidenceRequirement[]>;
  /** Extra evidence when the employer is outside the host province. */
  crossProvincial: EvidenceRequirement[];
  /** Extra evidence for the exceptional route (破格). */
  exceptional: EvidenceRequirement[];
}

const MB = 1024 * 1024;

const COMMON: EvidenceRequirement[] = [
  { kind: 'identity_document', minCount: 1 },
  { kind: 'degree_certificate', minCount: 1 },
  { kind: 'employer_recommendation', minCount: 1 },
  { kind: 'employer_internal_notice', minCount: 1 },
  { kind: 'portfolio', minCount: 1 },
  { kind: 'continuing_education_proof', minCount: 1 },
];

export const DEFAULT_EVIDENCE_RULES: EvidenceRules = {
  maxFileBytes: 20 * MB,
  maxTotalBytes: 200 * MB,
  acceptedMediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  required: {
    // No title is needed to apply for the first grade.
    assistant: [...COMMON],
    intermediate: [...COMMON, { kind: 'title_certificate', minCount: 1, when: 'if_current_title' }],
    // Every senior route counts years holding a lower title, so its certificate is always needed.
    associate_senior: [...COMMON, { kind: 'title_certificate', minCount: 1, when: 'always' }],
    full_senior: [...COMMON, { kind: 'title_certificate', minCount: 1, when: 'always' }],
  },
  crossProvincial: [{ kind: 'entrustment_letter', minCount: 1 }],
  exceptional: [{ kind: 'expert_recommendation', minCount: 2 }],
};

export interface EvidenceContext {
  level: TitleLevel;
  crossProvincial: boolean;
  exceptionalRoute: boolean;
  hasCurrentTitle: boolean;
}

export interface RequiredEvidence {
  kind: EvidenceKind;
  minCount: number;
}

/** The evidence an application must carry; a kind listed twice keeps its highest count. */
export function requiredEvidence(rules: EvidenceRules, ctx: EvidenceContext): RequiredEvidence[] {
  const candidates = [
    ...(rules.required[ctx.level] ?? []),
    ...(ctx.crossProvincial ? rules.crossProvincial : []),
    ...(ctx.exceptionalRoute ? rules.exceptional : []),
  ];
  const byKind = new Map<EvidenceKind, number>();
  for (const req of candidates) {
    if ((req.when ?? 'always') === 'if_current_title' && !ctx.hasCurrentTitle) continue;
    if (req.minCount <= 0) continue;
    byKind.set(req.kind, Math.max(byKind.get(req.kind) ?? 0, req.minCount));
  }
  return [...byKind].map(([kind, minCount]) => ({ kind, minCount }));
}

export interface MissingEvidence {
  kind: EvidenceKind;
  needed: number;
  present: number;
}

/** What is still short, given the kinds of the attachments present (one entry per file). */
export function missingEvidence(required: RequiredEvidence[], presentKinds: string[]): MissingEvidence[] {
  const counts = new Map<string, number>();
  for (const kind of presentKinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return required
    .map((req) => ({ kind: req.kind, needed: req.minCount, present: counts.get(req.kind) ?? 0 }))
    .filter((m) => m.present < m.needed);
}

/**
 * The media type of a file from its first bytes, or null when it is none of the accepted
 * ones. Names and client-declared types are attacker-controlled, the content is not.
 */
export function detectMediaType(head: Uint8Array): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  const starts = (sig: number[]) => head.length >= sig.length && sig.every((b, i) => head[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

export type UploadCheck = { ok: true } | { ok: false; reason: 'FILE_TOO_LARGE' | 'TOTAL_TOO_LARGE' | 'FILE_EMPTY' };

/** Size limits for one more upload on top of what the application already holds. */
export function checkUploadSize(rules: EvidenceRules, fileBytes: number, existingTotalBytes: number): UploadCheck {
  if (fileBytes <= 0) return { ok: false, reason: 'FILE_EMPTY' };
  if (fileBytes > rules.maxFileBytes) return { ok: false, reason: 'FILE_TOO_LARGE' };
  if (existingTotalBytes + fileBytes > rules.maxTotalBytes) return { ok: false, reason: 'TOTAL_TOO_LARGE' };
  return { ok: true };
}
