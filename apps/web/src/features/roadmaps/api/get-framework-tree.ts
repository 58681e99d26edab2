import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrameworkTreeResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapKeys } from './roadmap-keys';

/** The framework version a roadmap is pinned to, with its directions and measures (immutable once published). */
export function getFrameworkTree(frameworkId: string, signal?: AbortSignal): Promise<FrameworkTreeResponse> {
  return apiClient.get<FrameworkTreeResponse>(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}`,
    signal,
  );
}

export const frameworkTreeQueryOptions = (frameworkId: string) =>
  queryOptions({
    queryKey: roadmapKeys.framework(frameworkId),
    queryFn: ({ signal }) => getFrameworkTree(frameworkId, signal),
    staleTime: Infinity,
  });

export function useFrameworkTree(frameworkId: string | undefined) {
  return useQuery({ ...frameworkTreeQueryOptions(frameworkId ?? ''), enabled: Boolean(frameworkId) });
}
