import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateProblemDto,
  ProblemWriteResponse,
  RoadmapRevisionResponse,
  UpdateProblemDto,
} from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { afterWrite } from './roadmap-cache';

export function createProblem(
  organizationId: string,
  roadmapId: string,
  body: CreateProblemDto,
): Promise<ProblemWriteResponse> {
  return apiClient.post<ProblemWriteResponse>(roadmapsPath(organizationId, roadmapId, '/problems'), body);
}

export function updateProblem(
  organizationId: string,
  roadmapId: string,
  problemId: string,
  body: UpdateProblemDto,
): Promise<ProblemWriteResponse> {
  return apiClient.patch<ProblemWriteResponse>(
    roadmapsPath(organizationId, roadmapId, `/problems/${encodeURIComponent(problemId)}`),
    body,
  );
}

export function deleteProblem(
  organizationId: string,
  roadmapId: string,
  problemId: string,
  revision: number,
): Promise<RoadmapRevisionResponse> {
  return apiClient.delete<RoadmapRevisionResponse>(
    roadmapsPath(
      organizationId,
      roadmapId,
      `/problems/${encodeURIComponent(problemId)}?revision=${revision}`,
    ),
  );
}

export type SaveProblemVariables =
  { problemId: null; body: CreateProblemDto } | { problemId: string; body: UpdateProblemDto };

/** Creates a problem (`problemId: null`) or updates one based on `body.revision` (409 when stale). */
export function useSaveProblem(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SaveProblemVariables) =>
      variables.problemId === null
        ? createProblem(organizationId, roadmapId, variables.body)
        : updateProblem(organizationId, roadmapId, variables.problemId, variables.body),
    onSuccess: (result) =>
      afterWrite(queryClient, organizationId, roadmapId, result.roadmapRevision, {
        kind: 'problem',
        problem: result.problem,
      }),
  });
}

export function useDeleteProblem(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ problemId, revision }: { problemId: string; revision: number }) =>
      deleteProblem(organizationId, roadmapId, problemId, revision),
    onSuccess: (result, { problemId }) =>
      afterWrite(queryClient, organizationId, roadmapId, result?.roadmapRevision ?? 0, {
        kind: 'problem-deleted',
        problemId,
      }),
  });
}
