import type { FinancingSource } from '@smartcity/domain';
import { FINANCING_SOURCES } from '@smartcity/domain';

import { DataTable } from '../../../components/ui/data-table';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { budgetByYear, formatKopecks } from '../lib/budget';
import type { RoadmapView } from './roadmap-context';

export type BudgetChartProps = { view: RoadmapView };

const HEIGHT = 240;
const BAR = 36;
const GAP = 28;
const LEFT = 8;

/** Planned money by year, stacked by financing source (SVG), with the same numbers as a table. */
export function BudgetChart({ view }: BudgetChartProps) {
  const t = useT();
  const [locale] = useLocale();
  const years = budgetByYear(view.document.items);
  if (years.length === 0) return <p className="muted">{t('roadmaps.budget.empty')}</p>;
  const max = years.reduce((top, year) => (year.total > top ? year.total : top), 0n) || 1n;
  const scale = (kopecks: bigint) => (Number((kopecks * 10_000n) / max) / 10_000) * HEIGHT;
  const width = LEFT + years.length * (BAR + GAP);
  const money = (kopecks: bigint) => formatKopecks(kopecks, locale);
  const sourceLabel = (source: FinancingSource) => t(`roadmaps.source.${source}`);

  return (
    <div className="stack">
      <figure className="budget-chart">
        <svg
          width={width}
          height={HEIGHT + 30}
          role="img"
          aria-labelledby="budget-chart-title"
          className="budget-chart__svg"
        >
          <title id="budget-chart-title">{t('roadmaps.budget.chartTitle')}</title>
          {years.map((year, index) => {
            let top = HEIGHT;
            const left = LEFT + index * (BAR + GAP);
            return (
              <g key={year.year}>
                {FINANCING_SOURCES.map((source) => {
                  const h = scale(year.bySource[source]);
                  top -= h;
                  return h > 0 ? (
                    <rect
                      key={source}
                      x={left}
                      y={top}
                      width={BAR}
                      height={h}
                      className={`budget-chart__bar budget-chart__bar--${source}`}
                    >
                      <title>{`${year.year}, ${sourceLabel(source)}: ${money(year.bySource[source])}`}</title>
                    </rect>
                  ) : null;
                })}
                <text x={left + BAR / 2} y={HEIGHT + 18} textAnchor="middle" className="budget-chart__year">
                  {year.year}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption>
          <ul className="budget-chart__legend">
            {FINANCING_SOURCES.map((source) => (
              <li key={source}>
                <span className={`budget-chart__swatch budget-chart__bar--${source}`} aria-hidden="true" />{' '}
                {sourceLabel(source)}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <DataTable
        caption={t('roadmaps.budget.tableCaption')}
        showCaption
        compact
        rows={years}
        rowKey={(year) => String(year.year)}
        empty={t('roadmaps.budget.empty')}
        columns={[
          { id: 'year', header: t('roadmaps.budget.year'), rowHeader: true, cell: (year) => year.year },
          ...FINANCING_SOURCES.map((source) => ({
            id: source,
            header: sourceLabel(source),
            className: 'numeric nowrap',
            cell: (year: (typeof years)[number]) => money(year.bySource[source]),
          })),
          {
            id: 'total',
            header: t('roadmaps.budget.total'),
            className: 'numeric nowrap',
            cell: (year) => <strong>{money(year.total)}</strong>,
          },
        ]}
      />
    </div>
  );
}
