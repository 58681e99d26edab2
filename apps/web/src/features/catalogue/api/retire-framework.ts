import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrameworkResponse, RetireFrameworkDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

/** Retires a published version; roadmaps pinned to it keep it. */
export function retireFramework(frameworkId: string, body: RetireFrameworkDto): Promise<FrameworkResponse> {
  return apiClient.post<FrameworkResponse>(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}/retire`,
    body,
  );
}

export function useRetireFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId, reason }: { frameworkId: string; reason?: string }) =>
      retireFramework(frameworkId, reason ? { reason } : {}),
    // Search covers current published versions only: refresh everything.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}
