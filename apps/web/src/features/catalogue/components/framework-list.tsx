import { Link } from 'react-router-dom';
import type { FrameworkResponse } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
import { formatNumber } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { currentVersionIds, titleText } from './catalogue-text';
import { FrameworkStatusBadge } from './framework-status-badge';
import { ProvenanceBadge } from './provenance-badge';

export type FrameworkListProps = {
  frameworks: readonly FrameworkResponse[];
};

/** Every visible version, grouped by framework code, newest version first. */
export function FrameworkList({ frameworks }: FrameworkListProps) {
  const t = useT();
  const [locale] = useLocale();
  const current = currentVersionIds(frameworks);
  const sorted = [...frameworks].sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version);
  return (
    <DataTable
      caption={t('catalogue.frameworksCaption')}
      empty={t('catalogue.frameworksEmpty')}
      rows={sorted}
      rowKey={(framework) => framework.id}
      columns={[
        {
          id: 'title',
          header: t('catalogue.column.title'),
          rowHeader: true,
          cell: (framework) => (
            <>
              <Link to={`/catalogue/frameworks/${framework.id}`}>{titleText(t, locale, framework)}</Link>
              <span className="cell-note">{framework.code}</span>
            </>
          ),
        },
        { id: 'kind', header: t('catalogue.column.kind'), cell: (f) => t(`frameworkKind.${f.kind}`) },
        { id: 'edition', header: t('catalogue.column.edition'), cell: (f) => f.edition },
        {
          id: 'version',
          header: t('catalogue.column.version'),
          className: 'numeric',
          cell: (f) => f.version,
        },
        {
          id: 'status',
          header: t('catalogue.column.status'),
          cell: (f) => <FrameworkStatusBadge status={f.status} current={current.has(f.id)} />,
        },
        {
          id: 'provenance',
          header: t('catalogue.column.provenance'),
          cell: (f) => <ProvenanceBadge provenance={f.provenance.status} />,
        },
        {
          id: 'items',
          header: t('catalogue.column.items'),
          className: 'numeric',
          cell: (f) => formatNumber(locale, f.kind === 'measures' ? f.counts.measures : f.counts.kpis),
        },
      ]}
    />
  );
}
