import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { HostOffice, usccCheckChar } from '@app/applications';
import { addDays, Clock, shanghaiYear } from '@app/common';
import { addWorkingDays } from '@app/notice';
import { makeUser, TestUser } from './factories';
import { ApiClient } from './portal';

/** A valid unified social credit code nobody registered (a freelance designer's own business, say). */
export function unregisteredCreditCode(): string {
  const digits = Array.from(randomBytes(9), (b) => String(b % 10)).join('');
  const first17 = `91500106${digits}`;
  return first17 + usccCheckChar(first17);
}

/** Weekday arithmetic that ignores holidays: what a posting's end would be without the calendar. */
export function addWeekdays(from: string, n: number): string {
  let date = from;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) counted++;
  }
  return date;
}

export interface PastPosting {
  startDate: string;
  /** Where `workingDays` weekdays would end, ignoring the holidays. */
  weekdaysEnd: string;
  /** Where the working-day calendar ends it (later: a holiday is in between). */
  endDate: string;
}

/**
 * An internal posting across a public holiday that has ended before `today`: from the
 * confirmed working-day calendar (this year and last, as the admin's calendar answers them),
 * the latest start (the day before a holiday) whose `workingDays` working days end later than
 * as many weekdays would.
 */
export async function pastPostingAcrossHoliday(admin: ApiClient, today: string, workingDays = 5): Promise<PastPosting> {
  const thisYear = shanghaiYear(new Date(`${today}T12:00:00+08:00`));
  const calendar = new Map<number, { holidays: Set<string>; workdays: Set<string> }>();
  for (const year of [thisYear - 1, thisYear]) {
    const res = await admin.get(`/api/v1/admin/calendar/${year}`);
    if (res.status !== 200 || !res.body.confirmed) continue;
    calendar.set(year, {
      holidays: new Set((res.body.holidays as { date: string }[]).map((h) => h.date)),
      workdays: new Set((res.body.workdays as { date: string }[]).map((h) => h.date)),
    });
  }
  const starts = [...calendar.values()].flatMap((c) => [...c.holidays].map((h) => addDays(h, -1))).sort().reverse();
  for (const startDate of starts) {
    try {
      const endDate = addWorkingDays(startDate, workingDays, calendar);
      const weekdaysEnd = addWeekdays(startDate, workingDays);
      if (endDate > weekdaysEnd && endDate < today) return { startDate, weekdaysEnd, endDate };
    } catch {
      // Reaches a year this calendar does not hold.
    }
  }
  throw new Error(`no holiday in the confirmed calendar early enough before ${today}`);
}

/** The id of the host office's bureau (seeded at start-up). */
export async function hostBureauId(app: INestApplicationContext): Promise<string> {
  const rows: { id: string }[] = await app.get(DataSource).query(`SELECT id FROM organisations WHERE kind = 'bureau' AND province = $1`, [app.get(HostOffice).provinceCode]);
  if (!rows.length) throw new Error('The host province’s bureau was not seeded');
  return rows[0].id;
}

/** A bureau officer (authority_officer) acting for `bureauId` (default: the host office's bureau), logged in. */
export async function makeBureauOfficer(app: INestApplication, api: ApiClient, options: { bureauId?: string; locale?: 'zh-CN' | 'en'; fullName?: string } = {}): Promise<TestUser> {
  const officer = await makeUser(app, api, { roles: ['authority_officer'], locale: options.locale, fullName: options.fullName ?? 'Bureau Officer' });
  const bureauId = options.bureauId ?? (await hostBureauId(app));
  await app.get(DataSource).query(`INSERT INTO organisation_members (user_id, organisation_id, role) VALUES ($1, $2, 'authority_officer')`, [officer.id, bureauId]);
  return officer;
}

/**
 * Test set-up only: the app's clock (the injected Clock every service asks) runs `offsetMs`
 * ahead of the real time from now on, as if the days in between had passed (the worker takes
 * a ManualClock instead, see startWorker). Returns a function that puts it back.
 */
export function shiftAppClock(app: INestApplicationContext, offsetMs: number): () => void {
  const clock = app.get(Clock) as Clock & { now: () => Date };
  const own = Object.prototype.hasOwnProperty.call(clock, 'now') ? clock.now : undefined;
  clock.now = () => new Date(Date.now() + offsetMs);
  return () => {
    if (own) clock.now = own;
    else delete (clock as Partial<typeof clock>).now;
  };
}
