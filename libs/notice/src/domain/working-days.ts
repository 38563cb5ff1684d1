import { addDays, isIsoDate, toDayNumber } from '@app/common';

/**
 * Working-day arithmetic on the Chinese calendar (domain.md §8 Public notice): Saturdays and
 * Sundays are off, public holidays are off, make-up working days (调休, usually a weekend day
 * next to a long holiday) are on. Only years someone confirmed (the seed from a maintained
 * source, or an admin) may be used: a year without a confirmed calendar is refused, never
 * guessed from weekdays, because the State Council publishes each year's holidays late in the
 * year before and a guess would put notice periods on public holidays.
 */

/** One confirmed year: its holidays (off) and make-up working days (on), as 'YYYY-MM-DD'. */
export interface CalendarYearDays {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

/** Confirmed years by number; a year absent here is not confirmed. */
export type ConfirmedCalendar = ReadonlyMap<number, CalendarYearDays>;

/** Thrown when the arithmetic reaches a year nobody confirmed; names that year. */
export class UnconfirmedYearError extends Error {
  constructor(readonly year: number) {
    super(`The working-day calendar of ${year} has not been confirmed`);
    this.name = 'UnconfirmedYearError';
  }
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** Whether `date` is a working day; throws UnconfirmedYearError when its year is not confirmed. */
export function isWorkingDay(date: string, calendar: ConfirmedCalendar): boolean {
  const year = calendar.get(yearOf(date));
  if (!year) throw new UnconfirmedYearError(yearOf(date));
  if (year.workdays.has(date)) return true;
  if (year.holidays.has(date)) return false;
  // 1970-01-01 (day 0) was a Thursday: day numbers modulo 7 give 2 for Saturday, 3 for Sunday.
  const weekday = (((toDayNumber(date) + 4) % 7) + 7) % 7; // 0 = Sunday ... 6 = Saturday
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date of the `n`-th working day after `from`: day 1 is the first working day strictly
 * after `from` (the day of posting does not count, whatever time it was posted). Throws
 * UnconfirmedYearError for the first unconfirmed year the walk enters.
 */
export function addWorkingDays(from: string, n: number, calendar: ConfirmedCalendar): string {
  if (!isIsoDate(from)) throw new RangeError(`not a valid YYYY-MM-DD date: ${from}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`the number of working days must be a positive integer, not ${n}`);
  let date = from;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) counted++;
  }
  return date;
}

/** The years the walk of addWorkingDays(from, n) may enter: a safe superset to load (about 250 working days a year; long holidays cost at most a few weeks). */
export function yearsSpanned(from: string, n: number): number[] {
  const first = yearOf(addDays(from, 1));
  const last = yearOf(addDays(from, Math.ceil(n * 1.6) + 21));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

/** A problem with an admin's calendar for one year, naming the field. */
export interface CalendarProblem {
  path: string;
  code: string;
  message: string;
}

/**
 * Check an admin's entry for `year`: every date a real date of that year, no date listed twice,
 * none both a holiday and a make-up working day. Returns every problem (empty: fine).
 */
export function calendarProblems(year: number, holidays: readonly string[], workdays: readonly string[]): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const check = (field: 'holidays' | 'workdays', dates: readonly string[]) => {
    const seen = new Set<string>();
    dates.forEach((date, i) => {
      const path = `${field}[${i}]`;
      if (!isIsoDate(date)) problems.push({ path, code: 'INVALID_DATE', message: `${String(date)} is not a valid YYYY-MM-DD date` });
      else if (yearOf(date) !== year) problems.push({ path, code: 'DATE_OUTSIDE_YEAR', message: `${date} is not in ${year}` });
      else if (seen.has(date)) problems.push({ path, code: 'DUPLICATE_DATE', message: `${date} is listed twice` });
      seen.add(date);
    });
    return seen;
  };
  const off = check('holidays', holidays);
  check('workdays', workdays);
  workdays.forEach((date, i) => {
    if (off.has(date) && isIsoDate(date) && yearOf(date) === year) {
      problems.push({ path: `workdays[${i}]`, code: 'DATE_BOTH_HOLIDAY_AND_WORKDAY', message: `${date} cannot be both a holiday and a make-up working day` });
    }
  });
  return problems;
}
