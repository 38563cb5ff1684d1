import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type AutoAssignRun = Schemas['AutoAssignRunDto'];

/** An automatic run, read back every second while it is queued or running. */
export const autoAssignRun = (cycleId: string, runId: string) =>
  queryOptions({
    queryKey: ['admin', 'auto-assign', cycleId, runId],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{id}/auto-assign/{runId}', { params: { path: { id: cycleId, runId } } })),
    refetchInterval: (query) => (query.state.data && (query.state.data.status === 'done' || query.state.data.status === 'failed') ? false : 1000),
  });

/** The cycle's files in expert review, page by page. */
export const filesInReview = (cycleId: string) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'in-review', cycleId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/applications', { params: { query: { cycleId, status: 'in_review', limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** A file's panel: its active reviews. */
export const filePanel = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'panel', id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/scores', { params: { path: { id } } })),
  });

export const startAutoAssign = (cycleId: string) => unwrap(api.POST('/api/v1/cycles/{id}/auto-assign', { params: { path: { id: cycleId } } }));
export const assignReviewers = (id: string, reviewerIds: string[]) => unwrap(api.POST('/api/v1/applications/{id}/assignments', { params: { path: { id } }, body: { reviewerIds } }));
export const withdrawAssignment = (id: string, assignmentId: string) =>
  unwrap(api.DELETE('/api/v1/applications/{id}/assignments/{assignmentId}', { params: { path: { id, assignmentId } } }));
