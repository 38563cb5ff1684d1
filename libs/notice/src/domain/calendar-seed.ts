import chineseDays from 'chinese-days/dist/chinese-days.json';

/** A day of the seed: its date and the holiday it belongs to ("Spring Festival,春节,4"). */
export interface SeedDay {
  date: string;
  name: string | null;
}

export interface SeedYear {
  year: number;
  holidays: SeedDay[];
  workdays: SeedDay[];
}

/** The source the seed names on each year it confirmed (package and version: what an admin can check against the State Council notices). */
export const CALENDAR_SEED_SOURCE = 'chinese-days@1.5.7';

/** "New Year's Day,元旦,1" -> "元旦 New Year's Day" (Chinese first: it is what the office reads). */
function holidayName(raw: string | undefined): string | null {
  if (!raw) return null;
  const [en, zh] = raw.split(',');
  return [zh, en].filter(Boolean).join(' ').slice(0, 64) || null;
}

/**
 * The years `chinese-days` has data for, with their holidays and make-up working days. The
 * package answers plain weekdays for a year it lacks, so only years with at least one holiday
 * in its data are taken (a real year always has the Spring Festival): 2004-2026 in 1.5.7.
 */
export function seedYears(): SeedYear[] {
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  const byYear = new Map<number, SeedYear>();
  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = { year, holidays: [], workdays: [] }));
    return entry;
  };
  for (const [date, raw] of Object.entries(data.holidays)) yearOf(date).holidays.push({ date, name: holidayName(raw) });
  const withHolidays = new Set(byYear.keys());
  for (const [date, raw] of Object.entries(data.workdays)) {
    // A make-up day of a year without holidays would be a stray entry, not a calendar.
    if (withHolidays.has(Number(date.slice(0, 4)))) yearOf(date).workdays.push({ date, name: holidayName(raw) });
  }
  const years = [...byYear.values()];
  for (const y of years) {
    y.holidays.sort((a, b) => a.date.localeCompare(b.date));
    y.workdays.sort((a, b) => a.date.localeCompare(b.date));
  }
  return years.sort((a, b) => a.year - b.year);
}
