import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AutoAssignRun } from '../entities/auto-assign-run.entity';
import type { AutoAssignSummary } from './assignment.service';

// The partial unique index on (cycle_id) for queued and running rows makes a second request
// while one is pending insert nothing; the caller then reads the pending one.
const INSERT_QUEUED = `INSERT INTO review_auto_assign_runs (cycle_id, requested_by, requested_ip, status)
VALUES ($1, $2, $3, 'queued')
ON CONFLICT (cycle_id) WHERE status IN ('queued', 'running') DO NOTHING
RETURNING id`;

// A retry after a crash finds the run still `running`: it starts again (only missing slots are filled).
const CLAIM = `UPDATE review_auto_assign_runs SET status = 'running', attempts = attempts + 1, started_at = now(), error = NULL
WHERE id = $1 AND status IN ('queued', 'running')
RETURNING id`;

/** Every query on review_auto_assign_runs. */
@Injectable()
export class AutoAssignRunsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new queued run, or null when the cycle already has one queued or running. */
  async insertQueued(cycleId: string, requestedBy: string, requestedIp: string | null): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(INSERT_QUEUED, [cycleId, requestedBy, requestedIp]);
    return rows[0]?.id ?? null;
  }

  findById(id: string): Promise<AutoAssignRun | null> {
    return this.dataSource.manager.findOne(AutoAssignRun, { where: { id } });
  }

  findPending(cycleId: string): Promise<AutoAssignRun | null> {
    return this.dataSource.manager
      .createQueryBuilder(AutoAssignRun, 'r')
      .where('r.cycle_id = :cycleId', { cycleId })
      .andWhere("r.status IN ('queued', 'running')")
      .getOne();
  }

  /** Marks the run started; false when it is done or failed already (a duplicate job). */
  async claim(id: string): Promise<boolean> {
    const [rows] = (await this.dataSource.query(CLAIM, [id])) as [{ id: string }[], number];
    return rows.length > 0;
  }

  async finish(id: string, summary: AutoAssignSummary): Promise<void> {
    await this.dataSource.manager.update(AutoAssignRun, { id }, { status: 'done', summary, finishedAt: new Date() });
  }

  /** Records a failure; `final` when no retry follows, and the run ends as failed. */
  async recordFailure(id: string, error: { code: string; message: string }, final: boolean): Promise<void> {
    await this.dataSource.manager.update(AutoAssignRun, { id }, final ? { status: 'failed', error, finishedAt: new Date() } : { error });
  }

  /** Runs still queued that were requested before `before`: their job was never queued or was lost. */
  async queuedBefore(before: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM review_auto_assign_runs WHERE status = 'queued' AND requested_at < $1 ORDER BY requested_at LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }
}
