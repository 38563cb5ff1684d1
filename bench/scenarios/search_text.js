/* global fetch */
'use strict';

const fs = require('fs');
const path = require('path');
const { DATABASE_URL, POOL_SIZE, WORK } = require('../lib/config');
const { captureCalls, describeCalls } = require('../lib/capture');
const { log } = require('../lib/log');
const { stop } = require('../lib/processes');
const { target } = require('../lib/report');

const SEARCH_CONNECTIONS = 10;
const P99_MS = 100;
const MIN_RATIO = 0.5;

// Names are 申请人<n>, employers 某工业设计有限公司 <n % 5000>, reference numbers <cycle>-<LEVEL>-<000123>.
const TEXTS = ['申请人12345', '申请人9876', '有限公司 4321', '有限公司 17', 'INT-00123', 'SEN-0042', '申', '申请', 'nobody-such', '100%_x'];

module.exports = {
  id: 'search_text',
  TEXTS,
  // p99: the worst of the --rounds portal measurements (three by default), not their median.
  target: target(`>= ${MIN_RATIO} x its SQL run bare; worst p99 < ${P99_MS} ms`, (m) => m.ratio >= MIN_RATIO && m.worstP99 < P99_MS && m.non2xx === 0),
  async run(ctx) {
    const { api, base, data, ids, opts, token } = ctx;
    log(`scenario search_text: admin list ?text= (names, employers, reference numbers; 1-2 character name look-ups), ${SEARCH_CONNECTIONS} connections; baseline: the same SQL run bare`);
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    const paths = TEXTS.map((t, i) => `/api/v1/applications?${i % 2 === 0 ? `cycleId=${data.cycleId}&` : ''}text=${encodeURIComponent(t)}&limit=20`);
    // One request per text, its SQL captured (and a check that each answers).
    const requests = [];
    for (const p of paths) {
      const { result: res, calls } = await captureCalls(api, () => fetch(`${base}${p}`, { headers: adminAuth }));
      if (res.status !== 200) throw new Error(`search ${p} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      await res.arrayBuffer();
      if (!calls.length) throw new Error(`no SQL captured for ${p}`);
      requests.push(calls);
    }
    log(`  captured per text: ${requests.map((c) => c.length).join(', ')} statements; e.g. ${describeCalls(requests[0])}`);
    const sqlFile = path.join(WORK, 'search-text.sql.json');
    fs.writeFileSync(sqlFile, JSON.stringify({ requests }));
    const bare = await ctx.startBaseline('bare search SQL', 'baseline-sql.js', { BENCH_SQL_FILE: sqlFile, DATABASE_URL, DATABASE_POOL_SIZE: String(POOL_SIZE) });
    const inTurn = (pathOf) => () => {
      let i = 0;
      return [{ method: 'GET', setupRequest: (req) => ({ ...req, path: pathOf(i++ % paths.length), headers: adminAuth }) }];
    };
    let m;
    try {
      m = await ctx.measureAgainstBaseline(
        { label: 'bare search SQL', options: { url: bare.url, connections: SEARCH_CONNECTIONS, requestsFactory: inTurn((i) => `/r/${i}`) } },
        { label: 'search_text', options: { url: base, connections: SEARCH_CONNECTIONS, requestsFactory: inTurn((i) => paths[i]) } },
      );
    } finally {
      await stop(bare.child);
    }
    log(`  p99 per round: portal ${m.rounds.map((r) => r.p99).join(', ')} ms, bare ${m.rounds.map((r) => r.baselineP99).join(', ')} ms; reported: the worst, ${m.worstP99} ms`);
    ctx.record('search_text', {
      metric: `req/s, admin list ?text= over ${opts.scale.toLocaleString('en')} files, ${TEXTS.length} texts in turn (trigram contains, 1-2 character name prefix), ${SEARCH_CONNECTIONS} connections; worst p99 of ${m.rounds.length} rounds ${m.worstP99} ms (bare ${m.worstBaselineP99} ms), median round p50 ${m.portal.p50} ms`,
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
