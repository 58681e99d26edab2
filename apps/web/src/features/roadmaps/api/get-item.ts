import type { RoadmapItemResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapsPath } from './paths';

/** One item, the same shape as in the roadmap's document (a live update splices it in); 404 once deleted. */
export function getItem(
  organizationId: string,
  roadmapId: string,
  itemId: string,
  signal?: AbortSignal,
): Promise<RoadmapItemResponse> {
  return apiClient.get<RoadmapItemResponse>(
    roadmapsPath(organizationId, roadmapId, `/items/${encodeURIComponent(itemId)}`),
    signal,
  );
}
