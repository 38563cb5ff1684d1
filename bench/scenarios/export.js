/* global fetch */
'use strict';

const { log, round, sleep } = require('../lib/log');
const { probe } = require('../lib/processes');
const { target } = require('../lib/report');

// The API's resident set sampled this often while a file streams.
const RSS_SAMPLE_MS = 100;
const MAX_GROWTH_MB = 100;

// Two rows, one per format: export (CSV) and export_xlsx, under the same target.
module.exports = {
  id: 'export',
  target: target(`RSS growth < ${MAX_GROWTH_MB} MB, every row`, ({ growthMb, complete }) => growthMb < MAX_GROWTH_MB && complete),
  async run(ctx) {
    const { api, base, data, db, ids, token } = ctx;
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    const { rows: [{ n: expected }] } = await db.query('SELECT count(*)::int AS n FROM applications WHERE cycle_id = $1', [data.cycleId]);
    for (const format of ['csv', 'xlsx']) {
      log(`scenario export (${format}): GET /api/v1/admin/applications/export?format=${format}&cycleId= (${expected.toLocaleString('en')} rows), the API's RSS sampled every ${RSS_SAMPLE_MS} ms`);
      const before = (await probe(api, 'report')).rss;
      let peak = before;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, (await probe(api, 'report')).rss);
          await sleep(RSS_SAMPLE_MS);
        }
      })();
      const t0 = Date.now();
      const res = await fetch(`${base}/api/v1/admin/applications/export?format=${format}&cycleId=${data.cycleId}&lang=zh-CN`, { headers: adminAuth });
      if (res.status !== 200) throw new Error(`export answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      let bytes = 0;
      let newlines = 0;
      let bom = null;
      for await (const chunk of res.body) {
        if (bom === null) bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
        bytes += chunk.length;
        if (format === 'csv') for (let k = 0; k < chunk.length; k++) if (chunk[k] === 10) newlines++;
      }
      const seconds = (Date.now() - t0) / 1000;
      sampling = false;
      await sampler;
      // CSV: the header and one line per row (no field holds a newline). XLSX: the row count is the query's.
      const rows = format === 'csv' ? newlines - 1 : expected;
      const complete = format === 'csv' ? rows === expected && bom === true : bytes > 0;
      const growthMb = (peak - before) / (1024 * 1024);
      const rate = rows / seconds;
      log(`  ${format}: ${rows.toLocaleString('en')} rows, ${round(bytes / 1048576, 1)} MB in ${round(seconds, 1)} s (${round(rate, 0)} rows/s); API RSS ${round(before / 1048576, 0)} MB -> peak ${round(peak / 1048576, 0)} MB (+${round(growthMb, 1)} MB)${complete ? '' : ' INCOMPLETE'}`);
      ctx.record(format === 'csv' ? 'export' : 'export_xlsx', {
        metric: `rows/s, streamed ${format.toUpperCase()} export of ${expected.toLocaleString('en')} rows (${round(bytes / 1048576, 1)} MB); API RSS growth +${round(growthMb, 1)} MB (sampled every ${RSS_SAMPLE_MS} ms)${complete ? '' : ', INCOMPLETE'}`,
        unit: 'rows/s',
        value: rate,
        target: this.target,
        met: this.target.met({ growthMb, complete }),
      });
    }
  },
};
