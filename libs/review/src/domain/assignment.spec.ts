import { AssignmentPlanner, LoadQueue, mayReviewLevel, planAssignments, PlanApplication, planningOrder, PlanReviewer, REVIEWERS_PER_LEVEL, SHORTFALL_REASONS } from './assignment';
import { prepareApplication, prepareReviewer } from './conflicts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function reviewer(n: number, overrides: Partial<Omit<PlanReviewer, 'prepared'>> & { employerName?: string } = {}): PlanReviewer {
  const { employerName, ...rest } = overrides;
  return {
    id: id(n),
    specialties: ['product_design'],
    maxLevel: 'full_senior',
    cap: 100,
    load: 0,
    prepared: prepareReviewer({ userId: id(n), employerName: employerName ?? `Reviewer employer ${n}`, relations: [] }),
    ...rest,
  };
}

function file(n: number, overrides: Partial<Omit<PlanApplication, 'prepared'>> & { employerName?: string } = {}): PlanApplication {
  const { employerName, ...rest } = overrides;
  return {
    id: id(1000 + n),
    level: 'intermediate',
    specialty: 'product_design',
    need: 3,
    taken: new Set(),
    prepared: prepareApplication({ applicationId: id(1000 + n), applicantId: id(5000 + n), employerName: employerName ?? `Applicant employer ${n}` }),
    ...rest,
  };
}

describe('assignment planning', () => {
  it('uses 3 reviewers per file and 5 for the senior levels; a reviewer reviews up to their own level', () => {
    expect(REVIEWERS_PER_LEVEL).toEqual({ assistant: 3, intermediate: 3, associate_senior: 5, full_senior: 5 });
    expect(mayReviewLevel('associate_senior', 'intermediate')).toBe(true);
    expect(mayReviewLevel('associate_senior', 'associate_senior')).toBe(true);
    expect(mayReviewLevel('intermediate', 'associate_senior')).toBe(false);
    expect(mayReviewLevel('full_senior', 'unknown')).toBe(false);
  });

  it('picks the least loaded first, the lower index on a tie, never at the cap, and asks about exclusions only for picks', () => {
    const loads = Int32Array.from([2, 0, 1, 0, 5]);
    const caps = Int32Array.from([9, 9, 9, 0, 9]);
    const asked: number[] = [];
    const queue = new LoadQueue([0, 1, 2, 3, 4], loads, caps);
    const picked = queue.take(3, (r) => (asked.push(r), r === 2));
    // 3 is at its cap (0); 2 is excluded, so the next least loaded (0, load 2) comes in.
    expect(picked).toEqual([1, 0, 4]);
    expect(asked).toEqual([1, 2, 0, 4]);
    expect([...loads]).toEqual([3, 1, 1, 0, 6]);
    // The excluded one is back in the queue, and a load grown elsewhere (another group) counts.
    loads[2] = 4;
    expect(queue.take(2, () => false)).toEqual([1, 0]);
  });

  it('picks as a scan of every candidate would, with groups sharing reviewers, caps and exclusions', () => {
    // A small deterministic generator: the same cases every run.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const size = 40;
    const caps = Int32Array.from({ length: size }, () => 3 + random(12));
    const groups = Array.from({ length: 5 }, () => [...new Set(Array.from({ length: 12 + random(20) }, () => random(size)))].sort((a, b) => a - b));
    const loads = new Int32Array(size);
    const scanLoads = new Int32Array(size);
    const queues = groups.map((g) => new LoadQueue(g, loads, caps));
    /** The reference: every candidate looked at, least loaded first, the lower index on a tie. */
    const scan = (group: number[], need: number, excluded: (r: number) => boolean) => {
      const order = group.filter((r) => scanLoads[r] < caps[r] && !excluded(r)).sort((a, b) => scanLoads[a] - scanLoads[b] || a - b);
      const chosen = order.slice(0, need);
      for (const r of chosen) scanLoads[r]++;
      return chosen;
    };
    let short = 0;
    for (let file = 0; file < 600; file++) {
      const g = random(groups.length);
      const need = 1 + random(5);
      const barred = new Set([random(size), random(size)]);
      const excluded = (r: number) => barred.has(r);
      const taken = queues[g].take(need, excluded);
      expect(taken).toEqual(scan(groups[g], need, excluded));
      if (taken.length < need) short++;
    }
    expect([...loads]).toEqual([...scanLoads]);
    // More demand than room: the queues ran dry the way the scan did, every grouped reviewer at their cap.
    expect(short).toBeGreaterThan(0);
    for (const r of new Set(groups.flat())) expect(loads[r]).toBe(caps[r]);
  });

  it('spreads a cycle evenly: loads end within 1 of each other, nobody over cap, no duplicate per file', () => {
    const reviewers = Array.from({ length: 30 }, (_, i) => reviewer(i + 1, { cap: 30 }));
    const files = Array.from({ length: 200 }, (_, i) => file(i + 1));
    const plan = planAssignments(reviewers, files);
    expect(plan.pairs).toHaveLength(600);
    expect(plan.shortfalls).toEqual([]);
    const loads = [...plan.loads];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(Math.max(...loads)).toBeLessThanOrEqual(30);
    const pairs = new Set(plan.pairs.map((p) => `${p.applicationIndex}/${p.reviewerIndex}`));
    expect(pairs.size).toBe(600);
    // Deterministic.
    expect(planAssignments(reviewers, files).pairs).toEqual(plan.pairs);
  });

  it('skips conflicts, other specialties, lower levels and earlier reviewers of the file, and says why a file stays short', () => {
    const reviewers = [
      reviewer(1, { employerName: 'Acme Design Co., Ltd.' }), // same employer as file 1 (normalised name)
      reviewer(2, { specialties: ['visual_communication'] }),
      reviewer(3, { maxLevel: 'intermediate' }),
      reviewer(4),
      reviewer(5),
      reviewer(6, { cap: 0 }),
    ];
    const senior = file(1, { level: 'full_senior', need: 5, employerName: 'ACME DESIGN CO LTD' });
    const declinedBefore = file(2, { need: 3, taken: new Set([id(4)]) });
    const unknownSpecialty = file(3, { specialty: 'fashion_design', need: 3 });
    const plan = planAssignments(reviewers, [senior, declinedBefore, unknownSpecialty]);
    const chosen = (fi: number) => plan.pairs.filter((p) => p.applicationIndex === fi).map((p) => reviewers[p.reviewerIndex].id);
    expect(chosen(0)).toEqual([id(4), id(5)]);
    expect(chosen(1).sort()).toEqual([id(1), id(3), id(5)]);
    expect(chosen(2)).toEqual([]);
    expect(plan.shortfalls).toEqual([
      { applicationId: senior.id, needed: 5, assigned: 2, reason: SHORTFALL_REASONS.tooFewWithoutConflict },
      { applicationId: unknownSpecialty.id, needed: 3, assigned: 0, reason: SHORTFALL_REASONS.noEligibleReviewer },
    ]);
  });

  it('reports caps when enough eligible reviewers exist but are full', () => {
    const reviewers = [1, 2, 3, 4].map((n) => reviewer(n, { cap: 1 }));
    const plan = planAssignments(reviewers, [file(1), file(2)]);
    expect(plan.pairs).toHaveLength(4);
    expect(plan.shortfalls).toEqual([{ applicationId: file(2).id, needed: 3, assigned: 1, reason: SHORTFALL_REASONS.atCapacity }]);
  });

  it('plans batch by batch in planning order exactly as in one piece (the loads carry over)', () => {
    const reviewers = Array.from({ length: 12 }, (_, i) => reviewer(i + 1, { cap: 40, employerName: i % 4 === 0 ? 'Shared Design Co' : undefined }));
    const files = Array.from({ length: 90 }, (_, i) =>
      file(i + 1, { level: i % 3 === 0 ? 'full_senior' : 'intermediate', need: i % 3 === 0 ? 5 : 1 + (i % 3), employerName: i % 7 === 0 ? 'Shared Design Co' : undefined }),
    );
    const whole = planAssignments(reviewers, files);
    const order = planningOrder(files.map((f) => f.need));
    expect(order.slice(0, 30).every((i) => files[i].need === 5)).toBe(true);
    const planner = new AssignmentPlanner(reviewers);
    const pairs: { applicationIndex: number; reviewerIndex: number }[] = [];
    const shortfalls = [];
    for (let start = 0; start < order.length; start += 13) {
      const batch = order.slice(start, start + 13);
      const plan = planner.plan(batch.map((i) => files[i]));
      pairs.push(...plan.pairs.map((p) => ({ applicationIndex: batch[p.applicationIndex], reviewerIndex: p.reviewerIndex })));
      shortfalls.push(...plan.shortfalls);
    }
    expect(pairs).toEqual(whole.pairs);
    expect(shortfalls).toEqual(whole.shortfalls);
    expect([...planner.loads]).toEqual([...whole.loads]);
  });
});
