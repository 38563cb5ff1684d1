/** The kinds of relation a reviewer declares (domain.md §8, conflicts of interest). */
export const RELATION_KINDS = ['teacher_student', 'coworker_3y', 'relative', 'coauthor', 'other'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Who the other party is: a portal user, a person by name, or an employer (name and/or credit code). */
export const PARTY_TYPES = ['user', 'person', 'employer'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export const isRelationKind = (value: unknown): value is RelationKind => typeof value === 'string' && (RELATION_KINDS as readonly string[]).includes(value);
