/**
 * Asia/Shanghai, the portal's one time zone: dates the office means (deadlines, notice days,
 * certificates) and times shown in messages are read there. China has kept UTC+8 without
 * daylight saving time since 1991, so a fixed offset is exact and needs no time-zone database.
 */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';
/** The offset as ISO 8601 writes it ("2026-05-31T17:00:00+08:00"). */
export const SHANGHAI_UTC_OFFSET = '+08:00';
export const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar date (YYYY-MM-DD) in Asia/Shanghai at the given instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** "2026-05-31 17:00": an instant as messages, templates and exports show it (Asia/Shanghai, to the minute). */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant a Shanghai wall-clock time names on a calendar date (YYYY-MM-DD; time HH:mm:ss). */
export function shanghaiInstant(date: string, time = '00:00:00'): Date {
  return new Date(`${date}T${time}${SHANGHAI_UTC_OFFSET}`);
}

/** The last second of a Shanghai calendar day: how a deadline given as a date is kept ("by 30 May" includes 30 May). */
export function endOfShanghaiDay(date: string): Date {
  return shanghaiInstant(date, '23:59:59');
}

/** Noon in Shanghai of a calendar date: an instant that stays on that day whichever way it is read. */
export function shanghaiNoon(date: string): Date {
  return shanghaiInstant(date, '12:00:00');
}

/** The Shanghai calendar year at the given instant. */
export function shanghaiYear(instant: Date): number {
  return Number(shanghaiDate(instant).slice(0, 4));
}
