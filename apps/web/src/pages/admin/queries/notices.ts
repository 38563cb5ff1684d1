import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Objection = Schemas['ObjectionDto'];
export type ObjectionStatus = Objection['status'];

export const noticeKeys = {
  all: ['admin-notices'] as const,
  notices: () => [...noticeKeys.all, 'running'] as const,
  objections: (status: ObjectionStatus | 'all') => [...noticeKeys.all, 'objections', status] as const,
};

/** The notices running now, with their end dates (the public list, as anyone reads it). */
export const runningNoticesQuery = () =>
  queryOptions({ queryKey: noticeKeys.notices(), queryFn: () => unwrap(api.GET('/api/v1/public/notices', { params: { query: { limit: 100 } } })) });

export const objectionsQuery = (status: ObjectionStatus | 'all') =>
  queryOptions({
    queryKey: noticeKeys.objections(status),
    queryFn: () => unwrap(api.GET('/api/v1/objections', { params: { query: { limit: 100, status: status === 'all' ? undefined : status } } })),
  });
