import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ComplianceMunicipalityTableResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { queryString } from '../../../lib/query-string';
import { complianceKeys } from './compliance-keys';

export type OverviewFilters = { regionId: string | null; populationGroup: string | null };

/** Scores of every roadmap the caller's role reaches (a regional coordinator: their region; ministry: all). */
export function getMunicipalityCompliance(
  filters: OverviewFilters,
  signal?: AbortSignal,
): Promise<ComplianceMunicipalityTableResponse> {
  const query = queryString({
    regionId: filters.regionId ?? undefined,
    populationGroup: filters.populationGroup ?? undefined,
  });
  return apiClient.get<ComplianceMunicipalityTableResponse>(`/compliance/municipalities${query}`, signal);
}

export const municipalityComplianceQueryOptions = (filters: OverviewFilters) =>
  queryOptions({
    queryKey: complianceKeys.overview(filters),
    queryFn: ({ signal }) => getMunicipalityCompliance(filters, signal),
    staleTime: 30_000,
  });

export function useMunicipalityCompliance(filters: OverviewFilters) {
  return useQuery(municipalityComplianceQueryOptions(filters));
}
