import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../api/client';

export type AdminOrganisation = Schemas['AdminOrganisationDto'];
export type OrganisationKind = AdminOrganisation['kind'];
export type NewOrganisation = Schemas['CreateOrganisationDto'];
export type OfficerInvitation = Schemas['InviteOfficerDto'];

/** The organisations of one kind with the people acting for each (GET admin/organisations), oldest first, page by page. */
export const organisationsQuery = (kind: OrganisationKind) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'organisations', kind],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/organisations', { params: { query: { kind, limit: 100, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Registers an employer (by its credit code) or a district sub-centre (by its district). */
export function createOrganisation(body: NewOrganisation) {
  return unwrap(api.POST('/api/v1/admin/organisations', { body }));
}

/** Invites a person to act for a recommending unit (the API binds the role the organisation's kind takes: unit_officer). */
export function inviteOfficer(organisationId: string, body: OfficerInvitation) {
  return unwrap(api.POST('/api/v1/admin/organisations/{id}/officers', { params: { path: { id: organisationId } }, body }));
}
