import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { KpiSearchResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { queryString } from '../../../lib/query-string';
import { roadmapKeys } from './roadmap-keys';

export type KpiSearchParams = { q: string; frameworkId: string; limit: number };

/** KPI definitions matching the text (catalogue search: stems, typos, codes), best first; one KPI set or all. */
export function searchKpiDefinitions(
  params: KpiSearchParams,
  signal?: AbortSignal,
): Promise<KpiSearchResponse> {
  return apiClient.get<KpiSearchResponse>(
    `/catalogue/kpis${queryString({
      q: params.q.trim() || undefined,
      frameworkId: params.frameworkId || undefined,
      limit: params.limit,
    })}`,
    signal,
  );
}

export const kpiDefinitionSearchQueryOptions = (params: KpiSearchParams) =>
  queryOptions({
    queryKey: [...roadmapKeys.frameworks(), 'kpi-search', params] as const,
    queryFn: ({ signal }) => searchKpiDefinitions(params, signal),
    staleTime: 5 * 60_000,
  });

export function useKpiDefinitionSearch(params: KpiSearchParams, enabled: boolean) {
  return useQuery({ ...kpiDefinitionSearchQueryOptions(params), enabled, placeholderData: keepPreviousData });
}
