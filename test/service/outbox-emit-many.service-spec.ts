import { OutboxService } from '@app/outbox';
import { newServiceTest, uniqueEmail } from '@app/testing';

// A service on the real database, no HTTP: moved from test/outbox-emit-many.e2e-spec.ts (it started the API only for its container).
describe('OutboxService.emitMany (real database)', () => {
  const t = newServiceTest(OutboxService);

  const acknowledgement = (email: string, dedupeKey?: string) => ({
    type: 'objection.acknowledged' as const,
    recipients: [{ email, locale: 'en' as const, name: 'A Member of the Public' }],
    payload: { objectionReference: 'YY-2026-000001', applicantName: 'Li Hua', receivedAt: '2026-09-03 11:42' },
    dedupeKey,
  });

  it('writes every event as emit() would, skips repeated dedupe keys, and refuses to run outside a transaction', async () => {
    const outbox = t.service;
    const db = t.db();
    const key = `emit-many-${Date.now()}`;
    const emails = Array.from({ length: 3 }, () => uniqueEmail('many'));
    const first = await db.transaction((m) => outbox.emitMany(m, [acknowledgement(emails[0]), acknowledgement(emails[1], key), acknowledgement(emails[2], key)]));
    expect(first).toBe(2);
    const again = await db.transaction((m) => outbox.emitMany(m, [acknowledgement(emails[2], key)]));
    expect(again).toBe(0);
    const rows: { type: string; recipients: { email: string }[]; payload: Record<string, string>; dispatched_at: Date | null }[] = await db.query(
      "SELECT type, recipients, payload, dispatched_at FROM outbox_events WHERE recipients->0->>'email' = ANY($1) ORDER BY id",
      [emails],
    );
    expect(rows.map((r) => r.recipients[0].email)).toEqual([emails[0], emails[1]]);
    expect(rows[0]).toMatchObject({ type: 'objection.acknowledged', payload: { objectionReference: 'YY-2026-000001' } });
    await expect(outbox.emitMany(db.manager, [acknowledgement(uniqueEmail('many'))])).rejects.toThrow(/inside the transaction/);
  });
});
