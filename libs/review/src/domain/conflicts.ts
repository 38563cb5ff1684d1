import { creditCodeKey, employerNameKey, personNameKey } from './names';
import type { PartyType, RelationKind } from './relations';

/** Stable codes of the reasons a reviewer may not review an application; part of the API contract. */
export const CONFLICT_CODES = {
  sameEmployerCreditCode: 'SAME_EMPLOYER_CREDIT_CODE',
  sameEmployerName: 'SAME_EMPLOYER_NAME',
  declaredRelation: 'DECLARED_RELATION',
  reviewerIsApplicant: 'REVIEWER_IS_APPLICANT',
} as const;

/** How a declared relation matched the application. */
export type RelationMatch = 'user' | 'person_name' | 'employer_credit_code' | 'employer_name';

export type ConflictReason =
  | { code: 'SAME_EMPLOYER_CREDIT_CODE' }
  | { code: 'SAME_EMPLOYER_NAME' }
  | { code: 'DECLARED_RELATION'; kind: RelationKind; relationId: string; matchedBy: RelationMatch }
  | { code: 'REVIEWER_IS_APPLICANT' };

export interface ConflictResult {
  conflict: boolean;
  reasons: ConflictReason[];
}

/** A declared relation as the function needs it: the other party is named by exactly one party type. */
export interface RelationFacts {
  id: string;
  kind: RelationKind;
  partyType: PartyType;
  partyUserId?: string | null;
  partyName?: string | null;
  partyEmployerName?: string | null;
  partyEmployerCreditCode?: string | null;
}

export interface ReviewerFacts {
  userId: string;
  employerName?: string | null;
  employerCreditCode?: string | null;
  relations: RelationFacts[];
}

export interface ApplicationFacts {
  /** Carried through to set-based results; not used for matching. */
  applicationId?: string;
  applicantId: string;
  applicantName?: string | null;
  employerName?: string | null;
  employerCreditCode?: string | null;
}

interface PreparedRelation {
  id: string;
  kind: RelationKind;
  userId: string;
  nameKey: string;
  employerNameKey: string;
  creditCode: string;
}

/** A reviewer with every name already turned into its key, for checking against many applications. */
export interface PreparedReviewer {
  userId: string;
  employerNameKey: string;
  creditCode: string;
  relations: PreparedRelation[];
}

export interface PreparedApplication {
  applicationId?: string;
  applicantId: string;
  nameKey: string;
  employerNameKey: string;
  creditCode: string;
}

export function prepareReviewer(reviewer: ReviewerFacts): PreparedReviewer {
  return {
    userId: reviewer.userId,
    employerNameKey: employerNameKey(reviewer.employerName),
    creditCode: creditCodeKey(reviewer.employerCreditCode),
    // Only the fields of the relation's own party type count, whatever else a row carries.
    relations: reviewer.relations.map((r) => ({
      id: r.id,
      kind: r.kind,
      userId: r.partyType === 'user' ? (r.partyUserId ?? '') : '',
      nameKey: r.partyType === 'person' ? personNameKey(r.partyName) : '',
      employerNameKey: r.partyType === 'employer' ? employerNameKey(r.partyEmployerName) : '',
      creditCode: r.partyType === 'employer' ? creditCodeKey(r.partyEmployerCreditCode) : '',
    })),
  };
}

export function prepareApplication(application: ApplicationFacts): PreparedApplication {
  return {
    applicationId: application.applicationId,
    applicantId: application.applicantId,
    nameKey: personNameKey(application.applicantName),
    employerNameKey: employerNameKey(application.employerName),
    creditCode: creditCodeKey(application.employerCreditCode),
  };
}

/** Equal and known: an empty key (nothing to compare) never matches. */
const same = (a: string, b: string) => a !== '' && a === b;

function relationMatch(relation: PreparedRelation, application: PreparedApplication): RelationMatch | null {
  if (same(relation.userId, application.applicantId)) return 'user';
  if (same(relation.nameKey, application.nameKey)) return 'person_name';
  if (same(relation.creditCode, application.creditCode)) return 'employer_credit_code';
  if (same(relation.employerNameKey, application.employerNameKey)) return 'employer_name';
  return null;
}

/** Every reason the prepared reviewer may not review the prepared application; none means no conflict. */
export function conflictReasons(reviewer: PreparedReviewer, application: PreparedApplication): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  if (same(reviewer.userId, application.applicantId)) reasons.push({ code: CONFLICT_CODES.reviewerIsApplicant });
  if (same(reviewer.creditCode, application.creditCode)) reasons.push({ code: CONFLICT_CODES.sameEmployerCreditCode });
  if (same(reviewer.employerNameKey, application.employerNameKey)) reasons.push({ code: CONFLICT_CODES.sameEmployerName });
  for (const relation of reviewer.relations) {
    const matchedBy = relationMatch(relation, application);
    if (matchedBy) reasons.push({ code: CONFLICT_CODES.declaredRelation, kind: relation.kind, relationId: relation.id, matchedBy });
  }
  return reasons;
}

/**
 * Whether a reviewer (their employer and declared relations) conflicts with an application
 * (domain.md §8): the reviewer is the applicant; same employer by credit code or by
 * normalised name; a declared relation naming the applicant (user id or name) or their employer.
 */
export function findConflicts(reviewer: ReviewerFacts, application: ApplicationFacts): ConflictResult {
  const reasons = conflictReasons(prepareReviewer(reviewer), prepareApplication(application));
  return { conflict: reasons.length > 0, reasons };
}
