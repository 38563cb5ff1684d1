/* global fetch */
'use strict';

const { DRAFT_POOL } = require('../lib/config');
const { log, sleep } = require('../lib/log');
const { cannon, describe, cpuByProcess, cpuPerRequest } = require('../lib/measure');
const { target } = require('../lib/report');

const MIN_RPS = 1000;
const P99_MS = 100;

module.exports = {
  id: 'draft_save',
  target: target(`>= ${MIN_RPS.toLocaleString('en')} req/s and p99 < ${P99_MS} ms`, (r) => r.rps >= MIN_RPS && r.p99 < P99_MS && r.non2xx === 0),
  async run(ctx) {
    const { base, db, ids, token } = ctx;
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
    for (const row of perLevel) {
      const d = drafts.find((x) => x.id === row.id);
      const primed = await fetch(`${base}/api/v1/applications/${d.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: d.auth },
        body: JSON.stringify({ version: d.version, data: { identity: { mobile: '13900000000' } } }),
      });
      if (primed.status !== 200) throw new Error(`draft save pre-flight (${row.level}) answered ${primed.status}: ${(await primed.text()).slice(0, 2000)}`);
    }
    await refresh();
    await cannon('draft warm-up', { url: base, connections: 100, duration: 3, requestsFactory: factory });
    // Saves cut off at the end of the warm-up are still being committed by the API: let them land.
    await sleep(3000);
    await refresh();
    problems.length = 0;
    const cpuBefore = cpuByProcess();
    const r = await cannon('portal', { url: base, connections: 100, duration: ctx.opts.duration, requestsFactory: factory });
    log(`  portal: ${describe(r)}`);
    log(`    CPU per request: ${cpuPerRequest(cpuBefore, cpuByProcess(), r.total)}`);
    if (problems.length) log(`  first failures: ${problems.join(' | ')}`);
    ctx.record('draft_save', {
      metric: `req/s, PATCH draft save with validation, 100 connections (p99 ${r.p99} ms, ${r.non2xx} non-2xx)`,
      unit: 'req/s',
      value: r.rps,
      target: this.target,
      met: this.target.met(r),
    });
  },
};
