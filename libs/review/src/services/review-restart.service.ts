import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { ReviewsRepository } from './reviews.repository';

export interface RestartReviewOptions {
  /** Why (kept on each closed assignment and in the audit entry), e.g. "objection upheld". */
  reason?: string | null;
  /** Who decided it (null: the portal). */
  actorId?: string | null;
}

export interface RestartedReview {
  /** Assignments closed (now `superseded`). */
  superseded: number;
  /** Whether an aggregated outcome was removed. */
  outcomeCleared: boolean;
}

/**
 * Starting a file's expert review again (an objection upheld with re-review, an appeal decided
 * for re-review): its current panel is closed, so previous reviewers no longer see or score it,
 * and its aggregate is cleared, so `complete_review` needs a full new panel's submissions. The
 * closed rows stay (status `superseded`) as the history of the first review, and keep those
 * reviewers off the file in automatic assignment ("new reviewers").
 */
@Injectable()
export class ReviewRestartService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Run inside the transaction that sends the file back to `in_review` (the caller holds the
   * file's row lock through ApplicationWorkflow.takeIn), so either both happen or neither.
   */
  async restart(manager: EntityManager, applicationId: string, options: RestartReviewOptions = {}): Promise<RestartedReview> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('ReviewRestartService.restart must run inside the transaction that reopens the file');
    const closed = await this.reviews.supersedeActive(manager, applicationId, options.reason ?? null);
    const outcomeCleared = await this.reviews.deleteOutcome(manager, applicationId);
    await this.audit.record(manager, {
      actorId: options.actorId ?? null,
      action: 'review.restarted',
      entityType: 'application',
      entityId: applicationId,
      data: { superseded: closed.map((r) => r.id), outcomeCleared },
    });
    return { superseded: closed.length, outcomeCleared };
  }
}
