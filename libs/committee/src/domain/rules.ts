import { addYears, isIsoDate, type FieldProblem } from '@app/common';

/**
 * The committee vote's rules (domain.md §8) as plain functions: sizes, terms, quorum and the
 * two-thirds majority, all in integer arithmetic so a boundary (16 of 24, 15 of 23) never
 * depends on how a fraction rounds.
 */

/** How a committee is organised; it decides the default minimum size. */
export const COMMITTEE_ORGANISATIONS = ['series', 'specialty'] as const;
export type CommitteeOrganisation = (typeof COMMITTEE_ORGANISATIONS)[number];

/** Members serve terms of at most this many years. */
export const MAX_TERM_YEARS = 3;

export const VOTES = ['yes', 'no', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

/** A share n/d (e.g. the quorum 2/3). */
export interface Share {
  numerator: number;
  denominator: number;
}

/** The majority an item needs: yes votes at least 2/3 of the members present and entitled to vote on it. */
export const PASS_SHARE: Share = { numerator: 2, denominator: 3 };

/** The smallest count that is at least `share` of `total`: ceil(total * n / d) without floating point. */
export function atLeastShareOf(total: number, share: Share): number {
  return Math.floor((total * share.numerator + share.denominator - 1) / share.denominator);
}

/** Members who must be present for a meeting of `members` to open. */
export function quorumRequired(members: number, quorum: Share): number {
  return atLeastShareOf(members, quorum);
}

/**
 * Whether an item passes: yes * 3 >= entitled * 2. An item nobody present may vote on
 * cannot pass (0 of 0 is no majority); opening refuses such an agenda anyway.
 */
export function passes(yes: number, entitledPresent: number): boolean {
  return entitledPresent > 0 && yes * PASS_SHARE.denominator >= entitledPresent * PASS_SHARE.numerator;
}

/** A term ends after it starts and at most MAX_TERM_YEARS later (the end date is the last day served). */
export function termProblems(termStart: unknown, termEnd: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isIsoDate(termStart)) problems.push({ path: 'termStart', code: 'FIELD_DATE', message: 'termStart must be a date (YYYY-MM-DD)' });
  if (!isIsoDate(termEnd)) problems.push({ path: 'termEnd', code: 'FIELD_DATE', message: 'termEnd must be a date (YYYY-MM-DD)' });
  if (problems.length) return problems;
  const start = termStart as string;
  const end = termEnd as string;
  if (end <= start) problems.push({ path: 'termEnd', code: 'TERM_ORDER', message: 'termEnd must be after termStart' });
  else if (end >= addYears(start, MAX_TERM_YEARS)) {
    problems.push({ path: 'termEnd', code: 'TERM_TOO_LONG', message: `A term lasts at most ${MAX_TERM_YEARS} years: termEnd must be before ${addYears(start, MAX_TERM_YEARS)}` });
  }
  return problems;
}

/**
 * The membership rules: an odd number of distinct members, at least the minimum, the chair
 * among them. Each problem names the field.
 */
export function membershipProblems(memberIds: readonly string[], chairId: string, minimumSize: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const count = new Set(memberIds).size;
  if (count !== memberIds.length) problems.push({ path: 'memberIds', code: 'MEMBERS_DUPLICATED', message: 'memberIds lists a member more than once' });
  if (count % 2 === 0) {
    problems.push({ path: 'memberIds', code: 'COMMITTEE_SIZE_EVEN', message: `A committee has an odd number of members; memberIds lists ${count}` });
  }
  if (count < minimumSize) {
    problems.push({ path: 'memberIds', code: 'COMMITTEE_TOO_SMALL', message: `This committee needs at least ${minimumSize} members; memberIds lists ${count}` });
  }
  if (!memberIds.includes(chairId)) problems.push({ path: 'chairId', code: 'CHAIR_NOT_MEMBER', message: 'The chair must be one of memberIds' });
  return problems;
}
