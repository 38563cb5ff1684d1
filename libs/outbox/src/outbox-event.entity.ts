import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OutboxLocale } from './event-payloads';

/**
 * A recipient of an event: an account, or a plain address for someone without one. A plain
 * address is greeted by `name` only when `verified` (its owner proved they read it): whoever
 * typed an unverified address typed the name too.
 */
export type OutboxRecipient = { userId: string } | { email: string; locale: OutboxLocale; name?: string; verified?: boolean };

/**
 * A notification event written in the same transaction as the change it reports.
 * The relay moves undispatched rows into BullMQ (jobs of up to 50 row ids), so a committed
 * change always produces its messages, whether or not Redis was up at commit time.
 *
 * Its life: created → dispatched (its job is in the queue) → settled (a delivery job has
 * finished with it: every message sent, skipped or failed for good, or nothing to send).
 * Only settled rows are pruned: an event dispatched long ago and still unsettled lost its
 * job (attempts exhausted before anything was recorded, undeliverable, or gone with Redis)
 * and is listed among the failed notifications, where an admin can retry it.
 */
@Entity('outbox_events')
@Index('outbox_events_undispatched_idx', ['id'], { where: 'dispatched_at IS NULL' })
@Index('outbox_events_dedupe_key', ['dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
@Index('outbox_events_unsettled_idx', ['dispatchedAt', 'uuid'], { where: 'settled_at IS NULL' })
export class OutboxEvent {
  /** Row id: unique in this database only (it restarts when the database is recreated or restored). */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /**
   * The event's identity outside this database: queue job ids are built from it, so a job
   * of a recreated or restored database never shares an id with a job that Redis still
   * holds from an earlier one (BullMQ would drop it as a duplicate).
   */
  @Column({ type: 'uuid' })
  @Generated('uuid')
  uuid: string;

  /** An EventType (see EventPayloads); a plain string here because rows outlive code. */
  @Column({ type: 'varchar', length: 64 })
  type: string;

  @Column({ type: 'jsonb' })
  recipients: OutboxRecipient[];

  /** Non-secret template variables and object ids, captured when the event happened: EventPayloads[type] when written. */
  @Column({ type: 'jsonb' })
  payload: Record<string, string | number | null>;

  /** A secret the message must carry (a one-time token), sealed with AES-GCM and wiped once sent. */
  @Column({ type: 'text', nullable: true })
  sealedSecret: string | null;

  /** For events that must happen once however often they are emitted (scheduled reminders). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the relay (or an admin retry) last handed the event to the queue. */
  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  /** When a delivery job finished with the event (see the class comment); null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
