import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { PiiCipher } from '@app/common';
import { OUTBOX_CHANNEL, OutboxService } from './outbox.service';
import { OutboxRepository } from './outbox.repository';

// The statements run on the caller's manager; the repository's own DataSource is not used by emit.
const repository = new OutboxRepository(undefined as never);

const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';

/** A manager inside a transaction that records its statements. */
function transactionManager(rows: unknown[] = [{ id: '42' }]) {
  const calls: { sql: string; params: unknown[] }[] = [];
  const manager = {
    queryRunner: { isTransactionActive: true },
    query: (sql: string, params: unknown[]) => {
      calls.push({ sql, params });
      return Promise.resolve(rows);
    },
  } as unknown as EntityManager;
  return { manager, calls };
}

describe('OutboxService.emit', () => {
  const outbox = new OutboxService({ PII_ENCRYPTION_KEY: KEY } as AppConfig, repository);

  it('writes the event in one statement whose values are all bound parameters', async () => {
    const { manager, calls } = transactionManager();
    const payload = { applicationId: 'a1', referenceNumber: "2026-ID-1'; DROP TABLE x; --", reason: 'r', correctionDeadline: '2026-06-05 17:00' };
    const id = await outbox.emit(manager, { type: 'application.returned', recipients: [{ userId: 'u1' }], payload, dedupeKey: 'k' });
    expect(id).toBe('42');
    expect(calls).toHaveLength(1);
    const [{ sql, params }] = calls;
    expect(params).toEqual(['application.returned', JSON.stringify([{ userId: 'u1' }]), JSON.stringify(payload), null, 'k', OUTBOX_CHANNEL]);
    expect(sql).not.toContain('DROP');
    expect(sql).not.toContain('application.returned');
  });

  it('stores the secret sealed, never in the clear', async () => {
    const { manager, calls } = transactionManager();
    await outbox.emit(manager, { type: 'account.password_reset', recipients: [{ userId: 'u1' }], payload: { linkBase: 'https://p/reset', expiresInMinutes: 30 }, secret: 'tok3n' });
    const sealed = calls[0].params[3] as string;
    expect(sealed).not.toContain('tok3n');
    expect(new PiiCipher(KEY).open(sealed)).toBe('tok3n');
    expect(outbox.openSecret(sealed)).toBe('tok3n');
  });

  it('returns null when the dedupe key was used before (no row inserted)', async () => {
    const { manager } = transactionManager([]);
    const payload = { applicationId: 'a1', 'cycleName@zh-CN': '春季', 'cycleName@en': 'Spring', daysLeft: 3, windowClosesAt: '2026-06-01 17:00' };
    expect(await outbox.emit(manager, { type: 'application.draft_reminder', recipients: [{ userId: 'u1' }], payload, dedupeKey: 'k' })).toBeNull();
  });

  it('refuses to run outside a transaction', async () => {
    const manager = { queryRunner: undefined, query: jest.fn() } as unknown as EntityManager;
    await expect(outbox.emit(manager, { type: 'objection.acknowledged', recipients: [{ email: 'a@b.cn', locale: 'en' }], payload: { objectionReference: 'Y', applicantName: 'L', receivedAt: 't' } })).rejects.toThrow(
      /inside the transaction/,
    );
    expect(manager.query).not.toHaveBeenCalled();
  });
});

/**
 * Compile-time checks of EventPayloads. Jest runs this file through SWC, which does not
 * type-check, so these calls only run here (against a stub manager); the proof is
 * `npm run typecheck` (run in CI), which fails when a `@ts-expect-error` line below stops
 * being an error, i.e. when the map would let such a payload through.
 */
describe('EventPayloads (checked by the compiler)', () => {
  const outbox = new OutboxService({ PII_ENCRYPTION_KEY: KEY } as AppConfig, repository);
  const recipients = [{ userId: 'u1' }];

  it('refuses a missing, misspelt, mistyped or unknown variable, and an unknown type', async () => {
    const { manager, calls } = transactionManager();
    // A missing variable: the returned file's correction deadline.
    // @ts-expect-error correctionDeadline is required
    await outbox.emit(manager, { type: 'application.returned', recipients, payload: { applicationId: 'a', referenceNumber: 'r', reason: 'x' } });
    // A misspelt variable.
    // @ts-expect-error correctionDeadLine is not a variable of application.returned
    await outbox.emit(manager, { type: 'application.returned', recipients, payload: { applicationId: 'a', referenceNumber: 'r', reason: 'x', correctionDeadLine: 'd' } });
    // A variable of the wrong type.
    // @ts-expect-error daysLeft is a number
    await outbox.emit(manager, { type: 'application.draft_reminder', recipients, payload: { applicationId: 'a', 'cycleName@zh-CN': 'c', 'cycleName@en': 'c', daysLeft: '3', windowClosesAt: 'w' } });
    // A localized name given in one language only.
    // @ts-expect-error cycleName@en is required
    await outbox.emit(manager, { type: 'application.accepted', recipients, payload: { applicationId: 'a', referenceNumber: 'r', 'cycleName@zh-CN': 'c' } });
    // A type no one handles.
    // @ts-expect-error application.teleported is not an EventType
    await outbox.emit(manager, { type: 'application.teleported', recipients, payload: {} });
    // The payload of another type.
    // @ts-expect-error a withdrawal receipt needs withdrawnAt and the cycle's name
    await outbox.emit(manager, { type: 'application.withdrawn', recipients, payload: { applicationId: 'a', referenceNumber: 'r', reason: 'x', correctionDeadline: 'd' } });
    expect(calls).toHaveLength(6); // SWC ran them all: only the compiler refuses them
  });
});
