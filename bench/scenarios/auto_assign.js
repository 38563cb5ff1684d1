/* global setTimeout, fetch */
'use strict';

const { log, round } = require('../lib/log');
const { probe } = require('../lib/processes');
const { target } = require('../lib/report');
const { seedAutoAssign } = require('../seed');

// Its own cycle of in_review files and reviewers with caps (domain.md §8): as many files as the
// run's --scale (BENCH_ASSIGN_FILES overrides), 3 reviewers per 100 files (cap 250 each).
const filesFor = (scale) => Number(process.env.BENCH_ASSIGN_FILES || scale);
const reviewersFor = (scale) => Number(process.env.BENCH_ASSIGN_REVIEWERS || Math.round(filesFor(scale) * 0.03));
const ASSIGN_CAP = 250;
// The limits: 1,000,000 files in 5 minutes (so 100,000 in 30 s at the same rate); the
// worker (which makes the plan) under 1 GB. The ratio: the same assignments inserted in bulk.
const MAX_SECONDS_PER_MILLION = 300;
const MAX_WORKER_RSS_MB = 1024;
const MIN_RATIO = 0.1;
const maxSeconds = (files) => (MAX_SECONDS_PER_MILLION * files) / 1e6;

module.exports = {
  id: 'auto_assign',
  target: target(
    `ratio >= ${MIN_RATIO} of the bulk insert; < ${MAX_SECONDS_PER_MILLION} s per 1,000,000 files; worker peak RSS < ${MAX_WORKER_RSS_MB} MB`,
    ({ seconds, files, ratio, rssMb, body, check, again }) =>
      ratio >= MIN_RATIO && seconds < maxSeconds(files) && rssMb < MAX_WORKER_RSS_MB && body.shortfalls.length === 0 && check.over_cap === 0 && check.same_employer === 0 && again.assigned === 0,
  ),
  /** --reuse: already seeded in this database? Then its cycle is the one run() assigns (as seed() would have set it). */
  async seeded(ctx) {
    const { rows } = await ctx.db.query(`SELECT id FROM cycles WHERE code = $1`, [`${new Date().getUTCFullYear()}-ASSIGN`]);
    if (rows.length) ctx.assignSeed = { cycleId: rows[0].id };
    return rows.length > 0;
  },
  async seed(ctx) {
    const ASSIGN_FILES = filesFor(ctx.opts.scale);
    const ASSIGN_REVIEWERS = reviewersFor(ctx.opts.scale);
    const assignStarted = Date.now();
    ctx.assignSeed = await seedAutoAssign(ctx.db, { applications: ASSIGN_FILES, reviewers: ASSIGN_REVIEWERS, cap: ASSIGN_CAP, formVersions: ctx.data.formVersions, dist: ctx.dist });
    log(`  auto_assign cycle seeded in ${round((Date.now() - assignStarted) / 1000, 1)} s: ${ASSIGN_FILES.toLocaleString('en')} in_review files, ${ASSIGN_REVIEWERS.toLocaleString('en')} reviewers (cap ${ASSIGN_CAP})`);
  },
  async run(ctx) {
    const { assignSeed, base, db, ids, token, worker } = ctx;
    const ASSIGN_FILES = filesFor(ctx.opts.scale);
    const ASSIGN_REVIEWERS = reviewersFor(ctx.opts.scale);
    log(`scenario auto_assign: POST /api/v1/cycles/:id/auto-assign (a worker job), ${ASSIGN_FILES.toLocaleString('en')} in_review files, ${ASSIGN_REVIEWERS.toLocaleString('en')} reviewers`);
    const headers = { authorization: `Bearer ${token(ids.admin())}`, 'content-type': 'application/json' };
    /** Request a run and read it back until the worker has finished it: request to summary, as an admin sees it. */
    const runAutoAssign = async () => {
      const res = await fetch(`${base}/api/v1/cycles/${assignSeed.cycleId}/auto-assign`, { method: 'POST', headers, body: '{}' });
      const queued = await res.json();
      if (res.status !== 202) throw new Error(`auto-assign answered ${res.status}: ${JSON.stringify(queued)}`);
      for (;;) {
        await new Promise((r) => setTimeout(r, 200));
        const run = await (await fetch(`${base}/api/v1/cycles/${assignSeed.cycleId}/auto-assign/${queued.id}`, { headers })).json();
        if (run.status === 'failed') throw new Error(`auto-assign run failed: ${JSON.stringify(run.error)}`);
        if (run.status === 'done') return run.summary;
      }
    };
    const t0 = Date.now();
    const body = await runAutoAssign();
    const seconds = (Date.now() - t0) / 1000;
    const workerReport = await probe(worker, 'report');
    log(`  worker peak RSS ${round(workerReport.peakRss / (1024 * 1024), 1)} MB (the plan is made there, not in the API)`);
    // Every reviewer of the pool counts, those given nothing too; and the guarantees, checked in
    // SQL. (The count of review.assigned_digest rows in outbox_events only reads what the run promised: one per reviewer staffed.)
    const { rows: [check] } = await db.query(
      `WITH loads AS (
         SELECT p.user_id, p.max_load_per_cycle AS cap, count(r.id)::int AS n
           FROM reviewer_profiles p
           LEFT JOIN review_assignments r ON r.reviewer_id = p.user_id AND r.cycle_id = $1 AND r.status IN ('assigned', 'draft', 'submitted')
          WHERE p.user_id IN (SELECT md5('bench-reviewer-' || n)::uuid FROM generate_series(1, $2::int) n)
          GROUP BY p.user_id, p.max_load_per_cycle)
       SELECT max(n) - min(n) AS spread, min(n) AS min, max(n) AS max, count(*) FILTER (WHERE n > cap)::int AS over_cap,
              (SELECT max(s) FROM (SELECT max(l.n) - min(l.n) AS s FROM loads l JOIN reviewer_profiles p ON p.user_id = l.user_id GROUP BY p.specialties) g) AS spread_within,
              (SELECT count(*)::int FROM review_assignments r JOIN reviewer_profiles p ON p.user_id = r.reviewer_id JOIN applications a ON a.id = r.application_id
                WHERE r.cycle_id = $1 AND p.employer_name = a.employer_name) AS same_employer,
              (SELECT count(*)::int FROM outbox_events WHERE type = 'review.assigned_digest') AS events
         FROM loads`,
      [assignSeed.cycleId, ASSIGN_REVIEWERS],
    );
    // Overall, the spread also shows how the random mix weighs on each specialty's reviewers
    // (their averages differ); within one specialty the greedy keeps loads within 1 where the
    // caps and levels allow.
    const rate = ASSIGN_FILES / seconds;
    log(`  ${body.assigned.toLocaleString('en')} assignments for ${body.filesLacking.toLocaleString('en')} files in ${round(seconds, 1)} s (${round(rate, 0)} files staffed/s); ${body.shortfalls.length} files short; load per reviewer ${check.min}..${check.max} (spread ${check.spread}, at most ${check.spread_within} within a specialty); over cap ${check.over_cap}; same-employer pairs ${check.same_employer}; review.assigned_digest events ${check.events}`);
    const again = await runAutoAssign();
    log(`  second run: ${again.assigned} assigned (idempotent)`);
    const bare = await bulkInsertBaseline(db, assignSeed.cycleId);
    const ratio = bare.seconds / seconds;
    const rssMb = workerReport.peakRss / (1024 * 1024);
    log(`  baseline: the same ${bare.rows.toLocaleString('en')} assignments inserted in bulk (one INSERT … SELECT into a copy of review_assignments with its indexes) in ${round(bare.seconds, 1)} s; ratio ${round(ratio, 3)}`);
    ctx.record('auto_assign', {
      metric: `auto-assign of a cycle: ${ASSIGN_FILES.toLocaleString('en')} in_review files x ${ASSIGN_REVIEWERS.toLocaleString('en')} reviewers, ${round(rate, 0)} files staffed/s, ${body.assigned.toLocaleString('en')} assignments, worker peak RSS ${round(rssMb, 0)} MB, load spread ${check.spread} (${check.min}..${check.max}; <= ${check.spread_within} within a specialty), ${body.shortfalls.length} short, ${check.over_cap} over cap; baseline: the same assignments inserted in bulk`,
      unit: 's',
      value: seconds,
      baseline: bare.seconds,
      ratio,
      target: this.target,
      met: this.target.met({ seconds, files: ASSIGN_FILES, ratio, rssMb, body, check, again }),
    });
  },
};

/**
 * The floor for the same work: the run's assignments, read back, inserted again in one
 * INSERT … SELECT into a scratch copy of review_assignments (its columns, defaults and indexes;
 * no foreign keys), in one transaction. Seconds for that insert; the copy is dropped after.
 */
async function bulkInsertBaseline(db, cycleId) {
  await db.query('DROP TABLE IF EXISTS bench_bulk_assignments');
  await db.query('CREATE TABLE bench_bulk_assignments (LIKE review_assignments INCLUDING DEFAULTS INCLUDING INDEXES)');
  await db.query('CHECKPOINT').catch(() => undefined);
  const t0 = Date.now();
  await db.query('BEGIN');
  const { rowCount } = await db.query(
    `INSERT INTO bench_bulk_assignments (application_id, reviewer_id, cycle_id, status, assigned_by, due_at, created_at, updated_at)
     SELECT application_id, reviewer_id, cycle_id, status, assigned_by, due_at, created_at, updated_at FROM review_assignments WHERE cycle_id = $1`,
    [cycleId],
  );
  await db.query('COMMIT');
  const seconds = (Date.now() - t0) / 1000;
  await db.query('DROP TABLE bench_bulk_assignments');
  return { rows: rowCount, seconds };
}
