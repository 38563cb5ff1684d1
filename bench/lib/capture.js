// The SQL a portal process sends for one request, with its bound values, in order (read by
// bench/eventloop-probe.js from inside the process), for the bare baselines to run the same
// statements: the statements of the request itself, without the caller's authentication
// lookups (the account and session reads, which the portal caches and the baselines skip).
'use strict';

const { log } = require('./log');
const { probe } = require('./processes');

const AUTH = /FROM "?(users|refresh_tokens)"?\b/;

/** Runs `request()` with the capture on in `child` (the API or the worker); returns { result, calls }. */
async function captureCalls(child, request, { keepAuth = false } = {}) {
  const start = await probe(child, 'capture-start');
  if (start.quiet === false) log('  capture: the process did not fall quiet (a pool connection stayed in use); other requests may be in the capture');
  let result;
  let report;
  try {
    result = await request();
  } finally {
    report = await probe(child, 'capture-stop');
  }
  // The caller's authentication comes first; later reads of users (e.g. reviewers' names) are the request's own.
  const all = report.calls ?? [];
  const firstOwn = all.findIndex((c) => !AUTH.test(c.text));
  const calls = keepAuth || firstOwn < 0 ? all : all.slice(firstOwn);
  return { result, calls };
}

/** One line naming the statements, for the log. */
const describeCalls = (calls) => calls.map((c) => c.text.replace(/\s+/g, ' ').slice(0, 50) + '…').join(' | ');

module.exports = { captureCalls, describeCalls };

/**
 * `COPY (<select>) TO STDOUT (FORMAT csv, HEADER)` of a captured SELECT, run by psql (libpq,
 * the bare client): its LIMIT removed (the export reads in keyset batches; COPY reads every row
 * in the same order), its bound values given as psql variables (quoted by psql, `:'pN'`).
 * Resolves { rows, bytes, seconds }; the rows are counted as the CSV's lines less the header.
 */
function copyOut(databaseUrl, call) {
  const { spawn } = require('child_process');
  const select = call.text.replace(/\s+LIMIT\s+\d+\s*$/i, '').replace(/\$(\d+)/g, (_, n) => `:'p${n}'`);
  const vars = call.values.flatMap((v, i) => {
    if (v !== null && typeof v === 'object') throw new Error(`copyOut: value ${i + 1} is not a scalar`);
    return ['-v', `p${i + 1}=${v}`];
  });
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const psql = spawn('psql', [databaseUrl, '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...vars, '-f', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let bytes = 0;
    let newlines = 0;
    let stderr = '';
    psql.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      for (let k = 0; k < chunk.length; k++) if (chunk[k] === 10) newlines++;
    });
    psql.stderr.on('data', (chunk) => (stderr += chunk));
    psql.on('error', reject);
    psql.on('close', (code) => (code === 0 ? resolve({ rows: newlines - 1, bytes, seconds: (Date.now() - t0) / 1000 }) : reject(new Error(`psql COPY failed (${code}): ${stderr}`))));
    psql.stdin.end(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER true);\n`);
  });
}

module.exports.copyOut = copyOut;
