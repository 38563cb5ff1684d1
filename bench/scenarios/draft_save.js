/* global fetch */
'use strict';

const fs = require('fs');
const path = require('path');
const { BARE_DRAFT_POOL, DATABASE_URL, DRAFT_POOL, POOL_SIZE, WORK } = require('../lib/config');
const { captureCalls, describeCalls } = require('../lib/capture');
const { log, sleep } = require('../lib/log');
const { cannon } = require('../lib/measure');
const { stop } = require('../lib/processes');
const { target } = require('../lib/report');

const MIN_RATIO = 0.5;
const P99_MS = 100;

// Each side measured --rounds times in turn (lib/measure.js) against its bare transaction: a bare
// pg client running the statements the portal sent for one save (captured), in one transaction,
// at the same concurrency, on drafts of its own (DRAFT_POOL + 1 .. DRAFT_POOL + BARE_DRAFT_POOL).
module.exports = {
  id: 'draft_save',
  target: target(`>= ${MIN_RATIO} x its bare transaction; worst p99 < ${P99_MS} ms`, (m) => m.ratio >= MIN_RATIO && m.worstP99 < P99_MS && m.non2xx === 0),
  async run(ctx) {
    const { api, base, db, ids, token } = ctx;
    log(`scenario draft_save: PATCH /api/v1/applications/:id (merge patch, full validation), 100 connections over ${DRAFT_POOL} drafts`);
    const drafts = Array.from({ length: DRAFT_POOL }, (_, i) => ({ id: ids.draftApplication(i + 1), auth: `Bearer ${token(ids.draftUser(i + 1))}`, version: 1 }));
    const problems = [];
    let edits = 0;
    const factory = () => {
      const free = [...drafts];
      return [
        {
          method: 'PATCH',
          setupRequest: (req, context) => {
            const d = free.shift();
            context.draft = d;
            edits++;
            req.method = 'PATCH';
            req.path = `/api/v1/applications/${d.id}`;
            req.headers = { 'content-type': 'application/json', authorization: d.auth };
            req.body = JSON.stringify({
              version: d.version,
              data: { identity: { mobile: `139${String(edits % 100000000).padStart(8, '0')}` }, employer: { name: `重庆某工业设计有限公司 ${edits % 1000}` } },
            });
            return req;
          },
          onResponse: (status, body, context) => {
            const d = context.draft;
            if (status === 200) d.version += 1;
            else {
              if (problems.length < 5) problems.push(`${status} ${String(body).slice(0, 300)}`);
              try {
                const current = JSON.parse(body).details?.currentVersion;
                if (typeof current === 'number') d.version = current;
              } catch {
                // keep the version
              }
            }
            free.push(d);
          },
        },
      ];
    };
    // A request cut off at the end of a run may still have saved: re-read every version before a run.
    const refresh = async () => {
      const { rows } = await db.query('SELECT id, version FROM applications WHERE id = ANY($1::uuid[])', [drafts.map((d) => d.id)]);
      const byId = new Map(rows.map((row) => [row.id, row.version]));
      for (const d of drafts) d.version = byId.get(d.id);
    };
    await refresh();
    // Prime the compiled form validators with one save per level, one at a time. Cold, the
    // portal's FormsService.validator() reads the form on a second pool connection while
    // the save's transaction holds one: a burst of >= DATABASE_POOL_SIZE concurrent first
    // saves takes every connection and waits forever for one more (see README > Performance).
    const { rows: perLevel } = await db.query(
      'SELECT DISTINCT ON (level) id, level FROM applications WHERE id = ANY($1::uuid[]) ORDER BY level, id',
      [drafts.map((d) => d.id)],
    );
    const save = (d) =>
      fetch(`${base}/api/v1/applications/${d.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: d.auth },
        body: JSON.stringify({ version: d.version, data: { identity: { mobile: '13900000001' }, employer: { name: '重庆某工业设计有限公司 1' } } }),
      });
    for (const row of perLevel) {
      const d = drafts.find((x) => x.id === row.id);
      const primed = await save(d);
      if (primed.status !== 200) throw new Error(`draft save pre-flight (${row.level}) answered ${primed.status}: ${(await primed.text()).slice(0, 2000)}`);
      await primed.arrayBuffer();
    }
    await refresh();
    // One more save, validators warm (a level's first save also reads and compiles its form): its SQL is the baseline's.
    const d0 = drafts[0];
    const { result: saved, calls } = await captureCalls(api, () => save(d0));
    if (saved.status !== 200) throw new Error(`draft save pre-flight answered ${saved.status}: ${(await saved.text()).slice(0, 2000)}`);
    const capture = { calls, captured: { applicationId: d0.id, applicantId: ids.draftUser(1), version: d0.version } };
    log(`  captured ${capture.calls.length} statements for one save: ${describeCalls(capture.calls)}`);
    await refresh();
    const bareIds = Array.from({ length: BARE_DRAFT_POOL }, (_, i) => ({ applicationId: ids.draftApplication(DRAFT_POOL + i + 1), applicantId: ids.draftUser(DRAFT_POOL + i + 1) }));
    const { rows: bareVersions } = await db.query('SELECT id, version FROM applications WHERE id = ANY($1::uuid[])', [bareIds.map((t) => t.applicationId)]);
    const bareVersion = new Map(bareVersions.map((r) => [r.id, r.version]));
    const sqlFile = path.join(WORK, 'draft-save.sql.json');
    fs.writeFileSync(sqlFile, JSON.stringify({ ...capture, targets: bareIds.map((t) => ({ ...t, version: bareVersion.get(t.applicationId) })), mode: 'cycle' }));
    const bare = await ctx.startBaseline('bare draft-save transaction', 'baseline-tx.js', { BENCH_SQL_FILE: sqlFile, DATABASE_URL, DATABASE_POOL_SIZE: String(POOL_SIZE) });
    await cannon('draft warm-up', { url: base, connections: 100, duration: 3, requestsFactory: factory });
    // Saves cut off at the end of the warm-up are still being committed by the API: let them land.
    await sleep(3000);
    await refresh();
    problems.length = 0;
    const bareRequests = () => [{ method: 'POST', path: '/tx', onResponse: (status, body) => status !== 200 && problems.length < 5 && problems.push(`bare ${status} ${String(body).slice(0, 300)}`) }];
    let m;
    try {
      m = await ctx.measureAgainstBaseline(
        { label: 'bare draft-save transaction', options: { url: bare.url, connections: 100, requestsFactory: bareRequests } },
        // Before each portal round the versions are re-read, once saves cut off at the end of the last run have landed.
        { label: 'draft_save', options: { url: base, connections: 100, requestsFactory: factory }, before: () => sleep(2000).then(refresh) },
      );
    } finally {
      await stop(bare.child);
    }
    if (problems.length) log(`  first failures: ${problems.join(' | ')}`);
    ctx.record('draft_save', {
      metric: `req/s, PATCH draft save with validation, 100 connections (worst p99 of ${m.rounds.length} rounds ${m.worstP99} ms, bare ${m.worstBaselineP99} ms; ${m.non2xx} non-2xx); baseline: the captured statements in one transaction, bare pg`,
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
