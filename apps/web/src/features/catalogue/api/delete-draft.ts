import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

/** Deletes a draft version with everything in it. */
export function deleteDraft(frameworkId: string): Promise<void> {
  return apiClient.delete(`/catalogue/frameworks/${encodeURIComponent(frameworkId)}`);
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId }: { frameworkId: string }) => deleteDraft(frameworkId),
    onSuccess: (_, { frameworkId }) => {
      queryClient.removeQueries({ queryKey: catalogueKeys.framework(frameworkId) });
      return queryClient.invalidateQueries({ queryKey: catalogueKeys.frameworkLists() });
    },
  });
}
