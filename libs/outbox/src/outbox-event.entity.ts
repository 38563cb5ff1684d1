import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A recipient of an event: an account, or a plain address for someone without one. */
export type OutboxRecipient = { userId: string } | { email: string; locale: 'zh-CN' | 'en'; name?: string };

/**
 * A notification event written in the same transaction as the change it reports.
 * The relay moves undispatched rows into BullMQ (jobs of up to 50 row ids), so a committed
 * change always produces its messages, whether or not Redis was up at commit time.
 */
@Entity('outbox_events')
@Index('outbox_events_undispatched_idx', ['id'], { where: 'dispatched_at IS NULL' })
@Index('outbox_events_dedupe_key', ['dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** A NotificationType from the catalogue. */
  @Column({ type: 'varchar', length: 64 })
  type: string;

  @Column({ type: 'jsonb' })
  recipients: OutboxRecipient[];

  /** Non-secret template variables and object ids, captured when the event happened. */
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

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
