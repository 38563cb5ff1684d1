import * as fs from 'fs';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DELIVERY_BATCH_SIZE } from '@app/notifications';
import { OutboxService } from '@app/outbox';
import { JobProducer } from '@app/queue';
import {
  buildApps,
  ConfigOverrides,
  createTestEnvironment,
  eventually,
  PrivateRedis,
  SmtpSink,
  startApi,
  startWorker,
  uniqueEmail,
  WorkerProcess,
} from '@app/testing';

// The project's testTimeout is not applied to every run (Jest reads it per project only in some modes); these tests need more than 5 s.
jest.setTimeout(90000);

const settle = (ms = 1500) => new Promise((r) => setTimeout(r, ms));

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

async function waitForAll(smtp: SmtpSink, addresses: string[], timeoutMs: number): Promise<void> {
  await eventually(async () => addresses.every((a) => smtp.to(a).length > 0), timeoutMs, 200).catch((error: Error) => {
    const missing = addresses.filter((a) => smtp.to(a).length === 0).length;
    throw new Error(`${error.message}; ${missing} of ${addresses.length} never arrived`);
  });
}

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
      await settle();
      expect(emails.filter((e) => smtp.to(e).length > 0)).toEqual([]);
      const [{ n: waiting }] = await db.query("SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL AND type = 'account.password_reset'");
      expect(waiting).toBe(50);

      await redis.start();
      await waitForAll(smtp, emails, 40000);
      await settle();
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

      await waitForAll(smtp, addresses, 40000);
      await settle();
      expect(notExactlyOnce(smtp, addresses)).toEqual([]);
      const ids = dispatched.map((d) => d.outboxId);
      expect(ids).toHaveLength(300);
      expect(new Set(ids).size).toBe(300);
      // Events travel in batches: fewer jobs than events, none larger than the batch size.
      expect(batchSizes.length).toBeLessThan(300);
      expect(Math.max(...batchSizes)).toBeLessThanOrEqual(DELIVERY_BATCH_SIZE);
      // Both relays took part (each commit wakes both; SKIP LOCKED decides who takes the rows).
      expect(dispatched.filter((d) => d.worker === 0).length).toBeGreaterThan(0);
      expect(dispatched.filter((d) => d.worker === 1).length).toBeGreaterThan(0);
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

    it('finishes a batch of 500 deliveries exactly once after the worker process is killed with SIGKILL halfway', async () => {
      const sink = await new SmtpSink().start();
      // Short locks so a dead worker's jobs are taken over in seconds rather than a minute.
      const env: ConfigOverrides = await createTestEnvironment({
        SMTP_URL: sink.url,
        WORKER_CONCURRENCY: '10',
        WORKER_LOCK_DURATION_MS: '2000',
        WORKER_STALLED_INTERVAL_MS: '1000',
      });
      const { app } = await startApi(env); // for its database handle; the API runs no jobs
      let crashing: WorkerProcess | null = null;
      let replacement: INestApplicationContext | null = null;
      let release = () => undefined as void;
      try {
        const addresses = await emitAcknowledgements(app.get(DataSource), app.get(OutboxService), 500, 500);
        crashing = WorkerProcess.start(buildDir, env);
        await eventually(async () => sink.messages.length >= 100 || !crashing!.running, 30000, 20);
        expect(crashing.running).toBe(true);

        // Hold every new SMTP envelope, let messages already past it finish, then kill: the worker dies
        // with jobs active and sends in flight, but with no message accepted and not yet recorded.
        sink.hold = new Promise<void>((resolve) => (release = resolve));
        await eventually(async () => sink.held >= 1, 10000, 10);
        await settle(500);
        const deliveredBeforeCrash = sink.messages.length;
        await crashing.kill('SIGKILL');
        const [{ n: recordedSent }] = await app.get(DataSource).query("SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'sent'");
        expect(deliveredBeforeCrash).toBeGreaterThanOrEqual(100);
        expect(deliveredBeforeCrash).toBeLessThan(500);
        // Every message the server accepted had been recorded as sent: the kill hit no send between acceptance and commit.
        expect(recordedSent).toBe(deliveredBeforeCrash);
        sink.hold = null;
        release();

        replacement = await startWorker(env);
        await waitForAll(sink, addresses, 60000);
        await settle();
        expect(notExactlyOnce(sink, addresses)).toEqual([]);
        expect(sink.messages).toHaveLength(500);
        const [{ n: sent }] = await app.get(DataSource).query("SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'sent' AND channel = 'email'");
        expect(sent).toBe(500);
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
