import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoadmapRevisionResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { afterWrite } from './roadmap-cache';

export function deleteItem(
  organizationId: string,
  roadmapId: string,
  itemId: string,
  revision: number,
): Promise<RoadmapRevisionResponse> {
  return apiClient.delete<RoadmapRevisionResponse>(
    roadmapsPath(organizationId, roadmapId, `/items/${encodeURIComponent(itemId)}?revision=${revision}`),
  );
}

export function useDeleteItem(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, revision }: { itemId: string; revision: number }) =>
      deleteItem(organizationId, roadmapId, itemId, revision),
    onSuccess: (result, { itemId }) =>
      afterWrite(queryClient, organizationId, roadmapId, result?.roadmapRevision ?? 0, {
        kind: 'item-deleted',
        itemId,
      }),
  });
}
