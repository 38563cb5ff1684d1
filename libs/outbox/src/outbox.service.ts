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

  openSecret(sealed: string): string {
    return this.cipher.open(sealed);
  }
}
