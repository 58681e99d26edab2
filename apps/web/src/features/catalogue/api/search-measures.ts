import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MeasureSearchResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { queryString } from '../../../lib/query-string';
import { catalogueKeys } from './catalogue-keys';
import type { SearchParams } from './catalogue-keys';

/** Measures of the current published versions (or of one version), best matches first. */
export function searchMeasures(params: SearchParams, signal?: AbortSignal): Promise<MeasureSearchResponse> {
  return apiClient.get<MeasureSearchResponse>(`/catalogue/measures${queryString(params)}`, signal);
}

export const measureSearchQueryOptions = (params: SearchParams) =>
  queryOptions({
    queryKey: catalogueKeys.search('measures', params),
    queryFn: ({ signal }) => searchMeasures(params, signal),
  });

export function useMeasureSearch(params: SearchParams, enabled: boolean) {
  return useQuery({ ...measureSearchQueryOptions(params), enabled, placeholderData: keepPreviousData });
}
