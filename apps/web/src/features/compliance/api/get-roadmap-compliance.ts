import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ComplianceReportResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { complianceKeys } from './compliance-keys';
import { roadmapCompliancePath } from './paths';

/** How often a stale server report (older revision than the document) is asked for again. */
export const REPORT_POLL_MS = 1_500;

/** The authoritative report for the roadmap's current revision (stored per revision by the API and the worker). */
export function getRoadmapCompliance(
  organizationId: string,
  roadmapId: string,
  signal?: AbortSignal,
): Promise<ComplianceReportResponse> {
  return apiClient.get<ComplianceReportResponse>(roadmapCompliancePath(organizationId, roadmapId), signal);
}

export const roadmapComplianceQueryOptions = (organizationId: string, roadmapId: string) =>
  queryOptions({
    queryKey: complianceKeys.report(organizationId, roadmapId),
    queryFn: ({ signal }) => getRoadmapCompliance(organizationId, roadmapId, signal),
    staleTime: 0,
  });

/**
 * The server's report, re-asked while it lags behind the revision the browser sees (`currentRevision`): the
 * browser's live report is instant, the server's follows a moment later.
 */
export function useRoadmapCompliance(organizationId: string, roadmapId: string, currentRevision: number) {
  return useQuery({
    ...roadmapComplianceQueryOptions(organizationId, roadmapId),
    refetchInterval: (query) => {
      const data = query.state.data;
      if (query.state.error) return false;
      return data === undefined || data.roadmapRevision < currentRevision ? REPORT_POLL_MS : false;
    },
  });
}
