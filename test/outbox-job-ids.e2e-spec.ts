import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@app/outbox';
import { JobProducer } from '@app/queue';
import { ConfigOverrides, createTestEnvironment, eventually, SmtpSink, startApi, startWorker, TEST_PASSWORD, uniqueEmail } from '@app/testing';

// The project's testTimeout is not applied to every run (Jest reads it per project only in some modes); these tests need more than 5 s.
jest.setTimeout(90000);

/**
 * Emits an objection acknowledgement to each address, one event at a time, each dispatched
 * before the next is emitted: every event is a batch of one, so its job id is the one a
 * relay pass gives a single event. Returns the events' row ids.
 */
async function emitOneByOne(worker: INestApplicationContext, addresses: string[]): Promise<string[]> {
  const db = worker.get(DataSource);
  const ids: string[] = [];
  for (const email of addresses) {
    const id = await db.transaction((manager) =>
      worker.get(OutboxService).emit(manager, {
        type: 'objection.acknowledged',
        recipients: [{ email, locale: 'en', name: 'A Member of the Public' }],
        payload: { objectionReference: 'YY-2026-7', applicantName: 'Li Hua', receivedAt: '2026-09-03 11:42' },
      }),
    );
    ids.push(id!);
    await eventually(async () => {
      const [row] = await db.query('SELECT dispatched_at FROM outbox_events WHERE id = $1', [id]);
      return row.dispatched_at !== null;
    });
  }
  return ids;
}

describe('outbox job ids (e2e)', () => {
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
  });

  afterAll(async () => {
    await smtp?.close();
  });

  it('delivers every message of a fresh database on a Redis that holds the completed jobs of an earlier one, under the same prefix', async () => {
    const earlier = await createTestEnvironment({ SMTP_URL: smtp.url });
    // A fresh database (as after a reset, a restore, or a second portal on the same Redis), same Redis, same QUEUE_PREFIX.
    const fresh: ConfigOverrides = { ...(await createTestEnvironment({ SMTP_URL: smtp.url })), QUEUE_PREFIX: earlier.QUEUE_PREFIX };
    expect(fresh.DATABASE_URL).not.toBe(earlier.DATABASE_URL);

    const firstWorker = await startWorker(earlier);
    let earlierIds: string[];
    try {
      const addresses = Array.from({ length: 6 }, () => uniqueEmail('earlier'));
      earlierIds = await emitOneByOne(firstWorker, addresses);
      await smtp.waitForEach(addresses);
      // Their jobs stay in Redis as completed (kept a day).
      const queue = firstWorker.get(JobProducer).queueFor('notifications.deliver');
      await eventually(async () => (await queue.getCompletedCount()) >= addresses.length);
    } finally {
      await firstWorker.close();
    }

    const { app, client } = await startApi(fresh);
    const worker = await startWorker(fresh);
    try {
      const addresses = Array.from({ length: 4 }, () => uniqueEmail('fresh'));
      const freshIds = await emitOneByOne(worker, addresses);
      // The fresh database hands out the same row ids again: the situation that used to lose messages.
      expect(freshIds).toHaveLength(addresses.length);
      expect(freshIds.filter((id) => !earlierIds.includes(id))).toEqual([]);

      // And a registration's verification e-mail, the message seen missing after a fresh `npm start`.
      const email = uniqueEmail('register');
      const registered = await client.post('/api/v1/auth/register', { email, password: TEST_PASSWORD, fullName: 'Fresh Start', locale: 'en' });
      expect(registered.status).toBe(202);
      const [verify] = await app.get(DataSource).query("SELECT id::text AS id FROM outbox_events WHERE type = 'account.verify_email'");
      expect(earlierIds).toContain(verify.id);

      await smtp.waitForEach([...addresses, email]);
      // The worker records a send after the server accepted it: the last row may lag the last message.
      const sent = async () => (await app.get(DataSource).query("SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'email' AND status = 'sent'"))[0].n as number;
      for (const started = Date.now(); (await sent()) < addresses.length + 1 && Date.now() - started < 10000; ) await new Promise((r) => setTimeout(r, 50));
      expect(await sent()).toBe(addresses.length + 1);
    } finally {
      await worker.close();
      await app.close();
    }
  });
});
