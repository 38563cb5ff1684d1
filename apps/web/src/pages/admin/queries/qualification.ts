import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type QueueItem = Schemas['QualificationQueueItemDto'];
export type QualificationDecision = Schemas['QualificationDecisionDto'];

/** The qualification queue (submitted files, oldest submission first), page by page. */
export const qualificationQueue = (cycleId: string | undefined) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'qualification', cycleId ?? null],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/qualification', { params: { query: { cycleId, limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** A file's eligibility report, evaluated now by the API. */
export const fileEligibility = (id: string) =>
  queryOptions({
    queryKey: ['admin', 'eligibility', id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/eligibility', { params: { path: { id } } })),
  });

/** Every cycle (names for the filters). */
export const allCycles = () =>
  queryOptions({
    queryKey: ['cycles', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/cycles', { params: { query: { limit: 100 } } })),
    staleTime: 60_000,
  });

export function decide(id: string, body: QualificationDecision) {
  return unwrap(api.POST('/api/v1/applications/{id}/qualification', { params: { path: { id } }, body }));
}
