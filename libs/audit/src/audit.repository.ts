import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import type { StoredLink } from './chain/chain-link';

/** What the lists filter on; every filter has an index ending in seq (see AuditEntry). */
export interface AuditFilter {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** created_at >= from */
  from?: Date;
  /** created_at < to */
  to?: Date;
  /**
   * Entries about one application file: its own (target application, this id) and those about
   * something of it that name it (data.applicationId, e.g. its reviews).
   */
  applicationId?: string;
  /**
   * Entries about these files (in the sense of `applicationId`) are left out: an admin's audit
   * queries never show their own files (the caller binds the admin's own file ids).
   */
  excludeApplicationIds?: string[];
  /** Entries before this chain position (the keyset cursor; newest first). */
  beforeSeq?: string;
  limit: number;
}

/** One new entry: the columns its writer fills; id, seq, hashes and created_at come from the database. */
export interface NewAuditRow {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
}

// The chaining trigger (deferred to commit) fills seq, prev_hash and hash.
const INSERT_ENTRY = `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, data, ip, user_agent)
                      VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`;

// The chain from a position on: raw columns only, printed by their types' own output (in the
// verifier's snapshot: TimeZone UTC, DateStyle ISO). The canonical text is rebuilt in Node
// (canonicalText); no function of the schema is called, so none can be replaced to lie.
const CHAIN_AFTER = `SELECT a.id::text AS id, a.seq::text AS seq, a.created_at::text AS "createdAt", a.actor_id::text AS "actorId",
                            a.action, a.entity_type AS "entityType", a.entity_id AS "entityId", a.data::text AS data,
                            a.ip, a.user_agent AS "userAgent", a.prev_hash AS "prevHash", a.hash
                       FROM audit_log a
                      WHERE a.seq > $1
                      ORDER BY a.seq
                      LIMIT $2`;

// Committed entries the chaining trigger never saw (it was disabled): none in a sound log.
const FIRST_UNCHAINED = `SELECT id::text AS id FROM audit_log a WHERE a.seq IS NULL ORDER BY a.id LIMIT 1`;

/** Every query on audit_log. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, row: NewAuditRow): Promise<void> {
    await manager.query(INSERT_ENTRY, [row.actorId, row.action, row.entityType, row.entityId, JSON.stringify(row.data), row.ip, row.userAgent]);
  }

  /** Newest first (by chain position), limit + 1 rows so the caller can tell whether more follow. */
  list(filter: AuditFilter): Promise<AuditEntry[]> {
    const qb = this.dataSource.manager.createQueryBuilder(AuditEntry, 'a').where('a.seq IS NOT NULL');
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.applicationId) {
      // Each side has its index (audit_log_entity_seq_idx, audit_log_application_seq_idx): a BitmapOr.
      qb.andWhere(`((a.entity_type = 'application' AND a.entity_id = :applicationId) OR (a.data ? 'applicationId' AND a.data->>'applicationId' = :applicationId))`, {
        applicationId: filter.applicationId,
      });
    }
    if (filter.excludeApplicationIds?.length) {
      qb.andWhere(
        `NOT ((a.entity_type = 'application' AND a.entity_id = ANY(:excludedFiles)) OR (a.data ? 'applicationId' AND a.data->>'applicationId' = ANY(:excludedFiles)))`,
        { excludedFiles: filter.excludeApplicationIds },
      );
    }
    if (filter.from) qb.andWhere('a.created_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.created_at < :to', { to: filter.to });
    if (filter.beforeSeq) qb.andWhere('a.seq < :beforeSeq', { beforeSeq: filter.beforeSeq });
    return qb.orderBy('a.seq', 'DESC').limit(filter.limit + 1).getMany();
  }

  /**
   * Run `work` in one read-only REPEATABLE READ transaction: every read sees the same snapshot
   * (a verification is not confused by entries committed while it walks), and timestamps print
   * in UTC, ISO style, as canonicalText expects.
   */
  inSnapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      await manager.query(`SET LOCAL TimeZone = 'UTC'`);
      await manager.query(`SET LOCAL DateStyle = 'ISO, YMD'`);
      return work(manager);
    });
  }

  chainAfter(seq: string, limit: number, manager: EntityManager = this.dataSource.manager): Promise<StoredLink[]> {
    return manager.query(CHAIN_AFTER, [seq, limit]);
  }

  async firstUnchained(manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(FIRST_UNCHAINED);
    return rows[0]?.id ?? null;
  }
}
