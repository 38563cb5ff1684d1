import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
  ip?: string | null;
}

// The audit_log columns of AuditEntry; the rest (id, created_at) are the database's defaults.
const INSERT_ENTRY = `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, data, ip)
                      VALUES ($1, $2, $3, $4, $5::jsonb, $6)`;

@Injectable()
export class AuditService {
  /** Record an action in the transaction that performs it. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.query(INSERT_ENTRY, [entry.actorId, entry.action, entry.entityType, entry.entityId, JSON.stringify(entry.data ?? {}), entry.ip ?? null]);
  }
}
