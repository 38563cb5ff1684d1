/* global setTimeout, URL */
'use strict';

const path = require('path');
const { DIST, QUEUE_PREFIX, REDIS_URL } = require('../lib/config');
const { log, round } = require('../lib/log');
const { cpuByProcess, cpuPerRequest } = require('../lib/measure');
const { probe } = require('../lib/processes');
const { target } = require('../lib/report');
const { storedFormData } = require('../fixtures');

// Two identical cycles of public_notice files, each file on a notice with no objection: the
// portal closes the first (one tick of the close-notices schedule), the bulk baseline the second.
// Cycles of their own, not the main cycle's files: the main cycle has ~2 % public_notice files and
// no notices, and the other scenarios (stats above all) read its statuses; a spent set is never
// re-armed (the status trigger forbids awaiting_confirmation -> public_notice), --reuse seeds a
// fresh generation instead.
const filesFor = () => Number(process.env.BENCH_NOTICE_FILES || 10000);
// The issue's limit: every notice closed in one pass of the schedule, under 300 s per 10,000; the
// ratio: the same state changes written in bulk in one transaction.
const MAX_SECONDS_PER_10K = 300;
const MIN_RATIO = 0.1;
const maxSeconds = (files) => (MAX_SECONDS_PER_10K * files) / 10000;
// Waits that end the scenario instead of hanging the run.
const CLOSE_TIMEOUT_S = Number(process.env.BENCH_NOTICE_TIMEOUT || 1800);
const DELIVERY_TIMEOUT_S = 900;
const SCHEDULE_KEY = 'close-notices';
// Beijing's date, as shanghaiDate() gives it.
const TODAY_SQL = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

const codeOf = (year, generation, bare) => `${year}-NOTICE-${generation}${bare ? '-BARE' : ''}`;
const labelOf = (generation, bare) => `bench-notice${generation}${bare ? '-bare' : ''}`;

/** The newest generation's two cycles, with how many of their files are still armed (public_notice on an open notice). */
async function latestSets(db) {
  const year = new Date().getUTCFullYear();
  const { rows: [latest] } = await db.query(
    `SELECT max(substring(code from '^\\d+-NOTICE-(\\d+)$')::int) AS generation FROM cycles WHERE code ~ ('^' || $1 || '-NOTICE-\\d+$')`,
    [String(year)],
  );
  if (!latest.generation) return null;
  const sets = {};
  for (const bare of [false, true]) {
    const { rows: [set] } = await db.query(
      `SELECT c.id AS "cycleId",
              (SELECT count(*)::int FROM applications a JOIN public_notices n ON n.application_id = a.id AND n.status = 'open'
                WHERE a.cycle_id = c.id AND a.status = 'public_notice') AS armed
         FROM cycles c WHERE c.code = $1`,
      [codeOf(year, latest.generation, bare)],
    );
    sets[bare ? 'bare' : 'portal'] = set;
  }
  return { generation: latest.generation, ...sets };
}

/**
 * One cycle of `files` public_notice files, set-based: their applicants, the files, their history
 * up to the committee's pass (cycle_id and stage_entered_at given, as the history trigger would
 * fill them; it finds them filled) and one open notice each, with no objection. The notice's last
 * day lies ahead on purpose: the worker runs every schedule once at start-up and then every
 * 15 minutes (BullMQ's first `every` tick is immediate), so a notice seeded due would be closed
 * before this scenario measures; run() moves the last day into the past just before the pass.
 */
async function seedSet(db, { dist, formVersions, year, generation, bare, files }) {
  const { applications: appsLib } = dist;
  const T = appsLib.TRANSITIONS;
  const code = codeOf(year, generation, bare);
  const label = labelOf(generation, bare);
  const { rows: [cycle] } = await db.query(
    `INSERT INTO cycles (code, name_zh, name_en, levels, specialties, opens_at, closes_at, review_deadline, form_versions, eligibility_policy, evidence_rules, version)
     VALUES ($1, $2, $3, $4, $5, now() - interval '120 days', now() - interval '60 days', (now() - interval '20 days')::date, $6, $7, $8, 1) RETURNING id`,
    [
      code,
      `${year}年度工业设计专业职称评审（公示基准 ${generation}${bare ? ' 对照' : ''}）`,
      `${year} Industrial Design Title Evaluation (notice bench ${generation}${bare ? ', bare' : ''})`,
      appsLib.LEVELS,
      appsLib.SPECIALTIES.map((x) => x.key),
      JSON.stringify(formVersions),
      JSON.stringify(appsLib.DEFAULT_ELIGIBILITY_POLICY),
      JSON.stringify(appsLib.DEFAULT_EVIDENCE_RULES),
    ],
  );
  await db.query(
    `INSERT INTO users (id, email, full_name, locale, roles, status, email_verified_at)
     SELECT md5($1 || '-user-' || n)::uuid, $1 || '-' || n || '@bench.local', '申请人' || n, CASE WHEN n % 5 = 0 THEN 'en' ELSE 'zh-CN' END,
            '{applicant}', 'active', now()
       FROM generate_series(1, $2::int) n`,
    [label, files],
  );
  const levels = appsLib.LEVELS.map((level) => ({ level, idx: appsLib.LEVELS.indexOf(level), form_version_id: formVersions[level], data: storedFormData(level) }));
  await db.query(
    `INSERT INTO applications (id, applicant_id, cycle_id, level, specialty, status, form_version_id, data, version, reference_number,
                               applicant_name, employer_name, home_province, submitted_at, created_at, updated_at)
     SELECT md5($1 || '-app-' || s.n)::uuid, md5($1 || '-user-' || s.n)::uuid, $2, l.level, s.specialty, 'public_notice', l.form_version_id,
            jsonb_set(l.data, '{identity,fullName}', to_jsonb('申请人' || s.n)), 5, $3 || '-' || lpad(s.n::text, 6, '0'),
            '申请人' || s.n, '某工业设计有限公司 ' || (s.n % 5000), '50',
            now() - interval '80 days', now() - interval '90 days', now() - interval '3 days'
       FROM (SELECT n, n % $5::int AS idx, ($6::text[])[1 + abs(hashtext('specialty' || n)) % cardinality($6::text[])] AS specialty
               FROM generate_series(1, $4::int) n) s
       JOIN jsonb_to_recordset($7::jsonb) AS l(level text, idx int, form_version_id uuid, data jsonb) ON l.idx = s.idx`,
    [label, cycle.id, code, files, levels.length, appsLib.SPECIALTIES.map((x) => x.key), JSON.stringify(levels)],
  );
  // The way there: created, submitted, then the workflow's own history actions up to the committee's pass.
  await db.query(
    `INSERT INTO application_history (application_id, cycle_id, action, from_status, to_status, actor_id, created_at, stage_entered_at)
     SELECT md5($1 || '-app-' || n)::uuid, $2::uuid, h.action, h.from_status, h.to_status, CASE WHEN h.k <= 2 THEN md5($1 || '-user-' || n)::uuid END,
            now() - h.ago, now() - h.before
       FROM generate_series(1, $3::int) n
      CROSS JOIN (VALUES (1, 'created', NULL, 'draft', interval '90 days', NULL::interval),
                         (2, 'submitted', 'draft', 'submitted', interval '80 days', interval '90 days'),
                         (3, $4, 'submitted', 'in_review', interval '60 days', interval '80 days'),
                         (4, $5, 'in_review', 'reviewed', interval '20 days', interval '60 days'),
                         (5, $6, 'reviewed', 'public_notice', interval '3 days', interval '20 days')) AS h(k, action, from_status, to_status, ago, before)
      ORDER BY h.k, n`,
    [label, cycle.id, files, T.accept_qualification.history, T.complete_review.history, T.committee_pass.history],
  );
  await db.query(
    `INSERT INTO public_notices (application_id, passed_on, start_date, end_date, working_days, created_at)
     SELECT md5($1 || '-app-' || n)::uuid, ${TODAY_SQL} - 3, ${TODAY_SQL} - 3, ${TODAY_SQL} + 30, 5, now() - interval '3 days'
       FROM generate_series(1, $2::int) n`,
    [label, files],
  );
  return cycle.id;
}

/** Polls until `done()` returns true or `timeoutS` passes; `progress()` is logged every 10 s. */
async function pollUntil(done, timeoutS, progress) {
  const started = Date.now();
  let lastLog = started;
  for (;;) {
    if (await done()) return true;
    if (Date.now() - started > timeoutS * 1000) return false;
    if (Date.now() - lastLog >= 10000) {
      lastLog = Date.now();
      log(`    ${await progress()} (${round((Date.now() - started) / 1000, 0)} s)`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** What a closing left behind for one cycle's files, after the watermarks (history, outbox and audit ids before it). */
async function checkClosed(db, { cycleId, marks, names }) {
  const { rows: [c] } = await db.query(
    `WITH files AS (SELECT id FROM applications WHERE cycle_id = $1)
     SELECT (SELECT count(*)::int FROM applications WHERE cycle_id = $1 AND status = 'awaiting_confirmation') AS awaiting,
            (SELECT count(*)::int FROM applications WHERE cycle_id = $1 AND status = 'public_notice') AS on_notice,
            (SELECT count(*)::int FROM public_notices n JOIN files f ON f.id = n.application_id WHERE n.status = 'open') AS open_notices,
            (SELECT count(*)::int FROM public_notices n JOIN files f ON f.id = n.application_id WHERE n.status = 'closed' AND n.closed_at IS NOT NULL) AS closed_notices,
            (SELECT count(*)::int FROM application_history h WHERE h.cycle_id = $1 AND h.id > $2 AND h.action = $5
                AND h.from_status = 'public_notice' AND h.to_status = 'awaiting_confirmation') AS history,
            (SELECT count(DISTINCT h.application_id)::int FROM application_history h WHERE h.cycle_id = $1 AND h.id > $2 AND h.action = $5) AS history_files,
            (SELECT count(*)::int FROM application_history h WHERE h.cycle_id = $1 AND h.id > $2 AND h.action <> $5) AS other_history,
            (SELECT count(*)::int FROM outbox_events e JOIN files f ON f.id = (e.payload->>'applicationId')::uuid WHERE e.id > $3 AND e.type = $6) AS events,
            (SELECT count(DISTINCT e.payload->>'applicationId')::int FROM outbox_events e JOIN files f ON f.id = (e.payload->>'applicationId')::uuid WHERE e.id > $3 AND e.type = $6) AS event_files,
            (SELECT count(*)::int FROM audit_log l JOIN files f ON f.id::text = l.entity_id WHERE l.id > $4 AND l.action = $7 AND l.entity_type = 'application' AND l.seq IS NOT NULL) AS audit,
            (SELECT count(DISTINCT l.entity_id)::int FROM audit_log l JOIN files f ON f.id::text = l.entity_id WHERE l.id > $4 AND l.action = $7) AS audit_files`,
    [cycleId, marks.history, marks.outbox, marks.audit, names.history, names.event, names.audit],
  );
  return c;
}

const closedExactlyOnce = (c, files) =>
  c.awaiting === files && c.on_notice === 0 && c.open_notices === 0 && c.closed_notices === files && c.history === files && c.history_files === files &&
  c.other_history === 0 && c.events === files && c.event_files === files && c.audit === files && c.audit_files === files;

const describeCheck = (c) =>
  `${c.awaiting.toLocaleString('en')} awaiting_confirmation (${c.on_notice} still on notice), notices open ${c.open_notices} / closed ${c.closed_notices.toLocaleString('en')}, ` +
  `history ${c.history.toLocaleString('en')} rows for ${c.history_files.toLocaleString('en')} files (${c.other_history} other), ` +
  `events ${c.events.toLocaleString('en')} for ${c.event_files.toLocaleString('en')} files, audit ${c.audit.toLocaleString('en')} chained for ${c.audit_files.toLocaleString('en')} files`;

async function watermarks(db) {
  const { rows: [m] } = await db.query(
    `SELECT (SELECT coalesce(max(id), 0) FROM application_history)::text AS history, (SELECT coalesce(max(id), 0) FROM outbox_events)::text AS outbox,
            (SELECT coalesce(max(id), 0) FROM audit_log)::text AS audit`,
  );
  return m;
}

/** Waits until every outbox event after `mark` is settled (delivered on all its channels): the next scenario gets quiet cores. */
async function waitDelivered(db, mark, what) {
  const t0 = Date.now();
  const pending = async () => (await db.query('SELECT count(*)::int AS n FROM outbox_events WHERE id > $1 AND settled_at IS NULL', [mark])).rows[0].n;
  const ok = await pollUntil(async () => (await pending()) === 0, DELIVERY_TIMEOUT_S, async () => `${what}: ${(await pending()).toLocaleString('en')} events not yet delivered`);
  log(`  ${what}: ${ok ? 'every event delivered' : `events still undelivered after ${DELIVERY_TIMEOUT_S} s`} ${round((Date.now() - t0) / 1000, 1)} s after the closing`);
}

module.exports = {
  id: 'close_notices',
  target: target(
    `ratio >= ${MIN_RATIO} of the bulk close; one pass < ${MAX_SECONDS_PER_10K} s per 10,000 notices; every file closed exactly once`,
    ({ ratio, seconds, files, emitted, portal, bare }) =>
      ratio >= MIN_RATIO && seconds < maxSeconds(files) && emitted === files && closedExactlyOnce(portal, files) && closedExactlyOnce(bare, files),
  ),
  /** --reuse: the newest generation of the two sets still fully armed? */
  async seeded({ db }) {
    const files = filesFor();
    const sets = await latestSets(db);
    return Boolean(sets && sets.portal.armed === files && sets.bare.armed === files);
  },
  async seed(ctx) {
    const { db, dist, data } = ctx;
    const files = filesFor();
    const year = new Date().getUTCFullYear();
    const generation = ((await latestSets(db))?.generation ?? 0) + 1;
    const t0 = Date.now();
    await db.query('BEGIN');
    for (const bare of [false, true]) await seedSet(db, { dist, formVersions: data.formVersions, year, generation, bare, files });
    await db.query('COMMIT');
    await db.query('VACUUM (ANALYZE) applications, application_history, public_notices, users');
    log(`  close_notices: 2 x ${files.toLocaleString('en')} public_notice files on open notices (cycles ${codeOf(year, generation, false)}, ${codeOf(year, generation, true)}) seeded in ${round((Date.now() - t0) / 1000, 1)} s`);
  },
  async run(ctx) {
    const { db, dist, worker } = ctx;
    const files = filesFor();
    const sets = await latestSets(db);
    if (!sets || sets.portal.armed !== files || sets.bare.armed !== files) throw new Error(`close_notices: the seeded sets are not armed: ${JSON.stringify(sets)}`);
    const T = dist.applications.TRANSITIONS.close_notice;
    const names = { history: T.history, event: T.event, audit: T.audit };
    log(`scenario close_notices: one scheduler.run job for ${SCHEDULE_KEY} (the worker closes every due notice, one transaction each), ${files.toLocaleString('en')} notices; baseline: the same state changes in bulk SQL, one transaction`);

    // --- the portal: one tick of the schedule -------------------------------------------------
    await db.query('CHECKPOINT').catch(() => undefined);
    const portalMarks = await watermarks(db);
    const { Queue } = require('bullmq');
    const queueLib = require(path.join(DIST, 'libs/queue/src'));
    const redis = new URL(REDIS_URL);
    const connection = { host: redis.hostname, port: Number(redis.port || 6379), password: redis.password || undefined, db: Number(redis.pathname.slice(1) || 0) };
    const queue = new Queue(queueLib.JOB_CATALOGUE['scheduler.run'].queue, { connection, prefix: QUEUE_PREFIX });
    const workerBefore = await probe(worker, 'report');
    const awaiting = async () => (await db.query(`SELECT count(*)::int AS n FROM applications WHERE cycle_id = $1 AND status = 'awaiting_confirmation'`, [sets.portal.cycleId])).rows[0].n;
    // The scheduler queue runs one tick at a time, and the worker started with a tick of every
    // schedule (some take minutes on a large database): this job must not queue behind them, nor
    // the close-notices tick among them find the notices due first.
    const busy = async () => {
      const counts = await queue.getJobCounts('active', 'waiting', 'prioritized');
      return counts.active + counts.waiting + counts.prioritized;
    };
    const waitedFor = [];
    const idle = await pollUntil(async () => (await busy()) === 0, 900, async () => {
      const active = await queue.getJobs(['active']);
      for (const j of active) if (!waitedFor.includes(j.data.scheduleKey)) waitedFor.push(j.data.scheduleKey);
      return `waiting for the scheduler queue to be idle: ${await busy()} tick(s) queued or running (${active.map((j) => j.data.scheduleKey).join(', ')})`;
    });
    if (!idle) throw new Error('close_notices: the scheduler queue did not become idle within 900 s');
    if (waitedFor.length) log(`  waited for the worker's start-up ticks: ${waitedFor.join(', ')}`);
    // Due from now on: a tick of the worker's own schedule could take them from here (it would
    // show: this job would then close fewer than all of them, and the target is not met).
    await db.query(`UPDATE public_notices SET end_date = ${TODAY_SQL} - 1 WHERE status = 'open' AND application_id IN (SELECT id FROM applications WHERE cycle_id = $1)`, [sets.portal.cycleId]);
    const cpuBefore = cpuByProcess();
    const t0 = Date.now();
    const job = await queue.add('scheduler.run', { scheduleKey: SCHEDULE_KEY }, { ...queueLib.DEFAULT_JOB_OPTIONS, ...queueLib.JOB_CATALOGUE['scheduler.run'].options });
    let failed = null;
    const allClosed = await pollUntil(
      async () => {
        if ((await awaiting()) === files) return true;
        if ((await job.getState()) === 'failed') {
          failed = (await queue.getJob(job.id))?.failedReason ?? 'failed';
          return true;
        }
        return false;
      },
      CLOSE_TIMEOUT_S,
      async () => `${(await awaiting()).toLocaleString('en')} / ${files.toLocaleString('en')} closed`,
    );
    const seconds = (Date.now() - t0) / 1000;
    const cpuAfter = cpuByProcess();
    if (failed) throw new Error(`the close-notices tick failed: ${failed}`);
    if (!allClosed) log(`  NOT every notice closed within ${CLOSE_TIMEOUT_S} s`);
    // The tick ends right after its last commit; its own timing (queued, started, finished).
    const ended = await pollUntil(async () => ['completed', 'failed'].includes(await job.getState()), 120, async () => `the tick still ${await job.getState()}`);
    const done = ended ? await queue.getJob(job.id) : null;
    const workerAfter = await probe(worker, 'report');
    await queue.close();
    const rssMb = workerAfter.peakRss / (1024 * 1024);
    // One pass: this job closed every one of them (none left for, or taken by, another tick).
    const emitted = done?.returnvalue?.emitted ?? null;
    const rate = files / seconds;
    const portal = await checkClosed(db, { cycleId: sets.portal.cycleId, marks: portalMarks, names });
    log(`  portal: ${files.toLocaleString('en')} notices closed in one tick in ${round(seconds, 1)} s (${round(rate, 1)} files/s, ${round((seconds * 1000) / files, 2)} ms a file)` +
      (done ? `; the job waited ${done.processedOn - done.timestamp} ms, ran ${round((done.finishedOn - done.processedOn) / 1000, 1)} s, returned ${JSON.stringify(done.returnvalue)}` : ''));
    log(`  worker RSS ${round(workerBefore.rss / 1048576, 0)} MB before, ${round(workerAfter.rss / 1048576, 0)} MB after, peak ${round(rssMb, 0)} MB; CPU per file: ${cpuPerRequest(cpuBefore, cpuAfter, files)}`);
    log(`  check: ${describeCheck(portal)}: ${closedExactlyOnce(portal, files) ? 'every file closed exactly once' : 'NOT every file closed exactly once'}`);
    // Its 10,000 application.awaiting_confirmation e-mails go out before the baseline runs.
    await waitDelivered(db, portalMarks.outbox, 'portal');

    // --- the baseline: the same changes in bulk, one transaction ------------------------------
    await db.query('CHECKPOINT').catch(() => undefined);
    const bareMarks = await watermarks(db);
    const bareSteps = [];
    await db.query('BEGIN');
    // Due now, inside the transaction (not timed): committed due, the worker's tick could take them first.
    await db.query(`UPDATE public_notices SET end_date = ${TODAY_SQL} - 1 WHERE status = 'open' AND application_id IN (SELECT id FROM applications WHERE cycle_id = $1)`, [sets.bare.cycleId]);
    const b0 = Date.now();
    const step = async (label, text, values) => {
      const s0 = Date.now();
      const r = await db.query(text, values);
      bareSteps.push(`${label} ${Date.now() - s0} ms`);
      return r;
    };
    await step('workflow setting', 'SELECT set_config($1, $2, true)', ['portal.workflow_action', 'close_notice']);
    // The due notices of the set, as the scan reads them (last day before today, no objection
    // holding); the UPDATEs below lock the rows (nothing else writes them meanwhile).
    await step(
      'due notices',
      `CREATE TEMP TABLE bench_due ON COMMIT DROP AS
         SELECT n.id AS notice_id, a.id, a.applicant_id, a.reference_number, a.level, a.specialty, ${TODAY_SQL}::text AS closed_on
           FROM public_notices n JOIN applications a ON a.id = n.application_id
          WHERE a.cycle_id = $1 AND a.status = 'public_notice' AND n.status = 'open' AND n.end_date < ${TODAY_SQL}
            AND NOT EXISTS (SELECT 1 FROM objections o WHERE o.notice_id = n.id AND (o.status = 'open' OR (o.status = 'unconfirmed' AND o.confirm_expires_at > now())))`,
      [sets.bare.cycleId],
    );
    await step('applications', `UPDATE applications a SET status = 'awaiting_confirmation', version = a.version + 1, updated_at = now() FROM bench_due d WHERE a.id = d.id`);
    await step(
      'history',
      `INSERT INTO application_history (application_id, action, from_status, to_status, actor_id, reason, data)
       SELECT d.id, $1, 'public_notice', 'awaiting_confirmation', NULL, NULL, jsonb_build_object('noticeId', d.notice_id) FROM bench_due d`,
      [names.history],
    );
    await step('public_notices', `UPDATE public_notices n SET status = 'closed', closed_at = now() FROM bench_due d WHERE n.id = d.notice_id AND n.status = 'open'`);
    await step(
      'audit_log',
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, data, ip, user_agent)
       SELECT NULL, $1, 'application', d.id::text, jsonb_build_object('from', 'public_notice', 'to', 'awaiting_confirmation', 'reason', NULL, 'fields', '[]'::jsonb), NULL, NULL
         FROM bench_due d`,
      [names.audit],
    );
    await step(
      'outbox_events',
      `WITH inserted AS (
         INSERT INTO outbox_events (type, recipients, payload)
         SELECT $1, jsonb_build_array(jsonb_build_object('userId', d.applicant_id)),
                jsonb_build_object('applicationId', d.id, 'referenceNumber', coalesce(d.reference_number, ''), 'level', d.level, 'specialty', d.specialty, 'noticeClosedOn', d.closed_on)
           FROM bench_due d
         RETURNING id)
       SELECT count(*)::int AS n, pg_notify('outbox_events', '') FROM inserted`,
      [names.event],
    );
    // COMMIT runs the audit chain's deferred trigger for every entry.
    await step('COMMIT (audit chain)', 'COMMIT');
    const bareSeconds = (Date.now() - b0) / 1000;
    const bare = await checkClosed(db, { cycleId: sets.bare.cycleId, marks: bareMarks, names });
    const ratio = bareSeconds / seconds;
    log(`  baseline: the same ${files.toLocaleString('en')} closings in bulk, one transaction, in ${round(bareSeconds, 2)} s (${bareSteps.join(', ')}); ratio ${round(ratio, 3)}`);
    log(`  check: ${describeCheck(bare)}`);
    await waitDelivered(db, bareMarks.outbox, 'baseline');

    ctx.record('close_notices', {
      metric: `one close-notices tick (scheduler.run on the worker): ${files.toLocaleString('en')} public notices closed (${emitted === files ? 'all in this one pass' : `${emitted} by this pass`}), ${round(rate, 1)} files/s, worker peak RSS ${round(rssMb, 0)} MB, ` +
        `${closedExactlyOnce(portal, files) ? 'every file closed exactly once' : 'NOT every file closed exactly once'}; baseline: the same state changes (files, history, notices, audit, outbox) in bulk SQL, one transaction`,
      unit: 's',
      value: seconds,
      baseline: bareSeconds,
      ratio,
      target: this.target,
      met: this.target.met({ ratio, seconds, files, emitted, portal, bare }),
    });
  },
};
