import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { PiiCipher } from '@app/common';
import { OutboxEvent, OutboxRecipient } from './outbox-event.entity';

export const OUTBOX_CHANNEL = 'outbox_events';

export interface EmitEvent {
  type: string;
  recipients: OutboxRecipient[];
  payload?: Record<string, string | number | null>;
  /** A one-time secret (e.g. a token) the message must include; stored sealed, never queued. */
  secret?: string;
  /** Emit at most once per key: a second emit with the same key is a no-op that returns null. */
  dedupeKey?: string;
}

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

  async emit(manager: EntityManager, event: EmitEvent): Promise<string | null> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('OutboxService.emit must run inside the transaction of the change');
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEvent)
      .values({
        type: event.type,
        recipients: event.recipients,
        payload: event.payload ?? {},
        sealedSecret: event.secret ? this.cipher.seal(event.secret) : null,
        dedupeKey: event.dedupeKey ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    if (id === undefined) return null;
    // Delivered to listeners only when the transaction commits: wakes the relay at once.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, String(id)]);
    return String(id);
  }

  openSecret(sealed: string): string {
    return this.cipher.open(sealed);
  }
}
