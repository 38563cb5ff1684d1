import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'skipped';

/**
 * One (event, recipient, channel). The unique key is what turns BullMQ's
 * at-least-once delivery into an exactly-once effect: a repeated job finds the
 * row already sent and does nothing.
 */
@Entity('notification_deliveries')
@Index('notification_deliveries_key', ['outboxId', 'recipientKey', 'channel'], { unique: true })
@Index('notification_deliveries_failed_idx', ['updatedAt', 'id'], { where: "status = 'failed'" })
export class NotificationDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint' })
  outboxId: string;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  /** `user:<uuid>` or `email:<address>`. */
  @Column({ type: 'varchar', length: 300 })
  recipientKey: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 16 })
  channel: 'email' | 'inbox';

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
