import * as fs from 'fs';
import { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { DELIVERY_BATCH_SIZE, OutboxRelay, OutboxService } from '@app/outbox';
import { JobProducer } from '@app/queue';
import {
  buildApps,
  ConfigOverrides,
  createTestEnvironment,
  eventually,
  freePort,
  PortTakenError,
  PrivateRedis,
  SmtpSink,
  startApi,
  startWorker,
  uniqueEmail,
  WorkerProcess,
} from '@app/testing';

// The project's testTimeout is not applied to every run (Jest reads it per project only in some modes); these tests need more than 5 s.
jest.setTimeout(90000);

/** Emails that arrived more or less than once. */
function notExactlyOnce(smtp: SmtpSink, addresses: string[]): string[] {
  return addresses.filter((a) => smtp.to(a).length !== 1).map((a) => `${a}: ${smtp.to(a).length}`);
}

/** `count` objection acknowledgements (e-mail only, to plain addresses) promised in transactions of `perTransaction`. */
async function emitAcknowledgements(db: DataSource, outbox: OutboxService, count: number, perTransaction: number, parallel = 1): Promise<string[]> {
  const addresses = Array.from({ length: count }, () => uniqueEmail('objector'));
  const chunks: string[][] = [];
  for (let i = 0; i < addresses.length; i += perTransaction) chunks.push(addresses.slice(i, i + perTransaction));
  const run = async (chunk: string[]) =>
    db.transaction(async (manager) => {
      for (const email of chunk) {
        await outbox.emit(manager, {
          type: 'objection.acknowledged',
          recipients: [{ email, locale: 'en', name: 'A Member of the Public' }],
          payload: { objectionReference: `YY-2026-${email.slice(9, 15)}`, applicantName: 'Li Hua', receivedAt: '2026-09-03 11:42' },
        });
      }
    });
  for (let i = 0; i < chunks.length; i += parallel) await Promise.all(chunks.slice(i, i + parallel).map(run));
  return addresses;
}

/**
 * Proves that nothing more is on its way, so that "exactly once" can be asserted without a
 * pause: a marker event emitted now is delivered, and then no outbox row is waiting for the
 * relay and no delivery job is left that could still send (waiting, active, delayed).
 * Checked in that order: the relay queues a row's job before it commits the row as
 * dispatched. `context` is any app of the portal (API or worker). Returns the marker's row id.
 */
async function quiesce(context: INestApplicationContext, smtp: SmtpSink): Promise<string> {
  const db = context.get(DataSource);
  const marker = uniqueEmail('marker');
  const markerId = await db.transaction((manager) =>
    context.get(OutboxService).emit(manager, {
      type: 'objection.acknowledged',
      recipients: [{ email: marker, locale: 'en', name: 'Marker' }],
      payload: { objectionReference: 'YY-MARKER', applicantName: 'Marker', receivedAt: '2026-09-03 11:42' },
    }),
  );
  await smtp.waitFor(marker, 1, 30000);
  const queue = context.get(JobProducer).queueFor('notifications.deliver');
  await eventually(async () => {
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
    if (n !== 0) return false;
    const live = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    return live.waiting + live.active + live.delayed + live.prioritized + live['waiting-children'] === 0;
  }, 30000);
  return markerId!;
}

/** The process id of the Redis answering on `port`, or null when none answers. */
async function redisPidAt(port: number): Promise<number | null> {
  const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  try {
    await client.connect();
    return Number(/^process_id:(\d+)/m.exec(await client.info('server'))?.[1]);
  } catch {
    return null;
  } finally {
    client.disconnect();
  }
}

describe('PrivateRedis, the outage tests\' own Redis', () => {
  it('counts as up only when its own server answers, moves to another port on a clash, and stops only its own server', async () => {
    const other = await PrivateRedis.create(); // as a parallel test file's
    let mine: PrivateRedis | null = null;
    try {
      expect(await redisPidAt(other.port)).toBe(other.pid);
      // Started on a port another Redis holds, it fails instead of taking that Redis's answer for its own.
      await expect(new PrivateRedis(other.port).start()).rejects.toThrow(PortTakenError);
      expect(await redisPidAt(other.port)).toBe(other.pid);

      // Created with a first pick that is taken, it moves on to another port.
      const picks = [other.port];
      mine = await PrivateRedis.create(async () => picks.shift() ?? freePort());
      expect(mine.port).not.toBe(other.port);
      expect(await redisPidAt(mine.port)).toBe(mine.pid);

      // stop() ends its own server only; start() brings it back on the same port.
      await mine.stop();
      expect(await redisPidAt(mine.port)).toBeNull();
      expect(await redisPidAt(other.port)).toBe(other.pid);
      await mine.start();
      expect(await redisPidAt(mine.port)).toBe(mine.pid);
    } finally {
      await mine?.stop();
      await other.stop();
    }
  });
});

describe('notifications through outages and crashes (e2e)', () => {
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
  });

  afterAll(async () => {
    await smtp?.close();
  });

  it('keeps every message promised while Redis is down and delivers each once when it is back', async () => {
    const redis = await PrivateRedis.create();
    const env = { ...(await createTestEnvironment({ SMTP_URL: smtp.url })), REDIS_URL: redis.url };
    const { app, client } = await startApi(env);
    const worker = await startWorker(env);
    try {
      // Without METRICS_TOKEN the metrics route does not exist.
      expect((await client.get('/metrics', { authorization: 'Bearer anything' })).status).toBe(404);

      const db = app.get(DataSource);
      const emails = Array.from({ length: 50 }, () => uniqueEmail('outage'));
      await db.query(
        `INSERT INTO users (email, full_name, locale, roles, status, email_verified_at)
         SELECT e, 'Outage Person', CASE WHEN i % 2 = 0 THEN 'en' ELSE 'zh-CN' END, '{applicant}', 'active', now()
           FROM unnest($1::text[]) WITH ORDINALITY AS t(e, i)`,
        [emails],
      );

      await redis.stop();
      const answers = await Promise.all(emails.map((email) => client.post('/api/v1/auth/password/forgot', { email })));
      expect(answers.map((a) => a.status)).toEqual(emails.map(() => 202));
      // A relay pass that starts after every request committed cannot hand the rows to the queue:
      // it fails, and leaves all 50 rows waiting. Nothing can be sent without a job.
      await expect(worker.get(OutboxRelay).drain()).rejects.toThrow(/Stream isn't writeable|enqueue timed out|Connection is closed|ECONNREFUSED/);
      const [{ n: waiting }] = await db.query("SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL AND type = 'account.password_reset'");
      expect(waiting).toBe(50);
      expect(emails.filter((e) => smtp.to(e).length > 0)).toEqual([]);

      await redis.start();
      await smtp.waitForEach(emails, 40000);
      await quiesce(app, smtp);
      expect(notExactlyOnce(smtp, emails)).toEqual([]);
      const [{ n: undispatched }] = await db.query('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
      expect(undispatched).toBe(0);
      const [{ n: sent }] = await db.query("SELECT count(*)::int AS n FROM notification_deliveries WHERE type = 'account.password_reset' AND status = 'sent'");
      expect(sent).toBe(50);
    } finally {
      await worker.close();
      await app.close();
      await redis.stop();
    }
  });

  it('never dispatches an outbox row twice when two workers relay at once', async () => {
    const env = await createTestEnvironment({ SMTP_URL: smtp.url });
    const workers = [await startWorker(env), await startWorker(env)];
    const dispatched: { worker: number; outboxId: string }[] = [];
    const batchSizes: number[] = [];
    try {
      workers.forEach((w, index) => {
        const producer = w.get(JobProducer);
        const enqueueBulk = producer.enqueueBulk.bind(producer);
        jest.spyOn(producer, 'enqueueBulk').mockImplementation(async (name, jobs) => {
          const result = await enqueueBulk(name, jobs);
          if (name === 'notifications.deliver') {
            for (const j of jobs) {
              const { outboxIds } = j.payload as { outboxIds: string[] };
              batchSizes.push(outboxIds.length);
              for (const outboxId of outboxIds) dispatched.push({ worker: index, outboxId });
            }
          }
          return result;
        });
      });
      const addresses = await emitAcknowledgements(workers[0].get(DataSource), workers[0].get(OutboxService), 300, 10, 4);

      await smtp.waitForEach(addresses, 40000);
      const markerId = await quiesce(workers[0], smtp);
      expect(notExactlyOnce(smtp, addresses)).toEqual([]);
      const ids = dispatched.map((d) => d.outboxId).filter((id) => id !== markerId);
      expect(ids).toHaveLength(300);
      expect(new Set(ids).size).toBe(300);
      // Events travel in batches: fewer jobs than events, none larger than the batch size.
      expect(batchSizes.length).toBeGreaterThan(0);
      expect(batchSizes.length).toBeLessThan(300);
      expect(Math.max(...batchSizes)).toBeLessThanOrEqual(DELIVERY_BATCH_SIZE);
      // Each commit wakes both relays and SKIP LOCKED decides who takes the rows; on a loaded
      // machine one relay can take them all (seen in CI), so which relays dispatched is not
      // asserted: the guarantee is that no row was dispatched twice (above).
      const [{ n }] = await workers[0].get(DataSource).query('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
      expect(n).toBe(0);
    } finally {
      for (const w of workers) await w.close();
    }
  });

  describe('worker crash', () => {
    let buildDir: string;

    beforeAll(async () => {
      buildDir = await buildApps();
    }, 120000);

    afterAll(() => {
      if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
    });

    it('after a SIGKILL between the SMTP server accepting messages and the worker recording them, repeats exactly those (same Message-ID) and records every delivery once', async () => {
      const sink = await new SmtpSink().start();
      // Short locks so a dead worker's jobs are taken over in seconds rather than a minute.
      const env: ConfigOverrides = await createTestEnvironment({
        SMTP_URL: sink.url,
        WORKER_CONCURRENCY: '10',
        WORKER_LOCK_DURATION_MS: '2000',
        WORKER_STALLED_INTERVAL_MS: '1000',
      });
      const { app } = await startApi(env); // for its database handle; the API runs no jobs
      const db = app.get(DataSource);
      let crashing: WorkerProcess | null = null;
      let replacement: INestApplicationContext | null = null;
      let release = () => undefined as void;
      try {
        const addresses = await emitAcknowledgements(db, app.get(OutboxService), 500, 500);
        crashing = WorkerProcess.start(buildDir, env);
        await eventually(async () => sink.messages.length >= 100 || !crashing!.running, 30000, 20);
        expect(crashing.running).toBe(true);

        // From now on the server accepts each message (records it) but holds its reply, so the
        // worker cannot have recorded it: kill the worker while at least one send is in that window.
        sink.holdAccepted = new Promise<void>((resolve) => (release = resolve));
        await eventually(async () => sink.heldMessages.length >= 1, 10000, 5);
        // What the server has accepted is fixed from here on (later messages are refused, unrecorded).
        sink.refuseAll = true;
        const held = sink.heldMessages.map((m) => m.to);
        const accepted = new Set(sink.messages.map((m) => m.to));
        await crashing.kill('SIGKILL');
        // A statement the worker sent just before it died still completes: wait until its backends are idle or gone.
        await eventually(async () => {
          const [{ n }] = await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND state = 'active'");
          return n === 0;
        });
        const recorded = new Set<string>(
          (await db.query("SELECT recipient_key AS key FROM notification_deliveries WHERE channel = 'email' AND status = 'sent'")).map((r: { key: string }) => r.key.replace(/^email:/, '')),
        );
        const unrecorded = [...accepted].filter((a) => !recorded.has(a)).sort();

        expect(accepted.size).toBeGreaterThanOrEqual(100);
        expect(accepted.size).toBeLessThan(500);
        // Nothing is recorded as sent that the server did not accept.
        expect([...recorded].filter((a) => !accepted.has(a))).toEqual([]);
        // The kill landed in the window: the held messages were accepted and none is recorded.
        expect(held.length).toBeGreaterThanOrEqual(1);
        expect(held.filter((a) => recorded.has(a))).toEqual([]);
        // At most one such message per send in flight, i.e. per job slot.
        expect(unrecorded.length).toBeLessThanOrEqual(10);
        sink.holdAccepted = null;
        sink.refuseAll = false;
        release();

        replacement = await startWorker(env);
        await sink.waitForEach(addresses, 60000);
        await quiesce(replacement, sink);
        // What the design promises: each e-mail's outcome is committed right after the server's answer,
        // so a crash repeats exactly the messages accepted but not yet recorded, and nothing else.
        const twice = addresses.filter((a) => sink.to(a).length === 2).sort();
        expect(twice.length).toBeGreaterThanOrEqual(held.length);
        expect(twice).toEqual(unrecorded);
        expect(notExactlyOnce(sink, addresses.filter((a) => !twice.includes(a)))).toEqual([]);
        // The repeat carries the same Message-ID, so a receiving system can recognise it.
        for (const address of twice) expect(new Set(sink.to(address).map((m) => m.messageId)).size).toBe(1);
        expect(sink.messages).toHaveLength(500 + twice.length + 1); // and the marker
        const [{ sent, keys }] = await db.query(
          "SELECT count(*)::int AS sent, count(DISTINCT recipient_key)::int AS keys FROM notification_deliveries WHERE status = 'sent' AND channel = 'email' AND type = 'objection.acknowledged' AND recipient_key <> ALL($1::text[])",
          [sink.messages.filter((m) => m.to.startsWith('marker.')).map((m) => `email:${m.to}`)],
        );
        expect({ sent, keys }).toEqual({ sent: 500, keys: 500 });
      } catch (error) {
        if (crashing) console.error(`crashed worker output:\n${crashing.logs.slice(-4000)}`);
        throw error;
      } finally {
        release();
        await crashing?.kill('SIGKILL');
        await replacement?.close();
        await app.close();
        await sink.close();
      }
    }, 120000);
  });
});
