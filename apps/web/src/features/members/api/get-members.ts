import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MembersPageResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { memberKeys } from './member-keys';

/** Members, pending invitations and the roles the caller may grant (empty ⇒ read-only). */
export function getMembers(organizationId: string, signal?: AbortSignal): Promise<MembersPageResponse> {
  return apiClient.get<MembersPageResponse>(
    `/organizations/${encodeURIComponent(organizationId)}/members`,
    signal,
  );
}

export const membersQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: memberKeys.page(organizationId),
    queryFn: ({ signal }) => getMembers(organizationId, signal),
  });

export function useMembers(organizationId: string) {
  return useQuery(membersQueryOptions(organizationId));
}
