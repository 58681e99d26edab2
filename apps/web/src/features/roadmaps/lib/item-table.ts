import type { RoadmapItemResponse } from '@smartcity/contracts';
import type { RoadmapItemStatus } from '@smartcity/domain';

export type ItemSortKey = 'title' | 'direction' | 'responsible' | 'start' | 'end' | 'status' | 'progress';
export type SortDirection = 'asc' | 'desc';
export type ItemSort = { key: ItemSortKey; direction: SortDirection };
export type ItemFilters = { q: string; directionId: string; status: RoadmapItemStatus | '' };

export const ITEM_SORT_KEYS: readonly ItemSortKey[] = [
  'title',
  'direction',
  'responsible',
  'start',
  'end',
  'status',
  'progress',
];

/** An item with what the table shows and sorts on resolved once (direction name, search text). */
export type ItemRow = {
  item: RoadmapItemResponse;
  directionId: string | null;
  directionName: string;
  responsible: string;
  search: string;
};

export function filterRows(rows: readonly ItemRow[], filters: ItemFilters): ItemRow[] {
  const needle = filters.q.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (needle === '' || row.search.includes(needle)) &&
      (filters.directionId === '' || row.directionId === filters.directionId) &&
      (filters.status === '' || row.item.status === filters.status),
  );
}

const STATUS_ORDER: Record<RoadmapItemStatus, number> = {
  planned: 0,
  in_progress: 1,
  delayed: 2,
  done: 3,
  cancelled: 4,
};

function compareText(a: string | null, b: string | null, collator: Intl.Collator): number {
  // Empty values sort last whichever the direction.
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return collator.compare(a, b);
}

/** Sorts by the column, then by title, so equal keys keep a stable, meaningful order. */
export function sortRows(rows: readonly ItemRow[], sort: ItemSort, locale: string): ItemRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'asc' ? 1 : -1;
  const primary = (a: ItemRow, b: ItemRow): number => {
    switch (sort.key) {
      case 'title':
        return sign * collator.compare(a.item.title, b.item.title);
      case 'direction':
        return (
          compareText(a.directionName, b.directionName, collator) *
          (a.directionName && b.directionName ? sign : 1)
        );
      case 'responsible':
        return (
          compareText(a.responsible, b.responsible, collator) * (a.responsible && b.responsible ? sign : 1)
        );
      case 'start':
        return (
          compareText(a.item.startMonth, b.item.startMonth, collator) *
          (a.item.startMonth && b.item.startMonth ? sign : 1)
        );
      case 'end':
        return (
          compareText(a.item.endMonth, b.item.endMonth, collator) *
          (a.item.endMonth && b.item.endMonth ? sign : 1)
        );
      case 'status':
        return sign * (STATUS_ORDER[a.item.status] - STATUS_ORDER[b.item.status]);
      case 'progress':
        return sign * (a.item.progress - b.item.progress);
    }
  };
  return [...rows].sort((a, b) => primary(a, b) || collator.compare(a.item.title, b.item.title));
}
