import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import { DeclaredRelation } from '../entities/declared-relation.entity';

export type NewDeclaredRelation = Omit<DeclaredRelation, 'id' | 'createdAt'>;

/** Every query on reviewer_relations. */
@Injectable()
export class DeclaredRelationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, row: NewDeclaredRelation): Promise<DeclaredRelation> {
    const result = await manager.insert(DeclaredRelation, row);
    return (await manager.findOne(DeclaredRelation, { where: { id: String(result.identifiers[0].id) } }))!;
  }

  /** One reviewer's relations, newest first, keyset-paginated on (created_at, id). */
  async listByReviewer(reviewerId: string, limit: number, cursor?: string): Promise<CursorPage<DeclaredRelation>> {
    const qb = this.dataSource.manager.createQueryBuilder(DeclaredRelation, 'r').where('r.reviewer_id = :reviewerId', { reviewerId });
    if (cursor) {
      const [createdAt, id] = decodeCursor(cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(r.created_at, r.id) < (:createdAt, :id)', { createdAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('r.created_at'), 'cursor_at')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, limit, (e) => [cursorAt.get(e.id)!, e.id]);
  }

  /** Delete one of the reviewer's relations; whether there was one (another reviewer's is never touched). */
  async deleteOwn(manager: EntityManager, reviewerId: string, id: string): Promise<DeclaredRelation | null> {
    const found = await manager.createQueryBuilder(DeclaredRelation, 'r').setLock('pessimistic_write').where('r.id = :id AND r.reviewer_id = :reviewerId', { id, reviewerId }).getOne();
    if (found) await manager.delete(DeclaredRelation, { id: found.id });
    return found;
  }

  /** Every relation of many reviewers in one query. */
  findByReviewerIds(reviewerIds: string[], manager: EntityManager = this.dataSource.manager): Promise<DeclaredRelation[]> {
    if (reviewerIds.length === 0) return Promise.resolve([]);
    return manager.createQueryBuilder(DeclaredRelation, 'r').where('r.reviewer_id = ANY(:ids::uuid[])', { ids: reviewerIds }).getMany();
  }
}
