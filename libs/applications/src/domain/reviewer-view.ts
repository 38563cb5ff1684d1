import type { EvidenceKind } from './evidence-rules';

/** Evidence an expert never sees: it proves who the applicant is, not their work (domain.md §10). */
export const REVIEWER_HIDDEN_EVIDENCE: readonly EvidenceKind[] = ['identity_document'];

/** Of the identity section, what a reviewer sees: the name, to recognise a conflict of interest. An allow-list, so a field added later stays hidden. */
const REVIEWER_IDENTITY_FIELDS = ['fullName'] as const;

/** Whether a reviewer may list and download evidence of this kind. */
export function isEvidenceShownToReviewers(kind: string): boolean {
  return !(REVIEWER_HIDDEN_EVIDENCE as readonly string[]).includes(kind);
}

/**
 * The form data as a reviewer reads it: every section scoring needs as it stands, the identity
 * section cut down to the name (no identity number, birth date, gender, phone or e-mail).
 */
export function reviewerFormData(data: Record<string, unknown>): Record<string, unknown> {
  const identity = data.identity;
  if (identity === undefined) return { ...data };
  const source = identity !== null && typeof identity === 'object' && !Array.isArray(identity) ? (identity as Record<string, unknown>) : {};
  const kept = Object.fromEntries(REVIEWER_IDENTITY_FIELDS.filter((key) => key in source).map((key) => [key, source[key]]));
  return { ...data, identity: kept };
}
