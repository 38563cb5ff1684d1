import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A refused submission whose identity number is bound to another account (one person, one
 * account; domain.md §8): the office sees both accounts. One row per (bound, refused) pair,
 * counting the attempts; never the number or its index.
 */
@Entity('identity_conflicts')
@Index('identity_conflicts_pair_key', ['boundUserId', 'refusedUserId'], { unique: true })
@Index('identity_conflicts_list_idx', ['lastAttemptAt', 'id'])
export class IdentityConflict {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The account the number is bound to. */
  @Column({ type: 'uuid' })
  boundUserId: string;

  /** The account whose submission was refused. */
  @Column({ type: 'uuid' })
  refusedUserId: string;

  /** The file the last refused submission was for. */
  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'int', default: 1 })
  attempts: number;

  @CreateDateColumn({ type: 'timestamptz' })
  firstAttemptAt: Date;

  @Column({ type: 'timestamptz' })
  lastAttemptAt: Date;
}
