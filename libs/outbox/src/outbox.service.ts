import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { PiiCipher } from '@app/common';
import { EventPayloads, EventType } from './event-payloads';
import { OutboxRecipient } from './outbox-event.entity';

export const OUTBOX_CHANNEL = 'outbox_events';

/** An event of type T, with exactly the payload that type needs (see EventPayloads). */
export interface EmitEvent<T extends EventType> {
  type: T;
  recipients: OutboxRecipient[];
  payload: EventPayloads[T];
  /**
   * A one-time secret (e.g. a token) the message must include; stored sealed, never queued.
   * The account types' links need it (their payload has `linkBase`); the dispatcher refuses
   * such an event without one.
   */
  secret?: string;
  /** Emit at most once per key: a second emit with the same key is a no-op that returns null. */
  dedupeKey?: string;
}

/**
 * The row, skipped on a repeated dedupe key, and a NOTIFY that listeners receive only when
 * the transaction commits, so the relay wakes at once. Returns the new id, or no row.
 */
const EMIT = `WITH inserted AS (
    INSERT INTO outbox_events (type, recipients, payload, sealed_secret, dedupe_key)
    VALUES ($1, $2::jsonb, $3::jsonb, $4, $5)
    ON CONFLICT DO NOTHING
    RETURNING id
  )
  SELECT id::text AS id, pg_notify($6, id::text) FROM inserted`;

/**
 * emit() for many events of one transaction in one statement (bulk actions: a cycle's
 * automatic assignment promises hundreds of thousands). Events with a secret are not
 * accepted here: each of those is one person's token and goes through emit().
 */
const EMIT_MANY = `WITH inserted AS (
    INSERT INTO outbox_events (type, recipients, payload, dedupe_key)
    SELECT e.type, e.recipients, e.payload, e.dedupe_key
      FROM jsonb_to_recordset($1::jsonb) AS e(type text, recipients jsonb, payload jsonb, dedupe_key text)
    ON CONFLICT DO NOTHING
    RETURNING id
  )
  SELECT count(*)::int AS n, pg_notify($2, '') FROM inserted`;

/** Events per emitMany statement: bounds the size of one parameter. */
const EMIT_MANY_BATCH = 5000;

/**
 * The one small API domain services call to promise a notification. It must be
 * called with the EntityManager of the transaction that makes the change, so the
 * event exists if and only if the change committed.
 */
@Injectable()
export class OutboxService {
  private readonly cipher: PiiCipher;

  constructor(config: AppConfig) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
  }

  /** Write the event in the caller's transaction; its id, or null when its dedupe key was used before. */
  async emit<T extends EventType>(manager: EntityManager, event: EmitEvent<T>): Promise<string | null> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('OutboxService.emit must run inside the transaction of the change');
    const rows = (await manager.query(EMIT, [
      event.type,
      JSON.stringify(event.recipients),
      JSON.stringify(event.payload),
      event.secret ? this.cipher.seal(event.secret) : null,
      event.dedupeKey ?? null,
      OUTBOX_CHANNEL,
    ])) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** emit() for many events (none with a secret) in as few statements as possible; returns how many were new. */
  async emitMany<T extends EventType>(manager: EntityManager, events: readonly Omit<EmitEvent<T>, 'secret'>[]): Promise<number> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('OutboxService.emitMany must run inside the transaction of the change');
    let inserted = 0;
    for (let i = 0; i < events.length; i += EMIT_MANY_BATCH) {
      const rows = events.slice(i, i + EMIT_MANY_BATCH).map((e) => ({ type: e.type, recipients: e.recipients, payload: e.payload, dedupe_key: e.dedupeKey ?? null }));
      const [{ n }] = (await manager.query(EMIT_MANY, [JSON.stringify(rows), OUTBOX_CHANNEL])) as { n: number }[];
      inserted += n;
    }
    return inserted;
  }

  openSecret(sealed: string): string {
    return this.cipher.open(sealed);
  }
}
