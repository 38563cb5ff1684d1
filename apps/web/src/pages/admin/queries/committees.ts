import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type Committee = Schemas['CommitteeDto'];
export type CommitteeRules = Schemas['CommitteeRulesDto'];
export type CommitteeCandidate = Schemas['CommitteeCandidateDto'];
export type Meeting = Schemas['MeetingDto'];
export type MeetingItem = Schemas['MeetingItemDto'];
export type Minutes = Schemas['MinutesDto'];

/** Query keys of the committee pages: invalidate `all` after any change. */
export const committeeKeys = {
  all: ['admin-committees'] as const,
  committees: () => [...committeeKeys.all, 'list'] as const,
  committee: (id: string) => [...committeeKeys.all, 'committee', id] as const,
  candidates: () => [...committeeKeys.all, 'candidates'] as const,
  meetings: () => [...committeeKeys.all, 'meetings'] as const,
  meeting: (id: string) => [...committeeKeys.all, 'meeting', id] as const,
  minutes: (id: string) => [...committeeKeys.all, 'minutes', id] as const,
  agendaFiles: (cycleId: string) => [...committeeKeys.all, 'agenda-files', cycleId] as const,
};

/** Every committee (with members by name) and the configured rules the form checks as typed. */
export const committeesQuery = () =>
  queryOptions({ queryKey: committeeKeys.committees(), queryFn: () => unwrap(api.GET('/api/v1/committees', { params: { query: { limit: 100 } } })) });

export const committeeQuery = (id: string) =>
  queryOptions({ queryKey: committeeKeys.committee(id), queryFn: () => unwrap(api.GET('/api/v1/committees/{id}', { params: { path: { id } } })), enabled: Boolean(id) });

/** The whole expert pool who may sit on a committee (followed page by page). */
export const candidatesQuery = () =>
  queryOptions({
    queryKey: committeeKeys.candidates(),
    queryFn: async () => {
      const all: CommitteeCandidate[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(api.GET('/api/v1/committees/candidates', { params: { query: { limit: 100, cursor } } }));
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
  });

export const meetingsQuery = () =>
  queryOptions({ queryKey: committeeKeys.meetings(), queryFn: () => unwrap(api.GET('/api/v1/meetings', { params: { query: { limit: 100 } } })) });

export const meetingQuery = (id: string) =>
  queryOptions({ queryKey: committeeKeys.meeting(id), queryFn: () => unwrap(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } })) });

export const minutesQuery = (id: string, enabled: boolean) =>
  queryOptions({ queryKey: committeeKeys.minutes(id), queryFn: () => unwrap(api.GET('/api/v1/meetings/{id}/minutes', { params: { path: { id } } })), enabled });

/** The reviewed files of a cycle: what an agenda may list. */
export const agendaFilesQuery = (cycleId: string | undefined) =>
  queryOptions({
    queryKey: committeeKeys.agendaFiles(cycleId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/applications', { params: { query: { cycleId, status: 'reviewed', limit: 100, sort: 'referenceNumber', order: 'asc' } } })),
    enabled: Boolean(cycleId),
  });

export { cyclesQuery } from './cycles';

/** Members needed present to open: ceil(members × quorum), in integers as the API counts it. */
export function quorumNeeded(members: number, rules: Pick<CommitteeRules, 'quorumNumerator' | 'quorumDenominator'>): number {
  return Math.floor((members * rules.quorumNumerator + rules.quorumDenominator - 1) / rules.quorumDenominator);
}
