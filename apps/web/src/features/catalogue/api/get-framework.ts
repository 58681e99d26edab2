import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrameworkTreeResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

/** One version with its directions and their measures (or KPIs). */
export function getFramework(frameworkId: string, signal?: AbortSignal): Promise<FrameworkTreeResponse> {
  return apiClient.get<FrameworkTreeResponse>(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}`,
    signal,
  );
}

export const frameworkQueryOptions = (frameworkId: string) =>
  queryOptions({
    queryKey: catalogueKeys.framework(frameworkId),
    queryFn: ({ signal }) => getFramework(frameworkId, signal),
  });

export function useFramework(frameworkId: string) {
  return useQuery(frameworkQueryOptions(frameworkId));
}
