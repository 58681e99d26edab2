import { useState } from 'react';

import { DataTable } from '../../../components/ui/data-table';
import { ErrorState } from '../../../components/ui/error-state';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { isPlainMessageKey } from '../../../i18n/i18n';
import { formatNumber, localizedName } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useCampaigns } from '../api/campaigns';
import { useApplicationsDashboard } from '../api/monitoring';
import { BarChart } from './bar-chart';

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
          <section className="card stack" aria-labelledby="dash-status">
            <h2 id="dash-status">{t('dashboard.byStatusHeading')}</h2>
            <BarChart
              title={t('dashboard.byStatusHeading')}
              data={dashboard.data.byStatus.map((s) => ({ label: statusLabel(s.status), value: s.count }))}
            />
            <DataTable
              caption={t('dashboard.tableLabel', { title: t('dashboard.byStatusHeading') })}
              rows={dashboard.data.byStatus}
              rowKey={(row) => row.status}
              empty={t('dashboard.empty')}
              compact
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
          </section>
          <section className="card stack" aria-labelledby="dash-region">
            <h2 id="dash-region">{t('dashboard.byRegionHeading')}</h2>
            <BarChart
              title={t('dashboard.byRegionHeading')}
              data={dashboard.data.byRegion.map((r) => ({
                label: localizedName(locale, { nameRu: r.regionRu, nameEn: r.regionEn }),
                value: r.total,
              }))}
            />
            <DataTable
              caption={t('dashboard.tableLabel', { title: t('dashboard.byRegionHeading') })}
              rows={dashboard.data.byRegion}
              rowKey={(row) => row.regionId}
              empty={t('dashboard.empty')}
              compact
              columns={[
                {
                  id: 'region',
                  header: t('dashboard.column.region'),
                  rowHeader: true,
                  cell: (row) => localizedName(locale, { nameRu: row.regionRu, nameEn: row.regionEn }),
                },
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
          </section>
          <section className="card stack" aria-labelledby="dash-eligibility">
            <h2 id="dash-eligibility">{t('dashboard.eligibilityHeading')}</h2>
            <BarChart
              title={t('dashboard.eligibilityHeading')}
              data={[
                { label: t('dashboard.eligible'), value: dashboard.data.eligibility.eligible },
                { label: t('dashboard.notEligible'), value: dashboard.data.eligibility.notEligible },
                { label: t('dashboard.unknown'), value: dashboard.data.eligibility.unknown },
              ]}
            />
            <DataTable
              caption={t('dashboard.tableLabel', { title: t('dashboard.eligibilityHeading') })}
              rows={dashboard.data.eligibility.topReasons}
              rowKey={(row) => row.rule}
              empty={t('dashboard.empty')}
              compact
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
          </section>
          <section className="card stack" aria-labelledby="dash-time">
            <h2 id="dash-time">{t('dashboard.stageTimeHeading')}</h2>
            <BarChart
              title={t('dashboard.stageTimeHeading')}
              data={dashboard.data.stageTimes.map((s) => ({
                label: statusLabel(s.status),
                value: s.medianDays,
              }))}
              format={days}
            />
            <DataTable
              caption={t('dashboard.tableLabel', { title: t('dashboard.stageTimeHeading') })}
              rows={dashboard.data.stageTimes}
              rowKey={(row) => row.status}
              empty={t('dashboard.empty')}
              compact
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
          </section>
        </>
      )}
    </div>
  );
}
