import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrameworkTreeResponse, ReorderItemsDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { showDraftTree } from './draft-cache';

/** Puts one direction's measures (or KPIs) in a new display order (every item id, each once); answers the tree. */
export function reorderItems(
  frameworkId: string,
  directionId: string,
  body: ReorderItemsDto,
): Promise<FrameworkTreeResponse> {
  return apiClient.put<FrameworkTreeResponse>(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}/directions/${encodeURIComponent(directionId)}/items/order`,
    body,
  );
}

export function useReorderItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { frameworkId: string; directionId: string; body: ReorderItemsDto }) =>
      reorderItems(input.frameworkId, input.directionId, input.body),
    onSuccess: (tree, { frameworkId }) => showDraftTree(queryClient, frameworkId, tree),
  });
}
