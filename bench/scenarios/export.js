/* global fetch */
'use strict';

const { DATABASE_URL } = require('../lib/config');
const { captureCalls, copyOut } = require('../lib/capture');
const { log, round, sleep } = require('../lib/log');
const { probe } = require('../lib/processes');
const { target } = require('../lib/report');

// The worker's resident set sampled this often while it writes the file.
const RSS_SAMPLE_MS = 100;
const MAX_GROWTH_MB = 100;
// Bounded memory: the worker's live heap (its old generation in use after a full collection: each
// one V8 ran during the export, and one forced after it) may exceed the one before the export by
// this much at most.
// One batch of rows and the streams' buffers are a few MB; rows kept until the end would be
// hundreds of bytes each (tens of MB at 100,000 rows). The resident set alone cannot show it:
// V8 leaves dead rows and buffers uncollected, and freed pages unreturned, as long as it likes.
const MAX_LIVE_GROWTH_MB = 32;
const POLL_MS = 200;
const MIN_RATIO = 0.1;

// Two rows, one per format: export (CSV) and export_xlsx, under the same target. An export is a
// queued operation: requested (202), made by the worker into the evidence store, read back until
// done, then downloaded. The rate is rows over request-to-done; the download is timed apart.
module.exports = {
  id: 'export',
  // The baseline: psql's COPY (the export's own SELECT, captured from the worker) TO STDOUT, the same rows in the same order.
  target: target(
    `>= ${MIN_RATIO} x COPY TO STDOUT; worker live heap growth < ${MAX_LIVE_GROWTH_MB} MB and RSS growth < ${MAX_GROWTH_MB} MB, every row`,
    ({ ratio, liveGrowthMb, growthMb, complete }) => ratio >= MIN_RATIO && liveGrowthMb < MAX_LIVE_GROWTH_MB && growthMb < MAX_GROWTH_MB && complete,
  ),
  async run(ctx) {
    const { base, data, db, ids, token, worker } = ctx;
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    const { rows: [{ n: expected }] } = await db.query('SELECT count(*)::int AS n FROM applications WHERE cycle_id = $1', [data.cycleId]);
    let bare = null;
    for (const format of ['csv', 'xlsx']) {
      log(`scenario export (${format}): POST /api/v1/admin/applications/exports {format: ${format}, cycleId} (${expected.toLocaleString('en')} rows), wait until done, download; the worker's RSS sampled every ${RSS_SAMPLE_MS} ms`);
      // A full collection first: the live heap and resident set the export starts from.
      const start = await probe(worker, 'gc');
      const before = start.rss;
      const heapBefore = start.liveOldGeneration;
      let peak = before;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, (await probe(worker, 'report')).rss);
          await sleep(RSS_SAMPLE_MS);
        }
      })();
      const t0 = Date.now();
      const exportOnce = async () => {
        const res = await fetch(`${base}/api/v1/admin/applications/exports`, {
          method: 'POST',
          headers: { ...adminAuth, 'content-type': 'application/json' },
          body: JSON.stringify({ format, cycleId: data.cycleId, lang: 'zh-CN' }),
        });
        const queued = await res.json();
        if (res.status !== 202) throw new Error(`export answered ${res.status}: ${JSON.stringify(queued).slice(0, 300)}`);
        for (;;) {
          await sleep(POLL_MS);
          const state = await (await fetch(`${base}/api/v1/admin/applications/exports/${queued.id}`, { headers: adminAuth })).json();
          if (state.status === 'failed') throw new Error(`export failed: ${state.errorCode}`);
          if (state.status === 'done') return { queued, done: state };
        }
      };
      // The CSV run also captures the worker's SQL (the driver-level hook of eventloop-probe.js: a
      // call and its values pushed to a list per statement, one statement per batch).
      let queued;
      let done;
      let calls = [];
      if (format === 'csv') ({ result: { queued, done }, calls } = await captureCalls(worker, exportOnce));
      else ({ queued, done } = await exportOnce());
      const seconds = (Date.now() - t0) / 1000;
      sampling = false;
      await sampler;
      // The live heap during the export (after each full collection V8 ran) and after it (forced).
      const end = await probe(worker, 'gc');
      const fullGcs = end.fullGcOldGeneration.length;
      const liveMax = Math.max(end.liveOldGeneration, ...end.fullGcOldGeneration);
      const liveGrowthMb = (liveMax - heapBefore) / (1024 * 1024);
      const heapAfterMb = end.liveOldGeneration / (1024 * 1024);

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
      if (!bare) {
        // The first batch's SELECT (no keyset condition yet), every row of it by COPY.
        const first = calls.find((c) => /FROM "?applications"?\b/.test(c.text) && /\sLIMIT\s+\d+\s*$/i.test(c.text));
        if (!first) throw new Error(`could not capture the export's SELECT (${calls.length} statements)`);
        bare = await copyOut(DATABASE_URL, first);
        if (bare.rows !== expected) throw new Error(`COPY gave ${bare.rows} rows, expected ${expected}`);
        log(`  baseline: COPY (the export's SELECT) TO STDOUT by psql: ${bare.rows.toLocaleString('en')} rows, ${round(bare.bytes / 1048576, 1)} MB in ${round(bare.seconds, 1)} s (${round(bare.rows / bare.seconds, 0)} rows/s)`);
      }
      const bareRate = bare.rows / bare.seconds;
      const ratio = rate / bareRate;
      log(
        `  ${format}: ${rows.toLocaleString('en')} rows, ${round(bytes / 1048576, 1)} MB, request to done in ${round(seconds, 1)} s (${round(rate, 0)} rows/s); ` +
          `download ${round(downloadSeconds, 1)} s; worker RSS ${round(before / 1048576, 0)} MB -> peak ${round(peak / 1048576, 0)} MB (+${round(growthMb, 1)} MB); ` +
          `live heap ${round(heapBefore / 1048576, 1)} MB -> max ${round(liveMax / 1048576, 1)} MB (+${round(liveGrowthMb, 1)} MB; ${fullGcs} full GCs by V8 during it, ${round(heapAfterMb, 1)} MB after)${complete ? '' : ' INCOMPLETE'}`,
      );
      log(`  ${format}: live heap (old generation) after each of V8's full GCs during the export (MB, in order): ${end.fullGcOldGeneration.map((b) => round(b / 1048576, 1)).join(', ') || 'none'}`);
      ctx.record(format === 'csv' ? 'export' : 'export_xlsx', {
        metric: `rows/s, baseline COPY TO STDOUT of the same rows (${round(bare.seconds, 1)} s); queued ${format.toUpperCase()} export of ${expected.toLocaleString('en')} rows into the store (${round(bytes / 1048576, 1)} MB; request to done), download ${round(downloadSeconds, 1)} s; worker live heap growth +${round(liveGrowthMb, 1)} MB (old generation in use after a full GC: ${fullGcs} by V8 during the export, one forced after it; ${round(heapBefore / 1048576, 1)} MB before), RSS growth +${round(growthMb, 1)} MB (sampled every ${RSS_SAMPLE_MS} ms)${complete ? '' : ', INCOMPLETE'}`,
        unit: 'rows/s',
        value: rate,
        baseline: bareRate,
        ratio,
        target: this.target,
        met: this.target.met({ ratio, liveGrowthMb, growthMb, complete }),
      });
    }
  },
};
