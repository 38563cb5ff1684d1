import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import { Committee } from '../entities/committee.entity';

const LOCK_COMMITTEE = `SELECT id FROM committees WHERE id = $1 FOR UPDATE`;
const MEMBERS = `SELECT user_id AS "userId" FROM committee_members WHERE committee_id = $1 ORDER BY user_id`;
const MEMBERS_OF = `SELECT committee_id AS "committeeId", user_id AS "userId" FROM committee_members WHERE committee_id = ANY($1::uuid[]) ORDER BY user_id`;
const IS_MEMBER = `SELECT EXISTS (SELECT 1 FROM committee_members WHERE committee_id = $1 AND user_id = $2) AS "isMember"`;
const DELETE_MEMBERS = `DELETE FROM committee_members WHERE committee_id = $1`;
const INSERT_MEMBERS = `INSERT INTO committee_members (committee_id, user_id) SELECT $1, unnest($2::uuid[])`;

/** Every query on committees and committee_members. */
@Injectable()
export class CommitteesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Committee | null> {
    return manager.findOne(Committee, { where: { id } });
  }

  /** The committee, locked for change until the transaction ends; null when there is none. */
  async lockById(manager: EntityManager, id: string): Promise<Committee | null> {
    const rows: unknown[] = await manager.query(LOCK_COMMITTEE, [id]);
    return rows.length ? this.findById(id, manager) : null;
  }

  async insert(manager: EntityManager, row: Omit<Committee, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<Committee> {
    const committee = manager.create(Committee, row);
    return manager.save(committee);
  }

  save(manager: EntityManager, committee: Committee): Promise<Committee> {
    return manager.save(committee);
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(limit: number, cursor?: string): Promise<CursorPage<Committee>> {
    const qb = this.dataSource.manager.createQueryBuilder(Committee, 'c');
    if (cursor) {
      const [createdAt, id] = decodeCursor(cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(c.created_at, c.id) < (:createdAt, :id)', { createdAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('c.created_at'), 'cursor_at')
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, limit, (e) => [cursorAt.get(e.id)!, e.id]);
  }

  /** The members of several committees at once, by committee. */
  async membersOf(committeeIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { committeeId: string; userId: string }[] = await this.dataSource.manager.query(MEMBERS_OF, [committeeIds]);
    const byCommittee = new Map<string, string[]>(committeeIds.map((id) => [id, []]));
    for (const r of rows) byCommittee.get(r.committeeId)?.push(r.userId);
    return byCommittee;
  }

  async memberIds(committeeId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(MEMBERS, [committeeId]);
    return rows.map((r) => r.userId);
  }

  async isMember(committeeId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row]: { isMember: boolean }[] = await manager.query(IS_MEMBER, [committeeId, userId]);
    return row.isMember;
  }

  /** Replaces the membership in two statements whatever its size. */
  async replaceMembers(manager: EntityManager, committeeId: string, userIds: readonly string[]): Promise<void> {
    await manager.query(DELETE_MEMBERS, [committeeId]);
    await manager.query(INSERT_MEMBERS, [committeeId, userIds]);
  }
}

