const DAY_MS = 24 * 3600 * 1000;

/**
 * The appeal deadline a rejection states (domain.md §8, appeals: within APPEAL_WINDOW_DAYS,
 * default 15): every rejection (qualification, correction overdue, committee, upheld objection)
 * and the appeal's own check compute it here, so what the applicant is told is what is enforced.
 */
export function appealDeadlineAfter(decidedAt: Date, windowDays: number): Date {
  return new Date(decidedAt.getTime() + windowDays * DAY_MS);
}
