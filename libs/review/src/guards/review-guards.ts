import { AssignmentStatus, OPEN_REVIEW_STATUSES } from '../entities/review-assignment.entity';
import { ReviewError } from '../review.errors';

/**
 * The review's own state machine (assigned -> draft -> submitted, or declined / withdrawn /
 * superseded): each rule a change needs, named, so call sites read as the rule.
 */

/** The review can still change (saved, submitted, declined, withdrawn): assigned or draft, else 409 ASSIGNMENT_NOT_ACTIVE. */
export function assertReviewOpen(review: { status: AssignmentStatus }): void {
  if (!OPEN_REVIEW_STATUSES.includes(review.status)) throw ReviewError.assignmentNotActive(review.status);
}

/** Only a submitted review can be reopened, else 409 REVIEW_NOT_SUBMITTED. */
export function assertReviewSubmitted(review: { status: AssignmentStatus }): void {
  if (review.status !== 'submitted') throw ReviewError.reviewNotSubmitted(review.status);
}

/** Reviews change only while their file is in expert review, else 409 REVIEW_CLOSED (a missing file reads as "gone"). */
export function assertFileUnderReview<T extends { status: string }>(file: T | null | undefined): asserts file is T {
  if (!file || file.status !== 'in_review') throw ReviewError.reviewClosed(file?.status ?? 'gone');
}
