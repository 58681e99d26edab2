import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CloneRoadmapDto, RoadmapResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

/** A new draft for another period, copied from this roadmap (409 `roadmaps.period-taken` when that period has one). */
export function cloneRoadmap(
  organizationId: string,
  roadmapId: string,
  body: CloneRoadmapDto,
): Promise<RoadmapResponse> {
  return apiClient.post<RoadmapResponse>(roadmapsPath(organizationId, roadmapId, '/clone'), body);
}

export function useCloneRoadmap(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CloneRoadmapDto) => cloneRoadmap(organizationId, roadmapId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roadmapKeys.list(organizationId) }),
        queryClient.invalidateQueries({ queryKey: roadmapKeys.activity(organizationId, roadmapId) }),
      ]),
  });
}
