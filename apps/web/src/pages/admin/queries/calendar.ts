import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

/** A year of the working-day calendar (holidays and make-up working days). */
export const calendarYearQuery = (year: number) =>
  queryOptions({ queryKey: ['admin-calendar', year], queryFn: () => unwrap(api.GET('/api/v1/admin/calendar/{year}', { params: { path: { year: String(year) } } })) });
