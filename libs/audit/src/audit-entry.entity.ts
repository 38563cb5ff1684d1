import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what to which object, when and from where. Append-only and hash-chained in the
 * database (migration AuditChain): a trigger refuses UPDATE, DELETE and TRUNCATE, and at
 * commit a deferred trigger gives each new row its chain position (`seq`), the previous
 * entry's hash and its own SHA-256 (`audit_entry_hash`). The lists and the chain are ordered
 * by `seq` (commit order), not by `id` (insert order).
 */
@Entity('audit_log')
@Index('audit_log_seq_key', ['seq'], { unique: true })
@Index('audit_log_entity_seq_idx', ['entityType', 'entityId', 'seq'])
@Index('audit_log_actor_seq_idx', ['actorId', 'seq'])
@Index('audit_log_action_seq_idx', ['action', 'seq'])
@Index('audit_log_created_seq_idx', ['createdAt', 'seq'])
// Entries about a file under another target (a review of it: data.applicationId), for the file's
// audit. An expression index TypeORM cannot describe: created by migration AuditChain, left alone here.
@Index('audit_log_application_seq_idx', { synchronize: false })
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** Position in the chain (1, 2, ...), given at commit; null only inside the writing transaction. */
  @Column({ type: 'bigint', nullable: true })
  seq: string | null;

  /** The person who acted; null for the portal itself or the public (then `ip` says who). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  entityType: string;

  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  /** Non-sensitive facts about the action (never passwords, tokens or full ID numbers). */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  /** Hex SHA-256 of the previous entry (by seq); 64 zeros for the first. */
  @Column({ type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  /** Hex SHA-256 of this entry's canonical text (audit_entry_canonical), which includes prevHash. */
  @Column({ type: 'char', length: 64, nullable: true })
  hash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
