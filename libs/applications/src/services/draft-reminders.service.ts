import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A draft whose cycle's submission window closes soon: what its reminder names. */
export interface DraftClosingSoon {
  applicationId: string;
  applicantId: string;
  cycleNameZh: string;
  cycleNameEn: string;
  closesAt: Date;
}

const DRAFTS_CLOSING_BETWEEN = `SELECT a.id AS "applicationId", a.applicant_id AS "applicantId",
       c.name_zh AS "cycleNameZh", c.name_en AS "cycleNameEn", c.closes_at AS "closesAt"
  FROM applications a
  JOIN cycles c ON c.id = a.cycle_id
 WHERE a.status = 'draft' AND c.closes_at > $1 AND c.closes_at <= $2
 ORDER BY c.closes_at, a.id`;

/**
 * What the draft-window reminders (a notifications schedule) need to know about drafts, so
 * that only this module reads its applications and cycles tables.
 */
@Injectable()
export class DraftRemindersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Drafts whose cycle's window closes in (from, to], nearest closing first. */
  draftsClosingBetween(from: Date, to: Date): Promise<DraftClosingSoon[]> {
    return this.dataSource.query(DRAFTS_CLOSING_BETWEEN, [from, to]);
  }
}
