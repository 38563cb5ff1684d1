import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { cursorTimestampSql } from '@app/db';
import type { DeliveryStatus } from '../entities/notification-delivery.entity';

/**
 * How long after it was handed to the queue an event may stay unsettled before it counts
 * as failed. A delivery job's whole retry schedule (JOB_CATALOGUE: 8 attempts, about four
 * minutes of backoff, each attempt bounded by SMTP timeouts) ends well within it, so an
 * event still unsettled after this has no job left that will deliver it. (A queue an hour
 * behind would list live events too: worth an admin's attention, and a retry of one does
 * no harm, since each message is recorded once.)
 */
export const UNSETTLED_AFTER_MINUTES = 60;

/**
 * An item of the admin's failed list: a delivery that failed for good ('delivery'), or an
 * event whose delivery job ended without settling it ('event': its job exhausted its
 * attempts before recording anything, e.g. while the database was down; it was
 * undeliverable; or it was lost with Redis). Both are retried by `id`.
 */
export interface FailedDeliveryRow {
  /** The delivery's id, or the event's UUID for an event. */
  id: string;
  kind: 'delivery' | 'event';
  outboxId: string;
  type: string;
  channel: 'email' | 'inbox' | null;
  recipientKey: string | null;
  userId: string | null;
  /** The recipient's current address for user recipients (null for a deleted account). */
  email: string | null;
  /** Recorded send attempts of a delivery; null for an event. */
  attempts: number | null;
  lastError: string | null;
  createdAt: Date;
  /** When the delivery last failed; for an event, when it was last handed to the queue. */
  updatedAt: Date;
  cursorAt: string;
}

export interface DeliveryForRetry {
  id: string;
  outboxId: string;
  status: DeliveryStatus;
  attempts: number;
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
 * statements per batch of events plus one per e-mail) and the admin views. (The events
 * themselves are the outbox library's: OutboxService.)
 */
@Injectable()
export class DeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Failed deliveries, most recent first, after the keyset cursor (updated_at, id) if given;
   * served by notification_deliveries_failed_idx. (The failed list adds the outbox's unsettled
   * events to these: DeliveryAdminService.)
   */
  /** How many deliveries failed for good (notification_deliveries_failed_idx, partial: failed rows only). */
  async countFailed(): Promise<number> {
    const [row] = (await this.dataSource.query("SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'failed'")) as { n: number }[];
    return row.n;
  }

  async listFailed(limit: number, after?: { at: string; id: string }): Promise<FailedDeliveryRow[]> {
    return this.dataSource.query(
      `SELECT d.id, 'delivery' AS kind, d.outbox_id::text AS "outboxId", d.type, d.channel, d.recipient_key AS "recipientKey",
              d.user_id AS "userId", NULL::text AS email, d.attempts, d.last_error AS "lastError", d.created_at AS "createdAt", d.updated_at AS "updatedAt",
              ${cursorTimestampSql('d.updated_at')} AS "cursorAt"
         FROM notification_deliveries d
        WHERE d.status = 'failed'
          AND ($1::timestamptz IS NULL OR (d.updated_at, d.id) < ($1::timestamptz, $2::uuid))
        ORDER BY d.updated_at DESC, d.id DESC
        LIMIT $3`,
      [after?.at ?? null, after?.id ?? null, limit],
    );
  }

  /** Of these events, the ones with a delivery still pending or failed (retryable): the outbox keeps them past retention. */
  async eventsWithOpenDeliveries(manager: EntityManager, outboxIds: readonly string[]): Promise<string[]> {
    if (!outboxIds.length) return [];
    const rows: { id: string }[] = await manager.query(
      "SELECT DISTINCT outbox_id::text AS id FROM notification_deliveries WHERE outbox_id = ANY($1::bigint[]) AND status IN ('pending', 'failed')",
      [outboxIds],
    );
    return rows.map((r) => r.id);
  }

  /** The delivery, locked until the caller's transaction ends. */
  async lockForRetry(manager: EntityManager, id: string): Promise<DeliveryForRetry | null> {
    const rows: (Omit<DeliveryForRetry, 'outboxId'> & { outboxId: string | number })[] = await manager.query(
      `SELECT d.id, d.outbox_id AS "outboxId", d.status, d.attempts
         FROM notification_deliveries d
        WHERE d.id = $1
          FOR UPDATE`,
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
