import { CATALOGUE_FILE_FORMATS } from '@smartcity/domain';

import { useT } from '../../../i18n/i18n-provider';
import { frameworkExportUrl } from '../api/export-framework';

export type ExportLinksProps = { frameworkId: string };

/** Downloads of a version in every file format (plain links: the browser saves the file the API names). */
export function ExportLinks({ frameworkId }: ExportLinksProps) {
  const t = useT();
  return (
    <div className="export-links" role="group" aria-label={t('frameworkPage.export')}>
      <span className="export-links__label" aria-hidden="true">
        {t('frameworkPage.export')}:
      </span>
      {CATALOGUE_FILE_FORMATS.map((format) => (
        <a
          key={format}
          className="button button--secondary button--small"
          href={frameworkExportUrl(frameworkId, format)}
          download
          aria-label={t('frameworkPage.exportAs', { format: format.toUpperCase() })}
        >
          {format.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
