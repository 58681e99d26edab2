import '../applications.css';
import { useId } from 'react';

import { useT } from '../../../i18n/i18n-provider';
import { barChartLayout } from '../lib/bar-chart';

export type BarChartProps = {
  title: string;
  data: readonly { label: string; value: number }[];
  /** How a value is written at the end of its bar. */
  format?: (value: number) => string;
};

/**
 * A horizontal bar chart in SVG. Decorative for screen readers beyond its label: the same numbers are in the table
 * that always follows it.
 */
export function BarChart({ title, data, format = String }: BarChartProps) {
  const t = useT();
  const titleId = useId();
  if (data.length === 0) return <p>{t('chart.empty')}</p>;
  const width = 640;
  const layout = barChartLayout(data, { width });
  return (
    <svg
      className="app-chart"
      viewBox={`0 0 ${width} ${layout.height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{t('dashboard.chartLabel', { title })}</title>
      {layout.bars.map((bar) => (
        <g key={bar.label} transform={`translate(0 ${bar.y})`}>
          <text x={layout.barX - 8} y={layout.barHeight - 4} textAnchor="end" className="app-chart__label">
            {bar.label}
          </text>
          <rect
            x={layout.barX}
            y={0}
            width={bar.width}
            height={layout.barHeight}
            className="app-chart__bar"
            rx={2}
          />
          <text x={layout.barX + bar.width + 6} y={layout.barHeight - 4} className="app-chart__value">
            {format(bar.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
