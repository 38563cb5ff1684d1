import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import type { DeliveryStatus } from '../entities/notification-delivery.entity';

export interface FailedDeliveryRow {
  id: string;
  outboxId: string;
  type: string;
  channel: 'email' | 'inbox';
  recipientKey: string;
  userId: string | null;
  /** The recipient's current address for user recipients (null for a deleted account). */
  email: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  cursorAt: string;
}

export interface DeliveryForRetry {
  id: string;
  outboxId: string;
  status: DeliveryStatus;
  attempts: number;
  /** Whether the event still exists and whether it carried a one-time secret that has been wiped. */
  eventExists: boolean;
  secretGone: boolean;
}

/** An inbox message to write once, with its delivery record. */
export interface InboxWrite {
  outboxId: string;
  type: string;
  userId: string;
  title: string;
  body: string;
  link: string | null;
}

/** The e-mail record of one (event, recipient): created pending on first sight. */
export interface EmailRecordKey {
  outboxId: string;
  type: string;
  recipientKey: string;
  userId: string | null;
}

export interface EmailRecord {
  id: string;
  outboxId: string;
  recipientKey: string;
  status: DeliveryStatus;
  attempts: number;
}

/** How a send ended, as recorded on its row. */
export type EmailOutcome =
  | { status: 'sent'; sentAt: Date }
  | { status: 'pending' | 'failed'; error: string };

/**
 * Every query on notification_deliveries: the worker's writes (batched: a handful of
 * statements per batch of events plus one per e-mail) and the admin views.
 */
@Injectable()
export class DeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Failed deliveries, most recently failed first; served by notification_deliveries_failed_idx. */
  async listFailed(limit: number, cursor?: string): Promise<CursorPage<FailedDeliveryRow>> {
    const params: unknown[] = [];
    let after = '';
    if (cursor) {
      const [at, id] = decodeCursor(cursor, 2);
      params.push(at, id);
      after = 'AND (d.updated_at, d.id) < ($1::timestamptz, $2::uuid)';
    }
    params.push(limit + 1);
    // users is the identity library's table; read here only to show whom a failed message was for.
    const rows: FailedDeliveryRow[] = await this.dataSource.query(
      `SELECT d.id, d.outbox_id AS "outboxId", d.type, d.channel, d.recipient_key AS "recipientKey", d.user_id AS "userId",
              u.email, d.attempts, d.last_error AS "lastError", d.created_at AS "createdAt", d.updated_at AS "updatedAt",
              ${cursorTimestampSql('d.updated_at')} AS "cursorAt"
         FROM notification_deliveries d
         LEFT JOIN users u ON u.id = d.user_id
        WHERE d.status = 'failed' ${after}
        ORDER BY d.updated_at DESC, d.id DESC
        LIMIT $${params.length}`,
      params,
    );
    return toCursorPage(
      rows.map((r) => ({ ...r, outboxId: String(r.outboxId) })),
      limit,
      (r) => [r.cursorAt, r.id],
    );
  }

  /** The delivery, locked until the caller's transaction ends. */
  async lockForRetry(manager: EntityManager, id: string): Promise<DeliveryForRetry | null> {
    const rows: (Omit<DeliveryForRetry, 'outboxId'> & { outboxId: string | number })[] = await manager.query(
      `SELECT d.id, d.outbox_id AS "outboxId", d.status, d.attempts,
              (o.id IS NOT NULL) AS "eventExists",
              (o.id IS NOT NULL AND o.sealed_secret IS NULL AND o.payload ? 'linkBase') AS "secretGone"
         FROM notification_deliveries d
         LEFT JOIN outbox_events o ON o.id = d.outbox_id
        WHERE d.id = $1
          FOR UPDATE OF d`,
      [id],
    );
    const row = rows[0];
    return row ? { ...row, outboxId: String(row.outboxId) } : null;
  }

  /**
   * Writes the inbox messages and their 'sent' records in one statement, so a message and
   * its record commit together; a repeated job inserts nothing. Returns how many inbox
   * rows were new. (notifications is the inbox's table; written here, and only here, for
   * that atomicity.)
   */
  async recordInbox(manager: EntityManager, rows: readonly InboxWrite[], sentAt: Date): Promise<number> {
    if (!rows.length) return 0;
    const result: { created: number }[] = await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[])
                    AS t(outbox_id, type, user_id, title, body, link)
       ), inbox AS (
         INSERT INTO notifications (outbox_id, type, user_id, title, body, link)
         SELECT outbox_id, type, user_id, title, body, link FROM input
         ON CONFLICT (outbox_id, user_id) DO NOTHING
         RETURNING 1
       ), records AS (
         INSERT INTO notification_deliveries (outbox_id, type, recipient_key, user_id, channel, status, sent_at)
         SELECT outbox_id, type, 'user:' || user_id, user_id, 'inbox', 'sent', $7 FROM input
         ON CONFLICT (outbox_id, recipient_key, channel) DO NOTHING
       )
       SELECT count(*)::int AS created FROM inbox`,
      [
        rows.map((r) => r.outboxId),
        rows.map((r) => r.type),
        rows.map((r) => r.userId),
        rows.map((r) => r.title),
        rows.map((r) => r.body),
        rows.map((r) => r.link),
        sentAt,
      ],
    );
    return result[0].created;
  }

  /**
   * The e-mail record of each key, created 'pending' where missing, with its current
   * status. The no-op update on conflict makes the statement wait for a concurrent admin
   * retry (which holds the row while it flips 'failed' back to 'pending') and return
   * the committed result, as a row lock would. Keys must be distinct.
   */
  async claimEmailRecords(manager: EntityManager, keys: readonly EmailRecordKey[]): Promise<EmailRecord[]> {
    if (!keys.length) return [];
    const rows: (Omit<EmailRecord, 'outboxId'> & { outboxId: string | number })[] = await manager.query(
      `INSERT INTO notification_deliveries (outbox_id, type, recipient_key, user_id, channel, status)
       SELECT outbox_id, type, recipient_key, user_id, 'email', 'pending'
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::uuid[]) AS t(outbox_id, type, recipient_key, user_id)
       ON CONFLICT (outbox_id, recipient_key, channel) DO UPDATE SET status = notification_deliveries.status
       RETURNING id, outbox_id AS "outboxId", recipient_key AS "recipientKey", status, attempts`,
      [keys.map((k) => k.outboxId), keys.map((k) => k.type), keys.map((k) => k.recipientKey), keys.map((k) => k.userId)],
    );
    return rows.map((r) => ({ ...r, outboxId: String(r.outboxId) }));
  }

  /** Marks pending e-mail records skipped (e.g. the recipient switched the type off). */
  async markSkipped(manager: EntityManager, ids: readonly string[], reason: string): Promise<void> {
    if (!ids.length) return;
    await manager.query(
      "UPDATE notification_deliveries SET status = 'skipped', last_error = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND status = 'pending'",
      [ids, reason],
    );
  }

  /** Records the end of one send attempt; one autocommit statement right after the SMTP answer. */
  async recordEmailOutcome(manager: EntityManager, id: string, outcome: EmailOutcome): Promise<void> {
    if (outcome.status === 'sent') {
      await manager.query(
        "UPDATE notification_deliveries SET status = 'sent', sent_at = $2, attempts = attempts + 1, last_error = NULL, updated_at = now() WHERE id = $1",
        [id, outcome.sentAt],
      );
    } else {
      await manager.query(
        'UPDATE notification_deliveries SET status = $2, attempts = attempts + 1, last_error = $3, updated_at = now() WHERE id = $1',
        [id, outcome.status, outcome.error],
      );
    }
  }

  async markPending(manager: EntityManager, id: string): Promise<void> {
    await manager.query("UPDATE notification_deliveries SET status = 'pending', updated_at = now() WHERE id = $1", [id]);
  }
}
