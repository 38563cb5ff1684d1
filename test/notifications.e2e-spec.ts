import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { Clock, ManualClock } from '@app/common';
import { DeliveryService, UndeliverableEventError } from '@app/notifications';
import { NotificationsProcessor } from '../apps/worker/src/processors/notifications.processor';
import { EmitEvent, EventPayloads, EventType, OutboxRecipient, OutboxRelay, OutboxService } from '@app/outbox';
import { JobProducer, SCHEDULE_KEYS, ScheduleRunner } from '@app/queue';
import {
  ApiClient,
  ConfigOverrides,
  eventually,
  HttpResult,
  makeApplicant,
  makeUser,
  SmtpSink,
  startWorker,
  TEST_PASSWORD,
  TestUser,
  tokenFrom,
  uniqueEmail,
  usePortal,
} from '@app/testing';

// The project's testTimeout is not applied to every run (Jest reads it per project only in some modes); these tests need more than 5 s.
jest.setTimeout(90000);

const DAY = 24 * 3600 * 1000;
const HAN = /[\u4e00-\u9fff]/;
const METRICS_TOKEN = 'metrics-token-for-the-notification-tests';

describe('notifications (e2e)', () => {
  const portal = usePortal({ smtp: true, worker: true, env: { PUBLIC_URL: 'https://portal.example.org', METRICS_TOKEN, WORKER_CONCURRENCY: '7' } });
  let env: ConfigOverrides;
  let app: NestFastifyApplication;
  let api: ApiClient;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  let db: DataSource;
  let admin: TestUser;

  beforeAll(async () => {
    ({ app, api, admin, smtp, worker, env } = portal);
    db = app.get(DataSource);
  });

  /** Promise a notification the way a domain service does: an outbox row in a transaction. */
  const emit = <T extends EventType>(type: T, recipients: OutboxRecipient[], payload: EventPayloads[T], dedupeKey?: string) =>
    db.transaction((manager) => app.get(OutboxService).emit(manager, { type, recipients, payload, dedupeKey }));

  const accepted = (user: { id: string }, extra: Partial<EventPayloads['application.accepted']> = {}) =>
    emit('application.accepted', [{ userId: user.id }], {
      referenceNumber: `2026-ID-${Math.floor(Math.random() * 1e5)}`,
      'cycleName@zh-CN': '2026年度工业设计职称评审',
      'cycleName@en': '2026 Industrial Design Evaluation',
      applicationId: randomUUID(),
      ...extra,
    });

  /**
   * Proves that nothing more is on its way, so that "exactly once" and "not sent" can be
   * asserted without a pause: a marker event emitted now is delivered, and then no outbox
   * row is waiting for the relay and no delivery job is left that could still send
   * (waiting, active, delayed). Checked in that order: the relay queues a row's job before
   * it commits the row as dispatched.
   */
  const quiesce = async () => {
    const marker = uniqueEmail('marker');
    await emit('objection.acknowledged', [{ email: marker, locale: 'en', name: 'Marker' }], { objectionReference: 'YY-MARKER', applicantName: 'Marker', receivedAt: '2026-09-03 11:42' });
    await smtp.waitFor(marker);
    const queue = worker.get(JobProducer).queueFor('notifications.deliver');
    await eventually(async () => {
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
      if (n !== 0) return false;
      const live = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      return live.waiting + live.active + live.delayed + live.prioritized + live['waiting-children'] === 0;
    });
  };

  const deliveries = (outboxId: string) =>
    db.query('SELECT channel, status, attempts, last_error AS "lastError", id FROM notification_deliveries WHERE outbox_id = $1 ORDER BY channel', [outboxId]);

  describe('delivery', () => {
    it("puts a message in the inbox and sends one e-mail, each in the recipient's language", async () => {
      const zh = await makeUser(app, api, { locale: 'zh-CN', fullName: '王小明' });
      const en = await makeUser(app, api, { locale: 'en', fullName: 'Grace Li' });
      const applicationId = randomUUID();
      const eventId = await emit('application.accepted', [{ userId: zh.id }, { userId: en.id }], {
        referenceNumber: '2026-ID-00042',
        'cycleName@zh-CN': '2026年度工业设计职称评审',
        'cycleName@en': '2026 Industrial Design Evaluation',
        applicationId,
      });

      const [zhMail] = await smtp.waitFor(zh.email);
      const [enMail] = await smtp.waitFor(en.email);
      expect(zhMail.subject).toMatch(HAN);
      expect(zhMail.text).toContain('2026年度工业设计职称评审');
      expect(zhMail.text).toContain('王小明');
      expect(enMail.subject).not.toMatch(HAN);
      expect(enMail.text).toContain('2026 Industrial Design Evaluation');
      expect(enMail.text).toContain(`https://portal.example.org/applications/${applicationId}`);
      // Each recipient gets a message of their own: enveloped to them alone, from MAIL_FROM, with
      // their name in To, an HTML part, and a Message-ID that is stable per event and recipient.
      expect(zhMail.envelope).toEqual({ from: 'no-reply@title-portal.local', to: [zh.email] });
      expect(enMail.envelope).toEqual({ from: 'no-reply@title-portal.local', to: [en.email] });
      expect(zhMail.raw.from?.value).toEqual([{ name: 'Design Title Portal', address: 'no-reply@title-portal.local' }]);
      expect(zhMail.raw.to).toMatchObject({ value: [{ name: '王小明', address: zh.email }] });
      expect(zhMail.html).toContain('2026年度工业设计职称评审');
      expect(zhMail.messageId).toMatch(new RegExp(`^<${eventId}\\.[0-9a-f]{16}@title-portal>$`));
      expect(enMail.messageId).not.toBe(zhMail.messageId);

      const zhInbox = await zh.client.get('/api/v1/notifications');
      expect(zhInbox.status).toBe(200);
      expect(zhInbox.body.items).toHaveLength(1);
      expect(zhInbox.body.items[0]).toMatchObject({ type: 'application.accepted', read: false, readAt: null, link: `/applications/${applicationId}` });
      expect(zhInbox.body.items[0].title).toMatch(HAN);
      const enInbox = await en.client.get('/api/v1/notifications');
      expect(enInbox.body.items[0].title).not.toMatch(HAN);
      expect(enInbox.body.items[0].body).toContain('2026-ID-00042');

      await quiesce();
      expect(smtp.to(zh.email)).toHaveLength(1);
      expect(smtp.to(en.email)).toHaveLength(1);
      const rows = await deliveries(eventId!);
      expect(rows.map((r: { channel: string; status: string }) => `${r.channel}:${r.status}`).sort()).toEqual(['email:sent', 'email:sent', 'inbox:sent', 'inbox:sent']);
    });

    it('sends account messages (verification, password reset) by e-mail only, once each', async () => {
      const email = uniqueEmail('acct');
      const registered = await api.post('/api/v1/auth/register', { email, password: TEST_PASSWORD, fullName: 'Account Person', locale: 'zh-CN' });
      expect(registered.status).toBe(202);
      const [verify] = await smtp.waitFor(email);
      expect(verify.subject).toMatch(HAN);
      expect(tokenFrom(verify)).toBeTruthy();
      expect((await api.post('/api/v1/auth/password/forgot', { email })).status).toBe(202);
      await smtp.waitFor(email, 2);
      await quiesce();
      expect(smtp.to(email)).toHaveLength(2);
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM notifications x JOIN users u ON u.id = x.user_id WHERE u.email = $1', [email]);
      expect(n).toBe(0);
    });

    it('escapes HTML in a name inserted into the e-mail', async () => {
      const user = await makeUser(app, api, { fullName: '<script>alert(1)</script> & <b>Co</b>' });
      await accepted(user);
      const [mail] = await smtp.waitFor(user.email);
      expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Co&lt;/b&gt;');
      expect(mail.html).not.toContain('<script>alert(1)');
      expect(mail.html).not.toContain('<b>Co</b>');
      expect(mail.text).toContain('<script>alert(1)</script> & <b>Co</b>'); // plain text is shown as typed
    });

    /** Events the relay will not pick up (already marked dispatched), for calling the delivery directly. */
    const emitHeld = (events: EmitEvent<EventType>[]) =>
      db.transaction(async (manager) => {
        const ids: string[] = [];
        for (const e of events) ids.push((await app.get(OutboxService).emit(manager, e))!);
        await manager.query('UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1::bigint[])', [ids]);
        return ids;
      });
    const firstAttempt = { attempt: 1, maxAttempts: 8 };

    it('delivers a batch once per recipient and channel, even when the same batch runs twice at once', async () => {
      const users = await Promise.all([0, 1, 2].map(() => makeApplicant(app, api)));
      const optedOut = await makeApplicant(app, api);
      expect((await optedOut.client.put('/api/v1/me/notification-preferences', { items: [{ type: 'application.draft_reminder', emailEnabled: false }] })).status).toBe(200);
      const objectors = Array.from({ length: 12 }, () => uniqueEmail('objector'));
      const cycle = { 'cycleName@zh-CN': '2026年度工业设计职称评审', 'cycleName@en': '2026 Industrial Design Evaluation' };
      const ids = await emitHeld([
        ...users.map((u) => ({ type: 'application.accepted' as const, recipients: [{ userId: u.id }], payload: { referenceNumber: '2026-ID-1', applicationId: randomUUID(), ...cycle } })),
        // The same person listed twice still gets one message on each channel.
        { type: 'application.accepted', recipients: [{ userId: users[0].id }, { userId: users[0].id }], payload: { referenceNumber: '2026-ID-2', applicationId: randomUUID(), ...cycle } },
        { type: 'application.draft_reminder', recipients: [{ userId: optedOut.id }], payload: { ...cycle, daysLeft: 1, windowClosesAt: '2026-06-01 17:00', applicationId: randomUUID() } },
        ...objectors.map((email) => ({
          type: 'objection.acknowledged' as const,
          recipients: [{ email, locale: 'en' as const, name: 'A Member of the Public' }],
          payload: { objectionReference: 'YY-2026-1', applicantName: 'Li Hua', receivedAt: '2026-09-03 11:42' },
        })),
      ]);

      // Two runs of the same batch at once (a re-dispatched or stalled job): the second waits for the first's locks, then finds everything done.
      const delivery = worker.get(DeliveryService);
      const results = await Promise.all([delivery.deliver(ids, firstAttempt), delivery.deliver([...ids].reverse(), firstAttempt)]);
      const inboxMessages = users.length + 1 + 1; // three acceptances, the doubled one, the reminder
      const emails = users.length + 1 + objectors.length;
      expect(results.map((r) => r.delivered).sort((a, b) => a - b)).toEqual([0, inboxMessages + emails]);

      // Both runs have returned and no job exists for these events (they were never queued): nothing more can be sent.
      expect(smtp.to(users[0].email)).toHaveLength(2);
      for (const u of users.slice(1)) expect(smtp.to(u.email)).toHaveLength(1);
      for (const email of objectors) expect(smtp.to(email)).toHaveLength(1);
      expect(smtp.to(optedOut.email)).toHaveLength(0);
      const [{ inbox }] = await db.query('SELECT count(*)::int AS inbox FROM notifications WHERE outbox_id = ANY($1::bigint[])', [ids]);
      expect(inbox).toBe(inboxMessages);
      const records: { channel: string; status: string; n: number }[] = await db.query(
        'SELECT channel, status, count(*)::int AS n FROM notification_deliveries WHERE outbox_id = ANY($1::bigint[]) GROUP BY 1, 2 ORDER BY 1, 2',
        [ids],
      );
      expect(records).toEqual([
        { channel: 'email', status: 'sent', n: emails },
        { channel: 'email', status: 'skipped', n: 1 },
        { channel: 'inbox', status: 'sent', n: inboxMessages },
      ]);
      const [{ attempts }] = await db.query("SELECT max(attempts)::int AS attempts FROM notification_deliveries WHERE outbox_id = ANY($1::bigint[]) AND status = 'sent'", [ids]);
      expect(attempts).toBeLessThanOrEqual(1);
    });

    it('delivers the rest of a batch that holds undeliverable events (unknown type, unrenderable payload), then fails the job for them', async () => {
      const user = await makeApplicant(app, api);
      const [good] = await emitHeld([{ type: 'application.accepted', recipients: [{ userId: user.id }], payload: { referenceNumber: '2026-ID-3', applicationId: randomUUID(), 'cycleName@en': 'C', 'cycleName@zh-CN': 'C' } }]);
      // Events the compiler refuses (EventPayloads), as rows written by older code or by hand would be.
      const [unknown, unrenderable] = await emitHeld([
        { type: 'application.teleported', recipients: [{ userId: user.id }], payload: {} } as unknown as EmitEvent<EventType>,
        // No applicationId: neither the in-app link nor the template can be built.
        { type: 'application.accepted', recipients: [{ userId: user.id }], payload: { referenceNumber: '2026-ID-4' } } as unknown as EmitEvent<EventType>,
      ]);
      const run = worker.get(DeliveryService).deliver([unknown, good, unrenderable], firstAttempt);
      await expect(run).rejects.toThrow(UndeliverableEventError);
      await expect(run).rejects.toThrow(new RegExp(`${unknown} \\(unknown type "application.teleported"\\).*${unrenderable} \\(`));
      expect(await smtp.waitFor(user.email)).toHaveLength(1);
      expect((await deliveries(good)).map((r: { channel: string; status: string }) => `${r.channel}:${r.status}`)).toEqual(['email:sent', 'inbox:sent']);
      expect(await deliveries(unknown)).toEqual([]);
      expect(await deliveries(unrenderable)).toEqual([]);
    });

    it('removes completed delivery jobs by age and count', async () => {
      const user = await makeApplicant(app, api);
      const eventId = await accepted(user);
      await smtp.waitFor(user.email);
      const [{ uuid }] = await db.query('SELECT uuid FROM outbox_events WHERE id = $1', [eventId]);
      const job = await eventually(async () => {
        // A relay pass that finds one event dispatches a batch of one, whose job id is the event's UUID.
        const j = await worker.get(JobProducer).queueFor('notifications.deliver').getJob(`outbox-${uuid}`);
        return j && (await j.isCompleted()) ? j : undefined;
      });
      expect(job.opts.removeOnComplete).toEqual({ age: expect.any(Number), count: expect.any(Number) });
      expect(job.opts.attempts).toBe(8);
    });

    it('runs delivery jobs with the configured worker concurrency', () => {
      expect(worker.get(NotificationsProcessor).worker.concurrency).toBe(7);
      expect(worker.get(NotificationsProcessor).worker.opts.lockDuration).toBe(30000);
    });
  });

  describe('inbox API', () => {
    it('lists with cursor pages and an unread filter, counts, marks read, and hides other users’ notifications', async () => {
      const owner = await makeApplicant(app, api);
      const other = await makeApplicant(app, api);
      for (let i = 0; i < 3; i++) await accepted(owner, { referenceNumber: `2026-ID-9000${i}` });
      await accepted(other);
      await eventually(async () => (await owner.client.get('/api/v1/notifications/unread-count')).body.count === 3);

      const first = await owner.client.get('/api/v1/notifications?limit=2');
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await owner.client.get(`/api/v1/notifications?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
      const all = [...first.body.items, ...second.body.items];
      expect(all.map((n: { body: string }) => n.body.match(/2026-ID-9000(\d)/)?.[1]).sort()).toEqual(['0', '1', '2']);
      const times = all.map((n: { createdAt: string }) => n.createdAt);
      expect([...times].sort().reverse()).toEqual(times); // newest first (delivery order, which concurrent jobs decide)

      const target = all[1];
      const stranger = await other.client.post(`/api/v1/notifications/${target.id}/read`);
      expect(stranger.status).toBe(404);
      expect(stranger.body).toMatchObject({ code: 'NOTIFICATION_NOT_FOUND', requestId: expect.any(String) });
      expect((await other.client.get('/api/v1/notifications')).body.items.map((n: { id: string }) => n.id)).not.toContain(target.id);
      expect((await owner.client.post(`/api/v1/notifications/${randomUUID()}/read`)).status).toBe(404);
      expect((await owner.client.post('/api/v1/notifications/not-a-uuid/read')).status).toBe(400);

      const read = await owner.client.post(`/api/v1/notifications/${target.id}/read`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: target.id, read: true, readAt: expect.any(String) });
      const again = await owner.client.post(`/api/v1/notifications/${target.id}/read`);
      expect(again.body.readAt).toBe(read.body.readAt);
      expect((await owner.client.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 2 });
      const unread = await owner.client.get('/api/v1/notifications?unread=true');
      expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(target.id);
      expect(unread.body.items).toHaveLength(2);
      expect((await owner.client.get('/api/v1/notifications?unread=false')).body.items.map((n: { id: string }) => n.id)).toEqual([target.id]);
      expect((await owner.client.get('/api/v1/notifications?unread=perhaps')).status).toBe(400);
      expect((await owner.client.get('/api/v1/notifications?cursor=garbage')).body.code).toBe('INVALID_CURSOR');

      expect((await owner.client.post('/api/v1/notifications/read-all')).body).toEqual({ updated: 2 });
      expect((await owner.client.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 0 });
      expect((await other.client.get('/api/v1/notifications/unread-count')).body).toEqual({ count: 1 });
      expect((await api.get('/api/v1/notifications')).status).toBe(401);
    });
  });

  describe('preferences', () => {
    it('lists every type; an optional type switched off is not e-mailed but reaches the inbox; essential ones are still e-mailed', async () => {
      const user = await makeApplicant(app, api);
      const listed = await user.client.get('/api/v1/me/notification-preferences');
      expect(listed.status).toBe(200);
      expect(listed.body.items.length).toBeGreaterThanOrEqual(19);
      expect(listed.body.items.find((p: { type: string }) => p.type === 'application.draft_reminder')).toMatchObject({ essential: false, emailEnabled: true });
      expect(listed.body.items.find((p: { type: string }) => p.type === 'application.rejected')).toMatchObject({ essential: true, emailEnabled: true });

      const essentialOff = await user.client.put('/api/v1/me/notification-preferences', {
        items: [
          { type: 'application.draft_reminder', emailEnabled: false },
          { type: 'application.rejected', emailEnabled: false },
        ],
      });
      expect(essentialOff.status).toBe(400);
      expect(essentialOff.body.code).toBe('NOTIFICATION_ESSENTIAL');
      expect(essentialOff.body.message).toContain('application.rejected');
      expect(essentialOff.body.details[0]).toMatchObject({ path: 'items.1.emailEnabled', code: 'NOTIFICATION_ESSENTIAL' });
      // All or nothing: the valid half of that request was not applied.
      expect((await user.client.get('/api/v1/me/notification-preferences')).body.items.find((p: { type: string }) => p.type === 'application.draft_reminder').emailEnabled).toBe(true);
      expect((await user.client.put('/api/v1/me/notification-preferences', { items: [{ type: 'nope', emailEnabled: false }] })).body.details[0].path).toBe('items.0.type');

      const off = await user.client.put('/api/v1/me/notification-preferences', { items: [{ type: 'application.draft_reminder', emailEnabled: false }] });
      expect(off.status).toBe(200);
      expect(off.body.items.find((p: { type: string }) => p.type === 'application.draft_reminder').emailEnabled).toBe(false);

      const reminderId = await emit('application.draft_reminder', [{ userId: user.id }], {
        'cycleName@en': 'Spring cycle',
        'cycleName@zh-CN': '春季批次',
        daysLeft: 7,
        windowClosesAt: '2026-06-01 17:00',
        applicationId: randomUUID(),
      });
      await accepted(user);
      await eventually(async () => (await user.client.get('/api/v1/notifications')).body.items.length === 2);
      await smtp.waitFor(user.email);
      await quiesce();
      expect(smtp.to(user.email).map((m) => m.subject)).toEqual([expect.stringMatching(/qualification check/)]); // the acceptance, not the reminder
      const rows = await deliveries(reminderId!);
      expect(rows.map((r: { channel: string; status: string }) => `${r.channel}:${r.status}`)).toEqual(['email:skipped', 'inbox:sent']);
    });
  });

  describe('failures', () => {
    it('retries after an SMTP 4xx and delivers once', async () => {
      const user = await makeApplicant(app, api);
      let rejections = 0;
      const previous = smtp.policy;
      smtp.policy = (address) => (address === user.email && rejections++ === 0 ? { code: 451, message: 'Try again later' } : previous(address));
      try {
        const eventId = await accepted(user);
        await smtp.waitFor(user.email, 1, 20000);
        await quiesce();
        expect(smtp.to(user.email)).toHaveLength(1);
        const email = (await deliveries(eventId!)).find((r: { channel: string }) => r.channel === 'email');
        expect(email).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      } finally {
        smtp.policy = previous;
      }
    });

    it('marks a delivery rejected with 5xx failed, shows it to admins, and lets them retry it', async () => {
      const user = await makeApplicant(app, api);
      const previous = smtp.policy;
      let accept = false;
      smtp.policy = (address) => (address === user.email && !accept ? { code: 550, message: 'Mailbox unavailable' } : previous(address));
      try {
        const eventId = await accepted(user);
        const failed = await eventually(async () => (await deliveries(eventId!)).find((r: { channel: string; status: string }) => r.channel === 'email' && r.status === 'failed'));
        expect(failed.attempts).toBe(1); // permanent: not retried
        expect(failed.lastError).toContain('550');

        const list = await admin.client.get('/api/v1/admin/notifications/failed?limit=100');
        expect(list.status).toBe(200);
        const item = list.body.items.find((d: { id: string }) => d.id === failed.id);
        expect(item).toMatchObject({ eventId: eventId, type: 'application.accepted', channel: 'email', userId: user.id, attempts: 1, updatedAt: expect.any(String) });
        expect(item.lastError).toContain('550');
        expect(item.recipient).toMatch(/^[a-z]{2}\*\*\*@example\.com$/);
        expect(item.recipient).not.toContain(user.email.split('@')[0]);
        expect((await user.client.get('/api/v1/admin/notifications/failed')).status).toBe(403);

        const inbox = (await deliveries(eventId!)).find((r: { channel: string }) => r.channel === 'inbox');
        const notFailed = await admin.client.post(`/api/v1/admin/notifications/${inbox.id}/retry`);
        expect(notFailed.status).toBe(409);
        expect(notFailed.body.code).toBe('DELIVERY_NOT_FAILED');
        expect((await admin.client.post(`/api/v1/admin/notifications/${randomUUID()}/retry`)).status).toBe(404);
        expect((await user.client.post(`/api/v1/admin/notifications/${failed.id}/retry`)).status).toBe(403);

        accept = true;
        const retried = await admin.client.post(`/api/v1/admin/notifications/${failed.id}/retry`);
        expect(retried.status).toBe(202);
        expect(retried.body).toMatchObject({ id: failed.id, status: 'pending', jobId: expect.stringMatching(new RegExp(`^retry-${failed.id}-`)) });
        expect((await admin.client.post(`/api/v1/admin/notifications/${failed.id}/retry`)).status).toBe(409);

        await smtp.waitFor(user.email);
        await eventually(async () => (await deliveries(eventId!)).find((r: { id: string; status: string }) => r.id === failed.id && r.status === 'sent'));
        await quiesce();
        expect(smtp.to(user.email)).toHaveLength(1);
        const after = await admin.client.get('/api/v1/admin/notifications/failed?limit=100');
        expect(after.status).toBe(200);
        expect(after.body.items.map((d: { id: string }) => d.id)).not.toContain(failed.id);
        expect(await db.query('SELECT 1 FROM notifications WHERE outbox_id = $1', [eventId])).toHaveLength(1);
      } finally {
        smtp.policy = previous;
      }
    });

    it('keeps an event whose job exhausted its attempts before recording anything: not pruned, listed as failed, delivered on retry', async () => {
      const user = await makeApplicant(app, api);
      const payload = { referenceNumber: '2026-ID-77', 'cycleName@zh-CN': 'C', 'cycleName@en': 'C', applicationId: randomUUID() };
      // Two events the relay will not pick up (marked dispatched): one whose job dies, and one with nothing to deliver.
      const [lost, empty] = await db.transaction(async (manager) => {
        const outbox = app.get(OutboxService);
        const ids = [
          (await outbox.emit(manager, { type: 'application.accepted', recipients: [{ userId: user.id }], payload }))!,
          // An account that no longer exists: the job has no one to send to, and settles the event with no delivery row.
          (await outbox.emit(manager, { type: 'application.accepted', recipients: [{ userId: randomUUID() }], payload }))!,
        ];
        await manager.query('UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1::bigint[])', [ids]);
        return ids;
      });
      const [{ uuid }] = await db.query('SELECT uuid FROM outbox_events WHERE id = $1', [lost]);

      // The lost event's job gets one attempt and spends it failing before it can record anything,
      // as every attempt does while the database is down for the whole backoff window.
      const delivery = worker.get(DeliveryService);
      const deliver = delivery.deliver.bind(delivery);
      const spy = jest
        .spyOn(delivery, 'deliver')
        .mockImplementation((ids, attempt) => (ids.includes(lost) ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) : deliver(ids, attempt)));
      const queue = worker.get(JobProducer).queueFor('notifications.deliver');
      try {
        const job = await queue.add('notifications.deliver', { outboxIds: [lost] }, { jobId: `exhausted-${uuid}`, attempts: 1 });
        await eventually(async () => (await job.isFailed()) || undefined);
        const other = await queue.add('notifications.deliver', { outboxIds: [empty] }, { jobId: `empty-${uuid}` });
        await eventually(async () => (await other.isCompleted()) || undefined);
      } finally {
        spy.mockRestore();
      }
      expect(await deliveries(lost)).toEqual([]);
      expect(await deliveries(empty)).toEqual([]);
      const settled = async (id: string) => (await db.query('SELECT settled_at FROM outbox_events WHERE id = $1', [id]))[0]?.settled_at ?? null;
      expect(await settled(lost)).toBeNull();
      expect(await settled(empty)).toEqual(expect.any(Date));

      const failedList = async () => {
        const list = await admin.client.get('/api/v1/admin/notifications/failed?limit=100');
        expect(list.status).toBe(200);
        return list.body.items as { id: string; kind: string }[];
      };
      // Within the hour after dispatch it may still be on its way: not listed, not retryable.
      expect((await failedList()).map((i) => i.id)).not.toContain(uuid);
      const early = await admin.client.post(`/api/v1/admin/notifications/${uuid}/retry`);
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('DELIVERY_NOT_FAILED');

      // Days later, past retention: pruning keeps the unsettled event and drops the settled one.
      await db.query("UPDATE outbox_events SET created_at = now() - interval '5 days', dispatched_at = now() - interval '5 days' WHERE id = ANY($1::bigint[])", [[lost, empty]]);
      await worker.get(OutboxRelay).prune();
      const remaining = await db.query('SELECT id::text AS id FROM outbox_events WHERE id = ANY($1::bigint[])', [[lost, empty]]);
      expect(remaining).toEqual([{ id: lost }]);

      const items = await failedList();
      expect(items.filter((i) => i.kind === 'event').map((i) => i.id)).toEqual([uuid]);
      expect(items.find((i) => i.id === uuid)).toMatchObject({
        kind: 'event',
        eventId: lost,
        type: 'application.accepted',
        channel: null,
        recipient: null,
        userId: null,
        attempts: null,
        lastError: expect.stringContaining('Not delivered'),
      });

      // Pages of one item walk deliveries and events in one order (most recent first), each once.
      const [fixture] = await db.query(
        "INSERT INTO notification_deliveries (outbox_id, type, recipient_key, channel, status, attempts, last_error) VALUES ($1, 'application.accepted', 'email:pager@example.com', 'email', 'failed', 8, 'SMTP 550') RETURNING id",
        [lost],
      );
      const walked: string[] = [];
      for (let cursor: string | null = ''; cursor !== null; ) {
        const page: HttpResult<{ items: { id: string }[]; nextCursor: string | null }> = await admin.client.get(
          `/api/v1/admin/notifications/failed?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(1);
        walked.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor;
      }
      expect(walked.filter((id) => id === fixture.id || id === uuid)).toEqual([fixture.id, uuid]);
      expect(new Set(walked).size).toBe(walked.length);
      await db.query('DELETE FROM notification_deliveries WHERE id = $1', [fixture.id]);

      const failedGauge = async () => /^title_portal_outbox_failed_events (\d+)$/m.exec((await api.get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` })).body as string)?.[1];
      expect(await failedGauge()).toBe('1');

      const retried = await admin.client.post(`/api/v1/admin/notifications/${uuid}/retry`);
      expect(retried.status).toBe(202);
      expect(retried.body).toMatchObject({ id: uuid, status: 'pending', jobId: expect.stringMatching(new RegExp(`^retry-event-${uuid}-`)) });
      const again = await admin.client.post(`/api/v1/admin/notifications/${uuid}/retry`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('DELIVERY_NOT_FAILED');

      await smtp.waitFor(user.email);
      await eventually(async () => (await settled(lost)) !== null);
      await quiesce();
      expect(smtp.to(user.email)).toHaveLength(1);
      expect((await deliveries(lost)).map((r: { channel: string; status: string }) => `${r.channel}:${r.status}`)).toEqual(['email:sent', 'inbox:sent']);
      expect((await failedList()).map((i) => i.id)).not.toContain(uuid);
      expect(await failedGauge()).toBe('0');
    });

    it('prunes a settled event past retention only once none of its deliveries can be retried, and refuses to retry a delivery whose event is gone or whose one-time link was wiped', async () => {
      const user = await makeApplicant(app, api);
      const payload = { referenceNumber: '2026-ID-78', 'cycleName@zh-CN': 'C', 'cycleName@en': 'C', applicationId: randomUUID() };
      const id = await db.transaction(async (manager) => {
        const eventId = (await app.get(OutboxService).emit(manager, { type: 'application.accepted', recipients: [{ userId: user.id }], payload }))!;
        // Settled days ago, past retention, with its e-mail failed for good (an admin may still retry it).
        await manager.query("UPDATE outbox_events SET created_at = now() - interval '5 days', dispatched_at = now() - interval '5 days', settled_at = now() WHERE id = $1", [eventId]);
        return eventId;
      });
      const [failed] = await db.query(
        "INSERT INTO notification_deliveries (outbox_id, type, recipient_key, user_id, channel, status, attempts, last_error) VALUES ($1, 'application.accepted', $2, $3, 'email', 'failed', 8, 'SMTP 550') RETURNING id",
        [id, `user:${user.id}`, user.id],
      );
      const exists = async () => (await db.query('SELECT 1 FROM outbox_events WHERE id = $1', [id])).length === 1;

      await worker.get(OutboxRelay).prune();
      expect(await exists()).toBe(true);

      // Once the delivery is final the event goes with the next prune.
      await db.query("UPDATE notification_deliveries SET status = 'sent' WHERE id = $1", [failed.id]);
      await worker.get(OutboxRelay).prune();
      expect(await exists()).toBe(false);

      await db.query("UPDATE notification_deliveries SET status = 'failed' WHERE id = $1", [failed.id]);
      const retried = await admin.client.post(`/api/v1/admin/notifications/${failed.id}/retry`);
      expect(retried.status).toBe(409);
      expect(retried.body.code).toBe('DELIVERY_EVENT_GONE');
      await db.query('DELETE FROM notification_deliveries WHERE id = $1', [failed.id]);

      // A message whose one-time link was wiped when its event settled is not sent again without it.
      const reset = await db.transaction(async (manager) => {
        const eventId = (await app.get(OutboxService).emit(manager, {
          type: 'account.password_reset',
          recipients: [{ userId: user.id }],
          payload: { linkBase: 'https://portal.example/reset', expiresInMinutes: 30 },
          secret: 'one-time-token',
        }))!;
        await manager.query('UPDATE outbox_events SET dispatched_at = now(), settled_at = now(), sealed_secret = NULL WHERE id = $1', [eventId]);
        return eventId;
      });
      const [resetDelivery] = await db.query(
        "INSERT INTO notification_deliveries (outbox_id, type, recipient_key, user_id, channel, status, attempts, last_error) VALUES ($1, 'account.password_reset', $2, $3, 'email', 'failed', 8, 'SMTP 550') RETURNING id",
        [reset, `user:${user.id}`, user.id],
      );
      const refused = await admin.client.post(`/api/v1/admin/notifications/${resetDelivery.id}/retry`);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('DELIVERY_SECRET_GONE');
      await db.query('DELETE FROM notification_deliveries WHERE id = $1', [resetDelivery.id]);
    });
  });

  describe('admin template preview', () => {
    it('renders a template with sample values in the asked locale', async () => {
      const en = await admin.client.get('/api/v1/admin/notifications/templates/application.returned/preview?locale=en');
      expect(en.status).toBe(200);
      expect(en.body).toMatchObject({ key: 'application.returned', locale: 'en', subject: expect.any(String), title: expect.any(String), body: expect.any(String) });
      expect(en.body.subject).not.toMatch(HAN);
      expect(en.body.html).toContain('<html');
      expect(en.body.text).toContain(en.body.variables.reason);
      const zh = await admin.client.get('/api/v1/admin/notifications/templates/application.returned/preview');
      expect(zh.body.locale).toBe('zh-CN');
      expect(zh.body.subject).toMatch(HAN);
      const unknown = await admin.client.get('/api/v1/admin/notifications/templates/nope/preview');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('TEMPLATE_NOT_FOUND');
      expect((await admin.client.get('/api/v1/admin/notifications/templates/application.returned/preview?locale=fr')).status).toBe(400);
      const applicant = await makeApplicant(app, api);
      expect((await applicant.client.get('/api/v1/admin/notifications/templates/application.returned/preview')).status).toBe(403);
    });
  });

  describe('draft window reminders', () => {
    it('reminds each unsubmitted draft 7 days and 1 day before the window closes, once each, across two workers and a restart', async () => {
      // Far enough from the real date that the workers on the system clock find nothing due.
      const closesAt = new Date(Math.ceil((Date.now() + 40 * DAY) / 60000) * 60000);
      const [cycle] = await db.query(
        `INSERT INTO cycles (code, name_zh, name_en, levels, specialties, opens_at, closes_at, form_versions, eligibility_policy, evidence_rules, version)
         VALUES ($1, '2026年春季工业设计职称评审', '2026 Spring Industrial Design Evaluation', '{intermediate}', '{product_design}', $2, $3, '{}', '{}', '{}', 1)
         RETURNING id`,
        [`R${randomUUID().slice(0, 6)}`, new Date(Date.now() - DAY), closesAt],
      );
      const zh = await makeUser(app, api, { locale: 'zh-CN', fullName: '陈草稿' });
      const en = await makeUser(app, api, { locale: 'en', fullName: 'Draft Person' });
      const submitter = await makeApplicant(app, api);
      const addApplication = async (user: TestUser, status: string): Promise<string> => {
        const [row] = await db.query(
          `INSERT INTO applications (applicant_id, cycle_id, level, specialty, status, form_version_id, data) VALUES ($1, $2, 'intermediate', 'product_design', $3, $4, '{}') RETURNING id`,
          [user.id, cycle.id, status, randomUUID()],
        );
        return row.id;
      };
      const zhApp = await addApplication(zh, 'draft');
      const enApp = await addApplication(en, 'draft');
      const submittedApp = await addApplication(submitter, 'submitted');

      const at = (msBeforeClose: number) => new Date(closesAt.getTime() - msBeforeClose);
      const clockA = new ManualClock(at(10 * DAY));
      const clockB = new ManualClock(at(10 * DAY));
      const workerA = await startWorker(env, { overrides: [{ provide: Clock, useValue: clockA }] });
      let workerB: INestApplicationContext | null = await startWorker(env, { overrides: [{ provide: Clock, useValue: clockB }] });
      let workerC: INestApplicationContext | null = null;
      try {
        const runBoth = async (a: INestApplicationContext, b: INestApplicationContext) => {
          const counts = await Promise.all([a.get(ScheduleRunner).runNow('draft-window-reminders'), b.get(ScheduleRunner).runNow('draft-window-reminders')]);
          return counts[0] + counts[1];
        };
        // One BullMQ job scheduler for the whole cluster, however many workers registered it.
        const schedulers = await eventually(async () => {
          const list = await worker.get(JobProducer).queueFor('scheduler.run').getJobSchedulers();
          return list.length ? list : undefined;
        });
        expect(schedulers.map((s) => s.key).sort()).toEqual([...SCHEDULE_KEYS].sort());
        expect(SCHEDULE_KEYS).toContain('draft-window-reminders');

        expect(await runBoth(workerA, workerB)).toBe(0); // 10 days before: nothing due

        clockA.set(at(7 * DAY - 3600 * 1000));
        clockB.set(at(7 * DAY - 3600 * 1000));
        expect(await runBoth(workerA, workerB)).toBe(2);
        expect(await runBoth(workerA, workerB)).toBe(0);

        // Restart: a worker goes away and a new one comes up at the same instant.
        await workerB.close();
        workerB = null;
        const clockC = new ManualClock(at(7 * DAY - 2 * 3600 * 1000));
        workerC = await startWorker(env, { overrides: [{ provide: Clock, useValue: clockC }] });
        expect(await workerC.get(ScheduleRunner).runNow('draft-window-reminders')).toBe(0);

        clockA.set(at(20 * 3600 * 1000));
        clockC.set(at(20 * 3600 * 1000));
        expect(await runBoth(workerA, workerC)).toBe(2);
        clockA.set(at(3600 * 1000));
        clockC.set(at(3600 * 1000));
        expect(await runBoth(workerA, workerC)).toBe(0);
        clockA.set(at(-60 * 1000)); // closed
        expect(await workerA.get(ScheduleRunner).runNow('draft-window-reminders')).toBe(0);

        // The tick also runs through the queue, as the job scheduler triggers it.
        const job = await worker.get(JobProducer).enqueue('scheduler.run', { scheduleKey: 'draft-window-reminders' });
        await eventually(async () => (await job.isCompleted()) || undefined);

        const keys = await db.query("SELECT dedupe_key AS key FROM outbox_events WHERE type = 'application.draft_reminder' AND payload->>'applicationId' = ANY($1) ORDER BY 1", [
          [zhApp, enApp, submittedApp],
        ]);
        expect(keys.map((k: { key: string }) => k.key)).toEqual(
          [`draft_reminder:1d:${zhApp}`, `draft_reminder:1d:${enApp}`, `draft_reminder:7d:${zhApp}`, `draft_reminder:7d:${enApp}`].sort(),
        );

        await smtp.waitFor(zh.email, 2);
        await smtp.waitFor(en.email, 2);
        await quiesce();
        const zhMails = smtp.to(zh.email);
        const enMails = smtp.to(en.email);
        expect(zhMails).toHaveLength(2);
        expect(enMails).toHaveLength(2);
        expect(smtp.to(submitter.email)).toHaveLength(0);
        expect(zhMails.map((m) => m.subject.includes('2026年春季工业设计职称评审'))).toEqual([true, true]);
        expect(enMails.map((m) => m.subject).sort()).toEqual([
          'Reminder: 1 day(s) left to submit your application to 2026 Spring Industrial Design Evaluation',
          'Reminder: 7 day(s) left to submit your application to 2026 Spring Industrial Design Evaluation',
        ]);
        const closesShanghai = new Date(closesAt.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
        expect(enMails[0].text).toContain(closesShanghai);
        expect(enMails[0].text).toContain(`https://portal.example.org/applications/${enApp}`);
        const inbox = await zh.client.get('/api/v1/notifications');
        expect(inbox.body.items.map((n: { type: string }) => n.type)).toEqual(['application.draft_reminder', 'application.draft_reminder']);
      } finally {
        await workerA.close();
        await workerB?.close();
        await workerC?.close();
      }
    });
  });

  describe('operations endpoints', () => {
    it('serves Prometheus metrics only with the configured token', async () => {
      expect((await api.get('/metrics')).status).toBe(401);
      const wrong = await api.get('/metrics', { authorization: 'Bearer not-the-token' });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({ statusCode: 401, code: 'UNAUTHORIZED', requestId: expect.any(String) });
      const ok = await api.get('/metrics', { authorization: `Bearer ${METRICS_TOKEN}` });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toContain('text/plain');
      const text = ok.body as string;
      expect(text).toMatch(/^title_portal_outbox_backlog \d+$/m);
      expect(text).toMatch(/^title_portal_outbox_oldest_undispatched_age_seconds [\d.e+-]+$/m);
      expect(text).toMatch(/^title_portal_outbox_failed_events \d+$/m);
      expect(text).toMatch(/^title_portal_queue_jobs\{queue="notifications",state="waiting"\} \d+$/m);
      expect(text).toMatch(/^title_portal_queue_jobs\{queue="scheduler",state="delayed"\} \d+$/m);
      expect(text).toMatch(/^title_portal_notification_deliveries\{status="sent",channel="email"\} [1-9]\d*$/m);
      expect(text).toMatch(/^title_portal_notification_deliveries\{status="failed",channel="email"\} \d+$/m);
      expect((await api.get('/api/v1/metrics', { authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(404);
    });

    it('opens the queue dashboard to admins only, by bearer token or dashboard session cookie', async () => {
      const applicant = await makeApplicant(app, api);
      const anonymous = await api.get('/admin/queues');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', code: 'UNAUTHORIZED', requestId: expect.any(String) });
      const refused = await applicant.client.get('/admin/queues/api/queues');
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('ROLE_REQUIRED');
      // Other spellings of the dashboard's path meet the same guard.
      expect((await api.get('/%61dmin/queues/api/queues')).status).toBe(401);
      expect((await api.get('//admin/queues/api/queues')).status).toBe(401);
      expect((await applicant.client.post('/api/v1/admin/queues/session')).status).toBe(403);

      const page = await admin.client.get('/admin/queues');
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');

      const session = await admin.client.post('/api/v1/admin/queues/session');
      expect(session.status).toBe(200);
      expect(session.body).toMatchObject({ url: '/admin/queues', expiresAt: expect.any(String) });
      const setCookie = session.headers.get('set-cookie')!;
      expect(setCookie).toMatch(/^tp_queue_dashboard=[^;]+; Path=\/admin\/queues; Max-Age=900; HttpOnly; SameSite=Strict; Secure$/);
      const cookie = setCookie.split(';')[0];
      const queues = await api.get('/admin/queues/api/queues', { cookie });
      expect(queues.status).toBe(200);
      expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['notifications', 'operations', 'scheduler', 'system']);
      // The dashboard cookie is not an API token, and an applicant cannot forge one from their own token.
      expect((await api.get('/api/v1/me', { authorization: `Bearer ${cookie.split('=')[1]}` })).status).toBe(401);
      expect((await api.get('/admin/queues/api/queues', { cookie: `tp_queue_dashboard=${applicant.accessToken}` })).status).toBe(401);
    });
  });
});
