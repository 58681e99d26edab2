import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '../../../lib/api-client';
import { refreshDraft } from './draft-cache';

/** Deletes an empty direction of a draft (409 `catalogue.direction-not-empty` otherwise). */
export function deleteDirection(frameworkId: string, directionId: string): Promise<void> {
  return apiClient.delete(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}/directions/${encodeURIComponent(directionId)}`,
  );
}

export function useDeleteDirection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId, directionId }: { frameworkId: string; directionId: string }) =>
      deleteDirection(frameworkId, directionId),
    onSuccess: (_, { frameworkId }) => refreshDraft(queryClient, frameworkId),
  });
}
