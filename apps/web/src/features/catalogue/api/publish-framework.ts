import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrameworkResponse, PublishFrameworkDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

/** Publishes a draft (older published versions stay published: retiring is a separate, explicit step). */
export function publishFramework(frameworkId: string, body: PublishFrameworkDto): Promise<FrameworkResponse> {
  return apiClient.post<FrameworkResponse>(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}/publish`,
    body,
  );
}

export function usePublishFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId, expectedRevision }: { frameworkId: string; expectedRevision?: number }) =>
      publishFramework(frameworkId, { expectedRevision }),
    // Statuses of other versions change too, and search covers published versions only: refresh everything.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}
