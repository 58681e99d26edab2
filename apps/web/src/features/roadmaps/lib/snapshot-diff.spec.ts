import type { RoadmapDiff } from '@smartcity/domain';

import type { DiffValueNames } from './snapshot-diff';
import { defaultComparison, diffCounts, diffSections, diffValueText } from './snapshot-diff';

const emptyCollection = { added: [], removed: [], changed: [] };

const diff: RoadmapDiff = {
  roadmap: [{ field: 'title', before: 'Карта 2024', after: 'Карта 2024–2030' }],
  problems: emptyCollection,
  items: {
    added: [
      { key: 'i3', title: 'Цифровой двойник' },
      { key: 'i2', title: 'Датчики воздуха' },
    ],
    removed: [{ key: 'i4', title: 'Умные остановки' }],
    changed: [{ key: 'i1', title: 'Платформа', changes: [{ field: 'progress', before: 10, after: 40 }] }],
  },
  coverage: { added: [{ key: 'm1', title: null }], removed: [], changed: [] },
  isEmpty: false,
};

describe(diffSections.name, () => {
  it('lists the roadmap fields, then each collection with changes: added, removed, changed, by title', () => {
    const sections = diffSections(diff, 'Карта 2024–2030');

    expect(sections.map((s) => s.id)).toEqual(['roadmap', 'items', 'coverage']);
    expect(sections[0].entries).toEqual([
      { change: 'changed', key: 'roadmap', title: 'Карта 2024–2030', changes: diff.roadmap },
    ]);
    expect(sections[1].entries.map((e) => `${e.change}:${e.title}`)).toEqual([
      'added:Датчики воздуха',
      'added:Цифровой двойник',
      'removed:Умные остановки',
      'changed:Платформа',
    ]);
    expect(sections[1].entries[3].changes).toEqual([{ field: 'progress', before: 10, after: 40 }]);
  });

  it('is empty for identical states', () => {
    expect(
      diffSections(
        {
          roadmap: [],
          problems: emptyCollection,
          items: emptyCollection,
          coverage: emptyCollection,
          isEmpty: true,
        },
        'Карта',
      ),
    ).toEqual([]);
  });
});

describe(diffCounts.name, () => {
  it('counts records over every collection, the roadmap itself as one change', () => {
    expect(diffCounts(diff)).toEqual({ added: 3, removed: 1, changed: 2 });
  });
});

describe(defaultComparison.name, () => {
  it('compares the newest snapshot with now', () => {
    expect(defaultComparison([])).toBeNull();
    expect(
      defaultComparison([
        { id: 'old', createdAt: '2026-01-01T10:00:00.000Z' },
        { id: 'new', createdAt: '2026-03-01T10:00:00.000Z' },
      ]),
    ).toEqual({ from: 'new', to: null });
  });
});

describe(diffValueText.name, () => {
  const names: DiffValueNames = {
    none: '—',
    measure: (id) => (id === 'm1' ? 'M1 Платформа обратной связи' : null),
    direction: (id) => (id === 'd1' ? 'Городское управление' : null),
    problem: (id) => (id === 'p1' ? 'Низкая вовлечённость' : null),
    item: (id) => (id === 'i1' ? 'Платформа' : null),
    kpi: (id) => (id === 'k1' ? 'Доля обращений онлайн' : null),
    code: (field, value, section) =>
      field === 'status' && section === 'items' && value === 'in_progress'
        ? 'выполняется'
        : field === 'source' && value === 'municipal'
          ? 'муниципальный бюджет'
          : null,
    money: (text) => `${text} ₽`,
    month: (text) => `месяц ${text}`,
  };

  it('names ids and codes, and formats months, money and lists', () => {
    expect(diffValueText('items', 'measureId', 'm1', names)).toBe('M1 Платформа обратной связи');
    expect(diffValueText('problems', 'directionId', 'd1', names)).toBe('Городское управление');
    expect(diffValueText('items', 'status', 'in_progress', names)).toBe('выполняется');
    expect(diffValueText('items', 'startMonth', '2025-03', names)).toBe('месяц 2025-03');
    expect(diffValueText('items', 'problemIds', ['p1', 'p-gone'], names)).toBe(
      'Низкая вовлечённость; p-gone',
    );
    expect(diffValueText('items', 'dependsOn', [], names)).toBe('—');
    expect(
      diffValueText(
        'items',
        'budgetLines',
        [{ year: 2025, source: 'municipal', planned: '1000.00', actual: null }],
        names,
      ),
    ).toBe('2025, муниципальный бюджет: 1000.00 ₽ / —');
    expect(
      diffValueText(
        'items',
        'kpiTargets',
        [{ kpiDefinitionId: 'k1', baseline: 10, target: 45, year: 2027 }],
        names,
      ),
    ).toBe('Доля обращений онлайн, 2027: 10 → 45');
  });

  it('shows plain values as they are and nothing as the "none" mark', () => {
    expect(diffValueText('items', 'progress', 40, names)).toBe('40');
    expect(diffValueText('items', 'title', 'Платформа', names)).toBe('Платформа');
    expect(diffValueText('items', 'description', null, names)).toBe('—');
    expect(diffValueText('roadmap', 'outlookYear', undefined, names)).toBe('—');
    expect(diffValueText('items', 'extra', { a: 1 }, names)).toBe('{"a":1}');
  });
});
