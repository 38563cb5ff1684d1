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
 * A group of candidates (reviewer indexes) in (load, index) order, least loaded first: a binary
 * heap over `load * reviewers + index`. The loads are shared by every group (a reviewer sits in
 * one per level and specialty they may review) and only grow while a plan is made, so an entry
 * can carry a load that has grown since: it goes back with the current load when it comes up
 * (a lazy update), and a reviewer at their cap leaves the group for good. A pick costs a few
 * heap steps, not a pass over every candidate (a million files x thousands of candidates).
 */
export class LoadQueue {
  private readonly heap: number[] = [];

  /** `candidates`: every reviewer of the group, whatever their load (the reasons of a shortfall count them). */
  constructor(
    readonly candidates: ArrayLike<number>,
    private readonly loads: Int32Array,
    private readonly caps: Int32Array,
  ) {
    for (let c = 0; c < candidates.length; c++) this.push(candidates[c]);
  }

  /**
   * Up to `need` reviewers, least loaded first and the lower index on a tie, never at or over
   * their cap, skipping those `excluded` says no to; each picked reviewer's load goes up by one.
   * `excluded` is asked only about a reviewer that would otherwise be picked (conflicts are rare,
   * so checking every candidate would be the expensive way round).
   */
  take(need: number, excluded: (reviewerIndex: number) => boolean): number[] {
    const { loads } = this;
    const chosen: number[] = [];
    const passedOver: number[] = [];
    while (chosen.length < need && this.heap.length > 0) {
      const key = this.pop();
      const r = key % loads.length;
      if (key !== loads[r] * loads.length + r) this.push(r); // its load grew in another group
      else if (excluded(r)) passedOver.push(r);
      else chosen.push(r);
    }
    for (const r of chosen) loads[r]++;
    for (const r of passedOver) this.push(r);
    for (const r of chosen) this.push(r);
    return chosen;
  }

  private push(r: number): void {
    if (this.loads[r] >= this.caps[r]) return;
    const heap = this.heap;
    const key = this.loads[r] * this.loads.length + r;
    let at = heap.length;
    heap.push(key);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (heap[parent] <= key) break;
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = key;
  }

  private pop(): number {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= heap.length) break;
        if (child + 1 < heap.length && heap[child + 1] < heap[child]) child++;
        if (heap[child] >= last) break;
        heap[at] = heap[child];
        at = child;
      }
      heap[at] = last;
    }
    return top;
  }
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
  private readonly queuesByKey = new Map<string, LoadQueue>();

  constructor(private readonly reviewers: readonly PlanReviewer[]) {
    this.loads = Int32Array.from(reviewers, (r) => r.load);
    this.caps = Int32Array.from(reviewers, (r) => r.cap);
    this.ranks = reviewers.map((r) => levelRank(r.maxLevel));
  }

  /** Plans `applications` in the order given; the pairs' application indexes are into this batch. */
  plan(applications: readonly PlanApplication[]): Plan {
    const { reviewers, loads } = this;
    const pairs: PlannedPair[] = [];
    const shortfalls: Shortfall[] = [];
    applications.forEach((application, ai) => {
      if (application.need <= 0) return;
      const queue = this.queueFor(application.specialty, application.level);
      const excluded = (ri: number) => application.taken.has(reviewers[ri].id) || conflictReasons(reviewers[ri].prepared, application.prepared).length > 0;
      const picked = queue.take(application.need, excluded);
      for (const ri of picked) pairs.push({ applicationIndex: ai, reviewerIndex: ri });
      if (picked.length < application.need) {
        let reason: ShortfallReason = SHORTFALL_REASONS.noEligibleReviewer;
        if (queue.candidates.length > 0) {
          let free = 0;
          for (let c = 0; c < queue.candidates.length; c++) if (!excluded(queue.candidates[c])) free++;
          // The picked ones count among the free: fewer free than needed means conflicts, not caps.
          reason = free < application.need ? SHORTFALL_REASONS.tooFewWithoutConflict : SHORTFALL_REASONS.atCapacity;
        }
        shortfalls.push({ applicationId: application.id, needed: application.need, assigned: picked.length, reason });
      }
    });
    return { pairs, shortfalls, loads };
  }

  /** The queue of the reviewers who have the specialty and may review the level, made on first use. */
  private queueFor(specialty: string, level: string): LoadQueue {
    const key = `${level}\u0000${specialty}`;
    let queue = this.queuesByKey.get(key);
    if (!queue) {
      const rank = levelRank(level);
      const candidates: number[] = [];
      if (rank >= 0) this.reviewers.forEach((r, i) => this.ranks[i] >= rank && r.specialties.includes(specialty) && candidates.push(i));
      this.queuesByKey.set(key, (queue = new LoadQueue(Int32Array.from(candidates), this.loads, this.caps)));
    }
    return queue;
  }
}

/** The balanced plan for a set of files in one piece (see AssignmentPlanner), in planningOrder(). */
export function planAssignments(reviewers: readonly PlanReviewer[], applications: readonly PlanApplication[]): Plan {
  const order = planningOrder(applications.map((a) => a.need));
  const plan = new AssignmentPlanner(reviewers).plan(order.map((i) => applications[i]));
  return { ...plan, pairs: plan.pairs.map((p) => ({ applicationIndex: order[p.applicationIndex], reviewerIndex: p.reviewerIndex })) };
}
