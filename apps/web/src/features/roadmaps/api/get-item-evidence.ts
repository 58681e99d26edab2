import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EvidenceListResponse } from '@smartcity/contracts';

import { apiClient, apiUrl } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

/** Under the roadmap's detail key, so live events and writes that refresh the roadmap refresh this too. */
export const itemEvidenceKey = (organizationId: string, roadmapId: string, itemId: string) =>
  [...roadmapKeys.detail(organizationId, roadmapId), 'evidence', itemId] as const;

/** An item's evidence (links and files) and the upload limits of the API. */
export function getItemEvidence(
  organizationId: string,
  roadmapId: string,
  itemId: string,
  signal?: AbortSignal,
): Promise<EvidenceListResponse> {
  return apiClient.get<EvidenceListResponse>(
    roadmapsPath(organizationId, roadmapId, `/items/${encodeURIComponent(itemId)}/evidence`),
    signal,
  );
}

export const itemEvidenceQueryOptions = (organizationId: string, roadmapId: string, itemId: string) =>
  queryOptions({
    queryKey: itemEvidenceKey(organizationId, roadmapId, itemId),
    queryFn: ({ signal }) => getItemEvidence(organizationId, roadmapId, itemId, signal),
  });

export function useItemEvidence(organizationId: string, roadmapId: string, itemId: string) {
  return useQuery(itemEvidenceQueryOptions(organizationId, roadmapId, itemId));
}

/** A plain link that downloads an evidence file (the API sends it as an attachment). */
export function evidenceFileUrl(organizationId: string, roadmapId: string, evidenceId: string): string {
  return apiUrl(roadmapsPath(organizationId, roadmapId, `/evidence/${encodeURIComponent(evidenceId)}/file`));
}
