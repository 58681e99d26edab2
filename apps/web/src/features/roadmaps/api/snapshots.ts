import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateSnapshotDto,
  SnapshotCompareResponse,
  SnapshotListResponse,
  SnapshotResponse,
} from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { queryString } from '../../../lib/query-string';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

/** The roadmap's named snapshots, newest first. */
export function getSnapshots(
  organizationId: string,
  roadmapId: string,
  signal?: AbortSignal,
): Promise<SnapshotListResponse> {
  return apiClient.get<SnapshotListResponse>(roadmapsPath(organizationId, roadmapId, '/snapshots'), signal);
}

export const snapshotsQueryOptions = (organizationId: string, roadmapId: string) =>
  queryOptions({
    queryKey: roadmapKeys.snapshots(organizationId, roadmapId),
    queryFn: ({ signal }) => getSnapshots(organizationId, roadmapId, signal),
  });

export function useSnapshots(organizationId: string, roadmapId: string) {
  return useQuery(snapshotsQueryOptions(organizationId, roadmapId));
}

export function createSnapshot(
  organizationId: string,
  roadmapId: string,
  body: CreateSnapshotDto,
): Promise<SnapshotResponse> {
  return apiClient.post<SnapshotResponse>(roadmapsPath(organizationId, roadmapId, '/snapshots'), body);
}

export function useCreateSnapshot(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSnapshotDto) => createSnapshot(organizationId, roadmapId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roadmapKeys.snapshots(organizationId, roadmapId) }),
        queryClient.invalidateQueries({ queryKey: roadmapKeys.activity(organizationId, roadmapId) }),
      ]),
  });
}

/** Compares snapshot `from` with snapshot `to`, or with the roadmap as it is now (`to` null). */
export function compareSnapshots(
  organizationId: string,
  roadmapId: string,
  from: string,
  to: string | null,
  signal?: AbortSignal,
): Promise<SnapshotCompareResponse> {
  return apiClient.get<SnapshotCompareResponse>(
    roadmapsPath(organizationId, roadmapId, `/compare${queryString({ from, to: to ?? undefined })}`),
    signal,
  );
}

/** `revision` is the roadmap's current revision: a comparison with "now" is refetched when the roadmap changes. */
export const snapshotCompareQueryOptions = (
  organizationId: string,
  roadmapId: string,
  from: string,
  to: string | null,
  revision: number,
) =>
  queryOptions({
    queryKey: roadmapKeys.compare(organizationId, roadmapId, from, to, revision),
    queryFn: ({ signal }) => compareSnapshots(organizationId, roadmapId, from, to, signal),
    // Two snapshots never change: their comparison is final.
    staleTime: to === null ? 0 : Infinity,
  });

export function useSnapshotCompare(
  organizationId: string,
  roadmapId: string,
  selection: { from: string; to: string | null } | null,
  revision: number,
) {
  return useQuery({
    ...snapshotCompareQueryOptions(
      organizationId,
      roadmapId,
      selection?.from ?? '',
      selection?.to ?? null,
      revision,
    ),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });
}
