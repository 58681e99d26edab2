import { dependencyEdges, edgesInRange, groupByDirection, resizeSchedule } from './timeline-layout';

const item = (id: string, startMonth: string | null, endMonth: string | null, dependsOn: string[] = []) => ({
  id,
  title: id,
  startMonth,
  endMonth,
  dependsOn,
});

describe('timeline layout', () => {
  it('groups by direction in catalogue order, undirected last, each group by start month then title', () => {
    const items = [
      { ...item('b2', '2025-01', '2025-03'), direction: 'b' },
      { ...item('none', '2024-01', '2024-02'), direction: null },
      { ...item('a1', null, null), direction: 'a' },
      { ...item('b1', '2024-06', '2024-08'), direction: 'b' },
      { ...item('a0', '2024-02', '2024-03'), direction: 'a' },
    ];

    const groups = groupByDirection(items, (i) => i.direction, ['a', 'b', 'c']);

    expect(groups.map((g) => [g.directionId, g.items.map((i) => i.id)])).toEqual([
      ['a', ['a0', 'a1']],
      ['b', ['b1', 'b2']],
      [null, ['none']],
    ]);
  });

  it('draws an arrow for each dated dependency whose both ends are laid out', () => {
    const items = [
      item('x', '2024-01', '2024-03'),
      item('y', '2024-04', '2024-06', ['x', 'missing']),
      item('z', null, null, ['y']),
      item('w', '2024-07', '2024-09', ['z']),
    ];
    const rowOf = new Map([
      ['x', 1],
      ['y', 5],
      ['z', 6],
      ['w', 9],
    ]);

    expect(dependencyEdges(rowOf, items)).toEqual([
      { key: 'x->y', fromRow: 1, toRow: 5, fromEndMonth: '2024-03', toStartMonth: '2024-04' },
    ]);
  });

  it('keeps the arrows that touch or span the rendered rows', () => {
    const edges = [
      { key: 'in', fromRow: 3, toRow: 4, fromEndMonth: '2024-01', toStartMonth: '2024-02' },
      { key: 'spans', fromRow: 0, toRow: 90, fromEndMonth: '2024-01', toStartMonth: '2024-02' },
      { key: 'enters', fromRow: 50, toRow: 12, fromEndMonth: '2024-01', toStartMonth: '2024-02' },
      { key: 'below', fromRow: 40, toRow: 41, fromEndMonth: '2024-01', toStartMonth: '2024-02' },
      { key: 'above', fromRow: 1, toRow: 2, fromEndMonth: '2024-01', toStartMonth: '2024-02' },
    ];

    expect(edgesInRange(edges, 3, 20).map((e) => e.key)).toEqual(['in', 'spans', 'enters']);
  });

  it('moves only the dragged edge of a bar', () => {
    expect(resizeSchedule({ startMonth: '2024-03', endMonth: '2024-11' }, 3, 'end')).toEqual({
      startMonth: '2024-03',
      endMonth: '2025-02',
    });
    expect(resizeSchedule({ startMonth: '2024-03', endMonth: '2024-11' }, -4, 'start')).toEqual({
      startMonth: '2023-11',
      endMonth: '2024-11',
    });
  });
});
