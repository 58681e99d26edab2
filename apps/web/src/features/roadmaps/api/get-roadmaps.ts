import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RoadmapListResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

/** The municipality's roadmaps. */
export function getRoadmaps(organizationId: string, signal?: AbortSignal): Promise<RoadmapListResponse> {
  return apiClient.get<RoadmapListResponse>(roadmapsPath(organizationId), signal);
}

export const roadmapsQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: roadmapKeys.list(organizationId),
    queryFn: ({ signal }) => getRoadmaps(organizationId, signal),
  });

export function useRoadmaps(organizationId: string) {
  return useQuery(roadmapsQueryOptions(organizationId));
}
