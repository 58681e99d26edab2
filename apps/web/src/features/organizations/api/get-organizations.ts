import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganizationResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { organizationKeys } from './organization-keys';

/** Every organization the caller may see (their own, their region's municipalities, or all for ministry roles). */
export function getOrganizations(signal?: AbortSignal): Promise<OrganizationResponse[]> {
  return apiClient.get<OrganizationResponse[]>('/organizations', signal);
}

export const organizationsQueryOptions = () =>
  queryOptions({
    queryKey: organizationKeys.list(),
    queryFn: ({ signal }) => getOrganizations(signal),
    staleTime: 5 * 60_000,
  });

export function useOrganizations() {
  return useQuery(organizationsQueryOptions());
}
