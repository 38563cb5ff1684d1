// `npm run bench`: measures the portal against bare baselines on the same machine, in one run.
//
//   npm run bench                      default scale (100,000 applicants and applications)
//   npm run bench -- --scale 1000000   1,000,000 of each
//   options: --skip-build, --only id,id (scenario ids, e.g. stats,search_text,export), --duration S (default 10),
//            --rounds N (default 3: alternating portal/baseline measurements of each ratio
//            scenario, median reported), --keep (keep the bench database), --cpu-prof (profile
//            the API; .cpuprofile files under bench/results/profiles/), --no-write (do not
//            write bench/results/), --seed-only (set up and seed, time it, measure nothing),
//            --reuse (the bench database a --keep run left: no build of it, no seed but the
//            scenarios' seeds whose data is missing)
//
// Steps (lib/portal.js): production build; a fresh bench database (title_portal_bench, or
// BENCH_DATABASE) on DATABASE_URL's server, migrated and seeded in bulk; the API (with
// bench/eventloop-probe.js preloaded) and the worker as two production processes with their own
// BullMQ prefix. Then each wanted scenario of scenarios/index.js, in that order, with
// autocannon against the portal and, where it has one, against its baseline program
// (bench/baseline-*.js) run as its own process; one table; bench/results/<date>.json and
// bench/results/latest.json.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, RESULTS, BENCH_DB, QUEUE_PREFIX, WORK } = require('./lib/config');
const { elapsed, log, round } = require('./lib/log');
const { measuring } = require('./lib/measure');
const { parseOptions } = require('./lib/options');
const { setUp, tearDown } = require('./lib/portal');
const { stopAll, killChildrenOnExit } = require('./lib/processes');
const { results, printTable } = require('./lib/report');
const SCENARIOS = require('./scenarios');

const opts = parseOptions(process.argv.slice(2));
const wants = (scenario) => !opts.only || (scenario.selectedBy ?? [scenario.id]).some((id) => opts.only.has(id));

async function main() {
  log(`scale ${opts.scale.toLocaleString('en')}, ${opts.duration} s per measurement, database ${BENCH_DB}, queue prefix ${QUEUE_PREFIX}`);
  const wanted = SCENARIOS.filter(wants);
  const ctx = await setUp(
    opts,
    wanted
      .filter((s) => s.seed)
      .map((s) => async (c) => {
        if (opts.reuse && s.seeded && (await s.seeded(c))) return log(`  ${s.id}: its data is there already (--reuse)`);
        return s.seed(c);
      }),
  );
  const { rows, record } = results();
  Object.assign(ctx, { record, ...measuring(opts) });
  if (opts.seedOnly) {
    // --seed-only: the set-up (build, migrations, the main and the scenarios' seeds, the processes started) and nothing measured.
    await tearDown(ctx);
    log(`seed only: done in ${elapsed()}`);
    return;
  }
  // A test machine's PostgreSQL may run with autovacuum off (production keeps it on): the dead rows
  // and index entries of earlier scenarios (draft saves, submissions) then stay, and a later one
  // measures them (search p99 116 ms after them at 1M, 86 ms after a 3 s VACUUM). What autovacuum
  // would have done meanwhile is done before each scenario, and said.
  const { rows: [{ autovacuum }] } = await ctx.db.query('SHOW autovacuum');
  if (autovacuum !== 'on') log(`PostgreSQL runs with autovacuum ${autovacuum}: the bench runs VACUUM before each scenario`);
  for (const scenario of wanted) {
    if (autovacuum !== 'on') await ctx.db.query('VACUUM');
    // One scenario that fails is a row that says so, not the end of a run that took its seeding time.
    try {
      await scenario.run(ctx);
    } catch (error) {
      log(`scenario ${scenario.id} FAILED: ${error.stack ?? error}`);
      record(scenario.id, { metric: `failed: ${String(error.message ?? error).slice(0, 300)}`, unit: '', value: null, target: scenario.target, met: false });
    }
  }
  const { pgVersion, redisVersion } = await tearDown(ctx);

  const cpus = os.cpus();
  const result = {
    machine: `${cpus.length} x ${cpus[0]?.model?.trim() ?? 'CPU'}, ${round(os.totalmem() / 1024 ** 3, 0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, PostgreSQL ${pgVersion}, Redis ${redisVersion}`,
    date: new Date().toISOString(),
    scale: opts.scale,
    scenarios: rows,
  };
  printTable(rows);
  if (opts.write) {
    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `${result.date.slice(0, 19).replace(/:/g, '-')}Z.json`);
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    fs.writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    log(`results: ${path.relative(ROOT, file)} and bench/results/latest.json`);
  }
  const missed = rows.filter((s) => !s.met).map((s) => s.id);
  log(`done in ${elapsed()}; ${rows.length - missed.length}/${rows.length} targets met${missed.length ? ` (missed: ${missed.join(', ')})` : ''}`);
}

killChildrenOnExit();

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
