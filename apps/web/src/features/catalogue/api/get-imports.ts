import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CatalogueImportListResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

/** The latest imports (without their errors and previews). */
export function getImports(signal?: AbortSignal): Promise<CatalogueImportListResponse> {
  return apiClient.get<CatalogueImportListResponse>('/catalogue/imports', signal);
}

export const importsQueryOptions = () =>
  queryOptions({
    queryKey: catalogueKeys.importList(),
    queryFn: ({ signal }) => getImports(signal),
  });

export function useImports() {
  return useQuery(importsQueryOptions());
}
