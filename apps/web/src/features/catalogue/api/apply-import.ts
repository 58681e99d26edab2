import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplyImportDto, FrameworkResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

/** Writes a validated import into a new draft version (or over the framework's draft); returns the draft. */
export function applyImport(importId: string, body: ApplyImportDto): Promise<FrameworkResponse> {
  return apiClient.post<FrameworkResponse>(`/catalogue/imports/${encodeURIComponent(importId)}/apply`, body);
}

export function useApplyImport(importId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplyImportDto) => applyImport(importId, body),
    // The import is now `applied` (with the draft's id) and the framework has a new draft version.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogueKeys.frameworks() }),
        queryClient.invalidateQueries({ queryKey: catalogueKeys.imports() }),
      ]),
  });
}
