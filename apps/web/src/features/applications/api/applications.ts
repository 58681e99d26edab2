import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicationDetailResponse,
  ApplicationDocumentsResponse,
  ApplicationListResponse,
  ApplicationPrecheckResponse,
  ApplicationSnapshotDiffResponse,
  ApplicationSnapshotResponse,
  StartApplicationDto,
  TransitionResponse,
} from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { awaitedDocuments } from '../lib/application-view';
import { applicationKeys } from './application-keys';
import { applicationPath, municipalityApplicationsPath } from './paths';

/** How often documents that the worker is still rendering are asked for again. */
export const DOCUMENT_POLL_MS = 1_500;

export function useMunicipalityApplications(organizationId: string) {
  return useQuery({
    queryKey: applicationKeys.municipality(organizationId),
    queryFn: ({ signal }) =>
      apiClient.get<ApplicationListResponse>(municipalityApplicationsPath(organizationId), signal),
  });
}

/** Applications across the caller's reach; `assignedToMe` narrows to the stages the caller reviews. */
export function useApplicationQueue(filters: { assignedToMe: boolean; status: string | null }) {
  const params = new URLSearchParams();
  if (filters.assignedToMe) params.set('assignedToMe', 'true');
  if (filters.status) params.set('status', filters.status);
  const query = params.toString();
  return useQuery({
    queryKey: applicationKeys.queue(filters),
    queryFn: ({ signal }) =>
      apiClient.get<ApplicationListResponse>(`/applications${query ? `?${query}` : ''}`, signal),
  });
}

export const applicationQueryOptions = (organizationId: string, applicationId: string) =>
  queryOptions({
    queryKey: applicationKeys.detail(organizationId, applicationId),
    queryFn: ({ signal }) =>
      apiClient.get<ApplicationDetailResponse>(applicationPath(organizationId, applicationId), signal),
  });

export function useApplication(organizationId: string, applicationId: string) {
  return useQuery(applicationQueryOptions(organizationId, applicationId));
}

export function usePrecheck(organizationId: string, applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: applicationKeys.precheck(organizationId, applicationId),
    queryFn: ({ signal }) =>
      apiClient.get<ApplicationPrecheckResponse>(
        `${applicationPath(organizationId, applicationId)}/precheck`,
        signal,
      ),
    enabled,
    staleTime: 0,
  });
}

export function useSnapshot(organizationId: string, applicationId: string, snapshotId: string | null) {
  return useQuery({
    queryKey: applicationKeys.snapshot(organizationId, applicationId, snapshotId ?? ''),
    queryFn: ({ signal }) =>
      apiClient.get<ApplicationSnapshotResponse>(
        `${applicationPath(organizationId, applicationId)}/snapshots/${encodeURIComponent(snapshotId ?? '')}`,
        signal,
      ),
    enabled: snapshotId !== null,
    // Snapshots are immutable.
    staleTime: Infinity,
  });
}

/** The diff of the latest snapshot against the one before (only meaningful from the second snapshot on). */
export function useSnapshotDiff(organizationId: string, applicationId: string, toSnapshotId: string | null) {
  return useQuery({
    queryKey: applicationKeys.diff(organizationId, applicationId, toSnapshotId ?? ''),
    queryFn: ({ signal }) =>
      apiClient.get<ApplicationSnapshotDiffResponse>(
        `${applicationPath(organizationId, applicationId)}/diff?to=${encodeURIComponent(toSnapshotId ?? '')}`,
        signal,
      ),
    enabled: toSnapshotId !== null,
  });
}

/**
 * The application's PDFs. Polled while one is queued or rendering, and while a recent move's PDF is not listed yet:
 * the worker creates its row only after the move commits (`awaitedDocuments`).
 */
export function useApplicationDocuments(
  organizationId: string,
  applicationId: string,
  transitions: readonly TransitionResponse[],
) {
  return useQuery({
    queryKey: applicationKeys.documents(organizationId, applicationId),
    queryFn: ({ signal }) =>
      apiClient.get<ApplicationDocumentsResponse>(
        `${applicationPath(organizationId, applicationId)}/documents`,
        signal,
      ),
    refetchInterval: (query) => {
      const items = query.state.data?.items;
      if (!items) return false;
      const busy =
        items.some((d) => d.status === 'pending' || d.status === 'rendering') ||
        awaitedDocuments(transitions, items, Date.now()).length > 0;
      return busy ? DOCUMENT_POLL_MS : false;
    },
  });
}

/** After any write to an application: its detail (and everything under it) and the lists are out of date. */
export function useRefreshApplication() {
  const queryClient = useQueryClient();
  return (organizationId: string, application?: ApplicationDetailResponse) => {
    if (application)
      queryClient.setQueryData(applicationKeys.detail(organizationId, application.id), application);
    return Promise.all([
      application
        ? queryClient.invalidateQueries({
            queryKey: applicationKeys.detail(organizationId, application.id),
            refetchType: 'active',
            predicate: (query) =>
              query.queryKey.length > applicationKeys.detail(organizationId, application.id).length,
          })
        : Promise.resolve(),
      queryClient.invalidateQueries({ queryKey: applicationKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: applicationKeys.monitoring() }),
    ]);
  };
}

export function useStartApplication(organizationId: string) {
  const refresh = useRefreshApplication();
  return useMutation({
    mutationFn: (body: StartApplicationDto) =>
      apiClient.post<ApplicationDetailResponse>(municipalityApplicationsPath(organizationId), body),
    onSuccess: (application) => refresh(organizationId, application),
  });
}

export type ApplicationMove = 'submit' | 'resubmit' | 'withdraw';

/** Submit, resubmit or withdraw at the application's revision (409 with the current state when stale). */
export function useApplicationMove(organizationId: string, applicationId: string) {
  const refresh = useRefreshApplication();
  return useMutation({
    mutationFn: ({ move, revision, reason }: { move: ApplicationMove; revision: number; reason?: string }) =>
      apiClient.post<ApplicationDetailResponse>(
        `${applicationPath(organizationId, applicationId)}/${move}`,
        move === 'withdraw' ? { revision, reason: reason || null } : { revision },
      ),
    onSuccess: (application) => refresh(organizationId, application),
  });
}
