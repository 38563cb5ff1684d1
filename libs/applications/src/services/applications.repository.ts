import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql } from '@app/db';
import { Application } from '../entities/application.entity';
import type { ApplicationStatus } from '../domain/workflow/transitions';
import { ApplicationHistory } from '../entities/application-history.entity';
import type { TitleLevel } from '../domain';
import {
  ApplicationSort,
  decodeListCursor,
  encodeListCursor,
  keysetPhases,
  nullsPlacement,
  ListSort,
  resolveSort,
  SORT_DEFINITIONS,
  SortOrder,
  sqlDirection,
  textSearch,
} from '../domain/listing';

// Both read the partial index applications_one_per_person_per_cycle (same predicate).
const PERSON_ACTIVE_IN_CYCLE = `SELECT 1 FROM applications
  WHERE identity_index = $1 AND cycle_id = $2 AND status <> 'withdrawn' AND id <> $3 LIMIT 1`;
const APPLICANTS_OF_PERSON = `SELECT DISTINCT applicant_id AS "applicantId" FROM applications
  WHERE identity_index = $1 AND status <> 'withdrawn'`;

// The identity backfill: accounts whose filed files (a reference number, a sealed number) carry no index, keyset by account.
const UNINDEXED_APPLICANTS = `SELECT DISTINCT applicant_id AS "applicantId" FROM applications
  WHERE identity_index IS NULL AND reference_number IS NOT NULL AND document_number_sealed IS NOT NULL AND ($1::uuid IS NULL OR applicant_id > $1)
  ORDER BY applicant_id LIMIT $2`;
const UNINDEXED_FILES_OF = `SELECT id, document_number_sealed AS "documentNumberSealed" FROM applications
  WHERE applicant_id = $1 AND identity_index IS NULL AND reference_number IS NOT NULL AND document_number_sealed IS NOT NULL
  ORDER BY submitted_at DESC NULLS LAST, id`;
const SET_IDENTITY_INDEX = `UPDATE applications SET identity_index = $3 WHERE applicant_id = $1 AND id = ANY($2::uuid[]) AND identity_index IS NULL RETURNING id`;

export interface ApplicationListFilter {
  applicantId?: string;
  /** Files of this applicant are left out: an admin's list and export never show their own (ApplicationAccess). */
  excludeApplicantId?: string;
  cycleId?: string;
  level?: TitleLevel;
  specialty?: string;
  status?: ApplicationStatus;
  crossProvincial?: boolean;
  homeProvince?: string;
  submittedFrom?: Date;
  submittedTo?: Date;
  text?: string;
  /** Only returned files whose correction deadline is before `now` (the dashboard's "corrections overdue"). */
  correctionOverdue?: boolean;
  /** The moment deadlines are compared with (the service's clock); default: the database's time of the call. */
  now?: Date;
  /** Sort key and direction (default: newest first, createdAt desc). */
  sort?: ApplicationSort;
  order?: SortOrder;
  limit: number;
  cursor?: string;
}

/** One row of the export, as the query reads it (raw column names). */
export interface ExportRow {
  id: string;
  reference_number: string | null;
  applicant_name: string | null;
  document_number_sealed: string | null;
  level: TitleLevel;
  specialty: string;
  status: ApplicationStatus;
  employer_name: string | null;
  home_province: string | null;
  cross_provincial: boolean;
  exceptional_route: boolean;
  submitted_at: Date | null;
  review_score: string | null;
}

/** What an export row carries: never the form data; the identity number only sealed (the caller masks it). */
const EXPORT_COLUMNS = [
  'a.id AS id',
  'a.reference_number AS reference_number',
  'a.applicant_name AS applicant_name',
  'a.document_number_sealed AS document_number_sealed',
  'a.level AS level',
  'a.specialty AS specialty',
  'a.status AS status',
  'a.employer_name AS employer_name',
  'a.home_province AS home_province',
  'a.cross_provincial AS cross_provincial',
  'a.exceptional_route AS exceptional_route',
  'a.submitted_at AS submitted_at',
  'a.review_score::text AS review_score',
];

type ListFilter = Omit<ApplicationListFilter, 'limit' | 'cursor'>;
/** One keyset phase of a page: its query for up to `limit` rows. */
type Phase = (limit: number) => SelectQueryBuilder<Application>;

/**
 * The files whose name (reference number) contains :like, as row addresses fetched by a TID scan:
 * ids would be looked up one by one in the primary key (4,440 matches: 21-33 ms against 64-125 ms).
 * The addresses come from the same statement's snapshot, so each is the version that snapshot sees.
 */
const MATCHES_BY_NAME = 'a.ctid = ANY (ARRAY(SELECT m.ctid FROM applications m WHERE m.applicant_name ILIKE :like))';
const MATCHES_BY_REFERENCE = 'a.ctid = ANY (ARRAY(SELECT m.ctid FROM applications m WHERE m.reference_number ILIKE :like))';

/** A contains search's three reads of one keyset phase, each its first page of (sort_key, id) under every filter. */
interface ContainsPages {
  /** One employer's files, lateral on `d` (cycle_id, employer_name). */
  byEmployer: string;
  byName: string;
  byReference: string;
}

/**
 * The ?text= contains search as a condition on `a`, bound to :like, :containsLimit (and :cycleId
 * when `inOneCycle`): the page's ids are the first of the union of three first pages, so the cost
 * follows the page, not the number of matches (three ORed ILIKEs beside the ORDER BY … LIMIT let
 * the planner walk the sort's index and test every file: 0.3-1.5 s at 100,000 files; gathering
 * every match to sort them took 180-600 ms for the 44,844 of `有限公司 17` at 1,000,000).
 * - employers: the text is matched against the distinct names of cycle_employer_counts, and each
 *   matching name's first page is read from its (cycle, employer, sort key) index: an employer's
 *   name is shared by many files (migration EmployerNameSearch);
 * - names and reference numbers, nearly unique: every match's row address through their trigram
 *   indexes (MATCHES_BY_NAME), then the first page of those: as an ILIKE beside the ORDER BY …
 *   LIMIT the planner might walk the sort's index instead, depending on ANALYZE's sample.
 * UNION, not UNION ALL: a file found twice (its name and its employer) would take two places.
 */
function containsCondition(pages: ContainsPages, order: string, inOneCycle: boolean): string {
  return `a.id = ANY (ARRAY(
      SELECT u.id FROM (
        (SELECT e.sort_key, e.id FROM (SELECT c.cycle_id, c.employer_name FROM cycle_employer_counts c
                                        WHERE c.employer_name ILIKE :like${inOneCycle ? ' AND c.cycle_id = :cycleId' : ''}
                                        GROUP BY 1, 2 HAVING sum(c.files) > 0) d
           CROSS JOIN LATERAL (${pages.byEmployer}) e)
        UNION SELECT n.sort_key, n.id FROM (${pages.byName}) n
        UNION SELECT r.sort_key, r.id FROM (${pages.byReference}) r) u
      ORDER BY ${order} LIMIT :containsLimit))`;
}

/** Columns lists need; the form data stays out of list queries. */
const LIST_COLUMNS = [
  'a.id', 'a.applicantId', 'a.cycleId', 'a.level', 'a.specialty', 'a.status', 'a.referenceNumber', 'a.applicantName',
  'a.employerName', 'a.crossProvincial', 'a.homeProvince', 'a.exceptionalRoute', 'a.submittedAt', 'a.version',
  'a.createdAt', 'a.updatedAt', 'a.reviewScore',
];

/** The qualification queue's filter: submitted files, oldest submission first. */
export interface QualificationQueueFilter {
  /** Files of this applicant are left out (the admin looking at the queue never decides their own). */
  excludeApplicantId: string;
  cycleId?: string;
  limit: number;
  cursor?: string;
}

/** One piece of evidence as the qualification queue lists it. */
export interface EvidenceItem {
  id: string;
  applicationId: string;
  kind: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

const EVIDENCE_OF_SQL = `SELECT id, application_id AS "applicationId", kind, original_name AS "originalName", media_type AS "mediaType",
       size_bytes::float8 AS "sizeBytes", created_at AS "uploadedAt"
  FROM attachments WHERE application_id = ANY($1::uuid[]) ORDER BY application_id, created_at, id`;

/** Returned files whose correction deadline passed before $1, in (deadline, id) order after the key ($2, $3). */
const OVERDUE_CORRECTIONS_SQL = `SELECT id, correction_deadline AS "correctionDeadline" FROM applications
 WHERE status = 'returned' AND correction_deadline < $1
   AND ($2::timestamptz IS NULL OR (correction_deadline, id) > ($2::timestamptz, $3::uuid))
 ORDER BY correction_deadline, id LIMIT $4`;

/** A history entry as written; the database fills its cycle and stage entry time (trigger). */
export type HistoryEntry = Omit<ApplicationHistory, 'id' | 'createdAt' | 'cycleId' | 'stageEnteredAt'>;

/** The columns one update writes (its update time is stamped by the database). */
export type ApplicationChanges = Partial<Omit<Application, 'id' | 'createdAt' | 'updatedAt'>>;

/**
 * Every column of an application under its property name. A constant text rather than
 * findOne: the by-id read sits behind every view and change of a file, and TypeORM's query
 * building and hydration cost the API more than the query (npm run bench, get_application).
 * pg returns each column as the entity types it (no numeric, bigint or date columns here);
 * the applications e2e pins every field of a read against TypeORM's own mapping.
 */
const APPLICATION_COLUMNS = `a.id, a.applicant_id AS "applicantId", a.cycle_id AS "cycleId", a.level, a.specialty, a.status,
  a.form_version_id AS "formVersionId", a.data, a.document_number_sealed AS "documentNumberSealed", a.version,
  a.reference_number AS "referenceNumber", a.applicant_name AS "applicantName", a.employer_name AS "employerName",
  a.cross_provincial AS "crossProvincial", a.home_province AS "homeProvince", a.exceptional_route AS "exceptionalRoute",
  a.requires_admin_confirmation AS "requiresAdminConfirmation", a.eligibility,
  a.declaration_accepted_at AS "declarationAcceptedAt", a.declaration_ip AS "declarationIp", a.submitted_at AS "submittedAt",
  a.status_reason AS "statusReason", a.review_score AS "reviewScore", a.correction_deadline AS "correctionDeadline",
  a.recommending_unit_id AS "recommendingUnitId", a.recommended_at AS "recommendedAt", a.returned_by AS "returnedBy",
  a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;
/** Every file of one applicant, whatever its status (few: one active per cycle). */
const IDS_OF_APPLICANT_SQL = `SELECT id FROM applications WHERE applicant_id = $1`;
const BY_ID_SQL = `SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.id = $1`;
const LOCK_BY_ID_SQL = `${BY_ID_SQL} FOR UPDATE`;

function applicationOf(rows: Record<string, unknown>[]): Application | null {
  return rows.length ? Object.assign(new Application(), rows[0]) : null;
}

const INSERT_HISTORY_SQL = `
  INSERT INTO application_history (application_id, action, from_status, to_status, actor_id, reason, data)
  VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`;

/** Gives a cycle its next reference sequence; the counter row stays locked until the transaction ends, so numbers are gap-free. */
const NEXT_SEQUENCE_SQL = `
  INSERT INTO cycle_counters (cycle_id, last_number) VALUES ($1, 1)
  ON CONFLICT (cycle_id) DO UPDATE SET last_number = cycle_counters.last_number + 1
  RETURNING last_number`;

/** Files with a recommending unit, for units that sat on them since before $2 (keyset on submitted_at, id after $3, $4). */
const STALE_WITH_UNIT_SQL = `SELECT id, recommending_unit_id AS "recommendingUnitId", submitted_at AS "submittedAt", reference_number AS "referenceNumber",
    applicant_id AS "applicantId", applicant_name AS "applicantName"
  FROM applications
  WHERE status = 'with_unit' AND recommending_unit_id IS NOT NULL AND submitted_at < $1
    AND ($2::timestamptz IS NULL OR (submitted_at, id) > ($2::timestamptz, $3::uuid))
  ORDER BY submitted_at, id LIMIT $4`;

/** A file waiting with its recommending unit (the units' reminders). */
export interface StaleWithUnit {
  id: string;
  recommendingUnitId: string;
  submittedAt: Date;
  referenceNumber: string;
  applicantId: string;
  applicantName: string | null;
}

/** Every query on applications, their history and their cycles' counters. */
@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One file, every column (GET /applications/:id, the portal's hottest read, and every access check). */
  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Application | null> {
    return applicationOf(await manager.query(BY_ID_SQL, [id]));
  }

  /** Row lock for a change: concurrent changes of one file run one after another. */
  async lockById(id: string, manager: EntityManager): Promise<Application | null> {
    return applicationOf(await manager.query(LOCK_BY_ID_SQL, [id]));
  }

  /** The ids of every file of this applicant (applications_applicant_idx). */
  async idsOfApplicant(applicantId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(IDS_OF_APPLICANT_SQL, [applicantId]);
    return rows.map((r) => r.id);
  }

  findActive(applicantId: string, cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<Application | null> {
    return manager
      .createQueryBuilder(Application, 'a')
      .where('a.applicant_id = :applicantId AND a.cycle_id = :cycleId AND a.status <> :withdrawn', { applicantId, cycleId, withdrawn: 'withdrawn' })
      .getOne();
  }

  /**
   * Whether the person (the identity number's blind index) holds another active file in the
   * cycle, whatever the account (the index applications_one_per_person_per_cycle answers it).
   */
  async personActiveIn(manager: EntityManager, identityIndex: string, cycleId: string, exceptId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(PERSON_ACTIVE_IN_CYCLE, [identityIndex, cycleId, exceptId]);
    return rows.length > 0;
  }

  /** The accounts that filed files under the person's identity number (the revocation bar follows the person). */
  /** Accounts with filed files that carry no identity index (filed before one person, one account), after `after`, in id order. */
  async unindexedApplicants(after: string | null, limit: number): Promise<string[]> {
    const rows: { applicantId: string }[] = await this.dataSource.query(UNINDEXED_APPLICANTS, [after, limit]);
    return rows.map((r) => r.applicantId);
  }

  /** An account's filed files without an identity index, newest submission first, with their sealed numbers. */
  unindexedFilesOf(applicantId: string): Promise<{ id: string; documentNumberSealed: string }[]> {
    return this.dataSource.query(UNINDEXED_FILES_OF, [applicantId]);
  }

  /** Copies the person's index onto the account's files (the backfill); how many were set. */
  async setIdentityIndex(manager: EntityManager, applicantId: string, applicationIds: string[], identityIndex: string): Promise<number> {
    const rows: unknown[] = await manager.query(SET_IDENTITY_INDEX, [applicantId, applicationIds, identityIndex]);
    return Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
  }

  async applicantsOfPerson(manager: EntityManager, identityIndex: string): Promise<string[]> {
    const rows: { applicantId: string }[] = await manager.query(APPLICANTS_OF_PERSON, [identityIndex]);
    return rows.map((r) => r.applicantId);
  }

  /**
   * Writes `changes` onto the application and stamps its update time, which it returns.
   * A change of `status` is accepted by the database only inside ApplicationWorkflow (trigger).
   */
  async update(manager: EntityManager, id: string, changes: ApplicationChanges): Promise<Date> {
    const result = await manager
      .createQueryBuilder()
      .update(Application)
      .set(changes as QueryDeepPartialEntity<Application>)
      .where('id = :id', { id })
      .returning('updated_at')
      .execute();
    const updatedAt = (result.raw as { updated_at?: unknown }[])[0]?.updated_at;
    if (!(updatedAt instanceof Date)) throw new Error(`Application ${id} was not updated`);
    return updatedAt;
  }

  /** The cycle's next sequence for a reference number (see referenceNumber()); call last in the transaction that submits. */
  async nextSequence(manager: EntityManager, cycleId: string): Promise<number> {
    const [row] = (await manager.query(NEXT_SEQUENCE_SQL, [cycleId])) as { last_number: number }[];
    return row.last_number;
  }

  async addHistory(manager: EntityManager, entry: HistoryEntry): Promise<void> {
    await manager.query(INSERT_HISTORY_SQL, [
      entry.applicationId,
      entry.action,
      entry.fromStatus,
      entry.toStatus,
      entry.actorId,
      entry.reason,
      entry.data === null ? null : JSON.stringify(entry.data),
    ]);
  }

  history(applicationId: string): Promise<ApplicationHistory[]> {
    return this.dataSource.manager.find(ApplicationHistory, { where: { applicationId }, order: { id: 'ASC' } });
  }

  /**
   * The qualification queue: submitted files, oldest submission first, keyset-paginated on
   * (submitted_at, id) and served by applications_status_submitted_idx.
   */
  async qualificationQueue(filter: QualificationQueueFilter): Promise<CursorPage<Application>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Application, 'a')
      .select([...LIST_COLUMNS, 'a.eligibility', 'a.requiresAdminConfirmation', 'a.recommendingUnitId', 'a.recommendedAt'])
      .where("a.status = 'submitted'")
      .andWhere('a.applicant_id <> :me', { me: filter.excludeApplicantId });
    if (filter.cycleId) qb.andWhere('a.cycle_id = :cycleId', { cycleId: filter.cycleId });
    if (filter.cursor) {
      const [submittedAt, id] = decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(a.submitted_at, a.id) > (:submittedAt, :id)', { submittedAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('a.submitted_at'), 'cursor_at')
      .orderBy('a.submitted_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, filter.limit, (a) => [cursorAt.get(a.id)!, a.id]);
  }

  /**
   * A recommending unit's queue: files with one of these units (status with_unit), oldest
   * submission first, keyset on (submitted_at, id) (applications_unit_queue_idx).
   */
  async unitQueue(filter: { unitIds: string[]; limit: number; cursor?: string }): Promise<CursorPage<Application>> {
    if (!filter.unitIds.length) return { items: [], nextCursor: null };
    const qb = this.dataSource.manager
      .createQueryBuilder(Application, 'a')
      .select([...LIST_COLUMNS, 'a.recommendingUnitId'])
      .where("a.status = 'with_unit'")
      .andWhere('a.recommending_unit_id IN (:...units)', { units: filter.unitIds });
    if (filter.cursor) {
      const [submittedAt, id] = decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(a.submitted_at, a.id) > (:submittedAt, :id)', { submittedAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('a.submitted_at'), 'cursor_at')
      .orderBy('a.submitted_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, filter.limit, (a) => [cursorAt.get(a.id)!, a.id]);
  }

  /** Up to `limit` files a unit has held since before `before`, after the key `after`. */
  staleWithUnit(before: Date, after: { submittedAt: Date; id: string } | null, limit: number): Promise<StaleWithUnit[]> {
    return this.dataSource.query(STALE_WITH_UNIT_SQL, [before, after?.submittedAt ?? null, after?.id ?? null, limit]);
  }

  /** The evidence of these files, oldest first per file. */
  evidenceOf(applicationIds: string[]): Promise<EvidenceItem[]> {
    if (!applicationIds.length) return Promise.resolve([]);
    return this.dataSource.query(EVIDENCE_OF_SQL, [applicationIds]);
  }

  /** Up to `limit` returned files whose correction deadline is before `now`, after the key `after` (keyset). */
  overdueCorrections(now: Date, after: { correctionDeadline: Date; id: string } | null, limit: number): Promise<{ id: string; correctionDeadline: Date }[]> {
    return this.dataSource.query(OVERDUE_CORRECTIONS_SQL, [now, after?.correctionDeadline ?? null, after?.id ?? null, limit]);
  }

  /**
   * One page of the list in the filter's sort (newest first by default), keyset-paginated on
   * (sort key, id); each filter and sort has an index that leads with it (see the entity).
   * `manager`: where to read (the primary by default; the read replica for lists that tolerate lag).
   */
  async list(filter: ApplicationListFilter, manager: EntityManager = this.dataSource.manager): Promise<CursorPage<Application>> {
    const sort = resolveSort(filter.sort, filter.order);
    const { entities, raw } = await this.keysetPage(this.phases(filter, sort, filter.cursor, manager, LIST_COLUMNS), filter.limit + 1);
    const keyOf = new Map(entities.map((e, i) => [e.id, raw[i].cursor_value]));
    const page = toCursorPage(entities, filter.limit, (a) => [a.id]);
    const last = page.items[page.items.length - 1];
    return { items: page.items, nextCursor: page.nextCursor && last ? encodeListCursor(sort, keyOf.get(last.id) ?? null, last.id) : null };
  }

  /**
   * The export's rows in the list's order, `batchSize` at a time, each batch a keyset read
   * after the last (no long-running transaction, no offset): memory stays one batch whatever
   * the count. The sealed identity number comes along for masking by the caller. `read` runs
   * each batch's read (on the primary by default; the caller may pass LagTolerantReads.run).
   */
  async *exportBatches(
    filter: ListFilter,
    batchSize: number,
    read: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T> = (work) => work(this.dataSource.manager),
  ): AsyncGenerator<ExportRow[]> {
    const sort = resolveSort(filter.sort, filter.order);
    let cursor: string | undefined;
    for (;;) {
      const at = cursor;
      const rows = await read((manager) => this.keysetRaw<ExportRow & { cursor_value: string | null }>(this.phases(filter, sort, at, manager, EXPORT_COLUMNS), batchSize));
      if (!rows.length) return;
      const last = rows[rows.length - 1];
      cursor = encodeListCursor(sort, last.cursor_value, last.id);
      yield rows;
      if (rows.length < batchSize) return;
    }
  }

  /** The list's WHERE, every value bound, and its order; a contains ?text= is added per phase (phases()). */
  private filtered(filter: ListFilter, sort: ListSort, manager: EntityManager): SelectQueryBuilder<Application> {
    const qb = manager.createQueryBuilder(Application, 'a');
    if (filter.applicantId) qb.andWhere('a.applicant_id = :applicantId', { applicantId: filter.applicantId });
    if (filter.excludeApplicantId) qb.andWhere('a.applicant_id <> :excludeApplicantId', { excludeApplicantId: filter.excludeApplicantId });
    if (filter.cycleId) qb.andWhere('a.cycle_id = :cycleId', { cycleId: filter.cycleId });
    if (filter.level) qb.andWhere('a.level = :level', { level: filter.level });
    if (filter.specialty) qb.andWhere('a.specialty = :specialty', { specialty: filter.specialty });
    if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter.crossProvincial !== undefined) qb.andWhere('a.cross_provincial = :cp', { cp: filter.crossProvincial });
    if (filter.homeProvince) qb.andWhere('a.home_province = :hp', { hp: filter.homeProvince });
    if (filter.submittedFrom) qb.andWhere('a.submitted_at >= :from', { from: filter.submittedFrom });
    if (filter.submittedTo) qb.andWhere('a.submitted_at < :to', { to: filter.submittedTo });
    if (filter.correctionOverdue) qb.andWhere("a.status = 'returned' AND a.correction_deadline < :overdueAt", { overdueAt: filter.now ?? new Date() });
    // A contains search is added per keyset phase (phases()): its reads take the phase's keyset and limit.
    const search = textSearch(filter.text);
    if (search?.mode === 'name_prefix') {
      // LIKE (not ILIKE) so that applications_applicant_name_prefix_idx (text_pattern_ops) serves it; Chinese has no case.
      qb.andWhere('a.applicant_name LIKE :prefix', { prefix: search.pattern });
    }
    const direction = sqlDirection(sort);
    qb.orderBy(SORT_DEFINITIONS[sort.sort].column, direction, nullsPlacement(sort)).addOrderBy('a.id', direction);
    return qb;
  }

  /** The sort key of each row as its cursor carries it (timestamps at microsecond precision). */
  private keyed(qb: SelectQueryBuilder<Application>, sort: ListSort): SelectQueryBuilder<Application> {
    const def = SORT_DEFINITIONS[sort.sort];
    const key = def.kind === 'timestamp' ? cursorTimestampSql(def.column) : def.kind === 'decimal' ? `${def.column}::text` : def.column;
    return qb.addSelect(key, 'cursor_value');
  }

  /**
   * The reads of one page after the cursor, `columns` of each file: keysetPhases() in turn,
   * each limited to what the page still lacks.
   */
  private phases(filter: ListFilter, sort: ListSort, cursor: string | undefined, manager: EntityManager, columns: string[]): Phase[] {
    const position = cursor ? decodeListCursor(sort, cursor) : null;
    const search = textSearch(filter.text);
    const base = this.filtered(filter, sort, manager);
    return keysetPhases(sort, position).map((condition) => (limit: number) => {
      const keyset = { keysetValue: position?.value, keysetId: position?.id };
      const phase = this.keyed(base.clone().select(columns), sort).limit(limit);
      if (condition) phase.andWhere(condition, keyset);
      if (search?.mode === 'contains') this.addContains(phase, base, sort, condition, limit, { like: search.pattern, cycleId: filter.cycleId });
      return phase;
    });
  }

  /** A phase's contains search (containsCondition()): each read is the phase's first `limit` files (same filters, keyset and order) that match one way. */
  private addContains(
    phase: SelectQueryBuilder<Application>,
    base: SelectQueryBuilder<Application>,
    sort: ListSort,
    condition: string | null,
    limit: number,
    search: { like: string; cycleId?: string },
  ): void {
    const firstPage = (match: string) => {
      const read = base.clone().select(SORT_DEFINITIONS[sort.sort].column, 'sort_key').addSelect('a.id', 'id').andWhere(match).limit(limit);
      if (condition) read.andWhere(condition);
      return read.getQuery();
    };
    const pages: ContainsPages = {
      byEmployer: firstPage('a.cycle_id = d.cycle_id AND a.employer_name = d.employer_name'),
      byName: firstPage(MATCHES_BY_NAME),
      byReference: firstPage(MATCHES_BY_REFERENCE),
    };
    const order = `u.sort_key ${sqlDirection(sort)} ${nullsPlacement(sort) ?? ''}, u.id ${sqlDirection(sort)}`;
    phase.andWhere(containsCondition(pages, order, Boolean(search.cycleId)), {
      like: search.like,
      containsLimit: limit,
      ...(search.cycleId ? { cycleId: search.cycleId } : {}),
    });
  }

  /** Up to `limit` rows after the cursor, as entities with their raw key. */
  private async keysetPage(phases: Phase[], limit: number) {
    const entities: Application[] = [];
    const raw: { cursor_value: string | null }[] = [];
    for (const read of phases) {
      const page = await read(limit - entities.length).getRawAndEntities<{ cursor_value: string | null }>();
      entities.push(...page.entities);
      raw.push(...page.raw);
      if (entities.length >= limit) break;
    }
    return { entities, raw };
  }

  /** Up to `limit` raw rows after the cursor. */
  private async keysetRaw<T>(phases: Phase[], limit: number): Promise<T[]> {
    const rows: T[] = [];
    for (const read of phases) {
      rows.push(...(await read(limit - rows.length).getRawMany<T>()));
      if (rows.length >= limit) break;
    }
    return rows;
  }
}
