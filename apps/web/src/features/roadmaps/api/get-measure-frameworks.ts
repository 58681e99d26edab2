import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrameworkListResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapKeys } from './roadmap-keys';

/** Published versions of the standard (measures frameworks) a roadmap can be pinned to. */
export function getMeasureFrameworks(signal?: AbortSignal): Promise<FrameworkListResponse> {
  return apiClient.get<FrameworkListResponse>('/catalogue/frameworks?kind=measures&status=published', signal);
}

export const measureFrameworksQueryOptions = () =>
  queryOptions({
    queryKey: [...roadmapKeys.frameworks(), 'published-measures'] as const,
    queryFn: ({ signal }) => getMeasureFrameworks(signal),
    staleTime: 5 * 60_000,
  });

export function useMeasureFrameworks(options: { enabled?: boolean } = {}) {
  return useQuery({ ...measureFrameworksQueryOptions(), enabled: options.enabled ?? true });
}
