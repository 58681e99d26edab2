import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CatalogueImportResponse } from '@smartcity/contracts';
import type { CatalogueImportStatus } from '@smartcity/domain';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

/** How often a queued or running import is polled for progress. */
export const IMPORT_POLL_MS = 500;

export function isImportInProgress(status: CatalogueImportStatus): boolean {
  return status === 'queued' || status === 'running';
}

export function getImport(importId: string, signal?: AbortSignal): Promise<CatalogueImportResponse> {
  return apiClient.get<CatalogueImportResponse>(`/catalogue/imports/${encodeURIComponent(importId)}`, signal);
}

/** One import; polled while the worker validates it (queued/running), then left alone. */
export const importQueryOptions = (importId: string) =>
  queryOptions({
    queryKey: catalogueKeys.import(importId),
    queryFn: ({ signal }) => getImport(importId, signal),
    staleTime: 0,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === undefined || isImportInProgress(status) ? IMPORT_POLL_MS : false;
    },
  });

export function useImport(importId: string | null) {
  return useQuery({ ...importQueryOptions(importId ?? ''), enabled: importId !== null });
}
