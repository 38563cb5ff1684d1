import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type FormVersionSummary = Schemas['FormVersionSummaryDto'];

export const cycleKeys = { all: ['cycles'] as const };

export const cyclesQuery = () => queryOptions({ queryKey: [...cycleKeys.all, 'all'], queryFn: () => unwrap(api.GET('/api/v1/cycles', { params: { query: { limit: 100 } } })) });

/** Every published form version (what a cycle may pin per level), followed page by page. */
export const publishedFormsQuery = () =>
  queryOptions({
    queryKey: ['forms', 'published'],
    queryFn: async () => {
      const all: FormVersionSummary[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(api.GET('/api/v1/forms', { params: { query: { status: 'published', limit: 100, cursor } } }));
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
  });

/** The JSON Schemas the API validates a cycle's eligibility policy, evidence rules and rubric with, and their defaults (they change only with a deployment). */
export const cycleSettingsSchemasQuery = () =>
  queryOptions({ queryKey: [...cycleKeys.all, 'settings-schemas'], staleTime: Infinity, queryFn: () => unwrap(api.GET('/api/v1/cycles/settings-schemas')) });
