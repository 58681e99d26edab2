import type { FrameworkTreeResponse, RoadmapDocumentResponse } from '@smartcity/contracts';

import { buildPrefill } from './application-roadmap.loader';

type Item = RoadmapDocumentResponse['items'][number];

const item = (overrides: Partial<Item>): Item => ({
  id: 'item',
  kind: 'standard',
  measureId: null,
  title: 'Мероприятие',
  description: null,
  directionId: null,
  responsibleUnit: null,
  responsiblePerson: null,
  startMonth: null,
  endMonth: null,
  status: 'planned',
  progress: 0,
  problemIds: [],
  dependsOn: [],
  budgetLines: [],
  kpiTargets: [],
  revision: 1,
  updatedAt: '2019-05-01T00:00:00.000Z',
  ...overrides,
});

const tree = {
  directions: [
    {
      measures: [
        { id: 'm-2', code: 'SC-10', titleRu: 'Десятая' },
        { id: 'm-1', code: 'SC-2', titleRu: 'Вторая' },
      ],
    },
  ],
} as unknown as FrameworkTreeResponse;

describe(buildPrefill.name, () => {
  it('sums budgets exactly by source and year, spans the schedule and lists covered measures in code order', () => {
    const document = {
      items: [
        item({
          id: 'a',
          measureId: 'm-2',
          startMonth: '2020-03',
          endMonth: '2022-12',
          budgetLines: [
            { year: 2020, source: 'federal', planned: '0.10', actual: null },
            { year: 2021, source: 'municipal', planned: '1000000.20', actual: null },
          ],
          kpiTargets: [{ kpiDefinitionId: 'k', baseline: 1, target: 2, year: 2024 }],
        }),
        item({
          id: 'b',
          measureId: 'm-1',
          startMonth: '2019-11',
          endMonth: '2024-06',
          budgetLines: [{ year: 2020, source: 'federal', planned: '0.20', actual: null }],
        }),
        item({
          id: 'c',
          kind: 'own',
          endMonth: '2030-12',
          status: 'cancelled',
          budgetLines: [{ year: 2030, source: 'regional', planned: '5.00', actual: null }],
        }),
        item({ id: 'd', kind: 'own' }),
      ],
      problems: [],
      coverage: [],
    } as unknown as RoadmapDocumentResponse;

    const prefill = buildPrefill(document, tree);

    expect(prefill.measuresCovered).toEqual([
      { measureId: 'm-1', code: 'SC-2', titleRu: 'Вторая', itemIds: ['b'] },
      { measureId: 'm-2', code: 'SC-10', titleRu: 'Десятая', itemIds: ['a'] },
    ]);
    expect(prefill).toMatchObject({
      itemCount: 3,
      ownMeasureCount: 1,
      budgetTotal: { planned: '1000000.50' },
      budgetBySource: [
        { source: 'federal', planned: '0.30' },
        { source: 'municipal', planned: '1000000.20' },
      ],
      budgetByYear: [
        { year: 2020, planned: '0.30' },
        { year: 2021, planned: '1000000.20' },
      ],
      scheduleStart: '2019-11',
      scheduleEnd: '2024-06',
    });
    expect(prefill.kpiTargets).toEqual([
      { itemId: 'a', kpiDefinitionId: 'k', baseline: 1, target: 2, year: 2024 },
    ]);
  });
});
