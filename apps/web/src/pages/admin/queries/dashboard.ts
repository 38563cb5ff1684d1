import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

/** The cycles an admin chooses among (newest first, as the API lists them). */
export const cyclesQuery = () => queryOptions({ queryKey: ['cycles', 'all'], queryFn: () => unwrap(api.GET('/api/v1/cycles', { params: { query: { limit: 100 } } })) });

/** A cycle's statistics, aggregated by the API (GET admin/stats). */
export const cycleStatsQuery = (cycleId: string) =>
  queryOptions({ queryKey: ['admin-stats', cycleId], queryFn: () => unwrap(api.GET('/api/v1/admin/stats', { params: { query: { cycleId } } })), staleTime: 30_000 });

/** What waits on the office for a cycle (GET admin/dashboard/waiting). */
export const waitingQuery = (cycleId: string) =>
  queryOptions({
    queryKey: ['admin-waiting', cycleId],
    queryFn: () => unwrap(api.GET('/api/v1/admin/dashboard/waiting', { params: { query: { cycleId } } })),
    staleTime: 30_000,
  });

/** The regions (GET public/regions): names for the province codes. */
export { regionsQuery } from '../../../api/regions';
