import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CalendarDayKind } from '../entities/calendar-day.entity';

export interface CalendarYearRow {
  year: number;
  source: string;
  confirmedBy: string | null;
  confirmedAt: Date;
}

export interface CalendarDayRow {
  date: string;
  kind: CalendarDayKind;
  name: string | null;
}

export interface NewCalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string | null;
}

const YEAR_COLUMNS = `year, source, confirmed_by AS "confirmedBy", confirmed_at AS "confirmedAt"`;
const YEARS_SQL = `SELECT ${YEAR_COLUMNS} FROM calendar_years WHERE region = $1 AND year = ANY($2::int[]) ORDER BY year`;
const YEAR_LIST_SQL = `SELECT ${YEAR_COLUMNS} FROM calendar_years WHERE region = $1 ORDER BY year`;
/** Days as text: the driver would turn a `date` into a local-midnight Date. */
const DAYS_SQL = `SELECT date::text AS date, kind, name FROM calendar_days
 WHERE region = $1 AND date >= $2::date AND date <= $3::date ORDER BY date`;
/** Confirming a year (admin): the year row is upserted first, so two PUTs of one year run one after the other on its row lock. */
const UPSERT_YEAR_SQL = `INSERT INTO calendar_years (region, year, source, confirmed_by, confirmed_at) VALUES ($1, $2, $3, $4, $5)
 ON CONFLICT (region, year) DO UPDATE SET source = EXCLUDED.source, confirmed_by = EXCLUDED.confirmed_by, confirmed_at = EXCLUDED.confirmed_at
 RETURNING ${YEAR_COLUMNS}`;
/** The seed never overwrites a year that exists (an admin's entry, or an earlier seed). */
const SEED_YEAR_SQL = `INSERT INTO calendar_years (region, year, source, confirmed_by, confirmed_at) VALUES ($1, $2, $3, NULL, $4)
 ON CONFLICT (region, year) DO NOTHING RETURNING year`;
const DELETE_DAYS_SQL = `DELETE FROM calendar_days WHERE region = $1 AND date >= $2::date AND date <= $3::date`;
const INSERT_DAYS_SQL = `INSERT INTO calendar_days (region, date, kind, name)
 SELECT $1, t.date, t.kind, t.name FROM unnest($2::date[], $3::text[], $4::text[]) AS t(date, kind, name)
 ON CONFLICT (region, date) DO NOTHING`;

const firstDay = (year: number) => `${year}-01-01`;
const lastDay = (year: number) => `${year}-12-31`;

/** Every query on calendar_years and calendar_days. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  confirmedYears(region: string, years: number[], manager: EntityManager = this.dataSource.manager): Promise<CalendarYearRow[]> {
    return manager.query(YEARS_SQL, [region, years]);
  }

  allYears(region: string): Promise<CalendarYearRow[]> {
    return this.dataSource.manager.query(YEAR_LIST_SQL, [region]);
  }

  /** The holidays and make-up working days from the first day of `fromYear` to the last of `toYear`. */
  days(region: string, fromYear: number, toYear: number, manager: EntityManager = this.dataSource.manager): Promise<CalendarDayRow[]> {
    return manager.query(DAYS_SQL, [region, firstDay(fromYear), lastDay(toYear)]);
  }

  /** Replace a year's days and mark it confirmed by `adminId`. */
  async replaceYear(manager: EntityManager, region: string, year: number, days: NewCalendarDay[], adminId: string, now: Date): Promise<CalendarYearRow> {
    const [row] = (await manager.query(UPSERT_YEAR_SQL, [region, year, 'admin', adminId, now])) as CalendarYearRow[];
    await manager.query(DELETE_DAYS_SQL, [region, firstDay(year), lastDay(year)]);
    await this.insertDays(manager, region, days);
    return row;
  }

  /** Insert a seeded year unless the year exists; whether it was inserted. */
  async seedYear(manager: EntityManager, region: string, year: number, source: string, days: NewCalendarDay[], now: Date): Promise<boolean> {
    const rows = (await manager.query(SEED_YEAR_SQL, [region, year, source, now])) as unknown[];
    if (rows.length === 0) return false;
    await this.insertDays(manager, region, days);
    return true;
  }

  private async insertDays(manager: EntityManager, region: string, days: NewCalendarDay[]): Promise<void> {
    if (days.length === 0) return;
    await manager.query(INSERT_DAYS_SQL, [region, days.map((d) => d.date), days.map((d) => d.kind), days.map((d) => d.name)]);
  }
}
