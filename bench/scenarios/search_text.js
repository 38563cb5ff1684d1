/* global fetch */
'use strict';

const { log, round } = require('../lib/log');
const { target } = require('../lib/report');

const SEARCH_CONNECTIONS = 10;
const P99_MS = 100;

module.exports = {
  id: 'search_text',
  target: target(`< ${P99_MS} ms`, (r) => r.p99 < P99_MS && r.non2xx === 0),
  async run(ctx) {
    const { base, data, ids, opts, token } = ctx;
    log(`scenario search_text: admin list ?text= (names, employers, reference numbers; 1-2 character name look-ups), ${SEARCH_CONNECTIONS} connections`);
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    // Names are 申请人<n>, employers 某工业设计有限公司 <n % 5000>, reference numbers <cycle>-<LEVEL>-<000123>.
    const texts = ['申请人12345', '申请人9876', '有限公司 4321', '有限公司 17', 'INT-00123', 'SEN-0042', '申', '申请', 'nobody-such', '100%_x'];
    const paths = texts.map((t, i) => `/api/v1/applications?${i % 2 === 0 ? `cycleId=${data.cycleId}&` : ''}text=${encodeURIComponent(t)}&limit=20`);
    for (const p of paths) {
      const res = await fetch(`${base}${p}`, { headers: adminAuth });
      if (res.status !== 200) throw new Error(`search ${p} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    }
    const factory = () => {
      let i = 0;
      return [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length], headers: adminAuth }) }];
    };
    const r = await ctx.measure('search_text', { url: base, connections: SEARCH_CONNECTIONS, requestsFactory: factory });
    ctx.record('search_text', {
      metric: `p99 latency, admin list ?text= over ${opts.scale.toLocaleString('en')} files, ${texts.length} texts in turn (trigram contains, 1-2 character name prefix) (${SEARCH_CONNECTIONS} connections, ${round(r.rps, 0)} req/s, p50 ${r.p50} ms)`,
      unit: 'ms',
      value: r.p99,
      target: this.target,
      met: this.target.met(r),
    });
  },
};
