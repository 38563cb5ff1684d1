import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import { Appeal, AppealStatus } from '../entities/appeal.entity';

export interface AppealListFilter {
  /** Appeals on this applicant's files are left out (an admin never handles their own). */
  excludeApplicantId?: string;
  status?: AppealStatus;
  limit: number;
  cursor?: string;
}

/** Every query on appeals. */
@Injectable()
export class AppealsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, appeal: Pick<Appeal, 'applicationId' | 'applicantId' | 'rejectionHistoryId' | 'grounds' | 'deadline'>): Promise<Appeal> {
    const result = await manager.insert(Appeal, appeal);
    return manager.findOneByOrFail(Appeal, { id: String(result.identifiers[0].id) });
  }

  findByRejection(rejectionHistoryId: string, manager: EntityManager): Promise<Appeal | null> {
    return manager.findOneBy(Appeal, { rejectionHistoryId });
  }

  lockById(id: string, manager: EntityManager): Promise<Appeal | null> {
    return manager.findOne(Appeal, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Appeal | null> {
    return manager.findOneBy(Appeal, { id });
  }

  async decide(manager: EntityManager, id: string, change: Pick<Appeal, 'outcome' | 'decisionNote' | 'decidedBy' | 'decidedAt'>): Promise<void> {
    await manager.update(Appeal, { id }, { ...change, status: 'decided' });
  }

  /** A file's appeals, oldest first (few per file: one per rejection). */
  ofApplication(applicationId: string): Promise<Appeal[]> {
    return this.dataSource.manager.find(Appeal, { where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Appeals by status, oldest first, keyset-paginated on (created_at, id) (appeals_status_idx). */
  async list(filter: AppealListFilter): Promise<CursorPage<Appeal>> {
    const qb = this.dataSource.manager.createQueryBuilder(Appeal, 'p');
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter.excludeApplicantId) qb.andWhere('p.applicant_id <> :excludeApplicantId', { excludeApplicantId: filter.excludeApplicantId });
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(p.created_at, p.id) > (:createdAt, :id)', { createdAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('p.created_at'), 'cursor_at')
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, filter.limit, (a) => [cursorAt.get(a.id)!, a.id]);
  }
}
