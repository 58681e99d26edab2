import type { CatalogueFileFormat } from '@smartcity/domain';

import { apiUrl } from '../../../lib/api-client';
import { queryString } from '../../../lib/query-string';

/** The download URL of a version as a file (a plain GET with the session cookie: a link needs no script). */
export function frameworkExportUrl(frameworkId: string, format: CatalogueFileFormat): string {
  return apiUrl(`/catalogue/frameworks/${encodeURIComponent(frameworkId)}/export${queryString({ format })}`);
}
