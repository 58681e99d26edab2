import { diffRoadmaps, type DiffableRoadmap } from './roadmap-diff';

const base: DiffableRoadmap = {
  roadmap: { id: 'r', title: 'Калуга 2021–2024', status: 'draft', revision: 3 },
  problems: [{ id: 'p1', title: 'Пробки', severity: 'high' }],
  items: [
    {
      id: 'i1',
      title: 'Светофоры',
      dependsOn: ['i2', 'i3'],
      budgetLines: [{ year: 2022, source: 'federal', planned: '10.00', actual: null }],
      revision: 1,
    },
    { id: 'i2', title: 'Датчики', dependsOn: [] },
  ],
  coverage: [{ measureId: 'm1', status: 'implemented', evidenceLinks: ['https://a'] }],
};

describe('diffRoadmaps', () => {
  it('finds nothing between equal states, ignoring revisions, timestamps and id-list order', () => {
    const after: DiffableRoadmap = {
      ...base,
      roadmap: { ...base.roadmap, revision: 9, updatedAt: 'later' },
      items: [{ ...base.items[0], dependsOn: ['i3', 'i2'], revision: 5 }, base.items[1]],
    };

    const diff = diffRoadmaps(base, after);

    expect(diff.isEmpty).toBe(true);
  });

  it('reports added, removed and changed records with field-level changes', () => {
    const after: DiffableRoadmap = {
      roadmap: { ...base.roadmap, status: 'submitted' },
      problems: [{ id: 'p2', title: 'Шум', severity: 'low' }],
      items: [
        {
          ...base.items[0],
          budgetLines: [{ year: 2022, source: 'federal', planned: '12.00', actual: null }],
        },
        base.items[1],
      ],
      coverage: [{ measureId: 'm1', status: 'not_applicable', evidenceLinks: ['https://a'] }],
    };

    const diff = diffRoadmaps(base, after);

    expect(diff.isEmpty).toBe(false);
    expect(diff.roadmap).toEqual([{ field: 'status', before: 'draft', after: 'submitted' }]);
    expect(diff.problems.added).toEqual([{ key: 'p2', title: 'Шум' }]);
    expect(diff.problems.removed).toEqual([{ key: 'p1', title: 'Пробки' }]);
    expect(diff.items.changed).toEqual([
      {
        key: 'i1',
        title: 'Светофоры',
        changes: [
          {
            field: 'budgetLines',
            before: (base.items[0] as { budgetLines: unknown }).budgetLines,
            after: [{ year: 2022, source: 'federal', planned: '12.00', actual: null }],
          },
        ],
      },
    ]);
    expect(diff.coverage.changed[0].changes.map((c) => c.field)).toEqual(['status']);
  });
});
