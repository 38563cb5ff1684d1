import { shanghaiYear } from '@app/common';
import { ApiClient } from './portal';

/**
 * Test set-up: make sure the working-day calendar has `years` confirmed, as an admin does
 * for a year the seed lacks (PUT admin/calendar/:year; here with no holidays). A test whose
 * notice period starts today needs this once its end date can reach a year nobody has
 * entered yet (the seed stops at 2026): without it the suite would start failing each
 * December, when five working days after today cross into the next year.
 */
export async function confirmCalendarYears(admin: ApiClient, years: number[]): Promise<void> {
  for (const year of years) {
    const current = await admin.get<{ confirmed: boolean }>(`/api/v1/admin/calendar/${year}`);
    if (current.status !== 200) throw new Error(`GET admin/calendar/${year} answered ${current.status}`);
    if (current.body.confirmed) continue;
    const put = await admin.put(`/api/v1/admin/calendar/${year}`, { holidays: [], workdays: [] });
    if (put.status !== 200) throw new Error(`PUT admin/calendar/${year} answered ${put.status}: ${JSON.stringify(put.body)}`);
  }
}

/** This year and the next in Asia/Shanghai: the years a notice posted today can end in. */
export function yearsFromToday(): number[] {
  const year = shanghaiYear(new Date());
  return [year, year + 1];
}
