import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Appeal = Schemas['AppealDto'];
export type AppealStatus = Appeal['status'];

/** Appeals, oldest first, open or decided. */
export const appealsList = (status: AppealStatus) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'appeals', status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/appeals', { params: { query: { status, limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const decideAppeal = (id: string, body: Schemas['DecideAppealDto']) => unwrap(api.POST('/api/v1/appeals/{id}/decide', { params: { path: { id } }, body }));

/** What revoking the file now would bar (shown before confirming). */
export const revocationPreview = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'revocation-preview', id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/revoke', { params: { path: { id } } })),
    staleTime: 0,
  });

export const revokeTitle = (id: string, reason: string) => unwrap(api.POST('/api/v1/applications/{id}/revoke', { params: { path: { id } }, body: { reason } }));
