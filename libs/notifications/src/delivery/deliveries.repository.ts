import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
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
  /** Whether the event still exists and whether it carried a one-time secret that has been wiped. */
  eventExists: boolean;
  secretGone: boolean;
}

/** An event looked up by its UUID for an admin retry. */
export interface EventForRetry {
  id: string;
  uuid: string;
  settled: boolean;
  /** Unsettled for longer than UNSETTLED_AFTER_MINUTES after it was handed to the queue: listed as failed. */
  failed: boolean;
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

  /**
   * Failed deliveries and events their jobs never settled, most recent first. Each branch is
   * served by a partial index (notification_deliveries_failed_idx, outbox_events_unsettled_idx).
   */
  async listFailed(limit: number, cursor?: string): Promise<CursorPage<FailedDeliveryRow>> {
    const params: unknown[] = [UNSETTLED_AFTER_MINUTES];
    let after = '';
    if (cursor) {
      const [at, id] = decodeCursor(cursor, TIME_THEN_ID_CURSOR);
      params.push(at, id);
      after = 'WHERE (f."updatedAt", f.id) < ($2::timestamptz, $3::uuid)';
    }
    params.push(limit + 1);
    // The recipient's address is filled in by DeliveryAdminService from identity's UserDirectory.
    const rows: FailedDeliveryRow[] = await this.dataSource.query(
      `SELECT f.*, ${cursorTimestampSql('f."updatedAt"')} AS "cursorAt"
         FROM (
           SELECT d.id, 'delivery' AS kind, d.outbox_id::text AS "outboxId", d.type, d.channel, d.recipient_key AS "recipientKey",
                  d.user_id AS "userId", NULL::text AS email, d.attempts, d.last_error AS "lastError", d.created_at AS "createdAt", d.updated_at AS "updatedAt"
             FROM notification_deliveries d
            WHERE d.status = 'failed'
           UNION ALL
           SELECT o.uuid, 'event', o.id::text, o.type, NULL, NULL, NULL::uuid, NULL, NULL::int, NULL, o.created_at, o.dispatched_at
             FROM outbox_events o
            WHERE o.settled_at IS NULL AND o.dispatched_at < now() - make_interval(mins => $1)
         ) f
        ${after}
        ORDER BY f."updatedAt" DESC, f.id DESC
        LIMIT $${params.length}`,
      params,
    );
    return toCursorPage(rows, limit, (r) => [r.cursorAt, r.id]);
  }

  /** The event with this UUID, locked until the caller's transaction ends. */
  async lockEventForRetry(manager: EntityManager, uuid: string): Promise<EventForRetry | null> {
    const rows: EventForRetry[] = await manager.query(
      `SELECT id::text AS id, uuid, (settled_at IS NOT NULL) AS settled,
              (settled_at IS NULL AND dispatched_at < now() - make_interval(mins => $2)) AS failed
         FROM outbox_events
        WHERE uuid = $1
          FOR UPDATE`,
      [uuid, UNSETTLED_AFTER_MINUTES],
    );
    return rows[0] ?? null;
  }

  /** An admin retry handed the event to the queue again: it leaves the failed list unless it stays unsettled as long again. */
  async markRedispatched(manager: EntityManager, outboxId: string): Promise<void> {
    await manager.query('UPDATE outbox_events SET dispatched_at = now() WHERE id = $1', [outboxId]);
  }

  /**
   * A delivery job is done with these events: nothing of theirs is left to retry. Their
   * one-time secrets are wiped (no longer needed at rest), and they may be pruned after
   * retention. (outbox_events is the outbox library's table; settled here, by the only
   * code that knows.)
   */
  async settle(manager: EntityManager, outboxIds: readonly string[]): Promise<void> {
    if (!outboxIds.length) return;
    await manager.query('UPDATE outbox_events SET settled_at = now(), sealed_secret = NULL WHERE id = ANY($1::bigint[])', [outboxIds]);
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
