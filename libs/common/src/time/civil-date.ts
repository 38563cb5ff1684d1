/**
 * Calendar arithmetic on plain 'YYYY-MM-DD' strings. Dates in the form are civil dates
 * (no time, no zone), so everything works on UTC day numbers to stay clear of DST and
 * the host time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function parseIsoDate(value: unknown): CivilDate | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatCivilDate(date: CivilDate): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

function dayNumberOf(date: CivilDate): number {
  return Date.UTC(date.y, date.m - 1, date.d) / MS_PER_DAY;
}

/** Days since 1970-01-01 for a valid ISO date; throws on anything else (callers validate first). */
export function toDayNumber(iso: string): number {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not a valid YYYY-MM-DD date: ${iso}`);
  return dayNumberOf(date);
}

export function fromDayNumber(dayNumber: number): string {
  const d = new Date(dayNumber * MS_PER_DAY);
  return formatCivilDate({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** The same calendar day `years` later (29 February becomes 28 February in a common year); throws on an invalid date. */
export function addYears(iso: string, years: number): string {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not a valid YYYY-MM-DD date: ${iso}`);
  return formatCivilDate(addMonthsClamped(date, years * 12));
}

/** Adds whole months, clamping to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
function addMonthsClamped(date: CivilDate, months: number): CivilDate {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/**
 * Whole calendar months and leftover days from `from` (inclusive) to `toExclusive`.
 * Calendar months rather than day counts / 365 because title rules are stated in
 * years and months and must not drift around leap years or month lengths.
 */
export function calendarDiff(from: string, toExclusive: string): { months: number; days: number } {
  const f = parseIsoDate(from);
  const t = parseIsoDate(toExclusive);
  if (!f || !t) throw new RangeError(`not valid YYYY-MM-DD dates: ${from}, ${toExclusive}`);
  const tDay = dayNumberOf(t);
  if (tDay <= dayNumberOf(f)) return { months: 0, days: 0 };
  let months = (t.y - f.y) * 12 + (t.m - f.m);
  let anchor = addMonthsClamped(f, months);
  if (dayNumberOf(anchor) > tDay) {
    months -= 1;
    anchor = addMonthsClamped(f, months);
  }
  return { months, days: tDay - dayNumberOf(anchor) };
}

export interface YearsMonths {
  years: number;
  months: number;
}

export function toYearsMonths(totalMonths: number): YearsMonths {
  const whole = Math.max(0, Math.floor(totalMonths));
  return { years: Math.floor(whole / 12), months: whole % 12 };
}

export function formatDurationEn(totalMonths: number): string {
  const { years, months } = toYearsMonths(totalMonths);
  const parts: string[] = [];
  if (years > 0) parts.push(`${years} ${years === 1 ? 'year' : 'years'}`);
  if (months > 0 || years === 0) parts.push(`${months} ${months === 1 ? 'month' : 'months'}`);
  return parts.join(' ');
}

export function formatDurationZh(totalMonths: number): string {
  const { years, months } = toYearsMonths(totalMonths);
  if (years === 0) return `${months}个月`;
  return months === 0 ? `${years}年` : `${years}年${months}个月`;
}
