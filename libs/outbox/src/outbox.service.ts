import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { PiiCipher } from '@app/common';
import type { SqlStatement } from '@app/db';
import { OutboxRecipient } from './outbox-event.entity';

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
    const { sql, params } = this.emitStatement(event);
    const rows = (await manager.query(sql, params as unknown[])) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /**
   * emit() as one statement, for the final message of the transaction that makes the change
   * (transactionEndingWith in @app/db); its rows are emit()'s: the new id, or none for a
   * repeated dedupe key. The row, skipped on a repeated dedupe key, and a NOTIFY that
   * listeners receive only when the transaction commits, so the relay wakes at once.
   */
  emitStatement(event: EmitEvent): SqlStatement {
    return {
      sql: `WITH inserted AS (
         INSERT INTO outbox_events (type, recipients, payload, sealed_secret, dedupe_key)
         VALUES ($1, $2::jsonb, $3::jsonb, $4, $5)
         ON CONFLICT DO NOTHING
         RETURNING id
       )
       SELECT id::text AS id, pg_notify($6, id::text) FROM inserted`,
      params: [
        event.type,
        JSON.stringify(event.recipients),
        JSON.stringify(event.payload ?? {}),
        event.secret ? this.cipher.seal(event.secret) : null,
        event.dedupeKey ?? null,
        OUTBOX_CHANNEL,
      ],
    };
  }

  openSecret(sealed: string): string {
    return this.cipher.open(sealed);
  }
}
