import type { RoadmapItemResponse } from '@smartcity/contracts';

import type { ItemRow, ItemSort } from './item-table';
import { filterRows, sortRows } from './item-table';

const row = (
  id: string,
  title: string,
  change: Partial<RoadmapItemResponse> = {},
  directionName = '',
): ItemRow => ({
  item: {
    id,
    title,
    startMonth: null,
    endMonth: null,
    status: 'planned',
    progress: 0,
    ...change,
  } as RoadmapItemResponse,
  directionId: directionName ? `d-${directionName}` : null,
  directionName,
  responsible: '',
  search: title.toLocaleLowerCase(),
});

const rows = [
  row('a', 'Мероприятие 10', { startMonth: '2025-03', progress: 50 }, 'Транспорт'),
  row('b', 'Мероприятие 9', { startMonth: null, progress: 10 }, ''),
  row('c', 'ёлочные гирлянды', { startMonth: '2024-12', status: 'done' }, 'ЖКХ'),
  row('d', 'Единая диспетчерская', { startMonth: '2025-01', status: 'delayed' }, 'ЖКХ'),
  row('e', 'Автобусы', { startMonth: '2025-03', status: 'in_progress' }, 'Транспорт'),
];
const ids = (list: ItemRow[]) => list.map((r) => r.item.id);
const byTitle: ItemSort = { key: 'title', direction: 'asc' };

describe('items table sorting', () => {
  it('sorts titles the Russian way: ё with е, numbers by value', () => {
    expect(ids(sortRows(rows, byTitle, 'ru-RU'))).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('keeps empty values last in both directions and breaks ties by title', () => {
    expect(ids(sortRows(rows, { key: 'start', direction: 'asc' }, 'ru-RU'))).toEqual([
      'c',
      'd',
      'e',
      'a',
      'b',
    ]);
    expect(ids(sortRows(rows, { key: 'start', direction: 'desc' }, 'ru-RU'))).toEqual([
      'e',
      'a',
      'd',
      'c',
      'b',
    ]);
    expect(ids(sortRows(rows, { key: 'direction', direction: 'desc' }, 'ru-RU'))).toEqual([
      'e',
      'a',
      'd',
      'c',
      'b',
    ]);
  });

  it('filters by text, direction and status together', () => {
    expect(ids(filterRows(rows, { q: 'МЕРОПРИЯТИЕ', directionId: '', status: '' }))).toEqual(['a', 'b']);
    expect(ids(filterRows(rows, { q: '', directionId: 'd-ЖКХ', status: 'done' }))).toEqual(['c']);
  });
});
