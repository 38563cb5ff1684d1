/* global fetch */
'use strict';

const fs = require('fs');
const path = require('path');
const { DATABASE_URL, POOL_SIZE, WORK } = require('../lib/config');
const { captureCalls, describeCalls } = require('../lib/capture');
const { log } = require('../lib/log');
const { stop } = require('../lib/processes');
const { target } = require('../lib/report');
const { seedStatsReviews } = require('../seed');

// Reviewers whose workload the statistics report (main cycle).
const STATS_REVIEWERS = 300;
const STATS_CONNECTIONS = 1;
// The limit at 1,000,000 files: p99 under 1 s; the ratio: against the same SQL run bare.
const P99_MS = 1000;
const MIN_RATIO = 0.5;

module.exports = {
  id: 'stats',
  target: target(`>= ${MIN_RATIO} x its SQL run bare; worst p99 < ${P99_MS} ms`, (m) => m.ratio >= MIN_RATIO && m.worstP99 < P99_MS && m.non2xx === 0),
  /** --reuse: already seeded in this database? */
  async seeded({ db }) {
    return (await db.query(`SELECT 1 FROM users WHERE email = 'stats-reviewer1@bench.local'`)).rowCount > 0;
  },
  async seed({ db, data }) {
    const reviews = await seedStatsReviews(db, { cycleId: data.cycleId, reviewers: STATS_REVIEWERS });
    log(`  stats: ${reviews.assignments.toLocaleString('en')} review assignments over ${STATS_REVIEWERS} reviewers in the main cycle`);
  },
  async run(ctx) {
    const { api, base, data, ids, opts, token } = ctx;
    log(`scenario stats: GET /api/v1/admin/stats?cycleId= (the main cycle, ${opts.scale.toLocaleString('en')} files + drafts), ${STATS_CONNECTIONS} connection; baseline: the same SQL run bare`);
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    const url = `${base}/api/v1/admin/stats?cycleId=${data.cycleId}`;
    const { result: check, calls } = await captureCalls(api, () => fetch(url, { headers: adminAuth }));
    const body = await check.json();
    if (check.status !== 200 || body.total < opts.scale) throw new Error(`stats answered ${check.status}: ${JSON.stringify(body).slice(0, 500)}`);
    log(`  ${body.total.toLocaleString('en')} files, ${body.filed.toLocaleString('en')} filed, ${body.reviewerWorkload.length} reviewers, ${body.submissionsPerDay.length} days, qualification median ${body.stageDurations[0].medianDays} days`);
    log(`  captured ${calls.length} statements: ${describeCalls(calls)}`);
    const sqlFile = path.join(WORK, 'stats.sql.json');
    fs.writeFileSync(sqlFile, JSON.stringify({ requests: [calls] }));
    const bare = await ctx.startBaseline('bare stats SQL', 'baseline-sql.js', { BENCH_SQL_FILE: sqlFile, DATABASE_URL, DATABASE_POOL_SIZE: String(POOL_SIZE) });
    let m;
    try {
      m = await ctx.measureAgainstBaseline(
        { label: 'bare stats SQL', options: { url: `${bare.url}/r/0`, connections: STATS_CONNECTIONS } },
        { label: 'stats', options: { url, connections: STATS_CONNECTIONS, headers: adminAuth } },
      );
    } finally {
      await stop(bare.child);
    }
    ctx.record('stats', {
      metric: `req/s, admin statistics of a cycle of ${body.total.toLocaleString('en')} files, ${STATS_CONNECTIONS} connection; worst p99 of ${m.rounds.length} rounds ${m.worstP99} ms (bare ${m.worstBaselineP99} ms), median round p50 ${m.portal.p50} ms`,
      unit: 'req/s',
      value: m.portal.rps,
      baseline: m.baseline.rps,
      ratio: m.ratio,
      p99: m.worstP99,
      rounds: m.rounds,
      target: this.target,
      met: this.target.met(m),
    });
  },
};
