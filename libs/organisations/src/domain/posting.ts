/**
 * The unit's internal posting (单位内部公示, domain.md §8) as pure rules. The posting's shortest
 * end is counted on the working-day calendar of the public notice by the caller
 * (WorkingDayCalendar.addWorkingDays: the start day itself does not count); these rules say
 * what may be recorded and when the unit may recommend. Dates are 'YYYY-MM-DD' in Asia/Shanghai.
 */

export interface PostingRecord {
  postingEndDate: string;
  postingOutcome: string | null;
}

/** Whether the posting has ended on `today`: the end date is the last day posted. */
export function postingEnded(postingEndDate: string, today: string): boolean {
  return today > postingEndDate;
}

/** Why the unit may not recommend yet (null: it may): no posting, posting running, or no outcome recorded. */
export function recommendationRefusal(posting: PostingRecord | null, today: string): 'POSTING_REQUIRED' | 'POSTING_NOT_ENDED' | 'POSTING_OUTCOME_REQUIRED' | null {
  if (!posting) return 'POSTING_REQUIRED';
  if (!postingEnded(posting.postingEndDate, today)) return 'POSTING_NOT_ENDED';
  if (!posting.postingOutcome) return 'POSTING_OUTCOME_REQUIRED';
  return null;
}
