// Load (autocannon), where the CPU went while it ran, and the alternating ratio measurement.
'use strict';

const fs = require('fs');
const autocannon = require('autocannon');
const { children } = require('./processes');
const { log, round } = require('./log');

/** One autocannon run; `requestsFactory` builds fresh request definitions (state per run). */
async function cannon(label, { url, connections, duration, requestsFactory, method, headers, body }) {
  const options = { url, connections, duration, method, headers, body, requests: requestsFactory ? requestsFactory() : undefined };
  // autocannon takes an explicit undefined as a value, not as "use the default".
  for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
  const instance = autocannon(options);
  const result = await instance;
  return {
    label,
    rps: result.requests.average,
    total: result.requests.total,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
    duration: result.duration,
  };
}

const describe = (r) =>
  `${round(r.rps, 0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors`;

// Where the two cores went during a measured run: CPU seconds (user + system) of each bench
// child (API, worker, baseline), of PostgreSQL's and Redis's processes, and of this process
// (autocannon), read from /proc. Printed per request, it says which side a ratio is lost on.
const CLOCK_TICKS = 100;
function cpuByProcess() {
  const totals = new Map();
  const add = (name, seconds) => totals.set(name, (totals.get(name) ?? 0) + seconds);
  const childNames = new Map([...children].map((c) => [String(c.pid), c.benchName]));
  let pids = [];
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return totals; // not Linux: no breakdown
  }
  for (const pid of pids) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = childNames.get(pid) ?? (comm === 'postgres' ? 'postgres' : comm.startsWith('redis-server') ? 'redis' : null);
    // utime + stime; for PostgreSQL also cutime + cstime, so that backends which exited during a
    // scenario still count: the postmaster reaps them, and their CPU moves into its children's time.
    const own = Number(fields[11]) + Number(fields[12]);
    const seconds = (name === 'postgres' ? own + Number(fields[13]) + Number(fields[14]) : own) / CLOCK_TICKS;
    if (name) add(name, seconds);
  }
  const self = process.cpuUsage();
  add('bench (autocannon)', (self.user + self.system) / 1e6);
  return totals;
}

function cpuPerRequest(before, after, requests) {
  const parts = [];
  for (const [name, seconds] of after) {
    const used = seconds - (before.get(name) ?? 0);
    if (used > 0.005 && requests > 0) parts.push(`${name} ${Math.round((used / requests) * 1e6)} µs`);
  }
  return parts.join(', ');
}

/** measure() and measureAgainstBaseline() for a run's --duration and --rounds. */
function measuring(opts) {
  /**
   * Warm-up run (short, discarded), then the measured run. `prepare`: the side's own preparation
   * (e.g. re-reading draft versions), before each run: a request the warm-up cut off may still
   * land after it (a save's version then read one behind: 100 `409`s in the first round).
   */
  async function measure(label, options, warmSeconds = 3, prepare = undefined) {
    if (warmSeconds > 0) {
      if (prepare) await prepare();
      await cannon(`${label} warm-up`, { ...options, duration: warmSeconds });
    }
    if (prepare) await prepare();
    const before = cpuByProcess();
    const r = await cannon(label, { ...options, duration: opts.duration });
    log(`  ${label}: ${describe(r)}`);
    log(`    CPU per request: ${cpuPerRequest(before, cpuByProcess(), r.total)}`);
    return r;
  }

  /**
   * A ratio scenario: the baseline and the portal measured in turns, opts.rounds times each, in
   * the order B P, P B, B P, … so that a machine which speeds up or slows down during the
   * scenario (a shared host drifts by 10-20 % within minutes) favours neither side. The round
   * with the median ratio is the one reported, so its value, baseline and ratio agree; every
   * round is kept in the results.
   */
  async function measureAgainstBaseline(baseline, portal) {
    const rounds = [];
    for (let i = 0; i < opts.rounds; i++) {
      const pair = {};
      for (const side of i % 2 === 0 ? ['baseline', 'portal'] : ['portal', 'baseline']) {
        const { label, options, before } = side === 'baseline' ? baseline : portal;
        pair[side] = await measure(opts.rounds > 1 ? `${label} (round ${i + 1}/${opts.rounds})` : label, options, i === 0 ? 3 : 0, before);
      }
      pair.ratio = pair.portal.rps / pair.baseline.rps;
      rounds.push(pair);
    }
    const byRatio = [...rounds].sort((a, b) => a.ratio - b.ratio);
    const median = byRatio[Math.floor((byRatio.length - 1) / 2)];
    if (rounds.length > 1) log(`  ratio per round: ${rounds.map((r) => round(r.ratio, 3)).join(', ')}; median ${round(median.ratio, 3)}`);
    return {
      ...median,
      non2xx: rounds.reduce((n, r) => n + r.portal.non2xx + r.baseline.non2xx, 0),
      // The latency scenarios report the worst round's p99 (one slow round is a finding, not noise).
      worstP99: Math.max(...rounds.map((r) => r.portal.p99)),
      worstBaselineP99: Math.max(...rounds.map((r) => r.baseline.p99)),
      rounds: rounds.map((r) => ({ value: round(r.portal.rps), baseline: round(r.baseline.rps), ratio: round(r.ratio, 3), p99: r.portal.p99, baselineP99: r.baseline.p99 })),
    };
  }

  return { measure, measureAgainstBaseline };
}

module.exports = { cannon, describe, cpuByProcess, cpuPerRequest, measuring };
