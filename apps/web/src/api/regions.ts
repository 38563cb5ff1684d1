import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { components } from './schema';

export type Region = components['schemas']['RegionDto'];
export type District = components['schemas']['DistrictDto'];

/**
 * The regions (GET public/regions): every province as PP0000, the host province with its
 * districts and counties. The API is the only source: the web app never lists a district or
 * names the host province itself. Read once per visit.
 */
export const regionsQuery = () => queryOptions({ queryKey: ['regions'], staleTime: Infinity, queryFn: () => unwrap(api.GET('/api/v1/public/regions')) });

/** The host province's districts and counties (the one region the API lists them for), [] until loaded. */
export function hostDistricts(regions: { items: Region[] } | undefined): District[] {
  return regions?.items.find((r) => r.districts?.length)?.districts ?? [];
}
