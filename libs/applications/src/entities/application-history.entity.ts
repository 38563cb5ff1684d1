import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every transition of an application: who, when, from/to, why. Append-only. */
@Entity('application_history')
@Index('application_history_app_idx', ['applicationId', 'id'])
export class ApplicationHistory {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fromStatus: string | null;

  @Column({ type: 'varchar', length: 32 })
  toStatus: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  /** The file's cycle (filled by the database's insert trigger): a cycle's history is one index range for the statistics. */
  @Column({ type: 'uuid', nullable: true })
  cycleId: string | null;

  /** When the file entered `fromStatus` (the previous entry's time; filled by the insert trigger): time spent in that stage ends at createdAt. */
  @Column({ type: 'timestamptz', nullable: true })
  stageEnteredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
