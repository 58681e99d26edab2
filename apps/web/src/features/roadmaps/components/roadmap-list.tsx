import { Link } from 'react-router-dom';

import { DataTable } from '../../../components/ui/data-table';
import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { formatDateTime } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useRoadmaps } from '../api/get-roadmaps';
import { RoadmapStatusBadge } from './roadmap-status-badge';

export type RoadmapListProps = { organizationId: string };

/** The municipality's roadmaps, newest period first. */
export function RoadmapList({ organizationId }: RoadmapListProps) {
  const t = useT();
  const [locale] = useLocale();
  const roadmaps = useRoadmaps(organizationId);

  if (roadmaps.isPending) return <Spinner />;
  if (roadmaps.isError) return <ErrorState error={roadmaps.error} onRetry={() => void roadmaps.refetch()} />;
  const rows = [...roadmaps.data.items].sort((a, b) => b.periodStartYear - a.periodStartYear);
  return (
    <DataTable
      caption={t('roadmaps.list.caption')}
      rows={rows}
      rowKey={(roadmap) => roadmap.id}
      empty={t('roadmaps.list.empty')}
      columns={[
        {
          id: 'title',
          header: t('roadmaps.field.title'),
          rowHeader: true,
          cell: (roadmap) => (
            <Link to={`/organizations/${organizationId}/roadmaps/${roadmap.id}`}>{roadmap.title}</Link>
          ),
        },
        {
          id: 'period',
          header: t('roadmaps.field.period'),
          className: 'nowrap',
          cell: (roadmap) =>
            t('roadmaps.periodRange', { from: roadmap.periodStartYear, to: roadmap.periodEndYear }),
        },
        {
          id: 'status',
          header: t('roadmaps.field.status'),
          cell: (roadmap) => <RoadmapStatusBadge status={roadmap.status} />,
        },
        {
          id: 'updated',
          header: t('roadmaps.field.updated'),
          className: 'nowrap',
          cell: (roadmap) => formatDateTime(locale, roadmap.updatedAt),
        },
      ]}
    />
  );
}
