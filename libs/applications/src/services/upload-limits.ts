import { DEFAULT_EVIDENCE_RULES, EvidenceRules } from '../domain';

/** Whatever a cycle lists, only these are ever accepted (domain.md §5): inert formats a browser will not run. */
export const SAFE_EVIDENCE_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];

export interface UploadLimits {
  maxFileBytes: number;
  maxTotalBytes: number;
  acceptedMediaTypes: string[];
}

/** A cycle's limits, falling back to the defaults for anything missing or nonsensical. */
export function uploadLimits(rules: Partial<EvidenceRules> | null | undefined): UploadLimits {
  const positive = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : fallback);
  const listed = Array.isArray(rules?.acceptedMediaTypes) && rules.acceptedMediaTypes.length ? rules.acceptedMediaTypes : DEFAULT_EVIDENCE_RULES.acceptedMediaTypes;
  return {
    maxFileBytes: positive(rules?.maxFileBytes, DEFAULT_EVIDENCE_RULES.maxFileBytes),
    maxTotalBytes: positive(rules?.maxTotalBytes, DEFAULT_EVIDENCE_RULES.maxTotalBytes),
    acceptedMediaTypes: listed.filter((t) => SAFE_EVIDENCE_TYPES.includes(t)),
  };
}
