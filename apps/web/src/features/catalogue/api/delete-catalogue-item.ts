import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '../../../lib/api-client';
import { refreshDraft } from './draft-cache';

export function deleteCatalogueItem(
  frameworkId: string,
  section: 'measures' | 'kpis',
  itemId: string,
): Promise<void> {
  return apiClient.delete(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}/${section}/${encodeURIComponent(itemId)}`,
  );
}

export function useDeleteCatalogueItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { frameworkId: string; section: 'measures' | 'kpis'; itemId: string }) =>
      deleteCatalogueItem(input.frameworkId, input.section, input.itemId),
    onSuccess: (_, { frameworkId }) => refreshDraft(queryClient, frameworkId),
  });
}
