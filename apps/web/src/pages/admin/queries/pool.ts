import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type PoolReviewer = Schemas['PoolReviewerDto'];
export type ProfileInput = Schemas['PutReviewerProfileDto'];

/** The expert pool with each reviewer's load (in `cycleId` when given), page by page. */
export const reviewerPool = (cycleId: string | undefined) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'pool', cycleId ?? null],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/reviewers', { params: { query: { cycleId, limit: 100, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** A reviewer's declared relations. */
export const reviewerRelations = (userId: string) =>
  queryOptions({
    queryKey: ['admin', 'pool', 'relations', userId],
    queryFn: () => unwrap(api.GET('/api/v1/admin/reviewers/{userId}/conflicts', { params: { path: { userId }, query: { limit: 100 } } })),
  });

export function putProfile(userId: string, body: ProfileInput) {
  return unwrap(api.PUT('/api/v1/admin/reviewers/{userId}', { params: { path: { userId } }, body }));
}

export function inviteReviewer(body: { email: string; fullName: string }) {
  return unwrap(api.POST('/api/v1/admin/users', { body: { ...body, roles: ['reviewer'] } }));
}
