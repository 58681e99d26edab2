import {
  findFirstDependencyCycle,
  validateItemDraft,
  type ItemDraft,
  type ItemDraftContext,
} from './item-rules';

const context: ItemDraftContext = {
  itemId: 'item-1',
  problemIds: new Set(['p1']),
  itemIds: new Set(['item-1', 'item-2']),
  firstYear: 2021,
  lastYear: 2030,
};

const draft = (overrides: Partial<ItemDraft> = {}): ItemDraft => ({
  kind: 'standard',
  measureId: 'm1',
  title: 'Платформа обратной связи',
  startMonth: '2022-01',
  endMonth: '2023-12',
  status: 'planned',
  progress: 0,
  problemIds: [],
  dependsOn: [],
  budgetLines: [{ year: 2022, source: 'federal' }],
  kpiTargets: [{ kpiDefinitionId: 'k1', year: 2024 }],
  ...overrides,
});

const fields = (d: ItemDraft) => validateItemDraft(d, context).map((i) => i.field);

describe('validateItemDraft', () => {
  it('accepts a complete standard measure', () => {
    expect(validateItemDraft(draft(), context)).toEqual([]);
  });

  it('requires an own measure to cite a problem, naming the field', () => {
    expect(validateItemDraft(draft({ kind: 'own', measureId: null }), context)).toEqual([
      { field: 'problemIds', reason: 'an own measure must cite at least one problem of this roadmap' },
    ]);
    expect(fields(draft({ kind: 'own', measureId: null, problemIds: ['p1'] }))).toEqual([]);
  });

  it('requires a standard measure to name its measure and an own measure not to', () => {
    expect(fields(draft({ measureId: null }))).toEqual(['measureId']);
    expect(fields(draft({ kind: 'own', problemIds: ['p1'] }))).toEqual(['measureId']);
  });

  it('refuses references outside the roadmap and a dependency on itself', () => {
    expect(fields(draft({ problemIds: ['elsewhere'], dependsOn: ['item-1', 'item-2', 'x'] }))).toEqual([
      'problemIds.0',
      'dependsOn.0',
      'dependsOn.2',
    ]);
  });

  it('checks months, their order and the roadmap years', () => {
    expect(fields(draft({ startMonth: '2022-13' }))).toEqual(['startMonth']);
    expect(fields(draft({ startMonth: '2024-01', endMonth: '2023-12' }))).toEqual(['endMonth']);
    expect(fields(draft({ endMonth: '2031-01' }))).toEqual(['endMonth']);
    expect(fields(draft({ startMonth: null, endMonth: null }))).toEqual([]);
  });

  it('refuses duplicate budget lines and KPI targets and years outside the roadmap', () => {
    expect(
      fields(
        draft({
          budgetLines: [
            { year: 2022, source: 'federal' },
            { year: 2022, source: 'federal' },
            { year: 2019, source: 'lottery' },
          ],
          kpiTargets: [
            { kpiDefinitionId: 'k1', year: 2024 },
            { kpiDefinitionId: 'k1', year: 2024 },
          ],
        }),
      ),
    ).toEqual(['budgetLines.1', 'budgetLines.2.source', 'budgetLines.2.year', 'kpiTargets.1']);
  });

  it('checks status, progress and title', () => {
    expect(fields(draft({ status: 'paused', progress: 101, title: '  ' }))).toEqual([
      'title',
      'status',
      'progress',
    ]);
  });
});

describe('findFirstDependencyCycle', () => {
  it('returns null for a chain and the circle for a cycle', () => {
    expect(
      findFirstDependencyCycle([
        { id: 'a', dependsOn: ['b'] },
        { id: 'b', dependsOn: [] },
      ]),
    ).toBeNull();
    expect(
      findFirstDependencyCycle([
        { id: 'a', dependsOn: ['b'] },
        { id: 'b', dependsOn: ['c'] },
        { id: 'c', dependsOn: ['a'] },
      ]),
    ).toEqual({ itemIds: ['a', 'b', 'c'], path: ['a', 'b', 'c', 'a'] });
  });
});
