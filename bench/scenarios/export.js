/* global fetch */
'use strict';

const { log, round, sleep } = require('../lib/log');
const { probe } = require('../lib/processes');
const { target } = require('../lib/report');

// The worker's resident set sampled this often while it writes the file.
const RSS_SAMPLE_MS = 100;
const MAX_GROWTH_MB = 100;
const POLL_MS = 200;

// Two rows, one per format: export (CSV) and export_xlsx, under the same target. An export is a
// queued operation: requested (202), made by the worker into the evidence store, read back until
// done, then downloaded. The rate is rows over request-to-done; the download is timed apart.
module.exports = {
  id: 'export',
  target: target(`RSS growth < ${MAX_GROWTH_MB} MB, every row`, ({ growthMb, complete }) => growthMb < MAX_GROWTH_MB && complete),
  async run(ctx) {
    const { base, data, db, ids, token, worker } = ctx;
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    const { rows: [{ n: expected }] } = await db.query('SELECT count(*)::int AS n FROM applications WHERE cycle_id = $1', [data.cycleId]);
    for (const format of ['csv', 'xlsx']) {
      log(`scenario export (${format}): POST /api/v1/admin/applications/exports {format: ${format}, cycleId} (${expected.toLocaleString('en')} rows), wait until done, download; the worker's RSS sampled every ${RSS_SAMPLE_MS} ms`);
      const before = (await probe(worker, 'report')).rss;
      let peak = before;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, (await probe(worker, 'report')).rss);
          await sleep(RSS_SAMPLE_MS);
        }
      })();
      const t0 = Date.now();
      const res = await fetch(`${base}/api/v1/admin/applications/exports`, {
        method: 'POST',
        headers: { ...adminAuth, 'content-type': 'application/json' },
        body: JSON.stringify({ format, cycleId: data.cycleId, lang: 'zh-CN' }),
      });
      const queued = await res.json();
      if (res.status !== 202) throw new Error(`export answered ${res.status}: ${JSON.stringify(queued).slice(0, 300)}`);
      let done;
      for (;;) {
        await sleep(POLL_MS);
        done = await (await fetch(`${base}/api/v1/admin/applications/exports/${queued.id}`, { headers: adminAuth })).json();
        if (done.status === 'failed') throw new Error(`export failed: ${done.errorCode}`);
        if (done.status === 'done') break;
      }
      const seconds = (Date.now() - t0) / 1000;
      sampling = false;
      await sampler;

      const d0 = Date.now();
      const file = await fetch(`${base}/api/v1/admin/applications/exports/${queued.id}/download`, { headers: adminAuth });
      if (file.status !== 200) throw new Error(`download answered ${file.status}: ${(await file.text()).slice(0, 300)}`);
      let bytes = 0;
      let newlines = 0;
      let bom = null;
      for await (const chunk of file.body) {
        if (bom === null) bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
        bytes += chunk.length;
        if (format === 'csv') for (let k = 0; k < chunk.length; k++) if (chunk[k] === 10) newlines++;
      }
      const downloadSeconds = (Date.now() - d0) / 1000;
      // CSV: the header and one line per row (no field holds a newline). XLSX: the worker's count.
      const rows = format === 'csv' ? newlines - 1 : done.rowCount;
      const complete = rows === expected && done.rowCount === expected && bytes === done.sizeBytes && (format === 'xlsx' || bom === true);
      const growthMb = (peak - before) / (1024 * 1024);
      const rate = rows / seconds;
      log(
        `  ${format}: ${rows.toLocaleString('en')} rows, ${round(bytes / 1048576, 1)} MB, request to done in ${round(seconds, 1)} s (${round(rate, 0)} rows/s); ` +
          `download ${round(downloadSeconds, 1)} s; worker RSS ${round(before / 1048576, 0)} MB -> peak ${round(peak / 1048576, 0)} MB (+${round(growthMb, 1)} MB)${complete ? '' : ' INCOMPLETE'}`,
      );
      ctx.record(format === 'csv' ? 'export' : 'export_xlsx', {
        metric: `rows/s, queued ${format.toUpperCase()} export of ${expected.toLocaleString('en')} rows into the store (${round(bytes / 1048576, 1)} MB; request to done), download ${round(downloadSeconds, 1)} s; worker RSS growth +${round(growthMb, 1)} MB (sampled every ${RSS_SAMPLE_MS} ms)${complete ? '' : ', INCOMPLETE'}`,
        unit: 'rows/s',
        value: rate,
        target: this.target,
        met: this.target.met({ growthMb, complete }),
      });
    }
  },
};
