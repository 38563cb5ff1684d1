import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CursorPage, decodeCursor, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';

export interface InboxRow {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
  /** created_at at full (microsecond) precision, for the cursor: a JS Date would drop the microseconds and skip rows. */
  cursorAt: string;
}

export interface InboxListFilter {
  unread?: boolean;
  limit: number;
  cursor?: string;
}

const COLUMNS = `id, type, title, body, link, read_at AS "readAt", created_at AS "createdAt",
  ${cursorTimestampSql('created_at')} AS "cursorAt"`;

/** Every query on a user's inbox (the notifications table). Each one is scoped to the owner. */
@Injectable()
export class InboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paginated on (created_at, id); served by notifications_user_idx / notifications_unread_idx. */
  async list(userId: string, filter: InboxListFilter): Promise<CursorPage<InboxRow>> {
    const params: unknown[] = [userId];
    const where = ['user_id = $1'];
    if (filter.unread === true) where.push('read_at IS NULL');
    if (filter.unread === false) where.push('read_at IS NOT NULL');
    if (filter.cursor) {
      const [at, id] = decodeCursor(filter.cursor, 2);
      params.push(at, id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(filter.limit + 1);
    const rows: InboxRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notifications WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return toCursorPage(rows, filter.limit, (r) => [r.cursorAt, r.id]);
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL', [userId]);
    return row.n as number;
  }

  /** Marks one of the user's notifications read (keeping the first read time); null when the user has no such notification. */
  async markRead(userId: string, id: string, now: Date): Promise<InboxRow | null> {
    const [rows] = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, userId, now],
    );
    return (rows as InboxRow[])[0] ?? null;
  }

  async markAllRead(userId: string, now: Date): Promise<number> {
    const [, count] = await this.dataSource.query('UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL', [userId, now]);
    return count as number;
  }
}
