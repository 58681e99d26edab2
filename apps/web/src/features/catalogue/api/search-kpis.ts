import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { KpiSearchResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { queryString } from '../../../lib/query-string';
import { catalogueKeys } from './catalogue-keys';
import type { SearchParams } from './catalogue-keys';

/** KPIs of the current published versions (or of one version), best matches first. */
export function searchKpis(params: SearchParams, signal?: AbortSignal): Promise<KpiSearchResponse> {
  return apiClient.get<KpiSearchResponse>(`/catalogue/kpis${queryString(params)}`, signal);
}

export const kpiSearchQueryOptions = (params: SearchParams) =>
  queryOptions({
    queryKey: catalogueKeys.search('kpis', params),
    queryFn: ({ signal }) => searchKpis(params, signal),
  });

export function useKpiSearch(params: SearchParams, enabled: boolean) {
  return useQuery({ ...kpiSearchQueryOptions(params), enabled, placeholderData: keepPreviousData });
}
