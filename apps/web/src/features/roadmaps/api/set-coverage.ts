import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CoverageWriteResponse, RoadmapRevisionResponse, SetCoverageDto } from '@smartcity/contracts';

import { apiClient, apiRequest } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { afterWrite } from './roadmap-cache';

const coveragePath = (organizationId: string, roadmapId: string, measureId: string) =>
  roadmapsPath(organizationId, roadmapId, `/coverage/${encodeURIComponent(measureId)}`);

export function setCoverage(
  organizationId: string,
  roadmapId: string,
  measureId: string,
  body: SetCoverageDto,
): Promise<CoverageWriteResponse> {
  return apiRequest<CoverageWriteResponse>(coveragePath(organizationId, roadmapId, measureId), {
    method: 'PUT',
    body,
  });
}

export function deleteCoverage(
  organizationId: string,
  roadmapId: string,
  measureId: string,
  revision: number,
): Promise<RoadmapRevisionResponse> {
  return apiClient.delete<RoadmapRevisionResponse>(
    `${coveragePath(organizationId, roadmapId, measureId)}?revision=${revision}`,
  );
}

/** Marks a basic measure implemented / not applicable (a replacement carries the mark's revision). */
export function useSetCoverage(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measureId, body }: { measureId: string; body: SetCoverageDto }) =>
      setCoverage(organizationId, roadmapId, measureId, body),
    onSuccess: (result) =>
      afterWrite(queryClient, organizationId, roadmapId, result.roadmapRevision, {
        kind: 'coverage',
        coverage: result.coverage,
      }),
  });
}

export function useDeleteCoverage(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measureId, revision }: { measureId: string; revision: number }) =>
      deleteCoverage(organizationId, roadmapId, measureId, revision),
    onSuccess: (result, { measureId }) =>
      afterWrite(queryClient, organizationId, roadmapId, result?.roadmapRevision ?? 0, {
        kind: 'coverage-deleted',
        measureId,
      }),
  });
}
