// Baseline for the write scenarios (`submit`, `draft_save`): a bare pg client running, in one
// transaction on one pooled connection, the statements the portal sent for one such request
// (captured by bench/eventloop-probe.js with their bound values, BENCH_SQL_FILE), behind bare
// Fastify so autocannon drives it at the same concurrency. Each request works on its own file
// of a pool the portal does not touch: the captured file's and applicant's ids are swapped for
// that file's in every value (JSON payloads included). For a submission, the number the
// captured statement on cycle_counters returned is swapped for the one this transaction's
// returns (in the reference number too), so numbers stay gap-free, and the applicant's identity
// index (unique per person) for one of the target's own; for a draft save, the captured version
// for the file's current one.
//
// BENCH_SQL_FILE: { calls: [{ text, values }], captured: { applicationId, applicantId, version,
//   referenceNumber?, identityIndex? }, targets: [{ applicationId, applicantId, version, identityIndex? }],
//   mode: 'once' | 'cycle' }
'use strict';

const fs = require('fs');
const { bareFastify, listen, portalPool, revive } = require('./lib/bare-server');

const spec = JSON.parse(fs.readFileSync(process.env.BENCH_SQL_FILE, 'utf8'));
const { captured, targets } = spec;
const pool = portalPool();
const COUNTER = /\bcycle_counters\b/;
const capturedSeq = captured.referenceNumber ? /(\d+)$/.exec(captured.referenceNumber)[1] : null;
const refPrefix = captured.referenceNumber ? captured.referenceNumber.slice(0, captured.referenceNumber.length - capturedSeq.length) : null;

// 'once' (submissions): each file taken once, in order. 'cycle' (draft saves): a free list, a file
// back in it when its save is answered, so no two saves of one file overlap.
let next = 0;
const free = targets.map((t) => ({ ...t }));
const take = () => (spec.mode === 'once' ? free[next++] : free.shift());

function swap(value, t, seq) {
  if (typeof value === 'string') {
    let s = value.split(captured.applicationId).join(t.applicationId).split(captured.applicantId).join(t.applicantId);
    if (seq !== null && captured.referenceNumber) s = s.split(captured.referenceNumber).join(refPrefix + String(seq).padStart(capturedSeq.length, '0'));
    // The applicant's identity index (one person, one account: unique per user), the target's own.
    if (captured.identityIndex && t.identityIndex) s = s.split(captured.identityIndex).join(t.identityIndex);
    return s;
  }
  if (typeof value === 'number') {
    if (seq !== null && capturedSeq !== null && value === Number(capturedSeq)) return seq;
    if (spec.mode === 'cycle' && value === captured.version) return t.version;
    if (spec.mode === 'cycle' && value === captured.version + 1) return t.version + 1;
  }
  if (Array.isArray(value)) return value.map((v) => swap(v, t, seq));
  return value;
}

const fastify = bareFastify();
fastify.post('/tx', async (request, reply) => {
  const t = take();
  if (!t) return reply.code(409).send({ statusCode: 409, code: 'POOL_EXHAUSTED' });
  const client = await pool.connect();
  let seq = null;
  let updated = 0;
  try {
    for (const c of spec.calls) {
      const result = await client.query(c.text, c.values.map((v) => swap(revive(v), t, seq)));
      if (COUNTER.test(c.text) && result.rows?.length) seq = Number(Object.values(result.rows[0]).find((v) => /^\d+$/.test(String(v))));
      if (/^\s*UPDATE\s+"?applications"?/i.test(c.text)) updated += result.rowCount;
    }
    if (updated === 0) throw new Error('no file updated');
    t.version += 1;
    return { ok: true };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    return reply.code(500).send({ statusCode: 500, message: error.message });
  } finally {
    client.release();
    if (spec.mode !== 'once') free.push(t);
  }
});

listen(fastify, pool);
