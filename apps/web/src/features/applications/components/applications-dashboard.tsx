import { useState } from 'react';

import { DataTable, type DataTableColumn } from '../../../components/ui/data-table';
import { ErrorState } from '../../../components/ui/error-state';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { isPlainMessageKey } from '../../../i18n/i18n';
import { formatNumber, localizedName } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useCampaigns } from '../api/campaigns';
import { useApplicationsDashboard } from '../api/monitoring';
import { BarChart, type BarChartProps } from './bar-chart';

/** The ministry dashboard: by status, by region, eligibility, time per stage — each a chart with its table. */
export function ApplicationsDashboard() {
  const t = useT();
  const [locale] = useLocale();
  const [campaignId, setCampaignId] = useState('');
  const campaigns = useCampaigns();
  const dashboard = useApplicationsDashboard(campaignId || null);
  const statusLabel = (status: string) => {
    const key = `applications.status.${status}`;
    return isPlainMessageKey(key) ? t(key) : status;
  };
  const ruleLabel = (rule: string) => {
    const key = `application.rule.${rule}`;
    if (rule === 'population_or_capital')
      return t('application.rule.population_or_capital', { threshold: '100 000' });
    return isPlainMessageKey(key) ? t(key) : rule;
  };
  const days = (value: number) => formatNumber(locale, value);
  const regionName = (row: { regionRu: string; regionEn: string }) =>
    localizedName(locale, { nameRu: row.regionRu, nameEn: row.regionEn });

  return (
    <div className="stack">
      <SelectField
        label={t('dashboard.campaign')}
        value={campaignId}
        onChange={(e) => setCampaignId(e.target.value)}
        options={[
          { value: '', label: t('dashboard.allCampaigns') },
          ...(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.title })),
        ]}
      />
      {dashboard.isPending ? (
        <Spinner label={t('common.loading')} block />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <>
          <p>
            <strong>{t('dashboard.total', { count: dashboard.data.total })}</strong>
          </p>
          <ChartSection
            id="dash-status"
            heading={t('dashboard.byStatusHeading')}
            chart={dashboard.data.byStatus.map((s) => ({ label: statusLabel(s.status), value: s.count }))}
            rows={dashboard.data.byStatus}
            rowKey={(row) => row.status}
            columns={[
              {
                id: 'status',
                header: t('dashboard.column.status'),
                rowHeader: true,
                cell: (row) => statusLabel(row.status),
              },
              { id: 'count', header: t('dashboard.column.count'), cell: (row) => String(row.count) },
            ]}
          />
          <ChartSection
            id="dash-region"
            heading={t('dashboard.byRegionHeading')}
            chart={dashboard.data.byRegion.map((r) => ({ label: regionName(r), value: r.total }))}
            rows={dashboard.data.byRegion}
            rowKey={(row) => row.regionId}
            columns={[
              { id: 'region', header: t('dashboard.column.region'), rowHeader: true, cell: regionName },
              { id: 'total', header: t('dashboard.column.total'), cell: (row) => String(row.total) },
              {
                id: 'statuses',
                header: t('dashboard.column.status'),
                cell: (row) =>
                  Object.entries(row.byStatus)
                    .map(([status, count]) => `${statusLabel(status)}: ${count}`)
                    .join('; '),
              },
            ]}
          />
          <ChartSection
            id="dash-eligibility"
            heading={t('dashboard.eligibilityHeading')}
            chart={[
              { label: t('dashboard.eligible'), value: dashboard.data.eligibility.eligible },
              { label: t('dashboard.notEligible'), value: dashboard.data.eligibility.notEligible },
              { label: t('dashboard.unknown'), value: dashboard.data.eligibility.unknown },
            ]}
            rows={dashboard.data.eligibility.topReasons}
            rowKey={(row) => row.rule}
            columns={[
              {
                id: 'rule',
                header: t('dashboard.column.rule'),
                rowHeader: true,
                cell: (row) => ruleLabel(row.rule),
              },
              { id: 'count', header: t('dashboard.column.count'), cell: (row) => String(row.count) },
            ]}
          />
          <ChartSection
            id="dash-time"
            heading={t('dashboard.stageTimeHeading')}
            chart={dashboard.data.stageTimes.map((s) => ({
              label: statusLabel(s.status),
              value: s.medianDays,
            }))}
            format={days}
            rows={dashboard.data.stageTimes}
            rowKey={(row) => row.status}
            columns={[
              {
                id: 'status',
                header: t('dashboard.column.status'),
                rowHeader: true,
                cell: (row) => statusLabel(row.status),
              },
              { id: 'spells', header: t('dashboard.column.spells'), cell: (row) => String(row.spells) },
              { id: 'mean', header: t('dashboard.column.mean'), cell: (row) => days(row.meanDays) },
              { id: 'median', header: t('dashboard.column.median'), cell: (row) => days(row.medianDays) },
            ]}
          />
        </>
      )}
    </div>
  );
}

type ChartSectionProps<Row> = {
  id: string;
  heading: string;
  chart: BarChartProps['data'];
  format?: BarChartProps['format'];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly DataTableColumn<Row>[];
};

/** One dashboard card: a bar chart and, for screen readers and exact figures, the same data as a table. */
function ChartSection<Row>({ id, heading, chart, format, rows, rowKey, columns }: ChartSectionProps<Row>) {
  const t = useT();
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <BarChart title={heading} data={chart} format={format} />
      <DataTable
        caption={t('dashboard.tableLabel', { title: heading })}
        rows={rows}
        rowKey={rowKey}
        empty={t('dashboard.empty')}
        compact
        columns={columns}
      />
    </section>
  );
}
