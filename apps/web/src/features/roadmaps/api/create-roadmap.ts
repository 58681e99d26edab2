import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateRoadmapDto, RoadmapResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

export function createRoadmap(organizationId: string, body: CreateRoadmapDto): Promise<RoadmapResponse> {
  return apiClient.post<RoadmapResponse>(roadmapsPath(organizationId), body);
}

export function useCreateRoadmap(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoadmapDto) => createRoadmap(organizationId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roadmapKeys.list(organizationId) }),
  });
}
