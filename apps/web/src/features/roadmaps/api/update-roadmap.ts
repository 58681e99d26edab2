import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoadmapDocumentResponse, RoadmapResponse, UpdateRoadmapDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

/** Edits the roadmap's own fields based on `body.revision` (the roadmap's); stale → 409 with `details.current`. */
export function updateRoadmap(
  organizationId: string,
  roadmapId: string,
  body: UpdateRoadmapDto,
): Promise<RoadmapResponse> {
  return apiClient.patch<RoadmapResponse>(roadmapsPath(organizationId, roadmapId), body);
}

export function useUpdateRoadmap(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRoadmapDto) => updateRoadmap(organizationId, roadmapId, body),
    onSuccess: async (roadmap) => {
      queryClient.setQueryData<RoadmapDocumentResponse>(
        roadmapKeys.document(organizationId, roadmapId),
        (current) =>
          current && current.roadmap.revision <= roadmap.revision ? { ...current, roadmap } : current,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roadmapKeys.document(organizationId, roadmapId) }),
        queryClient.invalidateQueries({ queryKey: roadmapKeys.activity(organizationId, roadmapId) }),
        queryClient.invalidateQueries({ queryKey: roadmapKeys.list(organizationId) }),
      ]);
    },
  });
}
