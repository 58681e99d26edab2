import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrameworkResponse, UpdateFrameworkDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { refreshDraft } from './draft-cache';

/** Changes a draft's edition or titles. */
export function updateFramework(frameworkId: string, body: UpdateFrameworkDto): Promise<FrameworkResponse> {
  return apiClient.patch<FrameworkResponse>(`/catalogue/frameworks/${encodeURIComponent(frameworkId)}`, body);
}

export function useUpdateFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId, body }: { frameworkId: string; body: UpdateFrameworkDto }) =>
      updateFramework(frameworkId, body),
    onSuccess: (framework) => refreshDraft(queryClient, framework.id, framework),
  });
}
