import { DataTable } from '../../../components/ui/data-table';
import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useComplianceTrend } from '../api/get-compliance-trend';
import { formatDay, TREND_CHART_BOX, trendGeometry } from '../lib/chart-geometry';
import { PercentChart } from './percent-chart';

export type TrendChartProps = { organizationId: string; roadmapId: string };

/** The daily score snapshots of the roadmap (the server's, once a day) as a line chart, with a table fallback. */
export function TrendChart({ organizationId, roadmapId }: TrendChartProps) {
  const t = useT();
  const [locale] = useLocale();
  const trend = useComplianceTrend(organizationId, roadmapId);
  const box = TREND_CHART_BOX;

  let body;
  if (trend.isPending) body = <Spinner />;
  else if (trend.isError)
    body = (
      <ErrorState
        title={t('compliance.trend.loadFailed')}
        error={trend.error}
        onRetry={() => void trend.refetch()}
      />
    );
  else if (trend.data.points.length === 0) body = <p className="muted">{t('compliance.trend.empty')}</p>;
  else {
    const points = trend.data.points;
    const geometry = trendGeometry(points.map((point) => ({ day: point.day, score: point.score })));
    const dayText = (day: string) => formatDay(locale, day, 'long');
    const first = geometry.points[0];
    const latest = geometry.points[geometry.points.length - 1];
    body = (
      <>
        <p id="trend-chart-summary">
          {t('compliance.trend.summary', {
            count: geometry.points.length,
            from: dayText(first.day),
            to: dayText(latest.day),
            score: latest.score,
          })}
        </p>
        <PercentChart
          box={box}
          titleId="trend-chart-title"
          title={t('compliance.trend.chartTitle')}
          describedBy="trend-chart-summary"
        >
          <path d={geometry.path} className="compliance-chart__line" />
          {geometry.points.map((point) => (
            <circle key={point.day} cx={point.x} cy={point.y} r={3.5} className="compliance-chart__point">
              <title>{t('compliance.trend.point', { day: dayText(point.day), score: point.score })}</title>
            </circle>
          ))}
          {geometry.xTicks.map((point) => (
            <text
              key={point.day}
              x={point.x}
              y={box.height - box.bottom + 18}
              textAnchor="middle"
              className="compliance-chart__tick"
            >
              {formatDay(locale, point.day, 'short')}
            </text>
          ))}
        </PercentChart>
        <DataTable
          caption={t('compliance.trend.caption')}
          compact
          rows={[...points].reverse()}
          rowKey={(point) => point.day}
          empty={t('compliance.trend.empty')}
          columns={[
            { id: 'day', header: t('compliance.trend.day'), rowHeader: true, cell: (p) => dayText(p.day) },
            { id: 'score', header: t('compliance.trend.score'), className: 'numeric', cell: (p) => p.score },
            {
              id: 'errors',
              header: t('compliance.trend.errors'),
              className: 'numeric',
              cell: (p) => p.errorCount,
            },
            {
              id: 'warnings',
              header: t('compliance.trend.warnings'),
              className: 'numeric',
              cell: (p) => p.warningCount,
            },
            {
              id: 'revision',
              header: t('compliance.trend.revision'),
              className: 'numeric',
              cell: (p) => p.roadmapRevision,
            },
          ]}
        />
      </>
    );
  }

  return (
    <section className="stack stack--tight" aria-labelledby="trend-heading">
      <h3 id="trend-heading">{t('compliance.trend.heading')}</h3>
      <p className="muted">{t('compliance.trend.intro')}</p>
      {body}
    </section>
  );
}
