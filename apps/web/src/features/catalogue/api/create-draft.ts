import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateDraftDto, FrameworkResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

/** Copies a published version into a new draft of the same framework. */
export function createDraft(frameworkId: string, body: CreateDraftDto): Promise<FrameworkResponse> {
  return apiClient.post<FrameworkResponse>(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}/drafts`,
    body,
  );
}

export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId, edition }: { frameworkId: string; edition?: string }) =>
      createDraft(frameworkId, edition ? { edition } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.frameworks() }),
  });
}
