import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, TIME_THEN_ID_CURSOR } from '@app/common';
import { ApplicationExport } from '../entities/application-export.entity';

// A retry after a crash finds the export still `running`: it starts again from the first row.
const CLAIM = `UPDATE application_exports SET status = 'running', attempts = attempts + 1, started_at = now(), error_code = NULL
WHERE id = $1 AND status IN ('queued', 'running')
RETURNING id`;

// Done only from running: a duplicate that finished first leaves nothing for the second.
const FINISH = `UPDATE application_exports SET status = 'done', row_count = $2, size_bytes = $3, storage_key = $4, finished_at = now(),
  expires_at = now() + make_interval(hours => $5)
WHERE id = $1 AND status = 'running'
RETURNING id`;

/** Every query on application_exports. */
@Injectable()
export class ApplicationExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertQueued(manager: EntityManager, row: Pick<ApplicationExport, 'requestedBy' | 'format' | 'locale' | 'filter' | 'fileName'>): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      // Milliseconds, as JavaScript and the list's cursor carry them.
      `INSERT INTO application_exports (requested_by, format, locale, filter, file_name, status, requested_at)
       VALUES ($1, $2, $3, $4, $5, 'queued', date_trunc('milliseconds', clock_timestamp())) RETURNING id`,
      [row.requestedBy, row.format, row.locale, JSON.stringify(row.filter), row.fileName],
    );
    return rows[0].id;
  }

  findById(id: string): Promise<ApplicationExport | null> {
    return this.dataSource.manager.findOne(ApplicationExport, { where: { id } });
  }

  /** `requestedBy`'s exports, newest first, on the keyset (requested_at, id); limit+1 rows. */
  listFor(requestedBy: string, limit: number, cursor?: string): Promise<ApplicationExport[]> {
    const q = this.dataSource.manager
      .createQueryBuilder(ApplicationExport, 'e')
      .where('e.requested_by = :requestedBy', { requestedBy })
      .orderBy('e.requested_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(limit + 1);
    if (cursor) {
      const [at, id] = decodeCursor(cursor, TIME_THEN_ID_CURSOR);
      q.andWhere('(e.requested_at, e.id) < (:at, :id)', { at, id });
    }
    return q.getMany();
  }

  /** Marks the export started; false when it is done or failed already (a duplicate job). */
  async claim(id: string): Promise<boolean> {
    const [rows] = (await this.dataSource.query(CLAIM, [id])) as [{ id: string }[], number];
    return rows.length > 0;
  }

  /** Done with its file; false when the row was no longer running (then the caller removes the file). */
  async finish(id: string, result: { rowCount: number; sizeBytes: number; storageKey: string }, retentionHours: number): Promise<boolean> {
    const [rows] = (await this.dataSource.query(FINISH, [id, result.rowCount, result.sizeBytes, result.storageKey, retentionHours])) as [{ id: string }[], number];
    return rows.length > 0;
  }

  /** Records a failure; `final` when no retry follows, and the export ends as failed. */
  async recordFailure(id: string, code: string, final: boolean): Promise<void> {
    await this.dataSource.query(
      final
        ? `UPDATE application_exports SET status = 'failed', error_code = $2, finished_at = now() WHERE id = $1 AND status IN ('queued', 'running')`
        : `UPDATE application_exports SET error_code = $2 WHERE id = $1 AND status IN ('queued', 'running')`,
      [id, code],
    );
  }

  /** Exports still queued that were requested before `before`: their job was never queued or was lost. */
  async queuedBefore(before: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM application_exports WHERE status = 'queued' AND requested_at < $1 ORDER BY requested_at LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Files past their time, oldest first. */
  async expiredBy(now: Date, limit: number): Promise<{ id: string; storage_key: string }[]> {
    return this.dataSource.query(
      `SELECT id, storage_key FROM application_exports WHERE storage_key IS NOT NULL AND expires_at <= $1 ORDER BY expires_at LIMIT $2`,
      [now, limit],
    );
  }

  /** The file is gone: the row stays (who exported what, when), without a key. */
  async forgetFile(id: string, storageKey: string): Promise<void> {
    await this.dataSource.query(`UPDATE application_exports SET storage_key = NULL WHERE id = $1 AND storage_key = $2`, [id, storageKey]);
  }
}
