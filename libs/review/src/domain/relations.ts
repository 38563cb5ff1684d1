/** The kinds of relation a reviewer declares (domain.md §8, conflicts of interest). */
export const RELATION_KINDS = ['teacher_student', 'coworker_3y', 'relative', 'coauthor', 'other'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Who the other party is: a portal user, a person by name, or an employer (name and/or credit code). */
export const PARTY_TYPES = ['user', 'person', 'employer'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export const isRelationKind = (value: unknown): value is RelationKind => typeof value === 'string' && (RELATION_KINDS as readonly string[]).includes(value);

/** A declared relation's other party as a request names it. */
export interface PartyInput {
  partyType: PartyType;
  userId?: string | null;
  personName?: string | null;
  employerName?: string | null;
  employerCreditCode?: string | null;
}

export interface PartyProblem {
  path: string;
  code: string;
  message: string;
}

const PARTY_FIELDS: Record<PartyType, (keyof PartyInput)[]> = {
  user: ['userId'],
  person: ['personName'],
  employer: ['employerName', 'employerCreditCode'],
};

const present = (value: unknown) => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/**
 * What is wrong with how a relation names its other party: exactly the fields of its party
 * type, and an employer needs a name or a credit code. Empty when it is fine.
 */
export function partyProblems(input: PartyInput): PartyProblem[] {
  const problems: PartyProblem[] = [];
  for (const [type, fields] of Object.entries(PARTY_FIELDS) as [PartyType, (keyof PartyInput)[]][]) {
    if (type === input.partyType) continue;
    for (const field of fields) {
      if (input[field] !== undefined && input[field] !== null) {
        problems.push({ path: field, code: 'FIELD_NOT_FOR_PARTY_TYPE', message: `${field} does not apply to a party of type ${input.partyType}` });
      }
    }
  }
  if (input.partyType === 'user' && !present(input.userId)) problems.push({ path: 'userId', code: 'FIELD_REQUIRED', message: 'userId is required for a party of type user' });
  if (input.partyType === 'person' && !present(input.personName)) problems.push({ path: 'personName', code: 'FIELD_REQUIRED', message: 'personName is required for a party of type person' });
  if (input.partyType === 'employer' && !present(input.employerName) && !present(input.employerCreditCode)) {
    problems.push({ path: 'employerName', code: 'FIELD_REQUIRED', message: 'employerName or employerCreditCode is required for a party of type employer' });
  }
  return problems;
}
