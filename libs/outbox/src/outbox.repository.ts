import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { cursorTimestampSql } from '@app/db';
import { OutboxEvent } from './outbox-event.entity';

/** An event the relay claimed: its row id (job payloads) and UUID (job ids). */
export interface ClaimedEvent {
  id: string;
  uuid: string;
}

/** An event looked up by its UUID for an admin retry. */
export interface EventForRetry {
  id: string;
  uuid: string;
  settled: boolean;
  /** Unsettled for longer than the caller's limit after it was handed to the queue. */
  failed: boolean;
}

/** An event dispatched long ago and still unsettled: its job ended without finishing it. */
export interface UnsettledEventRow {
  uuid: string;
  id: string;
  type: string;
  createdAt: Date;
  dispatchedAt: Date;
  /** dispatchedAt as keyset cursor text (cursorTimestampSql). */
  cursorAt: string;
}

export interface OutboxStats {
  /** Committed, not yet handed to the queue. */
  backlog: number;
  oldestAgeSeconds: number;
  /** Handed to the queue longer ago than the caller's limit and still unsettled. */
  failedEvents: number;
}

/**
 * The row, skipped on a repeated dedupe key, and a NOTIFY that listeners receive only when
 * the transaction commits, so the relay wakes at once. Returns the new id, or no row.
 */
const INSERT = `WITH inserted AS (
    INSERT INTO outbox_events (type, recipients, payload, sealed_secret, dedupe_key)
    VALUES ($1, $2::jsonb, $3::jsonb, $4, $5)
    ON CONFLICT DO NOTHING
    RETURNING id
  )
  SELECT id::text AS id, pg_notify($6, id::text) FROM inserted`;

/** INSERT for many events without secrets in one statement; returns how many were new. */
const INSERT_MANY = `WITH inserted AS (
    INSERT INTO outbox_events (type, recipients, payload, dedupe_key)
    SELECT e.type, e.recipients, e.payload, e.dedupe_key
      FROM jsonb_to_recordset($1::jsonb) AS e(type text, recipients jsonb, payload jsonb, dedupe_key text)
    ON CONFLICT DO NOTHING
    RETURNING id
  )
  SELECT count(*)::int AS n, pg_notify($2, '') FROM inserted`;

const CLAIM_UNDISPATCHED = 'SELECT id::text AS id, uuid FROM outbox_events WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED';

const MARK_DISPATCHED = 'UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1::bigint[])';

const SETTLE = 'UPDATE outbox_events SET settled_at = now(), sealed_secret = NULL WHERE id = ANY($1::bigint[])';

/** Settled rows past retention, after `$4` (keyset), oldest first, locked for the delete that follows. */
const PRUNE_CANDIDATES = `SELECT id::text AS id FROM outbox_events
    WHERE dispatched_at < now() - make_interval(hours => $1)
      AND settled_at IS NOT NULL
      -- A deduplicated row is what makes a scheduled reminder happen once: keep it for as long as a schedule may look at its item.
      AND (dedupe_key IS NULL OR created_at < now() - make_interval(days => $2))
      AND id > $4::bigint
    ORDER BY id
    LIMIT $3
      FOR UPDATE SKIP LOCKED`;

const DELETE = 'DELETE FROM outbox_events WHERE id = ANY($1::bigint[])';

const LOCK_FOR_RETRY = `SELECT id::text AS id, uuid, (settled_at IS NOT NULL) AS settled,
         (settled_at IS NULL AND dispatched_at < now() - make_interval(mins => $2)) AS failed
    FROM outbox_events
   WHERE uuid = $1
     FOR UPDATE`;

const SECRET_STATE = `SELECT (sealed_secret IS NULL AND payload ? 'linkBase') AS "secretGone" FROM outbox_events WHERE id = $1`;

/** Served by outbox_events_unsettled_idx; `$2`/`$3` is the keyset cursor (dispatched_at, uuid), if any. */
const LIST_UNSETTLED = `SELECT o.uuid, o.id::text AS id, o.type, o.created_at AS "createdAt", o.dispatched_at AS "dispatchedAt",
         ${cursorTimestampSql('o.dispatched_at')} AS "cursorAt"
    FROM outbox_events o
   WHERE o.settled_at IS NULL AND o.dispatched_at < now() - make_interval(mins => $1)
     AND ($2::timestamptz IS NULL OR (o.dispatched_at, o.uuid) < ($2::timestamptz, $3::uuid))
   ORDER BY o.dispatched_at DESC, o.uuid DESC
   LIMIT $4`;

const STATS = `SELECT u.backlog, u.age,
         (SELECT count(*)::int FROM outbox_events WHERE settled_at IS NULL AND dispatched_at < now() - make_interval(mins => $1)) AS failed
    FROM (SELECT count(*)::int AS backlog, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age
            FROM outbox_events WHERE dispatched_at IS NULL) u`;

/** Every query on outbox_events: writing events, relaying, settling, pruning, and the admin and metrics reads. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Insert one event in the caller's transaction; its id, or null on a repeated dedupe key. */
  async insert(manager: EntityManager, row: { type: string; recipients: string; payload: string; sealedSecret: string | null; dedupeKey: string | null }, channel: string): Promise<string | null> {
    const rows = (await manager.query(INSERT, [row.type, row.recipients, row.payload, row.sealedSecret, row.dedupeKey, channel])) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** Insert events (JSON array of { type, recipients, payload, dedupe_key }) in one statement; how many were new. */
  async insertMany(manager: EntityManager, rowsJson: string, channel: string): Promise<number> {
    const [{ n }] = (await manager.query(INSERT_MANY, [rowsJson, channel])) as { n: number }[];
    return n;
  }

  /** The events with these ids, oldest first. */
  findByIds(ids: readonly string[]): Promise<OutboxEvent[]> {
    return this.dataSource.manager.find(OutboxEvent, { where: { id: In([...ids]) }, order: { id: 'ASC' } });
  }

  /** Up to `limit` undispatched events, locked (SKIP LOCKED) until the caller's transaction ends. */
  claimUndispatched(manager: EntityManager, limit: number): Promise<ClaimedEvent[]> {
    return manager.query(CLAIM_UNDISPATCHED, [limit]);
  }

  /** These events' jobs are in the queue (again). */
  async markDispatched(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await manager.query(MARK_DISPATCHED, [ids]);
  }

  /** Nothing of these events is left to retry: wipe their one-time secrets; they may be pruned after retention. */
  async settle(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    await manager.query(SETTLE, [ids]);
  }

  /** Settled events past retention, after `afterId`, locked until the caller's transaction ends. */
  async pruneCandidates(manager: EntityManager, retentionHours: number, dedupeRetentionDays: number, limit: number, afterId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(PRUNE_CANDIDATES, [retentionHours, dedupeRetentionDays, limit, afterId]);
    return rows.map((r) => r.id);
  }

  async delete(manager: EntityManager, ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    const result: [unknown, number] = await manager.query(DELETE, [ids]);
    return result[1] ?? 0;
  }

  /** The event with this UUID, locked until the caller's transaction ends. */
  async lockForRetry(manager: EntityManager, uuid: string, unsettledAfterMinutes: number): Promise<EventForRetry | null> {
    const rows: EventForRetry[] = await manager.query(LOCK_FOR_RETRY, [uuid, unsettledAfterMinutes]);
    return rows[0] ?? null;
  }

  /** Whether the event exists, and whether the one-time secret its message needs has been wiped. */
  async secretState(manager: EntityManager, id: string): Promise<{ exists: boolean; secretGone: boolean }> {
    const rows: { secretGone: boolean }[] = await manager.query(SECRET_STATE, [id]);
    return rows[0] ? { exists: true, secretGone: rows[0].secretGone } : { exists: false, secretGone: false };
  }

  /** Events unsettled longer than `minutes` after dispatch, most recent first, after the cursor if given. */
  listUnsettled(minutes: number, limit: number, after?: { at: string; uuid: string }): Promise<UnsettledEventRow[]> {
    return this.dataSource.query(LIST_UNSETTLED, [minutes, after?.at ?? null, after?.uuid ?? null, limit]);
  }

  async stats(unsettledAfterMinutes: number): Promise<OutboxStats> {
    const [row]: { backlog: number; age: number; failed: number }[] = await this.dataSource.query(STATS, [unsettledAfterMinutes]);
    return { backlog: row.backlog, oldestAgeSeconds: Math.max(0, row.age), failedEvents: row.failed };
  }
}
