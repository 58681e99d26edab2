import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ROADMAP_IMPORT_FILE_FIELD,
  ROADMAP_IMPORT_MAX_BYTES,
  RoadmapImportResponse,
} from '@smartcity/contracts';

import { apiClient, apiUrl } from '../../../lib/api-client';
import { roadmapsPath } from './paths';
import { roadmapKeys } from './roadmap-keys';

// Restated from @smartcity/contracts (checked against its literal types) so the bundle does not pull the
// contracts' class-validator decorators into the browser.
const FILE_FIELD: typeof ROADMAP_IMPORT_FILE_FIELD = 'file';
/** Largest accepted workbook (checked in the browser before uploading; the API checks it too). */
export const SHEET_MAX_BYTES: typeof ROADMAP_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** The browser URL of the roadmap workbook (a plain link: the browser saves the file the API names). */
export function roadmapSheetUrl(organizationId: string, roadmapId: string): string {
  return apiUrl(roadmapsPath(organizationId, roadmapId, '/export.xlsx'));
}

/** Uploads an edited workbook: the answer is the per-row preview; nothing is written yet. */
export function uploadRoadmapSheet(
  organizationId: string,
  roadmapId: string,
  file: File,
): Promise<RoadmapImportResponse> {
  const form = new FormData();
  form.append(FILE_FIELD, file, file.name);
  return apiClient.upload<RoadmapImportResponse>(roadmapsPath(organizationId, roadmapId, '/imports'), form);
}

export function getRoadmapImport(
  organizationId: string,
  roadmapId: string,
  importId: string,
  signal?: AbortSignal,
): Promise<RoadmapImportResponse> {
  return apiClient.get<RoadmapImportResponse>(
    roadmapsPath(organizationId, roadmapId, `/imports/${encodeURIComponent(importId)}`),
    signal,
  );
}

/**
 * The preview being looked at, or null. It lives in the query cache (not in the panel), so it survives switching
 * tabs; a refetch (e.g. after the live stream reconnects) reloads the same import from the API.
 */
export function useCurrentSheetImport(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  const queryKey = roadmapKeys.sheetImport(organizationId, roadmapId);
  return useQuery({
    queryKey,
    queryFn: async ({ signal }) => {
      const shown = queryClient.getQueryData<RoadmapImportResponse | null>(queryKey) ?? null;
      return shown ? getRoadmapImport(organizationId, roadmapId, shown.id, signal) : null;
    },
    staleTime: Infinity,
  });
}

/** Uploads a workbook; its preview becomes the current one. */
export function useUploadRoadmapSheet(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadRoadmapSheet(organizationId, roadmapId, file),
    onSuccess: (preview) =>
      queryClient.setQueryData(roadmapKeys.sheetImport(organizationId, roadmapId), preview),
  });
}

/** Drops the current preview (nothing is written; the stored preview is simply never applied). */
export function useDiscardSheetImport(organizationId: string, roadmapId: string): () => void {
  const queryClient = useQueryClient();
  return () => queryClient.setQueryData(roadmapKeys.sheetImport(organizationId, roadmapId), null);
}

/**
 * Applies a previewed workbook, all or nothing. `baseRevision` is the preview's: 409 `common.conflict` when the
 * roadmap moved on since, 400 `roadmaps.import-invalid` when a row is invalid.
 */
export function applyRoadmapImport(
  organizationId: string,
  roadmapId: string,
  importId: string,
  baseRevision: number,
): Promise<RoadmapImportResponse> {
  return apiClient.post<RoadmapImportResponse>(
    roadmapsPath(organizationId, roadmapId, `/imports/${encodeURIComponent(importId)}/apply`),
    { baseRevision },
  );
}

export function useApplyRoadmapImport(organizationId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ importId, baseRevision }: { importId: string; baseRevision: number }) =>
      applyRoadmapImport(organizationId, roadmapId, importId, baseRevision),
    // Items, budget lines and the activity all changed: refresh everything of the roadmap. The preview is done.
    onSuccess: () => {
      queryClient.setQueryData(roadmapKeys.sheetImport(organizationId, roadmapId), null);
      return queryClient.invalidateQueries({ queryKey: roadmapKeys.detail(organizationId, roadmapId) });
    },
  });
}
