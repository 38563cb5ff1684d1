/* global Buffer */
// The system under test: a production build, a fresh bench database (migrated and seeded in
// bulk), and the API (with bench/eventloop-probe.js preloaded) and the worker as two production
// processes with their own BullMQ prefix. setUp() returns what the scenarios use; tearDown()
// stops and removes it all.
'use strict';

const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const config = require('./config');
const { log, round, sleep } = require('./log');
const { spawnNode, stop, freePort, waitFor, probe } = require('./processes');

const { ROOT, DIST, BENCH_DIR, RESULTS, BENCH_DB, DATABASE_URL, REDIS_URL, QUEUE_PREFIX, JWT, PII_KEY, PASSWORD, HOST_PROVINCE, POOL_SIZE, WORKER_CONCURRENCY, DRAFT_POOL, BARE_DRAFT_POOL, SUBMIT_POOL, BARE_SUBMIT_POOL, WORK } = config;

function build() {
  log('npm run build (production build)');
  const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
}

/**
 * @param opts the command line (lib/options.js)
 * @param seeders the wanted scenarios' own seeds, in scenario order: (ctx) => Promise
 */
async function setUp(opts, seeders) {
  if (opts.build) build();
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
  const { seed, seededData, ids, emails } = require('../seed');
  const { CountingSmtpSink } = require('../smtp-sink');

  // --- database -------------------------------------------------------------------------
  // --reuse: the database a --keep run (or one that stopped after seeding) left, migrated and
  // seeded at the same --scale; the main seed is read back, and each scenario's seed runs unless
  // its data is already there (`seeded(ctx)`).
  if (!opts.reuse) {
    log(`re-creating ${BENCH_DB} and applying the migrations`);
    await dist.db.dropDatabase(DATABASE_URL);
  }
  await dist.db.ensureDatabase(DATABASE_URL);
  const migrator = await new DataSource(dist.db.buildDataSourceOptions({ url: DATABASE_URL, poolSize: 2 })).initialize();
  const applied = await dist.db.runMigrationsLocked(migrator);
  await migrator.destroy();
  log(`  ${applied.length} migrations applied`);

  log(`${opts.reuse ? 'reading back the seed of' : 'seeding'} ${opts.scale.toLocaleString('en')} applicants and applications (+${DRAFT_POOL} + ${BARE_DRAFT_POOL} draft-save and ${SUBMIT_POOL} + ${BARE_SUBMIT_POOL} submit drafts, the second of each for the bare baselines)`);
  // One real argon2id hash (the portal's OWASP parameters) shared by every account.
  const passwordHash = await argon2.hash(PASSWORD, dist.identity.ARGON2_OPTIONS);
  const db = new Client({ connectionString: DATABASE_URL, application_name: 'title-portal-bench' });
  await db.connect();
  // While seeding, every statement over 2 s is logged with its time (what does not scale shows).
  const query = db.query.bind(db);
  db.query = async (...args) => {
    const t0 = Date.now();
    const result = await query(...args);
    const ms = Date.now() - t0;
    if (ms > 2000) log(`    ${round(ms / 1000, 1)} s: ${String(args[0]?.text ?? args[0]).replace(/\s+/g, ' ').slice(0, 90)}…`);
    return result;
  };
  const seedStarted = Date.now();
  const data = opts.reuse ? await seededData(db) : await seed(db, {
    scale: opts.scale,
    draftPool: DRAFT_POOL + BARE_DRAFT_POOL,
    submitPool: SUBMIT_POOL + BARE_SUBMIT_POOL,
    passwordHash,
    piiKey: PII_KEY,
    hostProvince: HOST_PROVINCE,
    dist,
  });
  const st = data.stats;
  log(`  seeded in ${round((Date.now() - seedStarted) / 1000, 1)} s: ${st.users} users, ${st.applications} applications (${st.submitted} submitted), ${st.attachments} attachments, ${st.history} history rows; counter at ${data.numbered}`);
  const ctx = { opts, dist, db, data, ids, emails };
  for (const seedScenario of seeders) await seedScenario(ctx);
  // The seeds write with triggers off (session_replication_role): the trigger-kept counters (the
  // statistics', files per employer name) are recounted once, as the triggers would have written
  // them (migrations StatsCounters, EmployerNameSearch).
  const recountStarted = Date.now();
  await db.query('SELECT rebuild_stats_counters(), rebuild_employer_counts()');
  // VACUUM too: the recount deleted every row the migrations' backfill had written.
  await db.query('VACUUM (ANALYZE) cycle_file_counts, cycle_action_counts, cycle_stage_stays, cycle_employer_counts');
  log(`  counters recounted in ${round((Date.now() - recountStarted) / 1000, 1)} s`);
  delete db.query; // the prototype's again: the scenarios' own queries are not wrapped

  // Every access token names a live session of its user (refused otherwise): one per account,
  // its id the user's (the bench signs its tokens itself, see token() below). The accounts without
  // one (all of them on a fresh seed, the scenarios' new ones on --reuse) are listed before the
  // insert: as one statement the anti-join was planned against the empty table and scanned it
  // again for each account while the insert filled it (2 M accounts: over 20 minutes, not done).
  await db.query(`CREATE TEMP TABLE bench_sessionless AS
    SELECT id FROM users u WHERE NOT EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.user_id = u.id)`);
  await db.query(`INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
    SELECT id, id, encode(sha256(id::text::bytea), 'hex'), now() + interval '1 day' FROM bench_sessionless`);
  await db.query('DROP TABLE bench_sessionless');

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
    AUDIT_SIGNING_KEY: crypto.generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    AUDIT_CHECKPOINT_DIR: path.join(WORK, 'audit-checkpoints'),
    // Production refuses the published demo password; nothing in the bench logs in as the admin.
    ADMIN_PASSWORD: `bench-${crypto.randomBytes(12).toString('hex')}`,
    SMTP_URL: sink.url,
    MAIL_DIR: path.join(WORK, 'mail'),
    STORAGE_DIR: path.join(WORK, 'storage'),
    HOST_PROVINCE,
    WORKER_CONCURRENCY: String(WORKER_CONCURRENCY),
    METRICS_TOKEN: '',
  };
  const profileDir = path.join(RESULTS, 'profiles');
  // Started with the same Node flags and environment as production (npm start / npm run start:api).
  const { API_NODE_FLAGS, API_PROCESS_ENV, WORKER_NODE_FLAGS } = require(path.join(DIST, 'libs/config/src/runtime-flags.js'));
  const apiArgs = [...API_NODE_FLAGS, '--require', path.join(BENCH_DIR, 'eventloop-probe.js')];
  if (opts.cpuProf) apiArgs.push('--cpu-prof', '--cpu-prof-dir', profileDir);
  apiArgs.push(path.join(DIST, 'apps/api/src/main.js'));
  log(`starting the API (port ${apiPort}) and the worker (production mode, LOG_LEVEL=warn)`);
  const api = spawnNode('api', apiArgs, { ...portalEnv, ...API_PROCESS_ENV }, { ipc: true });
  // The worker gets the probe too, for its IPC channel: it exits with the bench, and with
  // --cpu-prof it is profiled (the probe's 'exit' lets it write the profile).
  const workerArgs = [...WORKER_NODE_FLAGS, '--require', path.join(BENCH_DIR, 'eventloop-probe.js')];
  if (opts.cpuProf) workerArgs.push('--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `worker.${Date.now()}.cpuprofile`);
  const worker = spawnNode('worker', [...workerArgs, path.join(DIST, 'apps/worker/src/main.js')], portalEnv, { ipc: true });
  const base = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${base}/health/ready`, 90000, api);
  log('  API ready');

  // A KeyObject, not the secret string: given a string, jsonwebtoken first tries it as a PEM
  // private key (createPrivateKey, which throws) on every sign; that was 17% of this process's
  // CPU during submit, CPU the portal then did not get (the API verifies with a KeyObject too).
  const jwtKey = crypto.createSecretKey(Buffer.from(JWT.secret, 'utf8'));
  // sid: the user's session seeded above.
  const token = (userId) => jwt.sign({ sub: userId, sv: 1, sid: userId }, jwtKey, { algorithm: 'HS256', expiresIn: 3600, issuer: JWT.issuer, audience: JWT.audience });
  /** A baseline program (bench/baseline-*.js) as its own process; it says it listens over IPC. */
  const startBaseline = async (name, script, env) => {
    const port = await freePort();
    const args = opts.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${script.replace('.js', '')}.${Date.now()}.cpuprofile`] : [];
    const child = spawnNode(name, [...args, path.join(BENCH_DIR, script)], { PORT: String(port), ...env }, { ipc: true });
    await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', () => reject(new Error(`${name} did not start:\n${child.output}`)));
    });
    return { child, url: `http://127.0.0.1:${port}` };
  };

  return Object.assign(ctx, { sink, api, worker, base, token, startBaseline, profileDir });
}

/** Stops the processes (letting them write their CPU profiles), drops the database and the queues; returns the versions for the results. */
async function tearDown(ctx) {
  const { opts, api, worker, sink, db, dist, profileDir } = ctx;
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
  return { pgVersion, redisVersion };
}

module.exports = { setUp, tearDown };
