import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActivityPageResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

/** The roadmap's audit events, newest first (the API returns at most 200). */
export function getActivity(
  organizationId: string,
  roadmapId: string,
  signal?: AbortSignal,
): Promise<ActivityPageResponse> {
  return apiClient.get<ActivityPageResponse>(roadmapsPath(organizationId, roadmapId, '/activity'), signal);
}

export const activityQueryOptions = (organizationId: string, roadmapId: string) =>
  queryOptions({
    queryKey: roadmapKeys.activity(organizationId, roadmapId),
    queryFn: ({ signal }) => getActivity(organizationId, roadmapId, signal),
  });

export function useActivity(organizationId: string, roadmapId: string) {
  return useQuery(activityQueryOptions(organizationId, roadmapId));
}
