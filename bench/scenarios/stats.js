/* global fetch */
'use strict';

const { log, round } = require('../lib/log');
const { target } = require('../lib/report');
const { seedStatsReviews } = require('../seed');

// Reviewers whose workload the statistics report (main cycle).
const STATS_REVIEWERS = 300;
const STATS_CONNECTIONS = 1;
const P99_MS = 300;

module.exports = {
  id: 'stats',
  target: target(`< ${P99_MS} ms`, (r) => r.p99 < P99_MS && r.non2xx === 0),
  async seed({ db, data }) {
    const reviews = await seedStatsReviews(db, { cycleId: data.cycleId, reviewers: STATS_REVIEWERS });
    log(`  stats: ${reviews.assignments.toLocaleString('en')} review assignments over ${STATS_REVIEWERS} reviewers in the main cycle`);
  },
  async run(ctx) {
    const { base, data, ids, opts, token } = ctx;
    log(`scenario stats: GET /api/v1/admin/stats?cycleId= (the main cycle, ${opts.scale.toLocaleString('en')} files + drafts), ${STATS_CONNECTIONS} connection`);
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    const url = `${base}/api/v1/admin/stats?cycleId=${data.cycleId}`;
    const check = await fetch(url, { headers: adminAuth });
    const body = await check.json();
    if (check.status !== 200 || body.total < opts.scale) throw new Error(`stats answered ${check.status}: ${JSON.stringify(body).slice(0, 500)}`);
    log(`  ${body.total.toLocaleString('en')} files, ${body.filed.toLocaleString('en')} filed, ${body.reviewerWorkload.length} reviewers, ${body.submissionsPerDay.length} days, qualification median ${body.stageDurations[0].medianDays} days`);
    const r = await ctx.measure('stats', { url, connections: STATS_CONNECTIONS, headers: adminAuth }, 2);
    ctx.record('stats', {
      metric: `p99 latency, admin statistics of a cycle of ${body.total.toLocaleString('en')} files (p50 ${r.p50} ms, ${STATS_CONNECTIONS} connection, ${round(r.rps, 1)} req/s)`,
      unit: 'ms',
      value: r.p99,
      target: this.target,
      met: this.target.met(r),
    });
  },
};
