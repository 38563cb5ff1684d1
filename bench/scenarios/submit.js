/* global fetch */
'use strict';

const autocannon = require('autocannon');
const { SUBMIT_POOL } = require('../lib/config');
const { log, round } = require('../lib/log');
const { cpuByProcess, cpuPerRequest } = require('../lib/measure');
const { target } = require('../lib/report');

const MIN_PER_SECOND = 300;

module.exports = {
  id: 'submit',
  target: target(`>= ${MIN_PER_SECOND}/s, no errors, gap-free`, ({ r, gapFree }) => r.rps >= MIN_PER_SECOND && r.non2xx === 0 && r.errors === 0 && gapFree),
  async run(ctx) {
    const { base, db, data, ids, token } = ctx;
    log('scenario submit: POST /api/v1/applications/:id/submit, 50 concurrent applicants, one draft each submit');
    let next = 0;
    const problems = [];
    const used = new Set();
    const take = () => {
      let n = ++next;
      while (used.has(n)) n = ++next;
      return n <= SUBMIT_POOL ? n : null;
    };
    // Signed before the run, so the load generator does no crypto while it is measured.
    const submitAuth = Array.from({ length: SUBMIT_POOL }, (_, i) => `Bearer ${token(ids.submitUser(i + 1))}`);
    const submitRequest = (n) => ({
      path: `/api/v1/applications/${ids.submitApplication(n)}/submit`,
      auth: submitAuth[n - 1],
    });
    // Pre-flight, one submit per level, one at a time: each must succeed (or the fixtures no
    // longer match the forms), and it primes the compiled form validators (see draft_save).
    const firstIds = Array.from({ length: 50 }, (_, i) => ids.submitApplication(i + 1));
    const { rows: levels } = await db.query('SELECT DISTINCT ON (level) id, level FROM applications WHERE id = ANY($1::uuid[]) ORDER BY level, id', [firstIds]);
    for (const row of levels) {
      const n = firstIds.indexOf(row.id) + 1;
      used.add(n);
      const pre = submitRequest(n);
      const preflight = await fetch(`${base}${pre.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: pre.auth },
        body: JSON.stringify({ declarationAccepted: true }),
      });
      if (preflight.status !== 200) throw new Error(`submit pre-flight (${row.level}) answered ${preflight.status}: ${(await preflight.text()).slice(0, 2000)}`);
    }
    let exhausted = false;
    let activeInstance = null;
    const factory = () => [
      {
        method: 'POST',
        setupRequest: (req) => {
          let n = take();
          if (n === null) {
            // Out of drafts: end this run (the pool is sized for well above the target rate).
            exhausted = true;
            activeInstance?.stop();
            n = SUBMIT_POOL;
          }
          const s = submitRequest(n);
          req.method = 'POST';
          req.path = s.path;
          req.headers = { 'content-type': 'application/json', authorization: s.auth };
          req.body = '{"declarationAccepted":true}';
          return req;
        },
        onResponse: (status, body) => {
          if (status !== 200 && problems.length < 5) problems.push(`${status} ${String(body).slice(0, 300)}`);
        },
      },
    ];
    // Its own autocannon run (not lib/measure's cannon): the rate is successful submissions per
    // second, and the run stops early when the draft pool runs out.
    const run = async (label, duration) => {
      const instance = autocannon({ url: base, connections: 50, duration, requests: factory() });
      activeInstance = instance;
      const result = await instance;
      return { label, rps: result['2xx'] / result.duration, ok: result['2xx'], non2xx: result.non2xx, errors: result.errors + result.timeouts, p50: result.latency.p50, p99: result.latency.p99, duration: result.duration };
    };
    await run('warm-up', 2);
    const cpuBefore = cpuByProcess();
    const r = await run('portal', ctx.opts.duration);
    log(`  portal: ${round(r.rps, 1)} submissions/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors${exhausted ? ' (draft pool exhausted)' : ''}`);
    log(`    CPU per submission: ${cpuPerRequest(cpuBefore, cpuByProcess(), r.ok)}`);
    if (problems.length) log(`  first failures: ${problems.join(' | ')}`);
    // Gap-free: the cycle's reference numbers are exactly 1..last_number, each once.
    const { rows } = await db.query(
      `SELECT (SELECT last_number FROM cycle_counters WHERE cycle_id = $1) AS last,
              count(*)::int AS numbered, count(DISTINCT seq)::int AS distinct_numbers, min(seq) AS min, max(seq) AS max
         FROM (SELECT substring(reference_number from '(\\d+)$')::int AS seq FROM applications WHERE cycle_id = $1 AND reference_number IS NOT NULL) x`,
      [data.cycleId],
    );
    const g = rows[0];
    const submitted = g.numbered - data.numbered;
    const gapFree = g.numbered === g.last && g.distinct_numbers === g.numbered && g.min === 1 && g.max === g.last;
    log(`  reference numbers: ${g.numbered} in the cycle, 1..${g.max}, counter ${g.last}: ${gapFree ? 'gap-free' : 'NOT GAP-FREE'} (${submitted} new: pre-flight + warm-up + measured)`);
    ctx.record('submit', {
      metric: `submissions/s, 50 concurrent applicants (p99 ${r.p99} ms, ${r.non2xx + r.errors} errors, numbers ${gapFree ? 'gap-free' : 'NOT gap-free'} 1..${g.last})`,
      unit: 'submissions/s',
      value: r.rps,
      target: this.target,
      met: this.target.met({ r, gapFree }),
    });
  },
};
