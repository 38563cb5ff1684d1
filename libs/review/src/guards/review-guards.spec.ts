import { ASSIGNMENT_STATUSES } from '../entities/review-assignment.entity';
import { ReviewError } from '../review.errors';
import { assertFileUnderReview, assertReviewOpen, assertReviewSubmitted } from './review-guards';

const codeOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ReviewError);
    return (error as ReviewError).code;
  }
};

describe('review guards', () => {
  it('assertReviewOpen passes an assigned or draft review and refuses every other status with ASSIGNMENT_NOT_ACTIVE', () => {
    const outcomes = Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, codeOf(() => assertReviewOpen({ status }))]));
    expect(outcomes).toEqual({ assigned: null, draft: null, submitted: 'ASSIGNMENT_NOT_ACTIVE', declined: 'ASSIGNMENT_NOT_ACTIVE', withdrawn: 'ASSIGNMENT_NOT_ACTIVE', superseded: 'ASSIGNMENT_NOT_ACTIVE' });
  });

  it('assertReviewSubmitted passes only a submitted review (REVIEW_NOT_SUBMITTED otherwise)', () => {
    const outcomes = Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, codeOf(() => assertReviewSubmitted({ status }))]));
    expect(outcomes).toEqual({ assigned: 'REVIEW_NOT_SUBMITTED', draft: 'REVIEW_NOT_SUBMITTED', submitted: null, declined: 'REVIEW_NOT_SUBMITTED', withdrawn: 'REVIEW_NOT_SUBMITTED', superseded: 'REVIEW_NOT_SUBMITTED' });
  });

  it('assertFileUnderReview passes a file in review and refuses another status or a missing file with REVIEW_CLOSED', () => {
    expect(codeOf(() => assertFileUnderReview({ status: 'in_review' }))).toBeNull();
    expect(codeOf(() => assertFileUnderReview({ status: 'reviewed' }))).toBe('REVIEW_CLOSED');
    expect(codeOf(() => assertFileUnderReview(null))).toBe('REVIEW_CLOSED');
    expect(() => assertFileUnderReview(null)).toThrow(/gone/);
  });
});
