'use strict';

const path = require('path');
const { BENCH_DIR, QUEUE_PREFIX, REDIS_URL, WORKER_CONCURRENCY } = require('../lib/config');
const { log, round, sleep } = require('../lib/log');
const { cpuByProcess, cpuPerRequest } = require('../lib/measure');
const { spawnNode } = require('../lib/processes');
const { target } = require('../lib/report');

const NOTIFY_EVENTS = Number(process.env.BENCH_NOTIFY_EVENTS || 20000);
const MIN_RATIO = 0.25;

// The bench reads and writes outbox_events itself (libs/outbox owns the table in the portal):
// it inserts the scenario's events in one statement, as the portal's writers would in their
// transactions, and counts them to wait for the worker. It is the load generator, not a
// second owner.
module.exports = {
  id: 'notifications',
  target: target(`>= ${MIN_RATIO} x bare BullMQ drain, none lost or doubled`, ({ ratio, exact }) => ratio >= MIN_RATIO && exact),
  async run(ctx) {
    const { db, sink } = ctx;
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
      const bare = spawnNode('bare bullmq', [path.join(BENCH_DIR, 'baseline-bullmq.js')], {
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
    ctx.record('notifications', {
      metric: `events delivered/s end to end, ${NOTIFY_EVENTS.toLocaleString('en')} events x (inbox + e-mail); baseline = bare BullMQ no-op jobs/s, mean of a drain before and after (${exact ? 'none lost or doubled' : 'LOST OR DOUBLED'})`,
      unit: 'events/s',
      value: eventsPerSecond,
      baseline: drainRate,
      ratio,
      target: this.target,
      met: this.target.met({ ratio, exact }),
    });
  },
};
