import type { ProblemResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';

/** One problem, the same shape as in the roadmap's document (a live update splices it in); 404 once deleted. */
export function getProblem(
  organizationId: string,
  roadmapId: string,
  problemId: string,
  signal?: AbortSignal,
): Promise<ProblemResponse> {
  return apiClient.get<ProblemResponse>(
    roadmapsPath(organizationId, roadmapId, `/problems/${encodeURIComponent(problemId)}`),
    signal,
  );
}
