import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { NoticeStatus } from '../entities/public-notice.entity';

export interface NoticeRow {
  id: string;
  applicationId: string;
  passedOn: string;
  startDate: string;
  endDate: string;
  workingDays: number;
  status: NoticeStatus;
  closedAt: Date | null;
  createdAt: Date;
  /** Keyset position at full precision (created_at, microseconds, UTC). */
  cursorAt: string;
}

// Dates as text: the driver would turn a `date` into a local-midnight Date.
const NOTICE_COLUMNS = `id, application_id AS "applicationId", passed_on::text AS "passedOn", start_date::text AS "startDate",
  end_date::text AS "endDate", working_days AS "workingDays", status, closed_at AS "closedAt", created_at AS "createdAt",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

/** A file already on notice keeps its row (partial unique index public_notices_one_open): the caller learns which were not inserted. */
const INSERT_SQL = `INSERT INTO public_notices (application_id, passed_on, start_date, end_date, working_days)
 SELECT t.application_id, $2::date, $3::date, $4::date, $5 FROM unnest($1::uuid[]) AS t(application_id)
 ON CONFLICT (application_id) WHERE status = 'open' DO NOTHING
 RETURNING ${NOTICE_COLUMNS}`;
const BY_ID_SQL = `SELECT ${NOTICE_COLUMNS} FROM public_notices WHERE id = $1`;
const LOCK_SQL = `SELECT ${NOTICE_COLUMNS} FROM public_notices WHERE id = $1 FOR UPDATE`;
const OPEN_OF_APPLICATION_SQL = `SELECT ${NOTICE_COLUMNS} FROM public_notices WHERE application_id = $1 AND status = 'open'`;
/** The public list: open notices that have started, newest first, after the cursor (public_notices_status_created_idx). */
const OPEN_PAGE_SQL = `SELECT ${NOTICE_COLUMNS} FROM public_notices
 WHERE status = 'open' AND start_date <= $1::date
   AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
 ORDER BY created_at DESC, id DESC LIMIT $4`;
/**
 * Open notices whose last day is before `today` and that no objection holds at `now` (an open
 * one, or an unconfirmed one whose link can still be confirmed), in
 * (end_date, id) order after the given position (public_notices_status_end_idx; the objection
 * check is one index probe each on objections_notice_status_idx).
 */
const DUE_SQL = `SELECT n.id, n.application_id AS "applicationId", n.end_date::text AS "endDate" FROM public_notices n
 WHERE n.status = 'open' AND n.end_date < $1::date
   AND ($2::date IS NULL OR (n.end_date, n.id) > ($2::date, $3::uuid))
   AND NOT EXISTS (SELECT 1 FROM objections o WHERE o.notice_id = n.id
                    AND (o.status = 'open' OR (o.status = 'unconfirmed' AND o.confirm_expires_at > $5)))
 ORDER BY n.end_date, n.id LIMIT $4`;
const SET_STATUS_SQL = `UPDATE public_notices SET status = $2, closed_at = $3 WHERE id = $1 AND status = 'open'`;

/** Every query on public_notices (and the open-objection check the closing scan needs). */
@Injectable()
export class NoticesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Insert one open notice per application; returns the rows inserted (files already on notice are left out). */
  insertMany(manager: EntityManager, applicationIds: string[], n: { passedOn: string; startDate: string; endDate: string; workingDays: number }): Promise<NoticeRow[]> {
    return manager.query(INSERT_SQL, [applicationIds, n.passedOn, n.startDate, n.endDate, n.workingDays]);
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<NoticeRow | null> {
    const rows: NoticeRow[] = await manager.query(BY_ID_SQL, [id]);
    return rows[0] ?? null;
  }

  /** Row lock: lodging an objection, resolving one and closing the notice serialize on it. */
  async lock(manager: EntityManager, id: string): Promise<NoticeRow | null> {
    const rows: NoticeRow[] = await manager.query(LOCK_SQL, [id]);
    return rows[0] ?? null;
  }

  async openOfApplication(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<NoticeRow | null> {
    const rows: NoticeRow[] = await manager.query(OPEN_OF_APPLICATION_SQL, [applicationId]);
    return rows[0] ?? null;
  }

  openPage(today: string, after: { createdAt: string; id: string } | null, limit: number, manager: EntityManager = this.dataSource.manager): Promise<NoticeRow[]> {
    return manager.query(OPEN_PAGE_SQL, [today, after?.createdAt ?? null, after?.id ?? null, limit]);
  }

  duePage(today: string, now: Date, after: { endDate: string; id: string } | null, limit: number): Promise<{ id: string; applicationId: string; endDate: string }[]> {
    return this.dataSource.manager.query(DUE_SQL, [today, after?.endDate ?? null, after?.id ?? null, limit, now]);
  }

  async setStatus(manager: EntityManager, id: string, status: Exclude<NoticeStatus, 'open'>, at: Date): Promise<void> {
    await manager.query(SET_STATUS_SQL, [id, status, at]);
  }
}
