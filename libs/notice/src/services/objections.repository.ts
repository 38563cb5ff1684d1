import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ObjectionStatus } from '../entities/objection.entity';

export interface ObjectionRow {
  id: string;
  reference: string;
  noticeId: string;
  applicationId: string;
  objectorName: string;
  email: string | null;
  emailConfirmedAt: Date | null;
  confirmExpiresAt: Date | null;
  locale: string;
  phoneSealed: string | null;
  phoneMasked: string | null;
  statement: string;
  status: ObjectionStatus;
  reReview: boolean | null;
  resolutionNote: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  cursorAt: string;
}

export interface NewObjection {
  reference: string;
  noticeId: string;
  applicationId: string;
  objectorName: string;
  email: string | null;
  phoneSealed: string | null;
  phoneMasked: string | null;
  statement: string;
  status: Extract<ObjectionStatus, 'unconfirmed' | 'open'>;
  /** SHA-256 of the e-mail confirmation link's token, when an e-mail was given. */
  confirmTokenHash: string | null;
  confirmExpiresAt: Date | null;
  locale: string;
}

const COLUMNS = `id, reference, notice_id AS "noticeId", application_id AS "applicationId", objector_name AS "objectorName", email,
  email_confirmed_at AS "emailConfirmedAt", confirm_expires_at AS "confirmExpiresAt", locale, phone_sealed AS "phoneSealed", phone_masked AS "phoneMasked", statement, status, re_review AS "reReview",
  resolution_note AS "resolutionNote", resolved_by AS "resolvedBy", resolved_at AS "resolvedAt", created_at AS "createdAt",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;
const NEXT_NUMBER_SQL = `SELECT nextval('objection_reference_seq')::int AS n`;
const INSERT_SQL = `INSERT INTO objections (reference, notice_id, application_id, objector_name, email, phone_sealed, phone_masked, statement,
   status, confirm_token_hash, confirm_expires_at, locale)
 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${COLUMNS}`;
/** The objection a confirmation link belongs to, while the link can still be used (objections_confirm_token_key). */
const BY_CONFIRM_TOKEN_SQL = `SELECT ${COLUMNS} FROM objections WHERE confirm_token_hash = $1 AND confirm_expires_at > $2`;
/**
 * Use a confirmation link once: the address is confirmed, the token cleared (a second use, or
 * a concurrent one, finds no row), and an e-mail-only objection becomes open. `was` tells the
 * caller whether it just became open (then the admins are told).
 */
// Wrapped in a SELECT so the driver answers the rows (an UPDATE answers [rows, count]).
const CONFIRM_SQL = `WITH target AS (
   SELECT id AS target_id, status AS was FROM objections WHERE confirm_token_hash = $1 AND confirm_expires_at > $2 FOR UPDATE),
 confirmed AS (
   UPDATE objections SET email_confirmed_at = $2, confirm_token_hash = NULL,
          status = CASE WHEN status = 'unconfirmed' THEN 'open' ELSE status END
     FROM target WHERE id = target.target_id
   RETURNING ${COLUMNS}, target.was)
 SELECT * FROM confirmed`;
const BY_ID_SQL = `SELECT ${COLUMNS} FROM objections WHERE id = $1`;
const LOCK_SQL = `SELECT ${COLUMNS} FROM objections WHERE id = $1 FOR UPDATE`;
/** The admin list, oldest first (the queue order), after the cursor (objections_status_created_idx when filtered by status). */
const PAGE_SQL = `SELECT ${COLUMNS} FROM objections
 WHERE ($1::text IS NULL OR status = $1)
   AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
   AND application_id <> ALL($5::uuid[])
 ORDER BY created_at, id LIMIT $4`;
const RESOLVE_SQL = `UPDATE objections SET status = $2, re_review = $3, resolution_note = $4, resolved_by = $5, resolved_at = $6
 WHERE id = $1 AND status = 'open'`;
/** Open objections, and unconfirmed ones whose link can still be confirmed, hold the notice. */
const HOLDING_COUNT_SQL = `SELECT count(*)::int AS n FROM objections
 WHERE notice_id = $1 AND (status = 'open' OR (status = 'unconfirmed' AND confirm_expires_at > $2))`;

/** Every query on objections. */
@Injectable()
export class ObjectionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async nextNumber(manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(NEXT_NUMBER_SQL)) as { n: number }[];
    return row.n;
  }

  async insert(manager: EntityManager, o: NewObjection): Promise<ObjectionRow> {
    const [row] = (await manager.query(INSERT_SQL, [
      o.reference,
      o.noticeId,
      o.applicationId,
      o.objectorName,
      o.email,
      o.phoneSealed,
      o.phoneMasked,
      o.statement,
      o.status,
      o.confirmTokenHash,
      o.confirmExpiresAt,
      o.locale,
    ])) as ObjectionRow[];
    return row;
  }

  async findByConfirmToken(tokenHash: string, now: Date): Promise<ObjectionRow | null> {
    const rows: ObjectionRow[] = await this.dataSource.manager.query(BY_CONFIRM_TOKEN_SQL, [tokenHash, now]);
    return rows[0] ?? null;
  }

  /** Confirms the objector's address by its link's token, once; null when the link is unknown, used or expired. */
  async confirm(manager: EntityManager, tokenHash: string, now: Date): Promise<(ObjectionRow & { was: ObjectionStatus }) | null> {
    const rows: (ObjectionRow & { was: ObjectionStatus })[] = await manager.query(CONFIRM_SQL, [tokenHash, now]);
    return rows[0] ?? null;
  }

  async findById(id: string): Promise<ObjectionRow | null> {
    const rows: ObjectionRow[] = await this.dataSource.manager.query(BY_ID_SQL, [id]);
    return rows[0] ?? null;
  }

  async lock(manager: EntityManager, id: string): Promise<ObjectionRow | null> {
    const rows: ObjectionRow[] = await manager.query(LOCK_SQL, [id]);
    return rows[0] ?? null;
  }

  /** `excludeApplicationIds`: objections to these files are left out (an admin's own files). */
  page(status: ObjectionStatus | null, after: { createdAt: string; id: string } | null, limit: number, excludeApplicationIds: readonly string[] = []): Promise<ObjectionRow[]> {
    return this.dataSource.manager.query(PAGE_SQL, [status, after?.createdAt ?? null, after?.id ?? null, limit, excludeApplicationIds]);
  }

  async resolve(manager: EntityManager, id: string, r: { status: Exclude<ObjectionStatus, 'open'>; reReview: boolean | null; note: string; by: string; at: Date }): Promise<void> {
    await manager.query(RESOLVE_SQL, [id, r.status, r.reReview, r.note, r.by, r.at]);
  }

  /** How many objections keep notice `noticeId` from closing at `now`. */
  async holdingCount(manager: EntityManager, noticeId: string, now: Date): Promise<number> {
    const [row] = (await manager.query(HOLDING_COUNT_SQL, [noticeId, now])) as { n: number }[];
    return row.n;
  }
}
