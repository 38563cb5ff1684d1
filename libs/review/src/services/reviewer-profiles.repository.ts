import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import { ReviewerProfile } from '../entities/reviewer-profile.entity';
import { ACTIVE_ASSIGNMENT_STATUSES, OPEN_REVIEW_STATUSES } from '../entities/review-assignment.entity';

export interface ReviewerProfileRow {
  userId: string;
  specialties: string[];
  maxLevel: ReviewerProfile['maxLevel'];
  homeProvince: string;
  employerName: string;
  employerCreditCode: string | null;
  maxLoadPerCycle: number;
  active: boolean;
  updatedBy: string | null;
}

/** Active assignments per reviewer: open ones (assigned, draft) in every cycle, and those that count against the cap in one cycle. */
const LOADS_SQL = `SELECT reviewer_id AS "reviewerId",
       count(*) FILTER (WHERE status = ANY($3::text[]))::int AS "openReviews",
       count(*) FILTER (WHERE cycle_id = $2::uuid AND status = ANY($4::text[]))::int AS "cycleLoad"
  FROM review_assignments WHERE reviewer_id = ANY($1::uuid[]) GROUP BY reviewer_id`;

export interface ReviewerLoad {
  openReviews: number;
  cycleLoad: number;
}

export interface ReviewerListFilter {
  specialty?: string;
  active?: boolean;
  limit: number;
  cursor?: string;
}

// Create or replace: a PUT names every field, created_at stays that of the first PUT.
const UPSERT_PROFILE = `INSERT INTO reviewer_profiles
       (user_id, specialties, max_level, home_province, employer_name, employer_credit_code, max_load_per_cycle, active, updated_by)
VALUES ($1, $2::text[], $3, $4, $5, $6, $7, $8, $9)
ON CONFLICT (user_id) DO UPDATE SET
       specialties = EXCLUDED.specialties, max_level = EXCLUDED.max_level, home_province = EXCLUDED.home_province,
       employer_name = EXCLUDED.employer_name, employer_credit_code = EXCLUDED.employer_credit_code,
       max_load_per_cycle = EXCLUDED.max_load_per_cycle, active = EXCLUDED.active, updated_by = EXCLUDED.updated_by,
       updated_at = now()
RETURNING (xmax = 0) AS created`;

/** Every query on reviewer_profiles. */
@Injectable()
export class ReviewerProfilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByUserId(userId: string, manager?: EntityManager): Promise<ReviewerProfile | null> {
    return (manager ?? this.dataSource.manager).findOne(ReviewerProfile, { where: { userId } });
  }

  /** The profiles of many reviewers in one query (assignment checks a whole cycle). */
  findByUserIds(userIds: string[]): Promise<ReviewerProfile[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.createQueryBuilder(ReviewerProfile, 'p').where('p.user_id = ANY(:ids::uuid[])', { ids: userIds }).getMany();
  }

  /** Whether the row was created (true) or replaced (false). */
  async upsert(manager: EntityManager, row: ReviewerProfileRow): Promise<boolean> {
    const rows: { created: boolean }[] = await manager.query(UPSERT_PROFILE, [
      row.userId,
      row.specialties,
      row.maxLevel,
      row.homeProvince,
      row.employerName,
      row.employerCreditCode,
      row.maxLoadPerCycle,
      row.active,
      row.updatedBy,
    ]);
    return rows[0].created;
  }

  /** Newest first, keyset-paginated on (created_at, user_id); filters by specialty and active flag. */
  async list(filter: ReviewerListFilter): Promise<CursorPage<ReviewerProfile>> {
    const qb = this.dataSource.manager.createQueryBuilder(ReviewerProfile, 'p');
    if (filter.specialty) qb.andWhere('p.specialties @> ARRAY[:specialty]::text[]', { specialty: filter.specialty });
    if (filter.active !== undefined) qb.andWhere('p.active = :active', { active: filter.active });
    if (filter.cursor) {
      const [createdAt, userId] = decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(p.created_at, p.user_id) < (:createdAt, :userId)', { createdAt, userId });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('p.created_at'), 'cursor_at')
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.user_id', 'DESC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.userId, raw[i].cursor_at]));
    return toCursorPage(entities, filter.limit, (e) => [cursorAt.get(e.userId)!, e.userId]);
  }

  /** The loads of these reviewers (absent: none); `cycleId` null counts no cycle load. */
  async loads(userIds: readonly string[], cycleId: string | null): Promise<Map<string, ReviewerLoad>> {
    if (!userIds.length) return new Map();
    const rows: ({ reviewerId: string } & ReviewerLoad)[] = await this.dataSource.query(LOADS_SQL, [userIds, cycleId, OPEN_REVIEW_STATUSES, ACTIVE_ASSIGNMENT_STATUSES]);
    return new Map(rows.map((r) => [r.reviewerId, { openReviews: r.openReviews, cycleLoad: r.cycleLoad }]));
  }
}
