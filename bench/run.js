/* global setTimeout, clearTimeout, fetch, Buffer, URL */
// `npm run bench`: measures the portal against bare baselines on the same machine, in one run.
//
//   npm run bench                      default scale (100,000 applicants and applications)
//   npm run bench -- --scale 1000000   1,000,000 of each
//   options: --skip-build, --only id,id (scenario ids, e.g. stats,search_text,export), --duration S (default 10),
//            --rounds N (default 3: alternating portal/baseline measurements of each ratio
//            scenario, median reported), --keep (keep the bench database), --cpu-prof (profile
//            the API; .cpuprofile files under bench/results/profiles/), --no-write (do not
//            write bench/results/)
//
// Steps: production build; a fresh bench database (title_portal_bench, or BENCH_DATABASE)
// on DATABASE_URL's server, migrated and seeded in bulk; the API (with bench/eventloop-probe.js
// preloaded) and the worker as two production processes with their own BullMQ prefix; each
// scenario with autocannon against the portal and, where it has one, against its baseline
// program (bench/baseline-*.js) run as its own process; one table; bench/results/<date>.json
// and bench/results/latest.json.
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const RESULTS = path.join(__dirname, 'results');
const started = Date.now();

// ---------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const o = { scale: 100000, build: true, only: null, duration: 10, rounds: 3, keep: false, cpuProf: false, write: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.split('=').slice(1).join('=') : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a.startsWith('--scale')) o.scale = Number(value());
    else if (a === '--skip-build') o.build = false;
    else if (a.startsWith('--only')) o.only = new Set(value().split(','));
    else if (a.startsWith('--duration')) o.duration = Number(value());
    else if (a.startsWith('--rounds')) o.rounds = Number(value());
    else if (a === '--keep') o.keep = true;
    else if (a === '--cpu-prof') o.cpuProf = true;
    else if (a === '--no-write') o.write = false;
    else throw new Error(`Unknown option ${a}`);
  }
  if (!Number.isInteger(o.rounds) || o.rounds < 1) throw new Error('--rounds must be an integer >= 1');
  if (!Number.isInteger(o.scale) || o.scale < 60000) throw new Error('--scale must be an integer >= 60000 (the deep page is 50,000 rows into one status)');
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const wants = (id) => !opts.only || opts.only.has(id);

const elapsed = () => {
  const s = Math.round((Date.now() - started) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const log = (message) => console.log(`[bench ${elapsed()}] ${message}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);

// ---------------------------------------------------------------------------------------
// Environment shared by the portal's processes and the baselines

const BASE_DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/title_portal';
const BENCH_DB = process.env.BENCH_DATABASE || 'title_portal_bench';
if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(BENCH_DB)) throw new Error('BENCH_DATABASE must be a name containing "bench" (the bench drops and re-creates it)');
const DATABASE_URL = (() => {
  const u = new URL(BASE_DATABASE_URL);
  u.pathname = `/${BENCH_DB}`;
  return u.toString();
})();
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const QUEUE_PREFIX = `bench-${Date.now().toString(36)}-${process.pid}`;
const JWT = {
  secret: 'bench-only-jwt-secret-0123456789abcdef0123456789',
  issuer: 'design-title-portal',
  audience: 'design-title-portal-api',
};
const PII_KEY = 'f9e65728c14827c1f0cde71720f5c79f1121db6d128c55cc6f438e90aed70e14';
const PASSWORD = 'Bench-applicant-2026!';
const HOST_PROVINCE = '50';
const POOL_SIZE = 10;
const WORKER_CONCURRENCY = 10;
const DRAFT_POOL = 300;
const SUBMIT_POOL = 6000;
const NOTIFY_EVENTS = Number(process.env.BENCH_NOTIFY_EVENTS || 20000);
// auto_assign: its own cycle of in_review files and reviewers with caps (domain.md §8).
const ASSIGN_FILES = Number(process.env.BENCH_ASSIGN_FILES || 100000);
const ASSIGN_REVIEWERS = Number(process.env.BENCH_ASSIGN_REVIEWERS || 3000);
const ASSIGN_CAP = 250;
// stats: reviewers whose workload the statistics report (main cycle).
const STATS_REVIEWERS = 300;
// export: the API's resident set sampled this often while a file streams.
const RSS_SAMPLE_MS = 100;
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'title-portal-bench-'));

// ---------------------------------------------------------------------------------------
// Processes

const children = new Set();

function spawnNode(name, args, env, { ipc = false } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  child.benchName = name;
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk.toString()).slice(-20000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!child.stopping) log(`${name} exited unexpectedly (${signal ?? code}); last output:\n${child.output.slice(-3000)}`);
  });
  children.add(child);
  return child;
}

async function stop(child, timeoutMs = 10000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.stopping = true;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

async function stopAll() {
  await Promise.all([...children].map((c) => stop(c)));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs = 60000, child = null) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${child.benchName} exited before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

let probeSeq = 0;
function probe(api, command) {
  const id = ++probeSeq;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`probe did not answer "${command}"`)), 10000);
    const onMessage = (message) => {
      if (message && message.benchProbeReport && message.benchProbeReport.id === id) {
        clearTimeout(timer);
        api.off('message', onMessage);
        resolve(message.benchProbeReport);
      }
    };
    api.on('message', onMessage);
    api.send({ benchProbe: command, id });
  });
}

// ---------------------------------------------------------------------------------------
// Load

const autocannon = require('autocannon');

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

/** Warm-up run (short, discarded), then the measured run. */
async function measure(label, options, warmSeconds = 3) {
  if (warmSeconds > 0) await cannon(`${label} warm-up`, { ...options, duration: warmSeconds });
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
      const { label, options } = side === 'baseline' ? baseline : portal;
      pair[side] = await measure(opts.rounds > 1 ? `${label} (round ${i + 1}/${opts.rounds})` : label, options, i === 0 ? 3 : 0);
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
    rounds: rounds.map((r) => ({ value: round(r.portal.rps), baseline: round(r.baseline.rps), ratio: round(r.ratio, 3) })),
  };
}

// ---------------------------------------------------------------------------------------
// Results

const scenarios = [];
function record(id, fields) {
  scenarios.push({
    id,
    metric: fields.metric,
    unit: fields.unit,
    value: fields.value === null ? null : round(fields.value),
    baseline: fields.baseline === undefined || fields.baseline === null ? null : round(fields.baseline),
    ratio: fields.ratio === undefined || fields.ratio === null ? null : round(fields.ratio, 3),
    target: fields.target,
    met: Boolean(fields.met),
    // Ratio scenarios: every alternating round (value, baseline, ratio); the figures above are the median round's.
    ...(fields.rounds ? { rounds: fields.rounds } : {}),
  });
}

function printTable(rows) {
  const table = [['scenario', 'value', 'baseline', 'ratio', 'target', 'met', 'metric']];
  for (const s of rows) {
    table.push([
      s.id,
      s.value === null ? '-' : `${s.value} ${s.unit}`,
      s.baseline === null ? '-' : `${s.baseline} ${s.unit}`,
      s.ratio === null ? '-' : String(s.ratio),
      s.target,
      s.met ? 'yes' : 'NO',
      s.metric,
    ]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => [...r[i]].length)));
  const line = (r) => r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ');
  console.log(['', line(table[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...table.slice(1).map(line), ''].join('\n'));
}

// ---------------------------------------------------------------------------------------
// Main

async function main() {
  log(`scale ${opts.scale.toLocaleString('en')}, ${opts.duration} s per measurement, database ${BENCH_DB}, queue prefix ${QUEUE_PREFIX}`);
  if (opts.build) {
    log('npm run build (production build)');
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
  }
  require(path.join(ROOT, 'node_modules/reflect-metadata'));
  const dist = {
    db: require(path.join(DIST, 'libs/db/src')),
    applications: require(path.join(DIST, 'libs/applications/src')),
    common: require(path.join(DIST, 'libs/common/src')),
    identity: require(path.join(DIST, 'libs/identity/src')),
  };
  const { Client } = require('pg');
  const jwt = require('jsonwebtoken');
  const argon2 = require('argon2');
  const { DataSource } = require('typeorm');
  const { seed, seedAutoAssign, seedStatsReviews, ids, emails } = require('./seed');
  const { CountingSmtpSink } = require('./smtp-sink');

  // --- database -------------------------------------------------------------------------
  log(`re-creating ${BENCH_DB} and applying the migrations`);
  await dist.db.dropDatabase(DATABASE_URL);
  await dist.db.ensureDatabase(DATABASE_URL);
  const migrator = await new DataSource(dist.db.buildDataSourceOptions({ url: DATABASE_URL, poolSize: 2 })).initialize();
  const applied = await dist.db.runMigrationsLocked(migrator);
  await migrator.destroy();
  log(`  ${applied.length} migrations applied`);

  log(`seeding ${opts.scale.toLocaleString('en')} applicants and applications (+${DRAFT_POOL} draft-save and ${SUBMIT_POOL} submit drafts)`);
  // One real argon2id hash (the portal's OWASP parameters) shared by every account.
  const passwordHash = await argon2.hash(PASSWORD, dist.identity.ARGON2_OPTIONS);
  const db = new Client({ connectionString: DATABASE_URL, application_name: 'title-portal-bench' });
  await db.connect();
  const seedStarted = Date.now();
  const data = await seed(db, {
    scale: opts.scale,
    draftPool: DRAFT_POOL,
    submitPool: SUBMIT_POOL,
    passwordHash,
    piiKey: PII_KEY,
    hostProvince: HOST_PROVINCE,
    dist,
  });
  const st = data.stats;
  log(`  seeded in ${round((Date.now() - seedStarted) / 1000, 1)} s: ${st.users} users, ${st.applications} applications (${st.submitted} submitted), ${st.attachments} attachments, ${st.history} history rows; counter at ${data.numbered}`);
  if (wants('stats')) {
    const reviews = await seedStatsReviews(db, { cycleId: data.cycleId, reviewers: STATS_REVIEWERS });
    log(`  stats: ${reviews.assignments.toLocaleString('en')} review assignments over ${STATS_REVIEWERS} reviewers in the main cycle`);
  }
  let assignSeed = null;
  if (wants('auto_assign')) {
    const assignStarted = Date.now();
    assignSeed = await seedAutoAssign(db, { applications: ASSIGN_FILES, reviewers: ASSIGN_REVIEWERS, cap: ASSIGN_CAP, formVersions: data.formVersions, dist });
    log(`  auto_assign cycle seeded in ${round((Date.now() - assignStarted) / 1000, 1)} s: ${ASSIGN_FILES.toLocaleString('en')} in_review files, ${ASSIGN_REVIEWERS.toLocaleString('en')} reviewers (cap ${ASSIGN_CAP})`);
  }

  // Every access token names a live session of its user (refused otherwise): one per account,
  // its id the user's (the bench signs its tokens itself, see token() below).
  await db.query(`INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
    SELECT id, id, encode(sha256(id::text::bytea), 'hex'), now() + interval '1 day' FROM users`);

  // --- processes ------------------------------------------------------------------------
  const sink = await new CountingSmtpSink().start();
  const apiPort = await freePort();
  const portalEnv = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
    DATABASE_URL,
    DATABASE_AUTO_MIGRATE: 'false',
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    SEED_DEMO: 'false',
    REDIS_URL,
    QUEUE_PREFIX,
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    PUBLIC_URL: `http://localhost:${apiPort}`,
    JWT_SECRET: JWT.secret,
    JWT_ISSUER: JWT.issuer,
    JWT_AUDIENCE: JWT.audience,
    JWT_ACCESS_TTL_SECONDS: '3600',
    PII_ENCRYPTION_KEY: PII_KEY,
    // A signing secret: refused unset outside the test suite; the checkpoints go to the bench's own folder.
    AUDIT_SIGNING_KEY: require('crypto').generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    AUDIT_CHECKPOINT_DIR: path.join(WORK, 'audit-checkpoints'),
    // Production refuses the published demo password; nothing in the bench logs in as the admin.
    ADMIN_PASSWORD: `bench-${require('crypto').randomBytes(12).toString('hex')}`,
    SMTP_URL: sink.url,
    MAIL_DIR: path.join(WORK, 'mail'),
    STORAGE_DIR: path.join(WORK, 'storage'),
    HOST_PROVINCE,
    WORKER_CONCURRENCY: String(WORKER_CONCURRENCY),
    METRICS_TOKEN: '',
  };
  const profileDir = path.join(RESULTS, 'profiles');
  // Started with the same Node flags and environment as production (npm start / npm run start:api).
  const { API_NODE_FLAGS, API_PROCESS_ENV } = require(path.join(DIST, 'libs/config/src/runtime-flags.js'));
  const apiArgs = [...API_NODE_FLAGS, '--require', path.join(__dirname, 'eventloop-probe.js')];
  if (opts.cpuProf) apiArgs.push('--cpu-prof', '--cpu-prof-dir', profileDir);
  apiArgs.push(path.join(DIST, 'apps/api/src/main.js'));
  log(`starting the API (port ${apiPort}) and the worker (production mode, LOG_LEVEL=warn)`);
  const api = spawnNode('api', apiArgs, { ...portalEnv, ...API_PROCESS_ENV }, { ipc: true });
  // The worker gets the probe too, for its IPC channel: it exits with the bench, and with
  // --cpu-prof it is profiled (the probe's 'exit' lets it write the profile).
  const workerArgs = ['--require', path.join(__dirname, 'eventloop-probe.js')];
  if (opts.cpuProf) workerArgs.push('--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `worker.${Date.now()}.cpuprofile`);
  const worker = spawnNode('worker', [...workerArgs, path.join(DIST, 'apps/worker/src/main.js')], portalEnv, { ipc: true });
  const base = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${base}/health/ready`, 90000, api);
  log('  API ready');

  // A KeyObject, not the secret string: given a string, jsonwebtoken first tries it as a PEM
  // private key (createPrivateKey, which throws) on every sign; that was 17% of this process's
  // CPU during submit, CPU the portal then did not get (the API verifies with a KeyObject too).
  const jwtKey = require('crypto').createSecretKey(Buffer.from(JWT.secret, 'utf8'));
  // sid: the user's session seeded above.
  const token = (userId) => jwt.sign({ sub: userId, sv: 1, sid: userId }, jwtKey, { algorithm: 'HS256', expiresIn: 3600, issuer: JWT.issuer, audience: JWT.audience });
  const startBaseline = async (name, script, env) => {
    const port = await freePort();
    const args = opts.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${script.replace('.js', '')}.${Date.now()}.cpuprofile`] : [];
    const child = spawnNode(name, [...args, path.join(__dirname, script)], { PORT: String(port), ...env }, { ipc: true });
    await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', () => reject(new Error(`${name} did not start:\n${child.output}`)));
    });
    return { child, url: `http://127.0.0.1:${port}` };
  };

  // --- health_live ------------------------------------------------------------------------
  if (wants('health_live')) {
    log('scenario health_live: GET /health/live, 100 connections');
    const bare = await startBaseline('bare fastify', 'baseline-health.js', {});
    const m = await measureAgainstBaseline(
      { label: 'bare Fastify', options: { url: `${bare.url}/health/live`, connections: 100 } },
      { label: 'portal', options: { url: `${base}/health/live`, connections: 100 } },
    );
    await stop(bare.child);
    record('health_live', {
      metric: `req/s, GET /health/live, 100 connections (median of ${opts.rounds} alternating rounds)`,
      unit: 'req/s',
      value: m.portal.rps,
      baseline: m.baseline.rps,
      ratio: m.ratio,
      target: '>= 0.80 x bare Fastify',
      met: m.ratio >= 0.8 && m.non2xx === 0,
      rounds: m.rounds,
    });
  }

  // --- get_application ---------------------------------------------------------------------
  if (wants('get_application')) {
    log('scenario get_application: authenticated GET /api/v1/applications/:id (own file), 100 connections');
    // 1,000 applicants each reading their own file: the 2 s account cache sees realistic misses.
    const pairs = Array.from({ length: 1000 }, (_, i) => ({ app: ids.application(i + 1), auth: `Bearer ${token(ids.user(i + 1))}` }));
    // Capture the SQL one request sends (a user the directory has not cached yet).
    await probe(api, 'capture-start');
    const first = await fetch(`${base}/api/v1/applications/${pairs[0].app}`, { headers: { authorization: pairs[0].auth } });
    const captured = (await probe(api, 'capture-stop')).sql ?? [];
    if (first.status !== 200) throw new Error(`GET application answered ${first.status}: ${await first.text()}`);
    const appSql = captured.find((q) => /FROM "?applications"?\b/.test(q.text));
    const userSql = captured.find((q) => /FROM "?users"?\b/.test(q.text));
    if (!appSql || !userSql) throw new Error(`could not capture the portal's SQL: ${JSON.stringify(captured)}`);
    // The result column a selected table column comes back under: its AS name, else its own name.
    const alias = (text, table, column) => {
      const m = new RegExp(`"?${table}"?\\."?${column}"?(?:\\s+AS\\s+"([^"]+)")?`).exec(text);
      if (!m) throw new Error(`no ${table}.${column} in ${text}`);
      return m[1] ?? column;
    };
    const tableAlias = (text, table) => new RegExp(`FROM "?${table}"? "?([A-Za-z_][A-Za-z0-9_]*)"?`).exec(text)[1];
    const userTable = tableAlias(userSql.text, 'users');
    const appTable = tableAlias(appSql.text, 'applications');
    const sqlFile = path.join(WORK, 'get-application.sql.json');
    fs.writeFileSync(
      sqlFile,
      JSON.stringify({
        application: appSql.text,
        user: userSql.text,
        userIdColumn: alias(userSql.text, userTable, 'id'),
        userStatusColumn: alias(userSql.text, userTable, 'status'),
        userSessionVersionColumn: alias(userSql.text, userTable, 'session_version'),
        applicationOwnerColumn: alias(appSql.text, appTable, 'applicant_id'),
      }),
    );
    log(`  captured ${captured.length} statements for one GET; the baseline runs: ${captured.map((q) => q.text.replace(/\s+/g, ' ').slice(0, 60) + '…').join(' | ')}`);
    const factory = () => {
      let i = 0;
      return [
        {
          method: 'GET',
          setupRequest: (req) => {
            const pair = pairs[i++ % pairs.length];
            req.path = `/api/v1/applications/${pair.app}`;
            req.headers = { authorization: pair.auth };
            return req;
          },
        },
      ];
    };
    const bare = await startBaseline('bare fastify+pg', 'baseline-app.js', {
      BENCH_SQL_FILE: sqlFile,
      DATABASE_URL,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      JWT_SECRET: JWT.secret,
      JWT_ISSUER: JWT.issuer,
      JWT_AUDIENCE: JWT.audience,
    });
    const m = await measureAgainstBaseline(
      { label: 'bare Fastify+pg', options: { url: bare.url, connections: 100, requestsFactory: factory } },
      { label: 'portal', options: { url: base, connections: 100, requestsFactory: factory } },
    );
    await stop(bare.child);
    record('get_application', {
      metric: `req/s, authenticated GET /api/v1/applications/:id (1,000 applicants, own file), 100 connections (median of ${opts.rounds} alternating rounds)`,
      unit: 'req/s',
      value: m.portal.rps,
      baseline: m.baseline.rps,
      ratio: m.ratio,
      target: '>= 0.60 x bare Fastify+pg',
      met: m.ratio >= 0.6 && m.non2xx === 0,
      rounds: m.rounds,
    });
  }

  // --- list_first_page / list_deep_page ----------------------------------------------------
  if (wants('list_first_page') || wants('list_deep_page')) {
    const LIST_CONNECTIONS = 10;
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
    const firstPage = await measure('first page', { url: `${base}${listPath}`, connections: LIST_CONNECTIONS, headers: adminAuth });
    const deepPage = await measure('page 50,000 rows deep', { url: `${base}${listPath}&cursor=${cursor}`, connections: LIST_CONNECTIONS, headers: adminAuth });
    const metric = (what, r) => `p99 latency, admin list cycleId+status=submitted, ${what} (${LIST_CONNECTIONS} connections, ${round(r.rps, 0)} req/s)`;
    record('list_first_page', { metric: metric('first page', firstPage), unit: 'ms', value: firstPage.p99, target: '< 30 ms', met: firstPage.p99 < 30 && firstPage.non2xx === 0 });
    const ratio = deepPage.p99 / firstPage.p99;
    record('list_deep_page', {
      metric: metric('page 50,000 rows deep (keyset cursor); baseline = first page', deepPage),
      unit: 'ms',
      value: deepPage.p99,
      baseline: firstPage.p99,
      ratio,
      target: '< 30 ms and <= 1.5 x first page',
      met: deepPage.p99 < 30 && ratio <= 1.5 && deepPage.non2xx === 0,
    });
  }

  // --- draft_save ----------------------------------------------------------------------------
  if (wants('draft_save')) {
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
    const r = await cannon('portal', { url: base, connections: 100, duration: opts.duration, requestsFactory: factory });
    log(`  portal: ${describe(r)}`);
    log(`    CPU per request: ${cpuPerRequest(cpuBefore, cpuByProcess(), r.total)}`);
    if (problems.length) log(`  first failures: ${problems.join(' | ')}`);
    record('draft_save', {
      metric: `req/s, PATCH draft save with validation, 100 connections (p99 ${r.p99} ms, ${r.non2xx} non-2xx)`,
      unit: 'req/s',
      value: r.rps,
      target: '>= 1,000 req/s and p99 < 100 ms',
      met: r.rps >= 1000 && r.p99 < 100 && r.non2xx === 0,
    });
  }

  // --- submit -----------------------------------------------------------------------------------
  if (wants('submit')) {
    log('scenario submit: POST /api/v1/applications/:id/submit, 50 concurrent applicants, one draft each submit');
    let next = 0;
    const problems = [];
    const used = new Set();
    const take = () => {
      let n = ++next;
      while (used.has(n)) n = ++next;
      return n <= SUBMIT_POOL ? n : null;
    };
    // Signed before the run, so the load generator does no crypto while it is measured.
    const submitAuth = Array.from({ length: SUBMIT_POOL }, (_, i) => `Bearer ${token(ids.submitUser(i + 1))}`);
    const submitRequest = (n) => ({
      path: `/api/v1/applications/${ids.submitApplication(n)}/submit`,
      auth: submitAuth[n - 1],
    });
    // Pre-flight, one submit per level, one at a time: each must succeed (or the fixtures no
    // longer match the forms), and it primes the compiled form validators (see draft_save).
    const firstIds = Array.from({ length: 50 }, (_, i) => ids.submitApplication(i + 1));
    const { rows: levels } = await db.query('SELECT DISTINCT ON (level) id, level FROM applications WHERE id = ANY($1::uuid[]) ORDER BY level, id', [firstIds]);
    for (const row of levels) {
      const n = firstIds.indexOf(row.id) + 1;
      used.add(n);
      const pre = submitRequest(n);
      const preflight = await fetch(`${base}${pre.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: pre.auth },
        body: JSON.stringify({ declarationAccepted: true }),
      });
      if (preflight.status !== 200) throw new Error(`submit pre-flight (${row.level}) answered ${preflight.status}: ${(await preflight.text()).slice(0, 2000)}`);
    }
    let exhausted = false;
    let activeInstance = null;
    const factory = () => [
      {
        method: 'POST',
        setupRequest: (req) => {
          let n = take();
          if (n === null) {
            // Out of drafts: end this run (the pool is sized for well above the target rate).
            exhausted = true;
            activeInstance?.stop();
            n = SUBMIT_POOL;
          }
          const s = submitRequest(n);
          req.method = 'POST';
          req.path = s.path;
          req.headers = { 'content-type': 'application/json', authorization: s.auth };
          req.body = '{"declarationAccepted":true}';
          return req;
        },
        onResponse: (status, body) => {
          if (status !== 200 && problems.length < 5) problems.push(`${status} ${String(body).slice(0, 300)}`);
        },
      },
    ];
    const run = async (label, duration) => {
      const instance = autocannon({ url: base, connections: 50, duration, requests: factory() });
      activeInstance = instance;
      const result = await instance;
      return { label, rps: result['2xx'] / result.duration, ok: result['2xx'], non2xx: result.non2xx, errors: result.errors + result.timeouts, p50: result.latency.p50, p99: result.latency.p99, duration: result.duration };
    };
    await run('warm-up', 2);
    const cpuBefore = cpuByProcess();
    const r = await run('portal', opts.duration);
    log(`  portal: ${round(r.rps, 1)} submissions/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors${exhausted ? ' (draft pool exhausted)' : ''}`);
    log(`    CPU per submission: ${cpuPerRequest(cpuBefore, cpuByProcess(), r.ok)}`);
    if (problems.length) log(`  first failures: ${problems.join(' | ')}`);
    // Gap-free: the cycle's reference numbers are exactly 1..last_number, each once.
    const { rows } = await db.query(
      `SELECT (SELECT last_number FROM cycle_counters WHERE cycle_id = $1) AS last,
              count(*)::int AS numbered, count(DISTINCT seq)::int AS distinct_numbers, min(seq) AS min, max(seq) AS max
         FROM (SELECT substring(reference_number from '(\\d+)$')::int AS seq FROM applications WHERE cycle_id = $1 AND reference_number IS NOT NULL) x`,
      [data.cycleId],
    );
    const g = rows[0];
    const submitted = g.numbered - data.numbered;
    const gapFree = g.numbered === g.last && g.distinct_numbers === g.numbered && g.min === 1 && g.max === g.last;
    log(`  reference numbers: ${g.numbered} in the cycle, 1..${g.max}, counter ${g.last}: ${gapFree ? 'gap-free' : 'NOT GAP-FREE'} (${submitted} new: pre-flight + warm-up + measured)`);
    record('submit', {
      metric: `submissions/s, 50 concurrent applicants (p99 ${r.p99} ms, ${r.non2xx + r.errors} errors, numbers ${gapFree ? 'gap-free' : 'NOT gap-free'} 1..${g.last})`,
      unit: 'submissions/s',
      value: r.rps,
      target: '>= 300/s, no errors, gap-free',
      met: r.rps >= 300 && r.non2xx === 0 && r.errors === 0 && gapFree,
    });
  }

  // --- notifications -------------------------------------------------------------------------
  if (wants('notifications')) {
    log(`scenario notifications: ${NOTIFY_EVENTS.toLocaleString('en')} outbox events -> inbox + e-mail (local SMTP sink)`);
    // Let the receipts of the submit scenario finish first, so the scenario measures only its own events.
    const quietDeadline = Date.now() + 180000;
    for (;;) {
      const { rows } = await db.query(`SELECT
          (SELECT count(*)::int FROM outbox_events WHERE dispatched_at IS NULL) AS undispatched,
          (SELECT count(*)::int FROM outbox_events) AS events,
          (SELECT count(*)::int FROM notification_deliveries WHERE status = 'sent') AS sent`);
      if (rows[0].undispatched === 0 && rows[0].sent >= 2 * rows[0].events) break;
      if (Date.now() > quietDeadline) {
        log(`  the worker is still busy with earlier events (${JSON.stringify(rows[0])}); measuring anyway`);
        break;
      }
      await sleep(500);
    }
    // The bare drain runs before and after the portal's run and its mean is the baseline, so
    // that a machine drifting during the scenario favours neither side.
    const bareDrain = async (when) => {
      const bare = spawnNode('bare bullmq', [path.join(__dirname, 'baseline-bullmq.js')], {
        REDIS_URL,
        QUEUE_PREFIX: `${QUEUE_PREFIX}-bare-${when}`,
        BENCH_JOBS: String(NOTIFY_EVENTS),
        WORKER_CONCURRENCY: String(WORKER_CONCURRENCY),
      });
      bare.stopping = true;
      const bareCode = await new Promise((r) => bare.once('exit', r));
      if (bareCode !== 0) throw new Error(`bare BullMQ failed:\n${bare.output}`);
      const drain = JSON.parse(bare.output.trim().split('\n').pop());
      log(`  bare BullMQ (${when}): ${round(drain.jobsPerSecond, 0)} jobs/s (${drain.jobs} jobs in ${round(drain.seconds, 2)} s)`);
      return drain.jobsPerSecond;
    };
    const drainBefore = await bareDrain('before');

    sink.reset();
    const { rows: maxRows } = await db.query('SELECT coalesce(max(id), 0)::bigint AS max FROM outbox_events');
    const after = maxRows[0].max;
    const cpuBefore = cpuByProcess();
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO outbox_events (type, recipients, payload)
       SELECT 'application.accepted', jsonb_build_array(jsonb_build_object('userId', a.applicant_id)),
              jsonb_build_object('applicationId', a.id, 'referenceNumber', coalesce(a.reference_number, 'n/a'),
                                 'cycleName', c.name_zh, 'cycleName@zh-CN', c.name_zh, 'cycleName@en', c.name_en)
         FROM generate_series(1, $1::int) n
         JOIN applications a ON a.id = md5('bench-app-' || n)::uuid
         JOIN cycles c ON c.id = a.cycle_id
        ORDER BY n`,
      [NOTIFY_EVENTS],
    );
    const { rows: t0 } = await db.query("SELECT clock_timestamp() AS t, pg_notify('outbox_events', 'bench') AS n");
    await db.query('COMMIT');
    const startedAt = t0[0].t;
    const expected = NOTIFY_EVENTS * 2;
    const deadline = Date.now() + 300000;
    let lastLog = Date.now();
    let progress = { sent: 0 };
    while (Date.now() < deadline) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*)::int AS total FROM notification_deliveries WHERE outbox_id > $1`,
        [after],
      );
      progress = rows[0];
      if (progress.sent >= expected) break;
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        log(`  ${progress.sent.toLocaleString('en')} / ${expected.toLocaleString('en')} deliveries sent`);
      }
      await sleep(250);
    }
    const { rows: fin } = await db.query(
      `SELECT count(*)::int AS rows, count(DISTINCT (outbox_id, recipient_key, channel))::int AS keys,
              count(*) FILTER (WHERE status = 'sent')::int AS sent,
              extract(epoch from max(sent_at) - $2::timestamptz)::float8 AS seconds,
              (SELECT count(*)::int FROM notifications WHERE outbox_id > $1) AS inbox
         FROM notification_deliveries WHERE outbox_id > $1`,
      [after, startedAt],
    );
    await sleep(500);
    const f = fin[0];
    log(`    CPU per event (inbox + e-mail; the SMTP sink runs in the bench process): ${cpuPerRequest(cpuBefore, cpuByProcess(), NOTIFY_EVENTS)}`);
    const complete = f.sent === expected;
    const eventsPerSecond = complete ? NOTIFY_EVENTS / f.seconds : (f.sent / 2) / ((Date.now() - startedAt.getTime()) / 1000);
    const exact = complete && f.keys === f.rows && f.rows === expected && f.inbox === NOTIFY_EVENTS && sink.received === NOTIFY_EVENTS && sink.duplicates === 0 && sink.messageIds.size === NOTIFY_EVENTS;
    log(`  portal: ${f.sent} deliveries sent in ${round(f.seconds, 2)} s (${round(eventsPerSecond, 1)} events/s); inbox rows ${f.inbox}, delivery keys ${f.keys}/${f.rows}, SMTP messages ${sink.received} (${sink.messageIds.size} distinct Message-IDs, ${sink.duplicates} duplicates): ${exact ? 'none lost or doubled' : 'LOST OR DOUBLED'}`);
    const drainRate = (drainBefore + (await bareDrain('after'))) / 2;
    const ratio = eventsPerSecond / drainRate;
    record('notifications', {
      metric: `events delivered/s end to end, ${NOTIFY_EVENTS.toLocaleString('en')} events x (inbox + e-mail); baseline = bare BullMQ no-op jobs/s, mean of a drain before and after (${exact ? 'none lost or doubled' : 'LOST OR DOUBLED'})`,
      unit: 'events/s',
      value: eventsPerSecond,
      baseline: drainRate,
      ratio,
      target: '>= 0.25 x bare BullMQ drain, none lost or doubled',
      met: ratio >= 0.25 && exact,
    });
  }

  // --- login_event_loop ----------------------------------------------------------------------
  if (wants('login_event_loop')) {
    const LOGIN_CONNECTIONS = 20;
    log(`scenario login_event_loop: POST /api/v1/auth/login (argon2id), ${LOGIN_CONNECTIONS} connections, distinct accounts; event-loop delay inside the API`);
    const users = Math.min(opts.scale, 20000);
    let i = 0;
    const problems = [];
    const factory = () => [
      {
        method: 'POST',
        setupRequest: (req) => {
          req.method = 'POST';
          req.path = '/api/v1/auth/login';
          req.headers = { 'content-type': 'application/json' };
          req.body = JSON.stringify({ email: emails.user((i++ % users) + 1), password: PASSWORD });
          return req;
        },
        onResponse: (status, body) => {
          if (status !== 200 && problems.length < 5) problems.push(`${status} ${String(body).slice(0, 300)}`);
        },
      },
    ];
    await cannon('login warm-up', { url: base, connections: LOGIN_CONNECTIONS, duration: 3, requestsFactory: factory });
    await probe(api, 'reset');
    const r = await cannon('login', { url: base, connections: LOGIN_CONNECTIONS, duration: opts.duration, requestsFactory: factory });
    const loop = (await probe(api, 'report')).eventLoopDelayMs;
    log(`  portal: ${describe(r)}; event-loop delay p50 ${loop.p50} ms, p99 ${loop.p99} ms, max ${loop.max} ms`);
    if (problems.length) log(`  first failures: ${problems.join(' | ')}`);
    record('login_event_loop', {
      metric: `event-loop delay p99 in the API while logging in (${round(r.rps, 1)} logins/s, ${LOGIN_CONNECTIONS} connections, ${r.non2xx} non-2xx)`,
      unit: 'ms',
      value: loop.p99,
      target: '< 50 ms',
      met: loop.p99 < 50 && r.non2xx === 0,
    });
  }

  // --- stats ------------------------------------------------------------------------------------
  if (wants('stats')) {
    const STATS_CONNECTIONS = 1;
    log(`scenario stats: GET /api/v1/admin/stats?cycleId= (the main cycle, ${opts.scale.toLocaleString('en')} files + drafts), ${STATS_CONNECTIONS} connection`);
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    const url = `${base}/api/v1/admin/stats?cycleId=${data.cycleId}`;
    const check = await fetch(url, { headers: adminAuth });
    const body = await check.json();
    if (check.status !== 200 || body.total < opts.scale) throw new Error(`stats answered ${check.status}: ${JSON.stringify(body).slice(0, 500)}`);
    log(`  ${body.total.toLocaleString('en')} files, ${body.filed.toLocaleString('en')} filed, ${body.reviewerWorkload.length} reviewers, ${body.submissionsPerDay.length} days, qualification median ${body.stageDurations[0].medianDays} days`);
    const r = await measure('stats', { url, connections: STATS_CONNECTIONS, headers: adminAuth }, 2);
    record('stats', {
      metric: `p99 latency, admin statistics of a cycle of ${body.total.toLocaleString('en')} files (p50 ${r.p50} ms, ${STATS_CONNECTIONS} connection, ${round(r.rps, 1)} req/s)`,
      unit: 'ms',
      value: r.p99,
      target: '< 300 ms',
      met: r.p99 < 300 && r.non2xx === 0,
    });
  }

  // --- search_text -------------------------------------------------------------------------------
  if (wants('search_text')) {
    const SEARCH_CONNECTIONS = 10;
    log(`scenario search_text: admin list ?text= (names, employers, reference numbers; 1-2 character name look-ups), ${SEARCH_CONNECTIONS} connections`);
    const adminAuth = { authorization: `Bearer ${token(ids.admin())}` };
    // Names are 申请人<n>, employers 某工业设计有限公司 <n % 5000>, reference numbers <cycle>-<LEVEL>-<000123>.
    const texts = ['申请人12345', '申请人9876', '有限公司 4321', '有限公司 17', 'INT-00123', 'SEN-0042', '申', '申请', 'nobody-such', '100%_x'];
    const paths = texts.map((t, i) => `/api/v1/applications?${i % 2 === 0 ? `cycleId=${data.cycleId}&` : ''}text=${encodeURIComponent(t)}&limit=20`);
    for (const p of paths) {
      const res = await fetch(`${base}${p}`, { headers: adminAuth });
      if (res.status !== 200) throw new Error(`search ${p} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    }
    const factory = () => {
      let i = 0;
      return [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length], headers: adminAuth }) }];
    };
    const r = await measure('search_text', { url: base, connections: SEARCH_CONNECTIONS, requestsFactory: factory });
    record('search_text', {
      metric: `p99 latency, admin list ?text= over ${opts.scale.toLocaleString('en')} files, ${texts.length} texts in turn (trigram contains, 1-2 character name prefix) (${SEARCH_CONNECTIONS} connections, ${round(r.rps, 0)} req/s, p50 ${r.p50} ms)`,
      unit: 'ms',
      value: r.p99,
      target: '< 100 ms',
      met: r.p99 < 100 && r.non2xx === 0,
    });
  }

  // --- export ------------------------------------------------------------------------------------
  if (wants('export')) {
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
      record(format === 'csv' ? 'export' : 'export_xlsx', {
        metric: `rows/s, streamed ${format.toUpperCase()} export of ${expected.toLocaleString('en')} rows (${round(bytes / 1048576, 1)} MB); API RSS growth +${round(growthMb, 1)} MB (sampled every ${RSS_SAMPLE_MS} ms)${complete ? '' : ', INCOMPLETE'}`,
        unit: 'rows/s',
        value: rate,
        target: 'RSS growth < 100 MB, every row',
        met: growthMb < 100 && complete,
      });
    }
  }

  // --- auto_assign ------------------------------------------------------------------------------
  // Last before api_rss: the run promises a review.assigned e-mail per assignment (about
  // 380,000), which the worker delivers for many minutes afterwards; scenarios measured after
  // it would share both cores with that delivery.
  if (wants('auto_assign')) {
    log(`scenario auto_assign: POST /api/v1/cycles/:id/auto-assign (a worker job), ${ASSIGN_FILES.toLocaleString('en')} in_review files, ${ASSIGN_REVIEWERS.toLocaleString('en')} reviewers`);
    const headers = { authorization: `Bearer ${token(ids.admin())}`, 'content-type': 'application/json' };
    /** Request a run and read it back until the worker has finished it: request to summary, as an admin sees it. */
    const runAutoAssign = async () => {
      const res = await fetch(`${base}/api/v1/cycles/${assignSeed.cycleId}/auto-assign`, { method: 'POST', headers, body: '{}' });
      const queued = await res.json();
      if (res.status !== 202) throw new Error(`auto-assign answered ${res.status}: ${JSON.stringify(queued)}`);
      for (;;) {
        await new Promise((r) => setTimeout(r, 200));
        const run = await (await fetch(`${base}/api/v1/cycles/${assignSeed.cycleId}/auto-assign/${queued.id}`, { headers })).json();
        if (run.status === 'failed') throw new Error(`auto-assign run failed: ${JSON.stringify(run.error)}`);
        if (run.status === 'done') return run.summary;
      }
    };
    const t0 = Date.now();
    const body = await runAutoAssign();
    const seconds = (Date.now() - t0) / 1000;
    const workerReport = await probe(worker, 'report');
    log(`  worker peak RSS ${round(workerReport.peakRss / (1024 * 1024), 1)} MB (the plan is made there, not in the API)`);
    // Every reviewer of the pool counts, those given nothing too; and the guarantees, checked in SQL.
    const { rows: [check] } = await db.query(
      `WITH loads AS (
         SELECT p.user_id, p.max_load_per_cycle AS cap, count(r.id)::int AS n
           FROM reviewer_profiles p
           LEFT JOIN review_assignments r ON r.reviewer_id = p.user_id AND r.cycle_id = $1 AND r.status IN ('assigned', 'draft', 'submitted')
          WHERE p.user_id IN (SELECT md5('bench-reviewer-' || n)::uuid FROM generate_series(1, $2::int) n)
          GROUP BY p.user_id, p.max_load_per_cycle)
       SELECT max(n) - min(n) AS spread, min(n) AS min, max(n) AS max, count(*) FILTER (WHERE n > cap)::int AS over_cap,
              (SELECT max(s) FROM (SELECT max(l.n) - min(l.n) AS s FROM loads l JOIN reviewer_profiles p ON p.user_id = l.user_id GROUP BY p.specialties) g) AS spread_within,
              (SELECT count(*)::int FROM review_assignments r JOIN reviewer_profiles p ON p.user_id = r.reviewer_id JOIN applications a ON a.id = r.application_id
                WHERE r.cycle_id = $1 AND p.employer_name = a.employer_name) AS same_employer,
              (SELECT count(*)::int FROM outbox_events WHERE type = 'review.assigned') AS events
         FROM loads`,
      [assignSeed.cycleId, ASSIGN_REVIEWERS],
    );
    // Overall, the spread also shows how the random mix weighs on each specialty's reviewers
    // (their averages differ); within one specialty the greedy keeps loads within 1 where the
    // caps and levels allow.
    const rate = ASSIGN_FILES / seconds;
    log(`  ${body.assigned.toLocaleString('en')} assignments for ${body.filesLacking.toLocaleString('en')} files in ${round(seconds, 1)} s (${round(rate, 0)} files staffed/s); ${body.shortfalls.length} files short; load per reviewer ${check.min}..${check.max} (spread ${check.spread}, at most ${check.spread_within} within a specialty); over cap ${check.over_cap}; same-employer pairs ${check.same_employer}; review.assigned events ${check.events}`);
    const again = await runAutoAssign();
    log(`  second run: ${again.assigned} assigned (idempotent)`);
    record('auto_assign', {
      metric: `auto-assign of a cycle: ${ASSIGN_FILES.toLocaleString('en')} in_review files x ${ASSIGN_REVIEWERS.toLocaleString('en')} reviewers, ${round(rate, 0)} files staffed/s, load spread ${check.spread} (${check.min}..${check.max}; <= ${check.spread_within} within a specialty), ${body.shortfalls.length} short, ${check.over_cap} over cap`,
      unit: 's',
      value: seconds,
      target: '< 60 s',
      met: seconds < 60 && body.shortfalls.length === 0 && check.over_cap === 0 && check.same_employer === 0 && again.assigned === 0,
    });
  }

  // --- api_rss ---------------------------------------------------------------------------------
  const report = await probe(api, 'report');
  if (wants('api_rss')) {
    const mb = report.peakRss / (1024 * 1024);
    const m = report.memory;
    const inMb = (bytes) => round(bytes / (1024 * 1024), 1);
    log(`API peak RSS ${round(mb, 1)} MB (now ${inMb(report.rss)} MB: V8 heap ${inMb(m.heapTotal)} MB of which used ${inMb(m.heapUsed)}, external ${inMb(m.external)}, array buffers ${inMb(m.arrayBuffers)})`);
    record('api_rss', { metric: 'API peak RSS across all scenarios (VmHWM)', unit: 'MB', value: mb, target: '< 300 MB', met: mb < 300 });
  }

  // --- done -------------------------------------------------------------------------------------
  if (opts.cpuProf) {
    api.stopping = true;
    worker.stopping = true;
    // Wait for both to exit on their own: a profile is written at exit and may take a while.
    const exited = (child) => (child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r)));
    const waitExit = (child) => Promise.race([exited(child), sleep(60000)]);
    await probe(api, 'exit').catch(() => undefined);
    await probe(worker, 'exit').catch(() => undefined);
    await Promise.all([waitExit(api), waitExit(worker)]);
    log(`CPU profile written under ${path.relative(ROOT, profileDir)}/`);
  }
  await stop(worker);
  await stop(api);
  await sink.close();

  const pgVersion = (await db.query('SHOW server_version')).rows[0].server_version;
  await db.end();
  let redisVersion = '?';
  try {
    const Redis = require('ioredis');
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? '?';
    // The portal's queues of this run.
    const keys = await redis.keys(`${QUEUE_PREFIX}:*`);
    for (let k = 0; k < keys.length; k += 500) await redis.del(...keys.slice(k, k + 500));
    await redis.quit();
  } catch {
    // version unknown
  }
  if (!opts.keep) await dist.db.dropDatabase(DATABASE_URL);
  fs.rmSync(WORK, { recursive: true, force: true });

  const cpus = os.cpus();
  const result = {
    machine: `${cpus.length} x ${cpus[0]?.model?.trim() ?? 'CPU'}, ${round(os.totalmem() / 1024 ** 3, 0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, PostgreSQL ${pgVersion}, Redis ${redisVersion}`,
    date: new Date().toISOString(),
    scale: opts.scale,
    scenarios,
  };
  printTable(scenarios);
  if (opts.write) {
    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `${result.date.slice(0, 19).replace(/:/g, '-')}Z.json`);
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    fs.writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    log(`results: ${path.relative(ROOT, file)} and bench/results/latest.json`);
  }
  const missed = scenarios.filter((s) => !s.met).map((s) => s.id);
  log(`done in ${elapsed()}; ${scenarios.length - missed.length}/${scenarios.length} targets met${missed.length ? ` (missed: ${missed.join(', ')})` : ''}`);
}

// Interrupted (Ctrl+C, a closed terminal or pipe): stop every process this run started.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    for (const child of children) {
      child.stopping = true;
      child.kill('SIGKILL');
    }
    process.exit(130);
  });
}
process.stdout.on('error', () => undefined);
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

main()
  .catch(async (error) => {
    console.error(`[bench ${elapsed()}] failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    fs.rmSync(WORK, { recursive: true, force: true });
    process.exit(process.exitCode ?? 0);
  });
