import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** What the committee module contributes to the office's dashboard for one cycle. */
export interface CommitteeWaiting {
  /** Meetings opened and not yet closed. */
  openMeetings: number;
  /** Files on an agenda that has not decided them yet (at most one per file). */
  onAgenda: number;
}

// A cycle has a handful of meetings; each meeting's items are one range of the primary key.
const WAITING_SQL = `SELECT
  (SELECT count(*)::int FROM committee_meetings WHERE cycle_id = $1 AND status = 'open') AS "openMeetings",
  (SELECT count(*)::int FROM committee_meeting_items i JOIN committee_meetings m ON m.id = i.meeting_id
    WHERE m.cycle_id = $1 AND m.status <> 'closed' AND i.outcome IS NULL) AS "onAgenda"`;

/** Aggregates only, for the admin dashboard: so that only this module reads its tables. */
@Injectable()
export class CommitteeStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Open meetings and files on an undecided agenda, in the cycle. */
  async waiting(cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<CommitteeWaiting> {
    const [row] = (await manager.query(WAITING_SQL, [cycleId])) as CommitteeWaiting[];
    return row;
  }
}
