import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { entityInsert, insertRow, SqlStatement } from '@app/db';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
  ip?: string | null;
}

const AUDIT_COLUMNS = ['actorId', 'action', 'entityType', 'entityId', 'data', 'ip'] as const;
type AuditRow = Pick<AuditEntry, (typeof AUDIT_COLUMNS)[number]>;

@Injectable()
export class AuditService {
  private insert: ((row: AuditRow) => SqlStatement) | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Record an action in the transaction that performs it. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await insertRow(manager, AuditEntry, row(entry));
  }

  /** record() as a statement for the transaction's final message (transactionEndingWith in @app/db). */
  recordStatement(entry: AuditRecord): SqlStatement {
    const insert = (this.insert ??= entityInsert<AuditEntry, (typeof AUDIT_COLUMNS)[number]>(this.dataSource.getMetadata(AuditEntry), AUDIT_COLUMNS));
    return insert(row(entry));
  }
}

function row(entry: AuditRecord): AuditRow {
  return { actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, data: entry.data ?? {}, ip: entry.ip ?? null };
}
