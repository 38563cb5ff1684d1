import { seedYears } from './calendar-seed';
import { addWorkingDays, calendarProblems, ConfirmedCalendar, isWorkingDay, UnconfirmedYearError, yearsSpanned } from './working-days';

/** The calendar as the seed writes it: chinese-days 1.5.7, every year it has. */
function seeded(only?: number[]): ConfirmedCalendar {
  return new Map(
    seedYears()
      .filter((y) => !only || only.includes(y.year))
      .map((y) => [y.year, { holidays: new Set(y.holidays.map((d) => d.date)), workdays: new Set(y.workdays.map((d) => d.date)) }]),
  );
}

describe('the seed (chinese-days 1.5.7)', () => {
  it('has exactly 2004-2026, each with holidays', () => {
    const years = seedYears();
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    for (const y of years) expect(y.holidays.length).toBeGreaterThan(0);
  });

  it('has the 2026 Spring Festival and National Day as the State Council published them', () => {
    const y2026 = seedYears().find((y) => y.year === 2026)!;
    const holidays = y2026.holidays.map((d) => d.date);
    expect(holidays).toEqual(expect.arrayContaining(['2026-02-15', '2026-02-23', '2026-10-01', '2026-10-07', '2026-09-25']));
    expect(holidays).not.toContain('2026-02-24');
    expect(holidays).not.toContain('2026-10-08');
    expect(y2026.workdays.map((d) => d.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(y2026.holidays.find((d) => d.date === '2026-02-17')!.name).toBe('春节 Spring Festival');
  });
});

describe('isWorkingDay', () => {
  const calendar = seeded([2026]);
  it.each([
    ['2026-02-13', true], // Friday before the Spring Festival
    ['2026-02-14', true], // Saturday, make-up working day
    ['2026-02-15', false], // Sunday, holiday
    ['2026-02-16', false], // Monday, holiday
    ['2026-02-23', false], // Monday, last day of the holiday
    ['2026-02-24', true],
    ['2026-02-28', true], // Saturday, make-up working day
    ['2026-03-01', false], // plain Sunday
    ['2026-09-20', true], // Sunday, make-up working day
    ['2026-10-01', false],
    ['2026-10-07', false], // Wednesday, holiday
    ['2026-10-10', true], // Saturday, make-up working day
    ['2026-10-11', false], // plain Sunday
  ])('%s -> %s', (date, expected) => expect(isWorkingDay(date, calendar)).toBe(expected));

  it('refuses a date of an unconfirmed year instead of guessing weekdays', () => {
    expect(() => isWorkingDay('2027-03-03', calendar)).toThrow(UnconfirmedYearError);
  });
});

describe('addWorkingDays (day 1 is the first working day after the date)', () => {
  const calendar = seeded([2025, 2026]);
  it.each([
    // plain weeks
    ['2026-03-02', 5, '2026-03-09'], // Mon -> next Mon
    ['2026-03-06', 5, '2026-03-13'], // Fri -> next Fri (weekend skipped)
    ['2026-03-07', 1, '2026-03-09'], // posted on a Saturday: day 1 is Monday
    // Spring Festival: 02-14 (Sat) on, 02-15..02-23 off, 02-28 (Sat) on
    ['2026-02-12', 5, '2026-02-26'], // 13, 14(Sat), 24, 25, 26
    ['2026-02-13', 5, '2026-02-27'], // 14(Sat), 24, 25, 26, 27
    ['2026-02-13', 1, '2026-02-14'], // the make-up Saturday counts
    ['2026-02-14', 1, '2026-02-24'], // nine days off
    ['2026-02-23', 5, '2026-02-28'], // 24, 25, 26, 27, 28(Sat)
    // National Day: 09-20 (Sun) on, 09-25..27 Mid-autumn off, 10-01..10-07 off, 10-10 (Sat) on
    ['2026-09-18', 5, '2026-09-24'], // 20(Sun), 21, 22, 23, 24
    ['2026-09-24', 5, '2026-10-09'], // 28, 29, 30, 10-08, 10-09
    ['2026-09-28', 5, '2026-10-10'], // 29, 30, 08, 09, 10(Sat)
    ['2026-09-30', 3, '2026-10-10'], // 08, 09, 10(Sat)
    // across the year boundary: 2026-01-01..03 off, 01-04 (Sun) on
    ['2025-12-29', 5, '2026-01-06'], // 30, 31, 01-04(Sun), 05, 06
  ])('%s + %i working days = %s', (from, n, expected) => expect(addWorkingDays(from, n, calendar)).toBe(expected));

  it('refuses a period that reaches an unconfirmed year, naming it', () => {
    let error: unknown;
    try {
      addWorkingDays('2026-12-28', 5, calendar);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnconfirmedYearError);
    expect((error as UnconfirmedYearError).year).toBe(2027);
  });

  it('refuses a period in a year missing between confirmed ones (no weekday fallback)', () => {
    const gap: ConfirmedCalendar = new Map([
      [2025, { holidays: new Set<string>(), workdays: new Set<string>() }],
      [2027, { holidays: new Set<string>(), workdays: new Set<string>() }],
    ]);
    expect(() => addWorkingDays('2025-12-30', 5, gap)).toThrow(new UnconfirmedYearError(2026));
  });

  it('needs a confirmed year even for the days of the start year', () => {
    expect(() => addWorkingDays('2025-12-29', 1, seeded([2026]))).toThrow(UnconfirmedYearError);
  });

  it('ends inside the start year without needing the next one', () => {
    expect(addWorkingDays('2026-12-21', 5, seeded([2026]))).toBe('2026-12-28');
  });

  it('rejects a bad start or count', () => {
    expect(() => addWorkingDays('2026-02-30', 5, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-03', 0, calendar)).toThrow(RangeError);
  });

  it('loads a superset of the years the walk enters', () => {
    expect(yearsSpanned('2026-12-28', 5)).toEqual([2026, 2027]);
    expect(yearsSpanned('2026-12-31', 5)).toEqual([2027]);
    expect(yearsSpanned('2026-06-01', 5)).toEqual([2026]);
  });
});

describe('calendarProblems', () => {
  it('accepts a clean year', () => {
    expect(calendarProblems(2027, ['2027-02-06', '2027-02-07'], ['2027-02-20'])).toEqual([]);
  });

  it('names every bad field', () => {
    const problems = calendarProblems(2027, ['2027-02-06', '2026-12-31', 'soon', '2027-02-06', '2027-02-30'], ['2027-02-06']);
    expect(problems).toEqual([
      { path: 'holidays[1]', code: 'DATE_OUTSIDE_YEAR', message: '2026-12-31 is not in 2027' },
      { path: 'holidays[2]', code: 'INVALID_DATE', message: 'soon is not a valid YYYY-MM-DD date' },
      { path: 'holidays[3]', code: 'DUPLICATE_DATE', message: '2027-02-06 is listed twice' },
      { path: 'holidays[4]', code: 'INVALID_DATE', message: '2027-02-30 is not a valid YYYY-MM-DD date' },
      { path: 'workdays[0]', code: 'DATE_BOTH_HOLIDAY_AND_WORKDAY', message: '2027-02-06 cannot be both a holiday and a make-up working day' },
    ]);
  });
});
