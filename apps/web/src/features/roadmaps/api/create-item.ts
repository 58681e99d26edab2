import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateRoadmapItemDto, RoadmapItemWriteResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { afterWrite } from './roadmap-cache';

export function createItem(
  organizationId: string,
  roadmapId: string,
  body: CreateRoadmapItemDto,
): Promise<RoadmapItemWriteResponse> {
  return apiClient.post<RoadmapItemWriteResponse>(roadmapsPath(organizationId, roadmapId, '/items'), body);
}

export function useCreateItem(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoadmapItemDto) => createItem(organizationId, roadmapId, body),
    onSuccess: (result) =>
      afterWrite(queryClient, organizationId, roadmapId, result.roadmapRevision, {
        kind: 'item',
        item: result.item,
      }),
  });
}
