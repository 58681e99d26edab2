import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrameworkListResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { queryString } from '../../../lib/query-string';
import { catalogueKeys } from './catalogue-keys';
import type { FrameworkFilters } from './catalogue-keys';

/** Framework versions the caller may see (drafts only for catalogue admins), filtered. */
export function getFrameworks(
  filters: FrameworkFilters,
  signal?: AbortSignal,
): Promise<FrameworkListResponse> {
  return apiClient.get<FrameworkListResponse>(`/catalogue/frameworks${queryString(filters)}`, signal);
}

export const frameworksQueryOptions = (filters: FrameworkFilters = {}) =>
  queryOptions({
    queryKey: catalogueKeys.frameworkList(filters),
    queryFn: ({ signal }) => getFrameworks(filters, signal),
  });

export function useFrameworks(filters: FrameworkFilters = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...frameworksQueryOptions(filters), enabled: options.enabled ?? true });
}
