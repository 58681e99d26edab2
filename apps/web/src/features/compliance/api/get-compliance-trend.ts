import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ComplianceTrendResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { complianceKeys } from './compliance-keys';
import { roadmapCompliancePath } from './paths';

/** Daily score snapshots of a roadmap, oldest first (the API's default range: the last 90 days). */
export function getComplianceTrend(
  organizationId: string,
  roadmapId: string,
  signal?: AbortSignal,
): Promise<ComplianceTrendResponse> {
  return apiClient.get<ComplianceTrendResponse>(
    `${roadmapCompliancePath(organizationId, roadmapId)}/trend`,
    signal,
  );
}

export const complianceTrendQueryOptions = (organizationId: string, roadmapId: string) =>
  queryOptions({
    queryKey: complianceKeys.trend(organizationId, roadmapId),
    queryFn: ({ signal }) => getComplianceTrend(organizationId, roadmapId, signal),
    // Snapshots are taken once a day.
    staleTime: 10 * 60_000,
  });

export function useComplianceTrend(organizationId: string, roadmapId: string) {
  return useQuery(complianceTrendQueryOptions(organizationId, roadmapId));
}
