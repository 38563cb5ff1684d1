import { Injectable, Logger } from '@nestjs/common';
import { ApplicationAccess, CyclesService, Viewer } from '@app/applications';
import { AppError } from '@app/common';
import { JobProducer } from '@app/queue';
import { AutoAssignRun } from '../entities/auto-assign-run.entity';
import { ReviewError } from '../review.errors';
import { AssignmentService, AutoAssignSummary } from './assignment.service';
import { AutoAssignRunsRepository } from './auto-assign-runs.repository';
import type { RunRequester } from './reviewer-pool.service';

/** A queued run whose job has not started after this long is queued again (its job was never queued, or was lost with Redis). */
export const AUTO_ASSIGN_REQUEUE_AFTER_MS = 60 * 1000;

const jobIdOf = (runId: string) => `auto-assign-${runId}`;

/**
 * Automatic assignment of a whole cycle, as a worker job: the API records the request and
 * queues `review.auto_assign`; the worker runs AssignmentService.autoAssign and stores the
 * summary on the run, which the admin reads back. One run per cycle waits or runs at a time.
 */
@Injectable()
export class AutoAssignRunsService {
  private readonly logger = new Logger(AutoAssignRunsService.name);

  constructor(
    private readonly runs: AutoAssignRunsRepository,
    private readonly assignments: AssignmentService,
    private readonly cycles: CyclesService,
    private readonly producer: JobProducer,
    private readonly access: ApplicationAccess,
  ) {}

  /**
   * Queue a run for the cycle (404 for an unknown cycle). While one is queued or running, that
   * one is returned (`created: false`) instead of a second: the second would add nothing.
   */
  async request(cycleId: string, actor: RunRequester): Promise<{ run: AutoAssignRun; created: boolean }> {
    await this.cycles.get(cycleId);
    // Twice at most: the pending run that refused the insert may finish before it is read.
    for (let attempt = 0; attempt < 2; attempt++) {
      const id = await this.runs.insertQueued(cycleId, actor.id, actor.ip);
      if (id) {
        await this.queue(id);
        return { run: (await this.runs.findById(id))!, created: true };
      }
      const pending = await this.runs.findPending(cycleId);
      if (pending) return { run: pending, created: false };
    }
    throw new Error(`auto-assign run for cycle ${cycleId}: neither inserted nor pending`);
  }

  /**
   * One run of the cycle (404 when it belongs to another cycle or does not exist), as `viewer`
   * reads it: the files left short never include the viewer's own (another admin's run may).
   */
  async get(cycleId: string, runId: string, viewer: Viewer): Promise<AutoAssignRun> {
    const run = await this.runs.findById(runId);
    if (!run || run.cycleId !== cycleId) throw ReviewError.autoAssignRunNotFound();
    if (!run.summary?.shortfalls.length) return run;
    const own = new Set(await this.access.ownFileIds(viewer));
    return own.size ? { ...run, summary: { ...run.summary, shortfalls: run.summary.shortfalls.filter((s) => !own.has(s.applicationId)) } } : run;
  }

  /**
   * The worker's side: run it and keep the summary. Null when the run is done or failed
   * already (a duplicate job). `finalAttempt`: no retry follows a failure, so the run ends
   * `failed`; a refusal by the domain (AppError) is final whatever the attempt.
   */
  async execute(runId: string, finalAttempt: boolean): Promise<AutoAssignSummary | null> {
    const run = await this.runs.findById(runId);
    if (!run || !(await this.runs.claim(runId))) return null;
    try {
      const summary = await this.assignments.autoAssign(run.cycleId, { id: run.requestedBy, ip: run.requestedIp });
      await this.runs.finish(runId, summary);
      return summary;
    } catch (error) {
      const domain = error instanceof AppError;
      const described = domain ? { code: error.code, message: error.message } : { code: 'AUTO_ASSIGN_FAILED', message: 'The run failed; see the worker log' };
      await this.runs.recordFailure(runId, described, finalAttempt || domain);
      throw error;
    }
  }

  /** Queue again the runs whose job never started (the `auto-assign-runs` schedule); returns how many. */
  async requeueStale(now: Date): Promise<number> {
    const ids = await this.runs.queuedBefore(new Date(now.getTime() - AUTO_ASSIGN_REQUEUE_AFTER_MS), 100);
    for (const id of ids) await this.producer.enqueue('review.auto_assign', { runId: id }, { jobId: jobIdOf(id) });
    return ids.length;
  }

  /** Queue the run's job; with Redis down the run stays queued and the schedule queues it later. */
  private async queue(runId: string): Promise<void> {
    try {
      await this.producer.enqueue('review.auto_assign', { runId }, { jobId: jobIdOf(runId) });
    } catch (error) {
      this.logger.warn(`auto-assign run ${runId} not queued now (${(error as Error).message}); the auto-assign-runs schedule will queue it`);
    }
  }
}
