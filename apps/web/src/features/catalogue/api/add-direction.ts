import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateDirectionDto, DirectionResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { refreshDraft } from './draft-cache';

export function addDirection(frameworkId: string, body: CreateDirectionDto): Promise<DirectionResponse> {
  return apiClient.post<DirectionResponse>(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}/directions`,
    body,
  );
}

export function useAddDirection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ frameworkId, body }: { frameworkId: string; body: CreateDirectionDto }) =>
      addDirection(frameworkId, body),
    onSuccess: (_, { frameworkId }) => refreshDraft(queryClient, frameworkId),
  });
}
