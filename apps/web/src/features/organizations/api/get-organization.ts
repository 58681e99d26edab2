import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganizationResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { organizationKeys } from './organization-keys';

export function getOrganization(organizationId: string, signal?: AbortSignal): Promise<OrganizationResponse> {
  return apiClient.get<OrganizationResponse>(`/organizations/${encodeURIComponent(organizationId)}`, signal);
}

export const organizationQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: organizationKeys.detail(organizationId),
    queryFn: ({ signal }) => getOrganization(organizationId, signal),
    staleTime: 5 * 60_000,
  });

/** One organization; pass null to skip (e.g. a municipality's region when there is none). */
export function useOrganization(organizationId: string | null) {
  return useQuery({ ...organizationQueryOptions(organizationId ?? ''), enabled: organizationId !== null });
}
