import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ComplianceRunResponse,
  ComplianceRunStatus,
  StartComplianceRecomputeDto,
} from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { complianceKeys } from './compliance-keys';

/** How often a queued or running bulk recompute is polled for progress. */
export const RUN_POLL_MS = 1_000;

export function isRunInProgress(status: ComplianceRunStatus): boolean {
  return status === 'queued' || status === 'running';
}

export function startRecompute(body: StartComplianceRecomputeDto): Promise<ComplianceRunResponse> {
  return apiClient.post<ComplianceRunResponse>('/compliance/recompute', body);
}

export function getRecomputeRun(runId: string, signal?: AbortSignal): Promise<ComplianceRunResponse> {
  return apiClient.get<ComplianceRunResponse>(`/compliance/runs/${encodeURIComponent(runId)}`, signal);
}

/** One bulk recompute; polled while the worker runs it, then left alone. */
export const recomputeRunQueryOptions = (runId: string) =>
  queryOptions({
    queryKey: complianceKeys.run(runId),
    queryFn: ({ signal }) => getRecomputeRun(runId, signal),
    staleTime: 0,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === undefined || isRunInProgress(status) ? RUN_POLL_MS : false;
    },
  });

export function useRecomputeRun(runId: string | null) {
  return useQuery({ ...recomputeRunQueryOptions(runId ?? ''), enabled: runId !== null });
}

export function useStartRecompute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartComplianceRecomputeDto) => startRecompute(body),
    onSuccess: (run) => {
      queryClient.setQueryData(complianceKeys.run(run.id), run);
    },
  });
}

/** Once a run finishes, the overview's scores are out of date: refetch them. */
export function useRefreshAfterRun() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: complianceKeys.overviews() }),
      queryClient.invalidateQueries({ queryKey: complianceKeys.reports() }),
    ]);
}
