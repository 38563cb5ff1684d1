/* global fetch */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { BARE_SUBMIT_POOL, DATABASE_URL, HOST_PROVINCE, POOL_SIZE, SUBMIT_POOL, WORK } = require('../lib/config');
const { captureCalls, describeCalls } = require('../lib/capture');
const { log } = require('../lib/log');
const { stop } = require('../lib/processes');
const { target } = require('../lib/report');

const CONNECTIONS = 50;
const MIN_RATIO = 0.5;

// Each side measured --rounds times in turn (lib/measure.js) against its bare transaction: a bare
// pg client running the statements the portal sent for one submission (captured), in one
// transaction, at the same concurrency, on drafts of its own (SUBMIT_POOL + 1 .. SUBMIT_POOL + BARE_SUBMIT_POOL).
module.exports = {
  id: 'submit',
  target: target(`>= ${MIN_RATIO} x its bare transaction, no errors, gap-free`, ({ m, gapFree }) => m.ratio >= MIN_RATIO && m.non2xx === 0 && m.portal.errors === 0 && gapFree),
  async run(ctx) {
    const { api, base, db, data, ids, token } = ctx;
    log(`scenario submit: POST /api/v1/applications/:id/submit, ${CONNECTIONS} concurrent applicants, one draft each submit; baseline: the same statements in one transaction, bare pg`);
    let next = 0;
    const used = new Set();
    const take = () => {
      let n = ++next;
      while (used.has(n)) n = ++next;
      return n <= SUBMIT_POOL ? n : null;
    };
    // Signed before the run, so the load generator does no crypto while it is measured.
    const submitAuth = Array.from({ length: SUBMIT_POOL }, (_, i) => `Bearer ${token(ids.submitUser(i + 1))}`);
    const submitRequest = (n) => ({ path: `/api/v1/applications/${ids.submitApplication(n)}/submit`, auth: submitAuth[n - 1] });
    const submitOnce = (n) => {
      const s = submitRequest(n);
      return fetch(`${base}${s.path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: s.auth }, body: '{"declarationAccepted":true}' });
    };
    // The recommending units the pool's files go to at submission (a file is refused without
    // one): the sub-centre of their district (500103) and, for the cross-provincial quarter, the
    // partner association. No officers: nobody is told of the arriving files.
    await db.query(
      `INSERT INTO organisations (kind, name_zh, name_en, region_code, province)
       VALUES ('sub_centre', '渝中区设计服务分中心（基准）', 'Yuzhong design service sub-centre (bench)', '500103', $1),
              ('association', '合作协会（基准）', 'Partner association (bench)', NULL, $1)
       ON CONFLICT DO NOTHING`,
      [HOST_PROVINCE],
    );
    // Pre-flight, one submit per level, one at a time: each must succeed (or the fixtures no
    // longer match the forms), and it primes the compiled form validators (see draft_save). The
    // last one's SQL is captured (the validators are warm by then) for the baseline.
    const firstIds = Array.from({ length: 50 }, (_, i) => ids.submitApplication(i + 1));
    const { rows: levels } = await db.query('SELECT DISTINCT ON (level) id, level FROM applications WHERE id = ANY($1::uuid[]) ORDER BY level, id', [firstIds]);
    for (const row of levels) {
      const n = firstIds.indexOf(row.id) + 1;
      used.add(n);
      const res = await submitOnce(n);
      if (res.status !== 200) throw new Error(`submit pre-flight (${row.level}) answered ${res.status}: ${(await res.text()).slice(0, 2000)}`);
      await res.arrayBuffer();
    }
    // One more, validators warm (a level's first submission also reads and compiles its form): its SQL is the baseline's.
    const n0 = take();
    used.add(n0);
    const { result: res0, calls } = await captureCalls(api, () => submitOnce(n0));
    if (res0.status !== 200) throw new Error(`submit pre-flight answered ${res0.status}: ${(await res0.text()).slice(0, 2000)}`);
    const body0 = await res0.json();
    const { rows: [bound] } = await db.query('SELECT identity_index FROM users WHERE id = $1', [ids.submitUser(n0)]);
    const capture = { calls, captured: { applicationId: ids.submitApplication(n0), applicantId: ids.submitUser(n0), version: 1, referenceNumber: body0.referenceNumber, identityIndex: bound?.identity_index ?? null } };
    // Each bare submitter's own identity index, shaped like the captured one (a digest of its id).
    const indexFor = (userId) => {
      const v = capture.captured.identityIndex;
      if (!v) return null;
      return crypto.createHash('sha256').update(userId).digest(/^[0-9a-f]+$/.test(v) ? 'hex' : 'base64').slice(0, v.length);
    };
    if (!capture.captured.referenceNumber || !capture.calls.some((c) => /\bcycle_counters\b/.test(c.text))) throw new Error(`submit: no reference number or counter statement captured: ${describeCalls(capture.calls)}`);
    log(`  captured ${capture.calls.length} statements for one submission: ${describeCalls(capture.calls)}`);
    const sqlFile = path.join(WORK, 'submit.sql.json');
    const targets = Array.from({ length: BARE_SUBMIT_POOL }, (_, i) => ({
      applicationId: ids.submitApplication(SUBMIT_POOL + i + 1),
      applicantId: ids.submitUser(SUBMIT_POOL + i + 1),
      version: 1,
      identityIndex: indexFor(ids.submitUser(SUBMIT_POOL + i + 1)),
    }));
    fs.writeFileSync(sqlFile, JSON.stringify({ ...capture, targets, mode: 'once' }));
    const bare = await ctx.startBaseline('bare submit transaction', 'baseline-tx.js', { BENCH_SQL_FILE: sqlFile, DATABASE_URL, DATABASE_POOL_SIZE: String(POOL_SIZE) });

    const problems = [];
    const portalRequests = () => [
      {
        method: 'POST',
        setupRequest: (req) => {
          // Out of drafts: the last one again (a 409, counted as non-2xx; the pool is sized well above the rate).
          const s = submitRequest(take() ?? SUBMIT_POOL);
          return { ...req, method: 'POST', path: s.path, headers: { 'content-type': 'application/json', authorization: s.auth }, body: '{"declarationAccepted":true}' };
        },
        onResponse: (status, body) => {
          if (status !== 200 && problems.length < 5) problems.push(`${status} ${String(body).slice(0, 300)}`);
        },
      },
    ];
    const bareRequests = () => [{ method: 'POST', path: '/tx', onResponse: (status, body) => status !== 200 && problems.length < 5 && problems.push(`bare ${status} ${String(body).slice(0, 300)}`) }];
    let m;
    try {
      m = await ctx.measureAgainstBaseline(
        { label: 'bare submit transaction', options: { url: bare.url, connections: CONNECTIONS, requestsFactory: bareRequests } },
        { label: 'submit', options: { url: base, connections: CONNECTIONS, requestsFactory: portalRequests } },
      );
    } finally {
      await stop(bare.child);
    }
    if (problems.length) log(`  first failures: ${problems.join(' | ')}`);
    // Gap-free: the cycle's reference numbers are exactly 1..last_number, each once (the baseline's
    // transactions draw from the same counter).
    const { rows } = await db.query(
      `SELECT (SELECT last_number FROM cycle_counters WHERE cycle_id = $1) AS last,
              count(*)::int AS numbered, count(DISTINCT seq)::int AS distinct_numbers, min(seq) AS min, max(seq) AS max
         FROM (SELECT substring(reference_number from '(\\d+)$')::int AS seq FROM applications WHERE cycle_id = $1 AND reference_number IS NOT NULL) x`,
      [data.cycleId],
    );
    const g = rows[0];
    const gapFree = g.numbered === g.last && g.distinct_numbers === g.numbered && g.min === 1 && g.max === g.last;
    log(`  reference numbers: ${g.numbered} in the cycle, 1..${g.max}, counter ${g.last}: ${gapFree ? 'gap-free' : 'NOT GAP-FREE'} (${g.numbered - data.numbered} new, portal and baseline)`);
    ctx.record('submit', {
      metric: `submissions/s, ${CONNECTIONS} concurrent applicants (p99 ${m.portal.p99} ms, bare ${m.baseline.p99} ms; ${m.non2xx + m.portal.errors} errors, numbers ${gapFree ? 'gap-free' : 'NOT gap-free'} 1..${g.last}); baseline: the captured statements in one transaction, bare pg`,
      unit: 'submissions/s',
      value: m.portal.rps,
      baseline: m.baseline.rps,
      ratio: m.ratio,
      rounds: m.rounds,
      target: this.target,
      met: this.target.met({ m, gapFree }),
    });
  },
};
