import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrameworkTreeResponse, ReorderDirectionsDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { showDraftTree } from './draft-cache';

/** Puts a draft's directions in a new display order (every direction id, each once); answers the new tree. */
export function reorderDirections(
  frameworkId: string,
  body: ReorderDirectionsDto,
): Promise<FrameworkTreeResponse> {
  return apiClient.put<FrameworkTreeResponse>(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}/directions/order`,
    body,
  );
}

export function useReorderDirections() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { frameworkId: string; body: ReorderDirectionsDto }) =>
      reorderDirections(input.frameworkId, input.body),
    onSuccess: (tree, { frameworkId }) => showDraftTree(queryClient, frameworkId, tree),
  });
}
