import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoadmapRevisionResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { afterEvidenceWrite } from './add-item-evidence';
import { roadmapsPath } from './paths';

/** Deletes evidence (a file's bytes are removed by the worker after commit). */
export function deleteEvidence(
  organizationId: string,
  roadmapId: string,
  evidenceId: string,
): Promise<RoadmapRevisionResponse> {
  return apiClient.delete<RoadmapRevisionResponse>(
    roadmapsPath(organizationId, roadmapId, `/evidence/${encodeURIComponent(evidenceId)}`),
  );
}

export function useDeleteEvidence(organizationId: string, roadmapId: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => deleteEvidence(organizationId, roadmapId, evidenceId),
    onSuccess: () => afterEvidenceWrite(queryClient, organizationId, roadmapId, itemId),
  });
}
