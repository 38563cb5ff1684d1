import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface DraftInClosingWindow {
  applicationId: string;
  applicantId: string;
  cycleNameZh: string;
  cycleNameEn: string;
  closesAt: Date;
}

/**
 * Reads the applications library's tables (applications, cycles) directly, read
 * only: the reminder needs one join over data that library owns, and going
 * through its service would make the worker's notifications depend on the
 * applications module's internals. If those tables change, this query changes
 * with them (covered by the notifications e2e test).
 */
@Injectable()
export class DraftWindowRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Drafts whose cycle closes in (from, to], nearest closing first. */
  async draftsClosingBetween(from: Date, to: Date): Promise<DraftInClosingWindow[]> {
    return this.dataSource.query(
      `SELECT a.id AS "applicationId", a.applicant_id AS "applicantId",
              c.name_zh AS "cycleNameZh", c.name_en AS "cycleNameEn", c.closes_at AS "closesAt"
         FROM applications a
         JOIN cycles c ON c.id = a.cycle_id
        WHERE a.status = 'draft' AND c.closes_at > $1 AND c.closes_at <= $2
        ORDER BY c.closes_at, a.id`,
      [from, to],
    );
  }
}
