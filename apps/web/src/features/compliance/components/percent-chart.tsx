import type { ReactNode } from 'react';

import type { ChartBox } from '../lib/chart-geometry';
import { PERCENT_TICKS, percentY } from '../lib/chart-geometry';

export type PercentChartProps = {
  box: ChartBox;
  /** The id of the SVG's <title>, which labels the image. */
  titleId: string;
  title: string;
  /** The id of a text (e.g. a summary beside the chart) that describes the image. */
  describedBy?: string;
  /** Draw the 100 % line as the target rather than as a grid line. */
  markTarget?: boolean;
  /** The series, drawn over the grid in the same coordinates. */
  children: ReactNode;
};

/** The SVG frame of the compliance charts: a 0–100 % vertical scale with grid lines and tick labels. */
export function PercentChart({
  box,
  titleId,
  title,
  describedBy,
  markTarget = false,
  children,
}: PercentChartProps) {
  return (
    <figure className="compliance-chart">
      <svg
        viewBox={`0 0 ${box.width} ${box.height}`}
        width={box.width}
        height={box.height}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        className="compliance-chart__svg"
      >
        <title id={titleId}>{title}</title>
        {PERCENT_TICKS.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line
              x1={box.left}
              x2={box.width - box.right}
              y1={percentY(box, tick)}
              y2={percentY(box, tick)}
              className={markTarget && tick === 100 ? 'compliance-chart__target' : 'compliance-chart__grid'}
            />
            <text
              x={box.left - 6}
              y={percentY(box, tick) + 4}
              textAnchor="end"
              className="compliance-chart__tick"
            >
              {tick}
            </text>
          </g>
        ))}
        {children}
      </svg>
    </figure>
  );
}
