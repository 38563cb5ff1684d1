import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { paths } from '../../../api/schema';

/** The admin list's query string, exactly as the API takes it (filters and sort). */
export type FileListQuery = Omit<NonNullable<paths['/api/v1/applications']['get']['parameters']['query']>, 'limit' | 'cursor' | 'mine'>;

export const FILE_PAGE_SIZE = 50;

/** The admin files list, keyset-paged ("load more"). */
export const fileListQuery = (query: FileListQuery) =>
  infiniteQueryOptions({
    queryKey: ['admin-applications', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/applications', { params: { query: { ...query, limit: FILE_PAGE_SIZE, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
