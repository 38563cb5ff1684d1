import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A user's choice for an optional type's e-mail. Absent row = the default (on). */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  type: string;

  @Column({ type: 'boolean' })
  emailEnabled: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
