import type { DirectionNodeResponse, KpiResponse, Locale } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
import { useT } from '../../../i18n/i18n-provider';
import { LocalizedTitle } from './localized-title';
import { ProvenanceBadge } from './provenance-badge';

export type KpiTableProps = {
  directions: readonly DirectionNodeResponse[];
  /** The language of catalogue content chosen on the page. */
  contentLocale: Locale;
};

type KpiRow = { kpi: KpiResponse; direction: DirectionNodeResponse };

/** An indicator framework as one table: code, indicator, dimension (and sub-dimension), unit, tier, polarity, provenance. */
export function KpiTable({ directions, contentLocale }: KpiTableProps) {
  const t = useT();
  const rows: KpiRow[] = directions.flatMap((direction) => direction.kpis.map((kpi) => ({ kpi, direction })));
  return (
    <DataTable<KpiRow>
      compact
      className="kpi-table"
      caption={t('frameworkPage.kpiCaption')}
      empty={t('frameworkPage.noDirections')}
      rows={rows}
      rowKey={(row) => row.kpi.id}
      columns={[
        {
          id: 'code',
          header: t('catalogue.column.code'),
          className: 'nowrap tabular',
          cell: (row) => row.kpi.code,
        },
        {
          id: 'title',
          header: t('catalogue.column.kpi'),
          rowHeader: true,
          className: 'cell-title',
          cell: (row) => <LocalizedTitle item={row.kpi} locale={contentLocale} />,
        },
        {
          id: 'dimension',
          header: t('catalogue.column.dimension'),
          cell: (row) => (
            <>
              <LocalizedTitle item={row.direction} locale={contentLocale} />
              {row.kpi.subDimension ? (
                <span className="cell-note">
                  {t('catalogue.column.subDimension')}: {row.kpi.subDimension}
                </span>
              ) : null}
            </>
          ),
        },
        { id: 'unit', header: t('catalogue.column.unit'), cell: (row) => row.kpi.unit ?? t('common.none') },
        {
          id: 'tier',
          header: t('catalogue.column.tier'),
          cell: (row) => (row.kpi.tier ? t(`kpiTier.${row.kpi.tier}`) : t('common.none')),
        },
        {
          id: 'better',
          header: t('catalogue.column.better'),
          cell: (row) => (row.kpi.better ? t(`kpiPolarity.${row.kpi.better}`) : t('common.none')),
        },
        {
          id: 'provenance',
          header: t('catalogue.column.provenance'),
          cell: (row) => <ProvenanceBadge provenance={row.kpi.provenance} />,
        },
      ]}
    />
  );
}
