import type { CatalogueImportResponse } from '@smartcity/contracts';

import { ProgressBar } from '../../../components/ui/progress-bar';
import { formatNumber } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { formatFileSize } from './catalogue-text';

export type ImportProgressProps = { job: CatalogueImportResponse };

/** How far the worker got checking the file (stays at 100 % once it is done). */
export function ImportProgress({ job }: ImportProgressProps) {
  const t = useT();
  const [locale] = useLocale();
  const { processed, total, percent } = job.progress;
  const waiting = job.status === 'queued' && total === 0;
  return (
    <div className="stack">
      <p className="muted">
        {t('catalogueImport.fileInfo', { file: job.fileName, size: formatFileSize(locale, job.size) })}
      </p>
      <ProgressBar
        percent={waiting ? 0 : percent}
        label={t('catalogueImport.progressLabel', { file: job.fileName })}
        valueText={
          waiting
            ? t('catalogueImport.queued')
            : t('catalogueImport.progressText', {
                processed: formatNumber(locale, processed),
                total: formatNumber(locale, total),
                percent,
              })
        }
      />
    </div>
  );
}
