import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import { Organisation, OrganisationKind } from '../entities/organisation.entity';
import { MemberRole, OrganisationMember } from '../entities/organisation-member.entity';

const BY_CREDIT_CODE_SQL = `SELECT * FROM organisations WHERE credit_code = $1 AND kind = 'employer'`;
const SUB_CENTRE_SQL = `SELECT * FROM organisations WHERE region_code = $1 AND kind = 'sub_centre'`;
const SINGLE_SQL = `SELECT * FROM organisations WHERE province = $1 AND kind = $2`;
/** The people acting for any of $1, in the order they were bound. */
const MEMBERS_OF_MANY_SQL = `SELECT organisation_id AS "organisationId", user_id AS "userId", role FROM organisation_members WHERE organisation_id = ANY($1::uuid[]) ORDER BY created_at, user_id`;
/** The host province's association, office or bureau, once (organisations_single_kind_key). */
const SEED_SINGLE_SQL = `INSERT INTO organisations (kind, name_zh, name_en, province) VALUES ($1, $2, $3, $4)
  ON CONFLICT (province, kind) WHERE kind IN ('association', 'office', 'bureau') DO NOTHING`;
const UNITS_OF_SQL = `SELECT organisation_id AS "organisationId" FROM organisation_members WHERE user_id = $1 AND role = $2`;
const MEMBERS_OF_SQL = `SELECT user_id AS "userId" FROM organisation_members WHERE organisation_id = $1 AND role = $2`;

/** Each of $1 who acts for no organisation in role $3 yet, bound to $2. */
const ADD_MEMBERS_ONCE_SQL = `INSERT INTO organisation_members (user_id, organisation_id, role)
  SELECT u, $2, $3 FROM unnest($1::uuid[]) AS u
   WHERE NOT EXISTS (SELECT 1 FROM organisation_members m WHERE m.user_id = u AND m.role = $3)
  ON CONFLICT DO NOTHING
  RETURNING user_id`;

/** Rows as TypeORM maps them (the constant SQL above selects snake_case columns). */
function organisationOf(row: Record<string, unknown> | undefined): Organisation | null {
  if (!row) return null;
  return Object.assign(new Organisation(), {
    id: row.id,
    kind: row.kind,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    creditCode: row.credit_code,
    regionCode: row.region_code,
    province: row.province,
    createdBy: row.created_by,
    createdAt: row.created_at,
  });
}

/** Every query on organisations and the people acting for them. */
@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, fields: Omit<Organisation, 'id' | 'createdAt'>): Promise<Organisation> {
    const organisation = manager.create(Organisation, fields);
    await manager.insert(Organisation, organisation);
    return organisation;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return manager.findOne(Organisation, { where: { id } });
  }

  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Organisation[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.createQueryBuilder(Organisation, 'o').where('o.id IN (:...ids)', { ids }).getMany();
  }

  async employerByCreditCode(creditCode: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return organisationOf((await manager.query(BY_CREDIT_CODE_SQL, [creditCode]))[0]);
  }

  async subCentreOf(regionCode: string, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return organisationOf((await manager.query(SUB_CENTRE_SQL, [regionCode]))[0]);
  }

  async single(province: string, kind: OrganisationKind, manager: EntityManager = this.dataSource.manager): Promise<Organisation | null> {
    return organisationOf((await manager.query(SINGLE_SQL, [province, kind]))[0]);
  }

  /** Inserts the province's association / office / bureau unless it exists; whether it was inserted. */
  async seedSingle(kind: OrganisationKind, nameZh: string, nameEn: string, province: string): Promise<boolean> {
    const result: unknown = await this.dataSource.query(SEED_SINGLE_SQL, [kind, nameZh, nameEn, province]);
    return Array.isArray(result) ? (result[1] as number) > 0 : false;
  }

  /** Organisations oldest first (optionally of one kind), keyset on (created_at, id). */
  async list(filter: { kind?: OrganisationKind; limit: number; cursor?: string }): Promise<CursorPage<Organisation>> {
    const qb = this.dataSource.manager.createQueryBuilder(Organisation, 'o');
    if (filter.kind) qb.where('o.kind = :kind', { kind: filter.kind });
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(o.created_at, o.id) > (:createdAt, :id)', { createdAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('o.created_at'), 'cursor_at')
      .orderBy('o.created_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, filter.limit, (o) => [cursorAt.get(o.id)!, o.id]);
  }

  async addMember(manager: EntityManager, member: Omit<OrganisationMember, 'createdAt'>): Promise<void> {
    await manager.insert(OrganisationMember, member);
  }

  /** Binds each of `userIds` to the organisation in `role` unless they act for one in that role already; how many were bound. */
  async addMembersOnce(manager: EntityManager, userIds: string[], organisationId: string, role: MemberRole): Promise<number> {
    if (!userIds.length) return 0;
    const rows: unknown[] = await manager.query(ADD_MEMBERS_ONCE_SQL, [userIds, organisationId, role]);
    return rows.length;
  }

  /** The organisations a person acts for in `role`. */
  async organisationsOf(userId: string, role: MemberRole, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { organisationId: string }[] = await manager.query(UNITS_OF_SQL, [userId, role]);
    return rows.map((r) => r.organisationId);
  }

  /** The people acting for an organisation in `role`. */
  async membersOf(organisationId: string, role: MemberRole, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(MEMBERS_OF_SQL, [organisationId, role]);
    return rows.map((r) => r.userId);
  }

  /** Everyone acting for any of the organisations, whatever their role (the admin's list). */
  async membersOfMany(organisationIds: string[]): Promise<{ organisationId: string; userId: string; role: MemberRole }[]> {
    if (!organisationIds.length) return [];
    return this.dataSource.query(MEMBERS_OF_MANY_SQL, [organisationIds]);
  }
}
