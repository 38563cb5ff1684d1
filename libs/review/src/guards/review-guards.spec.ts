import { AssignmentStatus } from '../entities/review-assignment.entity';
import { ReviewError } from '../review.errors';
import { assertFileUnderReview, assertReviewOpen, assertReviewSubmitted } from './review-guards';

const refusal = (code: string) => expect.objectContaining({ constructor: ReviewError, code });

describe('review guards', () => {
  it.each<AssignmentStatus>(['assigned', 'draft'])('assertReviewOpen passes a review %s', (status) => expect(() => assertReviewOpen({ status })).not.toThrow());
  it.each<AssignmentStatus>(['submitted', 'declined', 'withdrawn', 'superseded'])('assertReviewOpen refuses a review %s with ASSIGNMENT_NOT_ACTIVE', (status) =>
    expect(() => assertReviewOpen({ status })).toThrow(refusal('ASSIGNMENT_NOT_ACTIVE')),
  );

  it('assertReviewSubmitted passes a submitted review only (REVIEW_NOT_SUBMITTED otherwise)', () => {
    expect(() => assertReviewSubmitted({ status: 'submitted' })).not.toThrow();
    for (const status of ['assigned', 'draft', 'declined', 'withdrawn', 'superseded'] as const) expect(() => assertReviewSubmitted({ status })).toThrow(refusal('REVIEW_NOT_SUBMITTED'));
  });

  it('assertFileUnderReview passes a file in review and refuses another status or a missing file with REVIEW_CLOSED', () => {
    expect(() => assertFileUnderReview({ status: 'in_review' })).not.toThrow();
    expect(() => assertFileUnderReview({ status: 'reviewed' })).toThrow(refusal('REVIEW_CLOSED'));
    expect(() => assertFileUnderReview(null)).toThrow(refusal('REVIEW_CLOSED'));
    expect(() => assertFileUnderReview(null)).toThrow(/gone/);
  });
});
