import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

// appeals_status_idx (status, created_at, id): one index range.
const OPEN_SQL = `SELECT count(*)::int AS n FROM appeals WHERE status = 'open'`;

/** Aggregates only, for the admin dashboard: so that only this module reads its table. */
@Injectable()
export class AppealStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appeals lodged and not yet decided (every cycle). */
  async pending(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query(OPEN_SQL)) as { n: number }[];
    return row.n;
  }
}
