import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { FrameworkListResponse, FrameworkTreeResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { frameworkTreeQueryOptions } from './get-framework-tree';
import { roadmapKeys } from './roadmap-keys';

/** Published KPI sets (U4SSC, IQ index…): where an item's KPI targets pick their KPI definitions from. */
export function getKpiFrameworks(signal?: AbortSignal): Promise<FrameworkListResponse> {
  return apiClient.get<FrameworkListResponse>('/catalogue/frameworks?kind=kpis&status=published', signal);
}

export const kpiFrameworksQueryOptions = () =>
  queryOptions({
    queryKey: [...roadmapKeys.frameworks(), 'published-kpis'] as const,
    queryFn: ({ signal }) => getKpiFrameworks(signal),
    staleTime: 5 * 60_000,
  });

/**
 * The published KPI sets and their trees (a published version never changes), so chosen KPI definitions can be
 * named. `trees` holds the ones loaded so far.
 */
export function useKpiCatalogue(options: { enabled?: boolean } = {}) {
  const enabled = options.enabled ?? true;
  const frameworks = useQuery({ ...kpiFrameworksQueryOptions(), enabled });
  const trees = useQueries({
    queries: (frameworks.data?.items ?? []).map((framework) => ({
      ...frameworkTreeQueryOptions(framework.id),
      enabled,
    })),
  });
  const loaded: FrameworkTreeResponse[] = trees.flatMap((tree) => (tree.data ? [tree.data] : []));
  return { frameworks, trees: loaded };
}
