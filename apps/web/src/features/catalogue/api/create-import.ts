import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CATALOGUE_IMPORT_FILE_FIELD,
  CATALOGUE_IMPORT_MAX_BYTES,
  CatalogueImportResponse,
} from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { catalogueKeys } from './catalogue-keys';

// Restated from @smartcity/contracts (checked against its literal types) so the bundle does not pull the
// contracts' class-validator decorators into the browser.
const FILE_FIELD: typeof CATALOGUE_IMPORT_FILE_FIELD = 'file';
/** Largest accepted import file (checked in the browser before uploading; the API checks it too). */
export const IMPORT_MAX_BYTES: typeof CATALOGUE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export type CreateImportInput = { file: File };

/** Uploads a catalogue file; the worker validates it in the background (poll the import). */
export function createImport({ file }: CreateImportInput): Promise<CatalogueImportResponse> {
  const form = new FormData();
  form.append(FILE_FIELD, file, file.name);
  return apiClient.upload<CatalogueImportResponse>('/catalogue/imports', form);
}

export function useCreateImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createImport,
    onSuccess: (created) => {
      queryClient.setQueryData(catalogueKeys.import(created.id), created);
      return queryClient.invalidateQueries({ queryKey: catalogueKeys.importList() });
    },
  });
}
