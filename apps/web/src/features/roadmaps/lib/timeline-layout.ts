import type { RoadmapItemResponse } from '@smartcity/contracts';
import { addMonths, isYearMonth } from '@smartcity/domain';

import type { Schedule } from './schedule';

type TimelineItem = Pick<RoadmapItemResponse, 'id' | 'startMonth' | 'endMonth' | 'dependsOn'>;

/** A finish-to-start arrow: from the dependency's row and end month to the dependent's row and start month. */
export type DependencyEdge = {
  key: string;
  fromRow: number;
  toRow: number;
  fromEndMonth: string;
  toStartMonth: string;
};

/**
 * Every drawable dependency of the laid-out rows (both ends placed and dated), computed once per layout so the
 * windowed chart only filters them.
 */
export function dependencyEdges<T extends TimelineItem>(
  rowOf: ReadonlyMap<string, number>,
  items: readonly T[],
): DependencyEdge[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const edges: DependencyEdge[] = [];
  for (const item of items) {
    const toRow = rowOf.get(item.id);
    if (toRow === undefined || !isYearMonth(item.startMonth)) continue;
    for (const id of item.dependsOn) {
      const dependency = byId.get(id);
      const fromRow = rowOf.get(id);
      if (!dependency || fromRow === undefined || !isYearMonth(dependency.endMonth)) continue;
      edges.push({
        key: `${id}->${item.id}`,
        fromRow,
        toRow,
        fromEndMonth: dependency.endMonth,
        toStartMonth: item.startMonth,
      });
    }
  }
  return edges;
}

/** The arrows that cross the rendered rows [start, end): one end inside, or spanning them. */
export function edgesInRange(edges: readonly DependencyEdge[], start: number, end: number): DependencyEdge[] {
  return edges.filter(
    (edge) => Math.max(edge.fromRow, edge.toRow) >= start && Math.min(edge.fromRow, edge.toRow) < end,
  );
}

/** One edge moved by `months` (dragging the bar's left or right edge); the other stays. */
export function resizeSchedule(schedule: Schedule, months: number, edge: 'start' | 'end'): Schedule {
  return edge === 'start'
    ? { startMonth: addMonths(schedule.startMonth, months), endMonth: schedule.endMonth }
    : { startMonth: schedule.startMonth, endMonth: addMonths(schedule.endMonth, months) };
}

/** Items grouped by direction in the catalogue's order (items without a direction last), each group by start. */
export function groupByDirection<T extends Pick<RoadmapItemResponse, 'startMonth' | 'title'>>(
  items: readonly T[],
  directionOf: (item: T) => string | null,
  directionOrder: readonly string[],
): { directionId: string | null; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = directionOf(item) ?? '';
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const known = new Set(directionOrder);
  // Directions the catalogue does not list (should not happen) still show, before the undirected group.
  const order = [...directionOrder, ...[...groups.keys()].filter((key) => key !== '' && !known.has(key)), ''];
  return order.flatMap((key) => {
    const group = groups.get(key);
    if (!group) return [];
    group.sort(
      (a, b) =>
        (a.startMonth ?? '9999-99').localeCompare(b.startMonth ?? '9999-99') ||
        a.title.localeCompare(b.title),
    );
    return [{ directionId: key || null, items: group }];
  });
}
