import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, Role, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import { User, UserStatus } from '../entities/user.entity';
import type { AuthUser } from './user-directory';

export interface UserListFilter {
  role?: Role;
  status?: UserStatus;
  text?: string;
  limit: number;
  cursor?: string;
}

/** GREATEST ignores a NULL: an unset bar becomes $2, a later one stays. */
// Wrapped in a SELECT so the driver answers the rows (an UPDATE answers [rows, count]).
const EXTEND_BAR = `WITH barred AS (UPDATE users SET barred_until = GREATEST(barred_until, $2::timestamptz) WHERE id = $1 RETURNING barred_until)
  SELECT barred_until AS "barredUntil" FROM barred`;
const AUTH_USER_BY_ID = `SELECT u.id, u.email, u.full_name AS "fullName", u.roles, u.locale,
       u.email_verified_at IS NOT NULL AS "emailVerified", u.session_version AS "sessionVersion", u.status
  FROM users u
 WHERE u.id = $1`;

/** Every query on the users table. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findById(id: string, manager?: EntityManager): Promise<User | null> {
    return this.manager(manager).findOne(User, { where: { id } });
  }

  /**
   * Just what the auth guard needs about a caller, as one constant SQL text: it runs whenever
   * the directory's short cache misses, and findOne's query building and hydration cost more
   * API CPU than the query. Never the password hash or personal fields beyond AuthUser.
   */
  async findAuthUser(id: string): Promise<AuthUser | null> {
    const rows: AuthUser[] = await this.dataSource.query(AUTH_USER_BY_ID, [id]);
    return rows[0] ?? null;
  }

  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.createQueryBuilder(User, 'u').where('u.id IN (:...ids)', { ids }).getMany();
  }

  /** With the password hash, for credential checks only. */
  findWithPasswordByEmail(email: string, manager?: EntityManager): Promise<User | null> {
    return this.manager(manager).createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
  }

  findWithPasswordById(id: string, manager?: EntityManager): Promise<User | null> {
    return this.manager(manager).createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
  }

  findByEmail(email: string, manager?: EntityManager): Promise<User | null> {
    return this.manager(manager).findOne(User, { where: { email } });
  }

  lockById(id: string, manager: EntityManager): Promise<User | null> {
    return manager.createQueryBuilder(User, 'u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
  }

  /** Ids of the active accounts holding `role`, in id order (e.g. the admins to notify). */
  async activeIdsWithRole(role: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM users WHERE $1 = ANY(roles) AND status = 'active' ORDER BY id`, [role]);
    return rows.map((r) => r.id);
  }

  /** Active admins, locked so two concurrent demotions cannot both pass the last-admin check. */
  async lockActiveAdmins(manager: EntityManager): Promise<User[]> {
    return manager
      .createQueryBuilder(User, 'u')
      .setLock('pessimistic_write')
      .where(':admin = ANY(u.roles)', { admin: 'admin' })
      .andWhere("u.status = 'active'")
      .getMany();
  }

  /** Bars the person from applying until `until`, or keeps a later bar already set. */
  async extendBar(manager: EntityManager, id: string, until: Date): Promise<Date | null> {
    const rows: { barredUntil: Date }[] = await manager.query(EXTEND_BAR, [id, until]);
    return rows[0]?.barredUntil ?? null;
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(filter: UserListFilter): Promise<CursorPage<User>> {
    const qb = this.dataSource.manager.createQueryBuilder(User, 'u');
    if (filter.role) qb.andWhere('u.roles @> ARRAY[:role]::text[]', { role: filter.role });
    if (filter.status) qb.andWhere('u.status = :status', { status: filter.status });
    if (filter.text) {
      const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('u.email ILIKE :like', { like }).orWhere('u.full_name ILIKE :like', { like })));
    }
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, 2);
      qb.andWhere('(u.created_at, u.id) < (:createdAt, :id)', { createdAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('u.created_at'), 'cursor_at')
      .orderBy('u.created_at', 'DESC')
      .addOrderBy('u.id', 'DESC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, filter.limit, (u) => [cursorAt.get(u.id)!, u.id]);
  }
}
