import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';

/** The unique index that makes an identity number's blind index one account's (migration OnePersonOneAccount). */
export const IDENTITY_INDEX_KEY = 'users_identity_index_key';

const INDEX_OF_USER = `SELECT identity_index AS "index" FROM users WHERE id = $1`;
const HOLDER_OF_INDEX = `SELECT id FROM users WHERE identity_index = $1`;
// Only an unbound account binds: a bound one keeps its number (an admin correction changes it).
// A concurrent bind of the same index by another account waits on the unique index, then fails (23505).
const BIND = `WITH bound AS (UPDATE users SET identity_index = $2, identity_bound_at = $3 WHERE id = $1 AND identity_index IS NULL RETURNING id)
  SELECT id FROM bound`;
const REBIND = `WITH bound AS (UPDATE users SET identity_index = $2, identity_bound_at = $3 WHERE id = $1 RETURNING id)
  SELECT id FROM bound`;
// The person's bar: the bar of any of these accounts, or of the account the number is bound to.
const PERSON_BARRED_UNTIL = `SELECT max(barred_until) AS "until" FROM users
  WHERE barred_until > $3 AND (id = ANY($1::uuid[]) OR ($2::char(64) IS NOT NULL AND identity_index = $2))`;
const RECORD_CONFLICT = `INSERT INTO identity_conflicts (bound_user_id, refused_user_id, application_id, last_attempt_at, first_attempt_at)
  VALUES ($1, $2, $3, $4, $4)
  ON CONFLICT (bound_user_id, refused_user_id)
  DO UPDATE SET attempts = identity_conflicts.attempts + 1, application_id = EXCLUDED.application_id, last_attempt_at = EXCLUDED.last_attempt_at
  RETURNING id, attempts`;
const CONFLICT_COLUMNS = `c.id, c.application_id AS "applicationId", c.attempts, c.first_attempt_at AS "firstAttemptAt", c.last_attempt_at AS "lastAttemptAt",
       b.id AS "boundUserId", b.email AS "boundEmail", b.full_name AS "boundFullName", b.status AS "boundStatus",
       r.id AS "refusedUserId", r.email AS "refusedEmail", r.full_name AS "refusedFullName", r.status AS "refusedStatus",
       ${cursorTimestampSql('c.last_attempt_at')} AS "cursorAt"`;
// Newest attempt first; $1: one account on either side (or NULL), $2/$3: the cursor (or NULL), $4: limit + 1.
const LIST_CONFLICTS = `SELECT ${CONFLICT_COLUMNS}
  FROM identity_conflicts c
  JOIN users b ON b.id = c.bound_user_id
  JOIN users r ON r.id = c.refused_user_id
 WHERE ($1::uuid IS NULL OR c.bound_user_id = $1 OR c.refused_user_id = $1)
   AND ($2::timestamptz IS NULL OR (c.last_attempt_at, c.id) < ($2::timestamptz, $3::uuid))
 ORDER BY c.last_attempt_at DESC, c.id DESC
 LIMIT $4`;

export interface IdentityConflictRow {
  id: string;
  applicationId: string | null;
  attempts: number;
  firstAttemptAt: Date;
  lastAttemptAt: Date;
  boundUserId: string;
  boundEmail: string;
  boundFullName: string;
  boundStatus: string;
  refusedUserId: string;
  refusedEmail: string;
  refusedFullName: string;
  refusedStatus: string;
  cursorAt: string;
}

/** Every query on the identity binding: users.identity_index and identity_conflicts. */
@Injectable()
export class IdentityBindingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async indexOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: { index: string | null }[] = await manager.query(INDEX_OF_USER, [userId]);
    return rows[0]?.index ?? null;
  }

  async holderOf(index: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(HOLDER_OF_INDEX, [index]);
    return rows[0]?.id ?? null;
  }

  /** Binds `index` to an unbound account; false when the account is bound already. Throws a unique violation when another account holds it. */
  async bind(manager: EntityManager, userId: string, index: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(BIND, [userId, index, at]);
    return rows.length > 0;
  }

  /** Sets (or clears, with null) the account's index whatever it was; false when there is no such account. */
  async rebind(manager: EntityManager, userId: string, index: string | null, at: Date | null): Promise<boolean> {
    const rows: unknown[] = await manager.query(REBIND, [userId, index, at]);
    return rows.length > 0;
  }

  async personBarredUntil(userIds: string[], index: string | null, at: Date, manager: EntityManager = this.dataSource.manager): Promise<Date | null> {
    const rows: { until: Date | null }[] = await manager.query(PERSON_BARRED_UNTIL, [userIds, index, at]);
    return rows[0]?.until ?? null;
  }

  async recordConflict(manager: EntityManager, boundUserId: string, refusedUserId: string, applicationId: string | null, at: Date): Promise<{ id: string; attempts: number }> {
    const rows: { id: string; attempts: number }[] = await manager.query(RECORD_CONFLICT, [boundUserId, refusedUserId, applicationId, at]);
    return rows[0];
  }

  async listConflicts(filter: { userId?: string; limit: number; cursor?: string }): Promise<CursorPage<IdentityConflictRow>> {
    const [at, id] = filter.cursor ? decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR) : [null, null];
    const rows: IdentityConflictRow[] = await this.dataSource.query(LIST_CONFLICTS, [filter.userId ?? null, at, id, filter.limit + 1]);
    return toCursorPage(rows, filter.limit, (r) => [r.cursorAt, r.id]);
  }
}
