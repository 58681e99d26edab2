import { Link } from 'react-router-dom';
import type { ApplicationSummaryResponse } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
import { formatDate } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { applicationHref } from './application-links';
import { ApplicationStatusBadge } from './status-badge';

export type ApplicationListProps = {
  applications: readonly ApplicationSummaryResponse[];
  /** Show municipality and region columns (reviewers' and ministry lists). */
  showMunicipality?: boolean;
};

export function ApplicationList({ applications, showMunicipality = false }: ApplicationListProps) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <DataTable
      caption={t('applications.caption')}
      rows={applications}
      rowKey={(row) => row.id}
      empty={t('applications.empty')}
      columns={[
        showMunicipality && {
          id: 'municipality',
          header: t('applications.column.municipality'),
          rowHeader: true,
          cell: (row) => <Link to={applicationHref(row.municipalityId, row.id)}>{row.municipalityName}</Link>,
        },
        showMunicipality && {
          id: 'region',
          header: t('applications.column.region'),
          cell: (row) => row.regionName ?? t('common.none'),
        },
        {
          id: 'campaign',
          header: t('applications.column.campaign'),
          rowHeader: !showMunicipality,
          cell: (row) =>
            showMunicipality ? (
              row.campaignTitle
            ) : (
              <Link to={applicationHref(row.municipalityId, row.id)}>{row.campaignTitle}</Link>
            ),
        },
        { id: 'roadmap', header: t('applications.column.roadmap'), cell: (row) => row.roadmapTitle },
        {
          id: 'status',
          header: t('applications.column.status'),
          cell: (row) => <ApplicationStatusBadge status={row.status} />,
        },
        {
          id: 'stage',
          header: t('applications.column.stage'),
          cell: (row) => (row.currentStage ? t(`applications.stage.${row.currentStage}`) : t('common.none')),
        },
        {
          id: 'submitted',
          header: t('applications.column.submitted'),
          cell: (row) => (row.submittedAt ? formatDate(locale, row.submittedAt) : t('common.none')),
        },
        {
          id: 'score',
          header: t('applications.column.score'),
          cell: (row) => (row.complianceScore === null ? t('common.none') : String(row.complianceScore)),
        },
      ]}
    />
  );
}
