import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { CreateEvidenceDto, EvidenceWriteResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { itemEvidenceKey } from './get-item-evidence';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

// Restated from @smartcity/contracts (EVIDENCE_FILE_FIELD) so the bundle does not pull class-validator in.
const EVIDENCE_FILE_FIELD = 'file';

const evidencePath = (organizationId: string, roadmapId: string, itemId: string) =>
  roadmapsPath(organizationId, roadmapId, `/items/${encodeURIComponent(itemId)}/evidence`);

/** Attaches a link (`url`, `title`) to an item. */
export function addEvidenceLink(
  organizationId: string,
  roadmapId: string,
  itemId: string,
  body: CreateEvidenceDto,
): Promise<EvidenceWriteResponse> {
  return apiClient.post<EvidenceWriteResponse>(evidencePath(organizationId, roadmapId, itemId), body);
}

/** Uploads a file as evidence (multipart); the API checks type, content and size again (415, 413). */
export function uploadEvidenceFile(
  organizationId: string,
  roadmapId: string,
  itemId: string,
  file: File,
  title: string,
): Promise<EvidenceWriteResponse> {
  const form = new FormData();
  if (title.trim()) form.append('title', title.trim());
  form.append(EVIDENCE_FILE_FIELD, file, file.name);
  return apiClient.upload<EvidenceWriteResponse>(evidencePath(organizationId, roadmapId, itemId), form);
}

/** Evidence changes the roadmap's revision and activity: refresh those with the list. */
export async function afterEvidenceWrite(
  queryClient: QueryClient,
  organizationId: string,
  roadmapId: string,
  itemId: string,
): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: itemEvidenceKey(organizationId, roadmapId, itemId) }),
    queryClient.invalidateQueries({ queryKey: roadmapKeys.document(organizationId, roadmapId) }),
    queryClient.invalidateQueries({ queryKey: roadmapKeys.activity(organizationId, roadmapId) }),
  ]);
}

export function useAddEvidenceLink(organizationId: string, roadmapId: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEvidenceDto) => addEvidenceLink(organizationId, roadmapId, itemId, body),
    onSuccess: () => afterEvidenceWrite(queryClient, organizationId, roadmapId, itemId),
  });
}

export function useUploadEvidenceFile(organizationId: string, roadmapId: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, title }: { file: File; title: string }) =>
      uploadEvidenceFile(organizationId, roadmapId, itemId, file, title),
    onSuccess: () => afterEvidenceWrite(queryClient, organizationId, roadmapId, itemId),
  });
}
