import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RoadmapDocumentResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

/** The whole roadmap (problems, items, coverage): what the workspace shows. */
export function getRoadmapDocument(
  organizationId: string,
  roadmapId: string,
  signal?: AbortSignal,
): Promise<RoadmapDocumentResponse> {
  return apiClient.get<RoadmapDocumentResponse>(roadmapsPath(organizationId, roadmapId), signal);
}

export const roadmapDocumentQueryOptions = (organizationId: string, roadmapId: string) =>
  queryOptions({
    queryKey: roadmapKeys.document(organizationId, roadmapId),
    queryFn: ({ signal }) => getRoadmapDocument(organizationId, roadmapId, signal),
    // Live events keep it fresh; a refetch is triggered by them, not by time.
    staleTime: 60_000,
  });

export function useRoadmapDocument(organizationId: string, roadmapId: string) {
  return useQuery(roadmapDocumentQueryOptions(organizationId, roadmapId));
}
