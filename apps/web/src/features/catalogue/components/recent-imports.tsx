import { DataTable } from '../../../components/ui/data-table';
import { formatDateTime } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useImports } from '../api/get-imports';

export type RecentImportsProps = {
  onOpen: (importId: string) => void;
};

const SHOWN = 10;

/** The latest uploads, to return to one (e.g. a checked file not applied yet). Nothing while loading or empty. */
export function RecentImports({ onOpen }: RecentImportsProps) {
  const t = useT();
  const [locale] = useLocale();
  const imports = useImports();
  const items = imports.data?.items.slice(0, SHOWN) ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="recent-imports-heading" className="stack">
      <h3 id="recent-imports-heading" className="section-title">
        {t('catalogueImport.recentHeading')}
      </h3>
      <DataTable
        compact
        caption={t('catalogueImport.recentCaption')}
        empty={null}
        rows={items}
        rowKey={(item) => item.id}
        columns={[
          {
            id: 'file',
            header: t('catalogueImport.column.file'),
            rowHeader: true,
            cell: (item) => (
              <button type="button" className="button button--link" onClick={() => onOpen(item.id)}>
                {item.fileName}
              </button>
            ),
          },
          {
            id: 'status',
            header: t('catalogueImport.column.status'),
            cell: (item) => t(`catalogueImportStatus.${item.status}`),
          },
          {
            id: 'created',
            header: t('catalogueImport.column.created'),
            className: 'nowrap',
            cell: (item) => formatDateTime(locale, item.createdAt),
          },
        ]}
      />
    </section>
  );
}
