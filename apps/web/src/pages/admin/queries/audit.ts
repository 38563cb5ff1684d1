import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { paths } from '../../../api/schema';

export type AuditFilter = Omit<NonNullable<paths['/api/v1/admin/audit']['get']['parameters']['query']>, 'limit' | 'cursor'>;

/** The audit log, newest first, keyset-paged. */
export const auditLogQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['admin-audit', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/audit', { params: { query: { ...filter, limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The chain's verification (reads the whole log: asked for, not on every visit). */
export const auditVerifyQuery = () => queryOptions({ queryKey: ['admin-audit-verify'], queryFn: () => unwrap(api.GET('/api/v1/admin/audit/verify')), staleTime: 60_000 });
