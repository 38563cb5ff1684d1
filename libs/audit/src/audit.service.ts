import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CursorPage, CursorShape, currentRequestOrigin, decodeCursor, encodeCursor, ValidationFailedError } from '@app/common';
import { AuditEntry } from './audit-entry.entity';
import { AuditFilter, AuditRepository } from './audit.repository';

export interface AuditRecord {
  /** The person who acted; null for the portal itself or for the public (then the entry's ip says who). */
  actorId: string | null;
  /** `<object>.<what happened>`, e.g. application.accepted, user.login_failed. */
  action: string;
  entityType: string;
  entityId: string;
  /**
   * What changed: before and after of the fields that changed (see changeSummary), and the
   * facts of the action. Never passwords, tokens or full identity numbers or phones: mask them.
   */
  data?: Record<string, unknown>;
  /**
   * Outside a request only (the worker has none): the address, when the job has one of its
   * own (an auto-assign run keeps the address it was requested from). Callers handling a
   * request pass nothing: the request context's address and user agent are recorded
   * (RequestOrigin), whatever is passed here.
   */
  ip?: string | null;
}

/** The key of the audit lists' cursor: the chain position of the last entry of a page. */
export const AUDIT_CURSOR: CursorShape = ['integer'];

/** A page of an audit list: the filters, `limit`, and the cursor of the previous page. */
export type AuditListQuery = Omit<AuditFilter, 'beforeSeq'> & { cursor?: string };

/** The audit log: every entry is written in the transaction of the action it records. */
@Injectable()
export class AuditService {
  constructor(private readonly entries: AuditRepository) {}

  /**
   * Record an action in the transaction that performs it: the entry commits with the action
   * or not at all, and is chained (position, previous hash, hash) at that commit.
   */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    const origin = currentRequestOrigin();
    await this.entries.insert(manager, {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ?? {},
      ip: origin ? origin.ip : (entry.ip ?? null),
      userAgent: origin?.userAgent ?? null,
    });
  }

  /** Entries matching every given filter, newest first, by chain position. 400 when `to` is not after `from`. */
  async list(query: AuditListQuery): Promise<CursorPage<AuditEntry>> {
    const { cursor, ...filter } = query;
    if (filter.from && filter.to && filter.to <= filter.from) {
      throw new ValidationFailedError([{ path: 'to', code: 'TO_NOT_AFTER_FROM', message: 'to must be later than from' }]);
    }
    const beforeSeq = cursor ? String(decodeCursor(cursor, AUDIT_CURSOR)[0]) : undefined;
    const rows = await this.entries.list({ ...filter, beforeSeq });
    const hasMore = rows.length > filter.limit;
    const items = hasMore ? rows.slice(0, filter.limit) : rows;
    return { items, nextCursor: hasMore ? encodeCursor([Number(items[items.length - 1].seq)]) : null };
  }
}
