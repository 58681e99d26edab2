import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DirectionResponse, UpdateDirectionDto } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { refreshDraft } from './draft-cache';

export function updateDirection(
  frameworkId: string,
  directionId: string,
  body: UpdateDirectionDto,
): Promise<DirectionResponse> {
  return apiClient.patch<DirectionResponse>(
    `/catalogue/frameworks/${encodeURIComponent(frameworkId)}/directions/${encodeURIComponent(directionId)}`,
    body,
  );
}

export function useUpdateDirection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { frameworkId: string; directionId: string; body: UpdateDirectionDto }) =>
      updateDirection(input.frameworkId, input.directionId, input.body),
    onSuccess: (_, { frameworkId }) => refreshDraft(queryClient, frameworkId),
  });
}
