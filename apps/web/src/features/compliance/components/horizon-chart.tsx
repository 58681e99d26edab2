import type { HorizonCoverage } from '@smartcity/domain';

import { DataTable } from '../../../components/ui/data-table';
import { useT } from '../../../i18n/i18n-provider';
import { HORIZON_CHART_BOX, horizonBars } from '../lib/chart-geometry';
import { horizonVerdict } from '../lib/horizons';
import { scoreColour } from '../lib/score-scale';
import { PercentChart } from './percent-chart';

export type HorizonChartProps = { horizons: readonly HorizonCoverage[] };

/** "Will we make it": the share of basic measures planned by the end of 2020, 2024 and 2030 (SVG + table). */
export function HorizonChart({ horizons }: HorizonChartProps) {
  const t = useT();
  const box = HORIZON_CHART_BOX;
  const bars = horizonBars(horizons, box);
  const verdict = horizonVerdict(horizons);
  const percentText = (value: number | null) =>
    value === null ? t('compliance.noValue') : t('compliance.percent', { value });

  return (
    <section className="stack stack--tight" aria-labelledby="horizon-heading">
      <h3 id="horizon-heading">{t('compliance.horizon.heading')}</h3>
      <p className="muted">{t('compliance.horizon.intro')}</p>
      <p className={`horizon-verdict horizon-verdict--${verdict.kind}`}>
        {verdict.kind === 'on-track'
          ? t('compliance.horizon.onTrack', { year: verdict.year })
          : verdict.kind === 'at-risk'
            ? t('compliance.horizon.atRisk', {
                year: verdict.year,
                missing: verdict.missing,
                total: verdict.total,
              })
            : t('compliance.horizon.nothing')}
      </p>
      <PercentChart
        box={box}
        titleId="horizon-chart-title"
        title={t('compliance.horizon.chartTitle')}
        markTarget
      >
        {bars.map((bar) => (
          <g key={bar.year}>
            <rect
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              style={{ fill: scoreColour(bar.percent) }}
              className="compliance-chart__bar"
            >
              <title>
                {t('compliance.horizon.bar', { year: bar.year, value: percentText(bar.percent) })}
              </title>
            </rect>
            <text x={bar.centerX} y={bar.labelY} textAnchor="middle" className="compliance-chart__value">
              {percentText(bar.percent)}
            </text>
            <text
              x={bar.centerX}
              y={box.height - box.bottom + 18}
              textAnchor="middle"
              className="compliance-chart__tick"
            >
              {bar.year}
            </text>
          </g>
        ))}
      </PercentChart>
      <DataTable
        caption={t('compliance.horizon.caption')}
        compact
        rows={horizons}
        rowKey={(horizon) => String(horizon.year)}
        empty={t('compliance.horizon.nothing')}
        columns={[
          {
            id: 'year',
            header: t('compliance.horizon.year'),
            rowHeader: true,
            cell: (horizon) => t('compliance.horizon.yearValue', { year: horizon.year }),
          },
          {
            id: 'planned',
            header: t('compliance.horizon.planned'),
            className: 'numeric',
            cell: (horizon) =>
              t('compliance.horizon.plannedValue', {
                planned: horizon.plannedBasicMeasures,
                total: horizon.basicMeasures,
              }),
          },
          {
            id: 'share',
            header: t('compliance.horizon.share'),
            className: 'numeric',
            cell: (horizon) => percentText(horizon.share === null ? null : Math.round(horizon.share * 100)),
          },
        ]}
      />
    </section>
  );
}
