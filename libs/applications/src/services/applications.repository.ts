import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { cursorTimestampSql, entityColumnUpdate, EntityColumnUpdate, entityInsert, entityRowSelect, entitySelectItems, insertRow, selectRows, SqlStatement, takePrefixed } from '@app/db';
import { Application, ApplicationStatus } from '../entities/application.entity';
import { ApplicationHistory } from '../entities/application-history.entity';
import { Cycle } from '../entities/cycle.entity';
import type { TitleLevel } from '../domain';
import { REFERENCE_DIGITS } from './application-lifecycle';

export interface ApplicationListFilter {
  applicantId?: string;
  cycleId?: string;
  level?: TitleLevel;
  specialty?: string;
  status?: ApplicationStatus;
  crossProvincial?: boolean;
  homeProvince?: string;
  submittedFrom?: Date;
  submittedTo?: Date;
  text?: string;
  limit: number;
  cursor?: string;
}

/** Columns lists need; the form data stays out of list queries. */
const LIST_COLUMNS = [
  'a.id', 'a.applicantId', 'a.cycleId', 'a.level', 'a.specialty', 'a.status', 'a.referenceNumber', 'a.applicantName',
  'a.employerName', 'a.crossProvincial', 'a.homeProvince', 'a.exceptionalRoute', 'a.submittedAt', 'a.version',
  'a.createdAt', 'a.updatedAt',
];

/** A file locked for submission, with what submit checks besides it (see lockForSubmissionStatement). */
export interface SubmissionContext {
  application: Application;
  cycle: Cycle;
  /** The applicant's bar, when it lasts beyond the time asked about; null otherwise. */
  barredUntil: Date | null;
  evidenceKinds: string[];
}

/** Where the cycle's columns are in lockForSubmissionStatement()'s row. */
const CYCLE_PREFIX = '__cycle.';

export type HistoryEntry = Omit<ApplicationHistory, 'id' | 'createdAt'>;
const HISTORY_COLUMNS = ['applicationId', 'action', 'fromStatus', 'toStatus', 'actorId', 'reason', 'data'] as const satisfies readonly (keyof HistoryEntry)[];

/** Every query on applications and their history. */
@Injectable()
export class ApplicationsRepository {
  /** Built on first use, from the entities (see findById, lockByIdStatement, lockForSubmissionStatement, columnUpdate, historyStatement). */
  private byIdSql: string | undefined;
  private lockByIdSql: string | undefined;
  private lockForSubmissionSql: string | undefined;
  private readonly updates = new Map<string, EntityColumnUpdate<Application>>();
  private historyInsert: ((entry: HistoryEntry) => SqlStatement) | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One application, every column. Plain SQL rather than findOne: this read sits behind
   * every view of a file (GET /applications/:id is the portal's hottest route), and
   * TypeORM's query building and entity hydration cost more API CPU than the query itself.
   */
  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Application | null> {
    this.byIdSql ??= `${entityRowSelect(this.dataSource.getMetadata(Application), 'a')} WHERE "a"."id" = $1`;
    return this.applicationOf(await selectRows<Record<string, unknown>>(manager, this.byIdSql, [id]));
  }

  /**
   * Row lock for a state change: concurrent transitions of one file run one after another.
   * Plain SQL from the entity's metadata, as findById (every draft save and submit starts here).
   */
  async lockById(id: string, manager: EntityManager): Promise<Application | null> {
    const { sql, params } = this.lockByIdStatement(id);
    return this.applicationOf((await manager.query(sql, [...params])) as Record<string, unknown>[]);
  }

  /** lockById() as a statement, e.g. the one sent with BEGIN (transactionEndingWith's startingWith); see applicationOf(). */
  lockByIdStatement(id: string): SqlStatement {
    this.lockByIdSql ??= `${entityRowSelect(this.dataSource.getMetadata(Application), 'a')} WHERE "a"."id" = $1::uuid FOR UPDATE`;
    return { sql: this.lockByIdSql, params: [id] };
  }

  /** The application in the rows of lockByIdStatement() (null: no such file). */
  applicationOf(rows: Record<string, unknown>[]): Application | null {
    return rows.length ? Object.assign(new Application(), rows[0]) : null;
  }

  /**
   * lockByIdStatement() plus, in the same statement (inside the transaction that holds the
   * row lock), what submit checks besides the file: its cycle (window, policy, evidence
   * rules; the cycle row is read, not locked), whether its applicant is barred at `now`
   * (domain §9: a revoked title bars new applications) and the evidence kinds uploaded to
   * it (one entry per file). See submissionContextOf().
   */
  lockForSubmissionStatement(id: string, now: Date): SqlStatement {
    this.lockForSubmissionSql ??= `${entityRowSelect(this.dataSource.getMetadata(Application), 'a', [
      ...entitySelectItems(this.dataSource.getMetadata(Cycle), 'c', CYCLE_PREFIX),
      '(SELECT u.barred_until FROM users u WHERE u.id = "a"."applicant_id" AND u.barred_until > $2::timestamptz) AS "__barredUntil"',
      'ARRAY(SELECT e.kind FROM attachments e WHERE e.application_id = "a"."id") AS "__evidenceKinds"',
    ])} JOIN cycles "c" ON "c"."id" = "a"."cycle_id" WHERE "a"."id" = $1::uuid FOR UPDATE OF "a"`;
    return { sql: this.lockForSubmissionSql, params: [id, now] };
  }

  /** The file and its submission checks in the rows of lockForSubmissionStatement() (null: no such file). */
  submissionContextOf(rows: Record<string, unknown>[]): SubmissionContext | null {
    if (!rows.length) return null;
    const { __barredUntil: barredUntil, __evidenceKinds: evidenceKinds, ...row } = rows[0] as { __barredUntil: Date | null; __evidenceKinds: string[] };
    const cycle = Object.assign(new Cycle(), takePrefixed(row, CYCLE_PREFIX));
    return { application: Object.assign(new Application(), row), cycle, barredUntil, evidenceKinds };
  }

  findActive(applicantId: string, cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<Application | null> {
    return manager
      .createQueryBuilder(Application, 'a')
      .where('a.applicant_id = :applicantId AND a.cycle_id = :cycleId AND a.status <> :withdrawn', { applicantId, cycleId, withdrawn: 'withdrawn' })
      .getOne();
  }

  /**
   * An UPDATE of only the named columns of an application (no re-read, no diff) that stamps
   * its updatedAt, for a transaction's final message (transactionEndingWith); hand its rows
   * to stampUpdated() once the message has run. The statement is built once per column list
   * (the callers' lists are constants) instead of by TypeORM's query builder on every save.
   */
  updateStatement(application: Application, columns: readonly (keyof Application & string)[]): SqlStatement {
    return this.columnUpdate(columns).statement(application);
  }

  /** Copies the update date an updateStatement() returned onto the entity. */
  stampUpdated(application: Application, rows: Record<string, unknown>[]): void {
    if (!(rows[0]?.updatedAt instanceof Date)) throw new Error(`Application ${application.id} was not updated`);
    application.updatedAt = rows[0].updatedAt;
  }

  private columnUpdate(columns: readonly (keyof Application & string)[]): EntityColumnUpdate<Application> {
    const key = columns.join(',');
    let statement = this.updates.get(key);
    if (!statement) {
      statement = entityColumnUpdate<Application>(this.dataSource.getMetadata(Application), columns);
      this.updates.set(key, statement);
    }
    return statement;
  }

  /**
   * updateStatement() that also gives the application the next reference number of its
   * cycle, gap-free; it must be the last statement before COMMIT (transactionEndingWith).
   * One UPDATE, so the row gets one new version (and each of the table's indexes one entry)
   * per first submission, not two.
   *
   * The cycle's counter row stays locked from this statement until the transaction commits
   * (a rollback returns the number), so every submission of the cycle queues behind it. The
   * statement therefore travels with COMMIT in one message: the lock lasts for the statement
   * and the WAL flush, not for a round trip through the API's event loop (measured under the
   * submit benchmark: the statement waited 15.7 ms on average for the lock when COMMIT was a
   * separate round trip). It bumps the counter (an upsert, so it always yields a number:
   * nothing after COMMIT can undo the submission), writes the columns and the number onto
   * the application and the number into the payload of the receipt the same message puts in
   * the outbox before it (found by its dedupe key). Its row carries `updatedAt` (for
   * stampUpdated()) and `reference_number` (see referenceNumberOf()). Formatted as
   * referenceNumber() does: prefix + sequence zero-padded to 6 digits.
   */
  updateAndNumberStatement(
    application: Application,
    columns: readonly (keyof Application & string)[],
    numbering: { prefix: string; receiptDedupeKey: string },
  ): SqlStatement {
    const update = this.columnUpdate(columns);
    const values = update.values(application); // the columns' values, then the key
    const n = values.length;
    return {
      sql: `WITH counter AS (
         INSERT INTO cycle_counters (cycle_id, last_number) VALUES ($${n + 1}::uuid, 1)
         ON CONFLICT (cycle_id) DO UPDATE SET last_number = cycle_counters.last_number + 1
         RETURNING last_number
       ), numbered AS (
         UPDATE applications
            SET ${update.assignments},
                reference_number = $${n + 2}::text || lpad(counter.last_number::text, greatest($${n + 4}::int, length(counter.last_number::text)), '0')
           FROM counter
          WHERE applications.id = $${n}::uuid
          RETURNING applications.updated_at AS "updatedAt", applications.reference_number
       ), receipt AS (
         UPDATE outbox_events
            SET payload = outbox_events.payload || jsonb_build_object('referenceNumber', numbered.reference_number)
           FROM numbered
          WHERE outbox_events.dedupe_key = $${n + 3}::text
       )
       SELECT "updatedAt", reference_number FROM numbered`,
      params: [...values, application.cycleId, numbering.prefix, numbering.receiptDedupeKey, REFERENCE_DIGITS],
    };
  }

  /** The number an updateAndNumberStatement() returned. */
  referenceNumberOf(applicationId: string, rows: Record<string, unknown>[]): string {
    const number = rows[0]?.reference_number;
    // Unreachable while the application row is locked by this transaction; loud if it ever is not.
    if (typeof number !== 'string') throw new Error(`Application ${applicationId} got no reference number`);
    return number;
  }

  async addHistory(manager: EntityManager, entry: HistoryEntry): Promise<void> {
    await insertRow(manager, ApplicationHistory, entry);
  }

  /** addHistory() as a statement for a transaction's final message (transactionEndingWith). */
  historyStatement(entry: HistoryEntry): SqlStatement {
    const insert = (this.historyInsert ??= entityInsert<ApplicationHistory, keyof HistoryEntry>(this.dataSource.getMetadata(ApplicationHistory), HISTORY_COLUMNS));
    return insert(entry);
  }

  history(applicationId: string): Promise<ApplicationHistory[]> {
    return this.dataSource.manager.find(ApplicationHistory, { where: { applicationId }, order: { id: 'ASC' } });
  }

  /** Newest first, keyset-paginated on (created_at, id); each filter has an index that leads with it. */
  async list(filter: ApplicationListFilter): Promise<CursorPage<Application>> {
    const qb = this.dataSource.manager.createQueryBuilder(Application, 'a').select(LIST_COLUMNS);
    if (filter.applicantId) qb.andWhere('a.applicant_id = :applicantId', { applicantId: filter.applicantId });
    if (filter.cycleId) qb.andWhere('a.cycle_id = :cycleId', { cycleId: filter.cycleId });
    if (filter.level) qb.andWhere('a.level = :level', { level: filter.level });
    if (filter.specialty) qb.andWhere('a.specialty = :specialty', { specialty: filter.specialty });
    if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
    if (filter.crossProvincial !== undefined) qb.andWhere('a.cross_provincial = :cp', { cp: filter.crossProvincial });
    if (filter.homeProvince) qb.andWhere('a.home_province = :hp', { hp: filter.homeProvince });
    if (filter.submittedFrom) qb.andWhere('a.submitted_at >= :from', { from: filter.submittedFrom });
    if (filter.submittedTo) qb.andWhere('a.submitted_at < :to', { to: filter.submittedTo });
    if (filter.text) {
      const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w.where('a.applicant_name ILIKE :like', { like }).orWhere('a.reference_number ILIKE :like', { like }).orWhere('a.employer_name ILIKE :like', { like }),
        ),
      );
    }
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(a.created_at, a.id) < (:createdAt, :id)', { createdAt, id });
    }
    const { entities, raw } = await qb
      .addSelect(cursorTimestampSql('a.created_at'), 'cursor_at')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(filter.limit + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((e, i) => [e.id, raw[i].cursor_at]));
    return toCursorPage(entities, filter.limit, (a) => [cursorAt.get(a.id)!, a.id]);
  }
}
