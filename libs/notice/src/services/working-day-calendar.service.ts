import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { HostOffice } from '@app/applications';
import { Clock } from '@app/common';
import { AuditService } from '@app/audit';
import { CALENDAR_SEED_SOURCE, seedYears } from '../domain/calendar-seed';
import { addWorkingDays, calendarProblems, CalendarYearDays, ConfirmedCalendar, UnconfirmedYearError, yearsSpanned } from '../domain/working-days';
import { NoticeError } from '../notice.errors';
import { CalendarDayRow, CalendarRepository, CalendarYearRow, NewCalendarDay } from './calendar.repository';

/** A year of the calendar as the admin screen shows it. */
export interface CalendarYearView {
  year: number;
  region: string;
  confirmed: boolean;
  /** `admin`, or `seed:<package@version>`. */
  source: string | null;
  confirmedBy: string | null;
  confirmedAt: Date | null;
  holidays: { date: string; name: string | null }[];
  workdays: { date: string; name: string | null }[];
}

export interface CalendarYearInput {
  holidays: string[];
  workdays: string[];
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** One transaction-scoped lock for the seed: the API and the worker start together. */
const SEED_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtextextended('calendar_seed:' || $1::text, 0))`;

/**
 * The working-day calendar of the host region (domain.md §8 Public notice): the years someone
 * confirmed, each with its public holidays and make-up working days, and the arithmetic on it.
 * Seeded at start-up from chinese-days for the years that package has data for; admins enter
 * and confirm other years (and may correct seeded ones).
 */
@Injectable()
export class WorkingDayCalendar implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkingDayCalendar.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: CalendarRepository,
    private readonly host: HostOffice,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private get region(): string {
    return this.host.provinceCode;
  }

  async onApplicationBootstrap(): Promise<void> {
    const seeded = await this.seed();
    if (seeded.length) this.logger.log(`Working-day calendar seeded for ${seeded.join(', ')} (${CALENDAR_SEED_SOURCE})`);
  }

  /** Insert every year of the seed that is not in the database yet (never overwrites an admin's year); the years inserted. */
  async seed(): Promise<number[]> {
    const source = `seed:${CALENDAR_SEED_SOURCE}`;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(SEED_LOCK_SQL, [this.region]);
      const years = seedYears();
      const present = new Set((await this.calendar.confirmedYears(this.region, years.map((y) => y.year), manager)).map((r) => r.year));
      const inserted: number[] = [];
      const now = this.clock.now();
      for (const y of years) {
        if (present.has(y.year)) continue;
        const days: NewCalendarDay[] = [...y.holidays.map((d) => ({ ...d, kind: 'holiday' as const })), ...y.workdays.map((d) => ({ ...d, kind: 'workday' as const }))];
        if (await this.calendar.seedYear(manager, this.region, y.year, source, days, now)) inserted.push(y.year);
      }
      return inserted;
    });
  }

  /**
   * The `n`-th working day after `from` (day 1 is the first working day after `from`). Throws
   * 422 CALENDAR_YEAR_UNCONFIRMED naming the first year it needs that nobody confirmed.
   */
  async addWorkingDays(from: string, n: number, manager?: EntityManager): Promise<string> {
    const years = yearsSpanned(from, n);
    const calendar = await this.load(years, manager);
    try {
      return addWorkingDays(from, n, calendar);
    } catch (e) {
      if (e instanceof UnconfirmedYearError) throw NoticeError.calendarYearUnconfirmed(e.year);
      throw e;
    }
  }

  /** The confirmed years among `years`, with their days. */
  async load(years: number[], manager?: EntityManager): Promise<ConfirmedCalendar> {
    const rows = await this.calendar.confirmedYears(this.region, years, manager);
    const calendar = new Map<number, { holidays: Set<string>; workdays: Set<string> }>();
    if (rows.length === 0) return calendar;
    for (const r of rows) calendar.set(r.year, { holidays: new Set(), workdays: new Set() });
    const days = await this.calendar.days(this.region, Math.min(...years), Math.max(...years), manager);
    for (const d of days) {
      const year = calendar.get(Number(d.date.slice(0, 4)));
      if (year) (d.kind === 'holiday' ? year.holidays : year.workdays).add(d.date);
    }
    return calendar as Map<number, CalendarYearDays>;
  }

  /** Which years are confirmed, and by whom (no days). */
  years(): Promise<CalendarYearRow[]> {
    return this.calendar.allYears(this.region);
  }

  /** A year with its days; an unconfirmed year answers confirmed: false and no days. */
  async getYear(year: string | number): Promise<CalendarYearView> {
    const y = this.parseYear(year);
    const [row] = await this.calendar.confirmedYears(this.region, [y]);
    const days = row ? await this.calendar.days(this.region, y, y) : [];
    return this.view(y, row ?? null, days);
  }

  /**
   * An admin enters (or corrects) a year and so confirms it: the holidays and make-up working
   * days replace the year's days. 400 naming each bad date (not a date, not in the year,
   * listed twice, both a holiday and a make-up day).
   */
  async putYear(year: string | number, input: CalendarYearInput, admin: { id: string }): Promise<CalendarYearView> {
    const y = this.parseYear(year);
    const problems = calendarProblems(y, input.holidays, input.workdays);
    if (problems.length) throw NoticeError.invalid(problems);
    const days: NewCalendarDay[] = [
      ...input.holidays.map((date) => ({ date, kind: 'holiday' as const, name: null })),
      ...input.workdays.map((date) => ({ date, kind: 'workday' as const, name: null })),
    ];
    await this.dataSource.transaction(async (manager) => {
      await this.calendar.replaceYear(manager, this.region, y, days, admin.id, this.clock.now());
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'calendar.year_confirmed',
        entityType: 'calendar_year',
        entityId: `${this.region}:${y}`,
        data: { holidays: input.holidays.length, workdays: input.workdays.length },
      });
    });
    return this.getYear(y);
  }

  private parseYear(year: string | number): number {
    const y = typeof year === 'number' ? year : /^\d{4}$/.test(year) ? Number(year) : NaN;
    if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) throw NoticeError.calendarYearOutOfRange(String(year));
    return y;
  }

  private view(year: number, row: CalendarYearRow | null, days: CalendarDayRow[]): CalendarYearView {
    return {
      year,
      region: this.region,
      confirmed: row !== null,
      source: row?.source ?? null,
      confirmedBy: row?.confirmedBy ?? null,
      confirmedAt: row?.confirmedAt ?? null,
      holidays: days.filter((d) => d.kind === 'holiday').map((d) => ({ date: d.date, name: d.name })),
      workdays: days.filter((d) => d.kind === 'workday').map((d) => ({ date: d.date, name: d.name })),
    };
  }
}
