import { useMemo, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { RoadmapItemResponse } from '@smartcity/contracts';
import { formatYearMonth, isYearMonth, yearMonthIndex } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { errorMessage } from '../../../i18n/error-messages';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useUpdateItem } from '../api/update-item';
import { directionOf, measureIndex } from '../lib/coverage';
import type { Schedule, ScheduleProblem } from '../lib/schedule';
import { scheduleProblem, shiftSchedule } from '../lib/schedule';
import { dependencyEdges, edgesInRange, groupByDirection, resizeSchedule } from '../lib/timeline-layout';
import type { RoadmapView } from './roadmap-context';
import { useWindowedRows } from './windowed-rows';

const ROW = 28;
const LABEL_WIDTH = 260;
const MONTH_WIDTH = 9;
const AXIS = 24;
/** The grip at a bar's end that changes only the end month. */
const HANDLE = 6;

/** The whole bar, or one of its edges. */
type DragMode = 'move' | 'start' | 'end';

type Row =
  { kind: 'group'; key: string; name: string } | { kind: 'item'; key: string; item: RoadmapItemResponse };

export type TimelineProps = { view: RoadmapView };

/**
 * A Gantt chart of the items grouped by direction, dependencies drawn as arrows. Bars move by dragging or with the
 * arrow keys, a month at a time; dragging a bar's left or right edge (or Alt / Shift + arrows) changes only its
 * start or end. A change that
 * would end before it starts, leave the roadmap's years or start before a dependency ends is refused before
 * anything is sent. Saves carry the item's revision. Rows are windowed: only rows (and arrows) in view are drawn.
 */
export function Timeline({ view }: TimelineProps) {
  const t = useT();
  const [locale] = useLocale();
  const update = useUpdateItem(view.organizationId, view.roadmapId);
  const [drag, setDrag] = useState<{
    itemId: string;
    mode: DragMode;
    originX: number;
    delta: number;
  } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { roadmap, items } = view.document;
  const firstYear = roadmap.periodStartYear;
  const lastYear = roadmap.outlookYear ?? roadmap.periodEndYear;
  const origin = firstYear * 12;
  const months = (lastYear - firstYear + 1) * 12;
  const width = LABEL_WIDTH + months * MONTH_WIDTH;

  const { tree, catalogue } = view;
  const rows = useMemo<Row[]>(() => {
    const measures = measureIndex(tree);
    const groups = groupByDirection(
      items,
      (item) => directionOf(item, measures),
      catalogue.directions.map((d) => d.id),
    );
    const result: Row[] = [];
    for (const group of groups) {
      const key = group.directionId ?? '';
      result.push({
        kind: 'group',
        key: `g-${key}`,
        name: key ? catalogue.directionName(key) || key : t('roadmaps.coverage.noDirection'),
      });
      for (const item of group.items) result.push({ kind: 'item', key: item.id, item });
    }
    return result;
  }, [items, tree, catalogue, t]);

  const rowOf = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const edges = useMemo(() => dependencyEdges(rowOf, items), [rowOf, items]);
  const { ref, range, scrollLeft } = useWindowedRows(rows.length, ROW, AXIS);
  const height = AXIS + rows.length * ROW;

  const x = (month: string) => LABEL_WIDTH + (yearMonthIndex(month) - origin) * MONTH_WIDTH;
  const y = (index: number) => AXIS + index * ROW;

  const explain = (found: ScheduleProblem): string => {
    switch (found.kind) {
      case 'end-before-start':
        return t('roadmaps.rule.endBeforeStart');
      case 'outside-period':
        return t('roadmaps.timeline.outsidePeriod', { from: found.firstYear, to: found.lastYear });
      case 'before-dependency':
        return t('roadmaps.timeline.beforeDependency', {
          title: found.dependencyTitle,
          month: formatYearMonth(found.dependencyEnd, locale),
        });
    }
  };

  const move = (item: RoadmapItemResponse, delta: number, mode: DragMode = 'move') => {
    if (delta === 0 || !item.startMonth || !item.endMonth) return;
    const current: Schedule = { startMonth: item.startMonth, endMonth: item.endMonth };
    const next = mode === 'move' ? shiftSchedule(current, delta) : resizeSchedule(current, delta, mode);
    const found = scheduleProblem(item, next, itemsById, { firstYear, lastYear });
    if (found) {
      setProblem(`${item.title}: ${explain(found)}`);
      return;
    }
    setProblem(null);
    update.mutate(
      { itemId: item.id, body: { revision: item.revision, ...next } },
      { onError: (error) => setProblem(`${item.title}: ${errorMessage(t, error)}`) },
    );
  };

  const onPointerDown = (event: PointerEvent<SVGRectElement>, item: RoadmapItemResponse, mode: DragMode) => {
    if (!view.canEdit) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ itemId: item.id, mode, originX: event.clientX, delta: 0 });
  };
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    if (!drag) return;
    const delta = Math.round((event.clientX - drag.originX) / MONTH_WIDTH);
    if (delta !== drag.delta) setDrag({ ...drag, delta });
  };
  const onPointerUp = (item: RoadmapItemResponse) => {
    if (!drag) return;
    const { delta, mode } = drag;
    setDrag(null);
    move(item, delta, mode);
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>, item: RoadmapItemResponse) => {
    if (!view.canEdit) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      move(
        item,
        event.key === 'ArrowRight' ? 1 : -1,
        event.shiftKey ? 'end' : event.altKey ? 'start' : 'move',
      );
    }
  };

  const visibleRows = rows.slice(range.start, range.end);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  return (
    <div className="stack">
      <p className="muted">
        {view.canEdit ? t('roadmaps.timeline.hint') : t('roadmaps.timeline.readOnlyHint')}
      </p>
      <div aria-live="assertive">{problem ? <Alert tone="error">{problem}</Alert> : null}</div>
      {items.length === 0 ? <p className="muted">{t('roadmaps.items.empty')}</p> : null}
      <div ref={ref} className="timeline" role="region" aria-label={t('roadmaps.tab.timeline')} tabIndex={-1}>
        <svg width={width} height={height} className="timeline__svg" aria-labelledby="timeline-title">
          <title id="timeline-title">{t('roadmaps.timeline.title')}</title>
          <defs>
            <marker
              id="timeline-arrow"
              viewBox="0 0 8 8"
              refX="7"
              refY="4"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0 L8,4 L0,8 z" className="timeline__arrowhead" />
            </marker>
          </defs>
          {years.map((year) => {
            const left = LABEL_WIDTH + (year * 12 - origin) * MONTH_WIDTH;
            return (
              <g key={year} aria-hidden="true">
                <line x1={left} x2={left} y1={0} y2={height} className="timeline__gridline" />
                <text x={left + 4} y={16} className="timeline__year">
                  {year}
                </text>
              </g>
            );
          })}
          {visibleRows.map((row, offset) => {
            const index = range.start + offset;
            // Labels are drawn in the frozen column below.
            if (row.kind === 'group') return null;
            const { item } = row;
            const dragging = drag?.itemId === item.id ? drag.delta : 0;
            if (!isYearMonth(item.startMonth) || !isYearMonth(item.endMonth)) {
              return (
                <g key={row.key}>
                  <text x={LABEL_WIDTH + 4} y={y(index) + 18} className="timeline__undated">
                    {t('roadmaps.timeline.noDates')}
                  </text>
                </g>
              );
            }
            const shift = (mode: DragMode) => (drag?.mode === mode ? dragging : 0);
            const left = x(item.startMonth) + (shift('move') + shift('start')) * MONTH_WIDTH;
            const months =
              yearMonthIndex(item.endMonth) -
              yearMonthIndex(item.startMonth) +
              1 +
              shift('end') -
              shift('start');
            const barWidth = Math.max(MONTH_WIDTH, months * MONTH_WIDTH);
            return (
              <g
                key={row.key}
                role="button"
                tabIndex={0}
                aria-label={t('roadmaps.timeline.bar', {
                  title: item.title,
                  start: formatYearMonth(item.startMonth, locale),
                  end: formatYearMonth(item.endMonth, locale),
                })}
                className="timeline__item"
                onKeyDown={(event) => onKeyDown(event, item)}
              >
                <rect
                  x={left}
                  y={y(index) + 6}
                  width={barWidth}
                  height={ROW - 12}
                  rx={3}
                  className={`timeline__bar timeline__bar--${item.status}${dragging ? ' timeline__bar--dragging' : ''}`}
                  onPointerDown={(event) => onPointerDown(event, item, 'move')}
                  onPointerMove={onPointerMove}
                  onPointerUp={() => onPointerUp(item)}
                  onPointerCancel={() => setDrag(null)}
                />
                {view.canEdit
                  ? (['start', 'end'] as const).map((edge) => (
                      <rect
                        key={edge}
                        x={edge === 'start' ? left : left + barWidth - HANDLE}
                        y={y(index) + 6}
                        width={HANDLE}
                        height={ROW - 12}
                        className="timeline__handle"
                        aria-hidden="true"
                        onPointerDown={(event) => onPointerDown(event, item, edge)}
                        onPointerMove={onPointerMove}
                        onPointerUp={() => onPointerUp(item)}
                        onPointerCancel={() => setDrag(null)}
                      />
                    ))
                  : null}
              </g>
            );
          })}
          {edgesInRange(edges, range.start, range.end).map((edge) => {
            const x1 = x(edge.fromEndMonth) + MONTH_WIDTH;
            const y1 = y(edge.fromRow) + ROW / 2;
            const x2 = x(edge.toStartMonth);
            const y2 = y(edge.toRow) + ROW / 2;
            const bend = Math.max(x1 + 6, x2 - 6);
            return (
              <path
                key={edge.key}
                d={`M${x1},${y1} H${bend} V${y2} H${x2}`}
                className="timeline__dependency"
                markerEnd="url(#timeline-arrow)"
                aria-hidden="true"
              />
            );
          })}
          {/* The label column stays in place while the chart scrolls sideways: drawn last, over the bars. */}
          <g transform={`translate(${scrollLeft},0)`}>
            <rect x={0} y={0} width={LABEL_WIDTH} height={height} className="timeline__label-column" />
            <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} className="timeline__gridline" />
            {visibleRows.map((row, offset) => {
              const index = range.start + offset;
              if (row.kind === 'group') {
                return (
                  <text key={row.key} x={6} y={y(index) + 19} className="timeline__group">
                    {row.name.length > 40 ? `${row.name.slice(0, 39)}…` : row.name}
                  </text>
                );
              }
              const title = row.item.title;
              return (
                <text key={row.key} x={16} y={y(index) + 18} className="timeline__label">
                  {title.length > 36 ? `${title.slice(0, 35)}…` : title}
                </text>
              );
            })}
          </g>
        </svg>
      </div>
    </div>
  );
}
