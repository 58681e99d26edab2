import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoadmapItemWriteResponse, UpdateRoadmapItemDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { afterWrite } from './roadmap-cache';

/** A partial update based on `body.revision`; a stale one fails with 409 `common.conflict` + `details.current`. */
export function updateItem(
  organizationId: string,
  roadmapId: string,
  itemId: string,
  body: UpdateRoadmapItemDto,
): Promise<RoadmapItemWriteResponse> {
  return apiClient.patch<RoadmapItemWriteResponse>(
    roadmapsPath(organizationId, roadmapId, `/items/${encodeURIComponent(itemId)}`),
    body,
  );
}

export type UpdateItemVariables = { itemId: string; body: UpdateRoadmapItemDto };

export function useUpdateItem(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, body }: UpdateItemVariables) =>
      updateItem(organizationId, roadmapId, itemId, body),
    onSuccess: (result) =>
      afterWrite(queryClient, organizationId, roadmapId, result.roadmapRevision, {
        kind: 'item',
        item: result.item,
      }),
  });
}
