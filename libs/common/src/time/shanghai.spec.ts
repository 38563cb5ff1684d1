import { endOfShanghaiDay, SHANGHAI_OFFSET_MS, shanghaiDate, shanghaiDateTime, shanghaiInstant, shanghaiNoon, shanghaiYear, SHANGHAI_UTC_OFFSET } from './shanghai';

describe('Asia/Shanghai time', () => {
  it('reads the calendar date in Shanghai, which turns eight hours before UTC midnight', () => {
    expect(shanghaiDate(new Date('2026-06-30T15:59:59Z'))).toBe('2026-06-30');
    expect(shanghaiDate(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01');
  });

  it('shows an instant as "YYYY-MM-DD HH:mm" in Shanghai, across a year end', () => {
    expect(shanghaiDateTime(new Date('2026-05-31T09:00:00Z'))).toBe('2026-05-31 17:00');
    expect(shanghaiDateTime(new Date('2026-12-31T16:30:59Z'))).toBe('2027-01-01 00:30');
  });

  it('makes instants from Shanghai wall-clock times on a date', () => {
    expect(shanghaiInstant('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(shanghaiInstant('2026-03-01', '17:00:00').toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(endOfShanghaiDay('2026-05-30').toISOString()).toBe('2026-05-30T15:59:59.000Z');
    expect(shanghaiNoon('2026-05-30').toISOString()).toBe('2026-05-30T04:00:00.000Z');
  });

  it('keeps the date it was made from, whichever way round', () => {
    for (const date of ['2024-02-29', '2026-01-01', '2026-12-31']) {
      expect(shanghaiDate(shanghaiInstant(date))).toBe(date);
      expect(shanghaiDate(endOfShanghaiDay(date))).toBe(date);
      expect(shanghaiDate(shanghaiNoon(date))).toBe(date);
    }
  });

  it('reads the year in Shanghai', () => {
    expect(shanghaiYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(shanghaiYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('states one fixed offset, +08:00 (no daylight saving time)', () => {
    expect(SHANGHAI_UTC_OFFSET).toBe('+08:00');
    expect(SHANGHAI_OFFSET_MS).toBe(8 * 3600 * 1000);
    // The fixed offset agrees with the time-zone database in summer and winter.
    for (const iso of ['2026-01-15T03:00:00Z', '2026-07-15T03:00:00Z']) {
      const viaIntl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
      expect(shanghaiDateTime(new Date(iso))).toBe(viaIntl);
    }
  });
});
