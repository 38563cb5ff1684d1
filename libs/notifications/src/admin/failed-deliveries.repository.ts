import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import type { DeliveryStatus } from '../entities/notification-delivery.entity';

export interface FailedDeliveryRow {
  id: string;
  outboxId: string;
  type: string;
  channel: 'email' | 'inbox';
  recipientKey: string;
  userId: string | null;
  /** The recipient's current address for user recipients (null for a deleted account). */
  email: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  cursorAt: string;
}

export interface DeliveryForRetry {
  id: string;
  outboxId: string;
  status: DeliveryStatus;
  attempts: number;
  /** Whether the event still exists and whether it carried a one-time secret that has been wiped. */
  eventExists: boolean;
  secretGone: boolean;
}

/** Admin-side queries on notification_deliveries. */
@Injectable()
export class FailedDeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Failed deliveries, most recently failed first; served by notification_deliveries_failed_idx. */
  async listFailed(limit: number, cursor?: string): Promise<CursorPage<FailedDeliveryRow>> {
    const params: unknown[] = [];
    let after = '';
    if (cursor) {
      const [at, id] = decodeCursor(cursor, 2);
      params.push(at, id);
      after = 'AND (d.updated_at, d.id) < ($1::timestamptz, $2::uuid)';
    }
    params.push(limit + 1);
    // users is the identity library's table; read here only to show whom a failed message was for.
    const rows: FailedDeliveryRow[] = await this.dataSource.query(
      `SELECT d.id, d.outbox_id AS "outboxId", d.type, d.channel, d.recipient_key AS "recipientKey", d.user_id AS "userId",
              u.email, d.attempts, d.last_error AS "lastError", d.created_at AS "createdAt", d.updated_at AS "updatedAt",
              ${cursorTimestampSql('d.updated_at')} AS "cursorAt"
         FROM notification_deliveries d
         LEFT JOIN users u ON u.id = d.user_id
        WHERE d.status = 'failed' ${after}
        ORDER BY d.updated_at DESC, d.id DESC
        LIMIT $${params.length}`,
      params,
    );
    return toCursorPage(
      rows.map((r) => ({ ...r, outboxId: String(r.outboxId) })),
      limit,
      (r) => [r.cursorAt, r.id],
    );
  }

  /** The delivery, locked until the caller's transaction ends. */
  async lockForRetry(manager: EntityManager, id: string): Promise<DeliveryForRetry | null> {
    const rows: (Omit<DeliveryForRetry, 'outboxId'> & { outboxId: string | number })[] = await manager.query(
      `SELECT d.id, d.outbox_id AS "outboxId", d.status, d.attempts,
              (o.id IS NOT NULL) AS "eventExists",
              (o.id IS NOT NULL AND o.sealed_secret IS NULL AND o.payload ? 'linkBase') AS "secretGone"
         FROM notification_deliveries d
         LEFT JOIN outbox_events o ON o.id = d.outbox_id
        WHERE d.id = $1
          FOR UPDATE OF d`,
      [id],
    );
    const row = rows[0];
    return row ? { ...row, outboxId: String(row.outboxId) } : null;
  }

  async markPending(manager: EntityManager, id: string): Promise<void> {
    await manager.query("UPDATE notification_deliveries SET status = 'pending', updated_at = now() WHERE id = $1", [id]);
  }
}
