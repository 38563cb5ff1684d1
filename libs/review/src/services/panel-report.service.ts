import { Injectable } from '@nestjs/common';
import { AnonymousReviewRow, PanelOutcomeRow, ReviewsRepository } from './reviews.repository';

export type { AnonymousReviewRow, PanelOutcomeRow } from './reviews.repository';

/** A file's expert review as a committee member reads it before voting: no reviewer is named. */
export interface PanelReport {
  /** The panel's aggregate and spread flag (null when the file has no completed review on record). */
  outcome: PanelOutcomeRow | null;
  /** The submitted reviews without their reviewers, ordered by the reviews themselves. */
  reviews: AnonymousReviewRow[];
}

/**
 * The review panel's result for readers who are not the file's reviewers (a committee's
 * dossier). The caller decides who may read it; nothing here names a reviewer.
 */
@Injectable()
export class PanelReportService {
  constructor(private readonly reviews: ReviewsRepository) {}

  async report(applicationId: string): Promise<PanelReport> {
    const [outcome, reviews] = await Promise.all([this.reviews.panelOutcome(applicationId), this.reviews.anonymousSubmitted(applicationId)]);
    return { outcome, reviews };
  }
}
