import { addDays } from '@app/common';
import { addWorkingDays, ConfirmedCalendar, isWorkingDay, UnconfirmedYearError, WorkingDayCalendar } from '@app/notice';

/**
 * The working-day arithmetic the demo's timeline is planned with: the portal's own calendar
 * (the same years and rules the services use for postings and notices). A year the timeline
 * reaches that nobody has confirmed yet is confirmed by `confirmYear` (the demo admin, through
 * the calendar service) before the plan goes on.
 */
export class DemoCalendar {
  private loaded: ConfirmedCalendar | null = null;
  private readonly confirmed = new Set<number>();

  constructor(
    private readonly calendar: WorkingDayCalendar,
    private readonly years: number[],
    private readonly confirmYear: (year: number) => Promise<void>,
  ) {}

  /** The `n`-th working day after `from`. */
  add(from: string, n: number): Promise<string> {
    return this.withCalendar((c) => addWorkingDays(from, n, c));
  }

  /** The `n`-th working day before `from`. */
  async back(from: string, n: number): Promise<string> {
    let date = from;
    for (let counted = 0; counted < n; ) {
      date = addDays(date, -1);
      if (await this.isWorking(date)) counted++;
    }
    return date;
  }

  /** `date` if it is a working day, else the next one. */
  async onOrAfter(date: string): Promise<string> {
    return (await this.isWorking(date)) ? date : this.add(date, 1);
  }

  isWorking(date: string): Promise<boolean> {
    return this.withCalendar((c) => isWorkingDay(date, c));
  }

  private async withCalendar<T>(compute: (calendar: ConfirmedCalendar) => T): Promise<T> {
    for (;;) {
      this.loaded ??= await this.calendar.load(this.years);
      try {
        return compute(this.loaded);
      } catch (error) {
        if (!(error instanceof UnconfirmedYearError) || !this.years.includes(error.year) || this.confirmed.has(error.year)) throw error;
        this.confirmed.add(error.year);
        await this.confirmYear(error.year);
        this.loaded = null;
      }
    }
  }
}
