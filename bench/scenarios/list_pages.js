/* global Buffer, fetch */
'use strict';

const { log, round } = require('../lib/log');
const { target } = require('../lib/report');

const LIST_CONNECTIONS = 10;
const P99_MS = 30;
const DEEP_OVER_FIRST = 1.5;

// Two rows from one measurement pair: the deep page's ratio is against the first page.
module.exports = {
  id: 'list_pages',
  selectedBy: ['list_first_page', 'list_deep_page'],
  target: {
    list_first_page: target(`< ${P99_MS} ms`, (r) => r.p99 < P99_MS && r.non2xx === 0),
    list_deep_page: target(`< ${P99_MS} ms and <= ${DEEP_OVER_FIRST} x first page`, ({ deep, ratio }) => deep.p99 < P99_MS && ratio <= DEEP_OVER_FIRST && deep.non2xx === 0),
  },
  async run(ctx) {
    const { base, db, data, ids, token } = ctx;
    log(`scenarios list_first_page / list_deep_page: admin list, cycle + status filters, ${LIST_CONNECTIONS} connections`);
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    const { rows } = await db.query(
      `SELECT created_at, id FROM applications WHERE cycle_id = $1 AND status = 'submitted' ORDER BY created_at DESC, id DESC OFFSET 49999 LIMIT 1`,
      [data.cycleId],
    );
    const cursor = Buffer.from(JSON.stringify([rows[0].created_at.toISOString(), rows[0].id])).toString('base64url');
    const listPath = `/api/v1/applications?cycleId=${data.cycleId}&status=submitted&limit=20`;
    const check = await fetch(`${base}${listPath}&cursor=${cursor}`, { headers: adminAuth });
    const page = await check.json();
    if (check.status !== 200 || page.items.length !== 20) throw new Error(`deep page answered ${check.status}: ${JSON.stringify(page).slice(0, 500)}`);
    const firstPage = await ctx.measure('first page', { url: `${base}${listPath}`, connections: LIST_CONNECTIONS, headers: adminAuth });
    const deepPage = await ctx.measure('page 50,000 rows deep', { url: `${base}${listPath}&cursor=${cursor}`, connections: LIST_CONNECTIONS, headers: adminAuth });
    const metric = (what, r) => `p99 latency, admin list cycleId+status=submitted, ${what} (${LIST_CONNECTIONS} connections, ${round(r.rps, 0)} req/s)`;
    const first = this.target.list_first_page;
    ctx.record('list_first_page', { metric: metric('first page', firstPage), unit: 'ms', value: firstPage.p99, target: first, met: first.met(firstPage) });
    const ratio = deepPage.p99 / firstPage.p99;
    const deep = this.target.list_deep_page;
    ctx.record('list_deep_page', {
      metric: metric('page 50,000 rows deep (keyset cursor); baseline = first page', deepPage),
      unit: 'ms',
      value: deepPage.p99,
      baseline: firstPage.p99,
      ratio,
      target: deep,
      met: deep.met({ deep: deepPage, ratio }),
    });
  },
};
