import type { ImportRowErrorResponse } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { catalogueProblemText } from '../lib/catalogue-problem-text';
import { fieldLabel } from './catalogue-text';

export type ImportErrorsTableProps = {
  errors: readonly ImportRowErrorResponse[];
  /** All problems found (the list may be cut to the first ones). */
  errorCount: number;
};

/** Every problem of an invalid file: the section (sheet), row and column, and the reason. */
export function ImportErrorsTable({ errors, errorCount }: ImportErrorsTableProps) {
  const t = useT();
  const [locale] = useLocale();
  const rows = errors.map((error, index) => ({ ...error, key: String(index) }));
  return (
    <div className="stack">
      {errorCount > errors.length ? (
        <p className="muted">
          {t('catalogueImport.errorsTruncated', { shown: errors.length, count: errorCount })}
        </p>
      ) : null}
      <DataTable
        compact
        showCaption
        caption={t('catalogueImport.errorsCaption')}
        empty={t('common.none')}
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          {
            id: 'section',
            header: t('catalogueImport.column.section'),
            // No section: a problem with the whole file, or with a row whose record type is unknown.
            cell: (row) =>
              row.section
                ? t(`catalogueSection.${row.section}`)
                : row.row === null
                  ? t('catalogueImport.wholeFile')
                  : t('common.none'),
          },
          {
            id: 'row',
            header: t('catalogueImport.column.row'),
            rowHeader: true,
            className: 'numeric',
            cell: (row) => row.row ?? t('common.none'),
          },
          {
            id: 'column',
            header: t('catalogueImport.column.column'),
            cell: (row) =>
              row.column ? (
                <>
                  <code>{row.column}</code>
                  {fieldLabel(t, row.column) !== row.column ? (
                    <span className="cell-note">{fieldLabel(t, row.column)}</span>
                  ) : null}
                </>
              ) : (
                t('common.none')
              ),
          },
          {
            id: 'reason',
            header: t('catalogueImport.column.reason'),
            // The problem's code in the interface language; the English reason only for a code this bundle does
            // not know yet (a newer API).
            cell: (row) => catalogueProblemText(t, locale, row) ?? <span lang="en">{row.reason}</span>,
          },
        ]}
      />
    </div>
  );
}
