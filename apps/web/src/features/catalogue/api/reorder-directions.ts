import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrameworkTreeResponse, ReorderDirectionsDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';
import { refreshDraft } from './draft-cache';

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
    // The answer is the whole new tree: shown at once, so the moved row is in place when focus returns to it.
    onSuccess: (tree, { frameworkId }) => {
      queryClient.setQueryData(catalogueKeys.framework(frameworkId), tree);
      return refreshDraft(queryClient, frameworkId, tree.framework);
    },
  });
}
