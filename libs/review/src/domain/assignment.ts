import { LEVELS, TitleLevel } from '@app/applications';
import { conflictReasons, PreparedApplication, PreparedReviewer } from './conflicts';

/**
 * How many reviewers a file gets, by the level applied for (domain.md §8): 3, and 5 for the
 * two senior levels. Automatic assignment fills each in_review file up to this number.
 */
export const REVIEWERS_PER_LEVEL: Readonly<Record<TitleLevel, number>> = {
  assistant: 3,
  intermediate: 3,
  associate_senior: 5,
  full_senior: 5,
};

/** The rank of a level in LEVELS order (assistant 0 ... full_senior 3); -1 for an unknown one. */
export const levelRank = (level: string): number => (LEVELS as readonly string[]).indexOf(level);

/** Whether a reviewer whose own title is `maxLevel` may review a file at `level`. */
export const mayReviewLevel = (maxLevel: string, level: string): boolean => levelRank(level) >= 0 && levelRank(maxLevel) >= levelRank(level);

/** Stable codes of why a reviewer may not be assigned to a file by hand; part of the API contract. */
export const ASSIGNMENT_REFUSALS = {
  notInPool: 'REVIEWER_NOT_IN_POOL',
  inactive: 'REVIEWER_INACTIVE',
  specialty: 'REVIEWER_SPECIALTY_MISMATCH',
  level: 'REVIEWER_LEVEL_TOO_LOW',
  conflict: 'REVIEWER_CONFLICT_OF_INTEREST',
  atCapacity: 'REVIEWER_AT_CAPACITY',
  duplicate: 'REVIEWER_ALREADY_ASSIGNED',
} as const;
export type AssignmentRefusalCode = (typeof ASSIGNMENT_REFUSALS)[keyof typeof ASSIGNMENT_REFUSALS];

/** Stable codes of why automatic assignment left a file short of reviewers. */
export const SHORTFALL_REASONS = {
  /** Nobody active in the pool has the file's specialty at its level. */
  noEligibleReviewer: 'NO_ELIGIBLE_REVIEWER',
  /** Too few eligible reviewers once conflicts and earlier assignments (declined, withdrawn) are left out. */
  tooFewWithoutConflict: 'TOO_FEW_REVIEWERS_WITHOUT_CONFLICT',
  /** Enough eligible reviewers exist, but too many of them are at their cap for the cycle. */
  atCapacity: 'REVIEWERS_AT_CAPACITY',
} as const;
export type ShortfallReason = (typeof SHORTFALL_REASONS)[keyof typeof SHORTFALL_REASONS];

/** A reviewer as the planner needs them; `load` counts the active assignments in the cycle already held. */
export interface PlanReviewer {
  id: string;
  specialties: readonly string[];
  maxLevel: string;
  cap: number;
  load: number;
  prepared: PreparedReviewer;
}

/** An in_review file: how many more reviewers it needs and who may not be picked again (any earlier row on it). */
export interface PlanApplication {
  id: string;
  level: string;
  specialty: string;
  need: number;
  /** Reviewers that already have a row on this file (active, declined or withdrawn): never picked again. */
  taken: ReadonlySet<string>;
  prepared: PreparedApplication;
}

export interface PlannedPair {
  applicationIndex: number;
  reviewerIndex: number;
}

export interface Shortfall {
  applicationId: string;
  needed: number;
  assigned: number;
  reason: ShortfallReason;
}

export interface Plan {
  pairs: PlannedPair[];
  shortfalls: Shortfall[];
  /** Each reviewer's load after the plan, in the order given. */
  loads: Int32Array;
}

/**
 * Up to `need` of `candidates` (reviewer indexes in ascending order), least loaded first and
 * the lower index on a tie, never at or over their cap, skipping those `excluded` says no to.
 * `excluded` is asked only about a reviewer that would otherwise be picked (conflicts are rare,
 * so checking every candidate would be the expensive way round).
 */
export function pickLeastLoaded(candidates: Int32Array, loads: Int32Array, caps: Int32Array, need: number, excluded: (reviewerIndex: number) => boolean): number[] {
  const chosen: number[] = [];
  const rejected = new Set<number>();
  while (chosen.length < need) {
    const wanted = need - chosen.length;
    const topLoads: number[] = [];
    const topIds: number[] = [];
    for (let c = 0; c < candidates.length; c++) {
      const r = candidates[c];
      const load = loads[r];
      if (load >= caps[r]) continue;
      if (topIds.length === wanted && load >= topLoads[wanted - 1]) continue;
      if (rejected.size > 0 && rejected.has(r)) continue;
      if (chosen.includes(r)) continue;
      // Insert after every entry with a load <= this one: equal loads keep the lower index first.
      let at = topIds.length;
      while (at > 0 && topLoads[at - 1] > load) at--;
      topLoads.splice(at, 0, load);
      topIds.splice(at, 0, r);
      if (topIds.length > wanted) {
        topLoads.pop();
        topIds.pop();
      }
    }
    if (topIds.length === 0) break;
    let refused = false;
    for (const r of topIds) {
      if (excluded(r)) {
        rejected.add(r);
        refused = true;
      } else chosen.push(r);
    }
    if (!refused) break;
  }
  return chosen;
}

/** The order files are planned in: those needing more reviewers first (they have fewer candidates), then in the order given. */
export function planningOrder(needs: ArrayLike<number>): number[] {
  return Array.from({ length: needs.length }, (_, i) => i).sort((a, b) => needs[b] - needs[a] || a - b);
}

/**
 * The balanced plan (domain.md §8) made a batch at a time: each file gets up to `need`
 * reviewers who have its specialty, may review its level, have no conflict of interest with it
 * and have room under their cap, least loaded first (ties: the reviewer listed first; callers
 * list them by id). The loads carry over from one batch to the next, so a cycle's files given
 * batch by batch in planningOrder() are planned exactly as in one piece, without holding the
 * whole cycle (automatic assignment at a million files). Deterministic.
 */
export class AssignmentPlanner {
  /** Each reviewer's load so far, in the order given. */
  readonly loads: Int32Array;
  private readonly caps: Int32Array;
  private readonly ranks: number[];
  private readonly candidatesByKey = new Map<string, Int32Array>();

  constructor(private readonly reviewers: readonly PlanReviewer[]) {
    this.loads = Int32Array.from(reviewers, (r) => r.load);
    this.caps = Int32Array.from(reviewers, (r) => r.cap);
    this.ranks = reviewers.map((r) => levelRank(r.maxLevel));
  }

  /** Plans `applications` in the order given; the pairs' application indexes are into this batch. */
  plan(applications: readonly PlanApplication[]): Plan {
    const { reviewers, loads, caps } = this;
    const pairs: PlannedPair[] = [];
    const shortfalls: Shortfall[] = [];
    applications.forEach((application, ai) => {
      if (application.need <= 0) return;
      const candidates = this.candidatesFor(application.specialty, application.level);
      const excluded = (ri: number) => application.taken.has(reviewers[ri].id) || conflictReasons(reviewers[ri].prepared, application.prepared).length > 0;
      const picked = pickLeastLoaded(candidates, loads, caps, application.need, excluded);
      for (const ri of picked) {
        loads[ri]++;
        pairs.push({ applicationIndex: ai, reviewerIndex: ri });
      }
      if (picked.length < application.need) {
        let reason: ShortfallReason = SHORTFALL_REASONS.noEligibleReviewer;
        if (candidates.length > 0) {
          let free = 0;
          for (const ri of candidates) if (!excluded(ri)) free++;
          // The picked ones count among the free: fewer free than needed means conflicts, not caps.
          reason = free < application.need ? SHORTFALL_REASONS.tooFewWithoutConflict : SHORTFALL_REASONS.atCapacity;
        }
        shortfalls.push({ applicationId: application.id, needed: application.need, assigned: picked.length, reason });
      }
    });
    return { pairs, shortfalls, loads };
  }

  private candidatesFor(specialty: string, level: string): Int32Array {
    const key = `${level}\u0000${specialty}`;
    let list = this.candidatesByKey.get(key);
    if (!list) {
      const rank = levelRank(level);
      const found: number[] = [];
      if (rank >= 0) this.reviewers.forEach((r, i) => this.ranks[i] >= rank && r.specialties.includes(specialty) && found.push(i));
      list = Int32Array.from(found);
      this.candidatesByKey.set(key, list);
    }
    return list;
  }
}

/** The balanced plan for a set of files in one piece (see AssignmentPlanner), in planningOrder(). */
export function planAssignments(reviewers: readonly PlanReviewer[], applications: readonly PlanApplication[]): Plan {
  const order = planningOrder(applications.map((a) => a.need));
  const plan = new AssignmentPlanner(reviewers).plan(order.map((i) => applications[i]));
  return { ...plan, pairs: plan.pairs.map((p) => ({ applicationIndex: order[p.applicationIndex], reviewerIndex: p.reviewerIndex })) };
}
