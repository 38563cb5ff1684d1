import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** What the notice module contributes to the office's dashboard (every cycle: notices and objections carry no cycle). */
export interface NoticeWaiting {
  /** Open notices whose last day is on or before `until` (a notice held open past its end by an objection included). */
  noticesEnding: number;
  /** Objections confirmed and not yet resolved. */
  openObjections: number;
}

// public_notices_status_end_idx (status, end_date) and objections_status_created_idx (status ...): two index ranges.
const WAITING_SQL = `SELECT
  (SELECT count(*)::int FROM public_notices WHERE status = 'open' AND end_date <= $1::date) AS "noticesEnding",
  (SELECT count(*)::int FROM objections WHERE status = 'open') AS "openObjections"`;

/** Aggregates only, for the admin dashboard: so that only this module reads its tables. */
@Injectable()
export class NoticeStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Open notices ending on or before `until` (YYYY-MM-DD, Asia/Shanghai) and open objections. */
  async waiting(until: string, manager: EntityManager = this.dataSource.manager): Promise<NoticeWaiting> {
    const [row] = (await manager.query(WAITING_SQL, [until])) as NoticeWaiting[];
    return row;
  }
}
