import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { insertRow } from '@app/db';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
  ip?: string | null;
}

@Injectable()
export class AuditService {
  /** Record an action in the transaction that performs it. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await insertRow(manager, AuditEntry, { ...entry, data: entry.data ?? {}, ip: entry.ip ?? null });
  }
}
