import '../applications.css';
import { Link } from 'react-router-dom';

import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { formatDate, formatDateTime, localizedName } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useSlaBoard } from '../api/monitoring';
import { slaTone } from '../lib/application-view';
import { applicationHref } from './application-links';

/** Open review clocks per stage, most urgent first (scoped by the API to what the caller may read). */
export function SlaBoard() {
  const t = useT();
  const [locale] = useLocale();
  const board = useSlaBoard();
  if (board.isPending) return <Spinner label={t('common.loading')} block />;
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  return (
    <div className="stack">
      <p>{t('sla.asOf', { date: formatDateTime(locale, board.data.asOf) })}</p>
      {board.data.stages.map((stage) => (
        <DataTable
          key={stage.stage}
          caption={t('sla.caption', { stage: t(`applications.stage.${stage.stage}`) })}
          showCaption
          rows={stage.items}
          rowKey={(row) => row.clockId}
          empty={t('sla.empty')}
          columns={[
            {
              id: 'municipality',
              header: t('sla.column.municipality'),
              rowHeader: true,
              cell: (row) => (
                <Link to={applicationHref(row.municipalityId, row.applicationId)}>
                  {localizedName(locale, { nameRu: row.municipalityRu, nameEn: row.municipalityEn })}
                </Link>
              ),
            },
            { id: 'campaign', header: t('sla.column.campaign'), cell: (row) => row.campaignTitle },
            {
              id: 'due',
              header: t('sla.column.due'),
              cell: (row) => (row.dueAt ? formatDate(locale, row.dueAt) : t('common.none')),
            },
            {
              id: 'remaining',
              header: t('sla.column.remaining'),
              cell: (row) =>
                row.isOverdue
                  ? t('sla.overdue', { days: row.overdueDays })
                  : t('sla.remaining', { days: row.remainingDays }),
            },
            {
              id: 'state',
              header: t('sla.column.state'),
              cell: (row) => (
                <>
                  <Badge tone={slaTone(row)}>
                    {row.isOverdue
                      ? t('sla.overdue', { days: row.overdueDays })
                      : row.isPaused
                        ? t('sla.paused')
                        : t('sla.running')}
                  </Badge>{' '}
                  {row.reminderSent ? <Badge tone="neutral">{t('sla.reminderSent')}</Badge> : null}
                </>
              ),
            },
          ]}
        />
      ))}
    </div>
  );
}
