import { addDays, calendarDiff, formatDurationEn, formatDurationZh, addYears, isIsoDate, parseIsoDate } from './civil-date';

describe('dates', () => {
  it.each(['2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '20240101', '', null, 20240101])('rejects %p', (d) =>
    expect(parseIsoDate(d)).toBeNull(),
  );

  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it.each([
    ['2020-01-01', '2021-01-01', 12, 0],
    ['2020-01-15', '2020-03-14', 1, 28],
    ['2020-01-31', '2020-02-29', 1, 0],
    ['2020-01-31', '2020-03-01', 1, 1],
    ['2021-06-30', '2026-07-01', 60, 1],
    ['2021-07-01', '2026-07-01', 60, 0],
    ['2021-07-02', '2026-07-01', 59, 29],
    ['2026-01-01', '2025-01-01', 0, 0],
  ])('calendarDiff(%s, %s) = %i months %i days', (from, to, months, days) => {
    expect(calendarDiff(from, to)).toEqual({ months, days });
  });

  it('formats durations', () => {
    expect(formatDurationEn(38)).toBe('3 years 2 months');
    expect(formatDurationEn(12)).toBe('1 year');
    expect(formatDurationEn(1)).toBe('1 month');
    expect(formatDurationEn(0)).toBe('0 months');
    expect(formatDurationZh(38)).toBe('3年2个月');
    expect(formatDurationZh(24)).toBe('2年');
    expect(formatDurationZh(5)).toBe('5个月');
  });
});

describe('addYears', () => {
  it('keeps the calendar day, and makes 29 February the 28th in a common year', () => {
    expect(addYears('2026-06-15', 3)).toBe('2029-06-15');
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2026-12-31', -1)).toBe('2025-12-31');
  });
  it('refuses an invalid date', () => expect(() => addYears('2026-02-30', 1)).toThrow(RangeError));
});
