import { evaluate } from '@smartcity/domain';

import type { FrameworkTreeResponse } from '../catalogue/catalogue.response';
import type { RoadmapDocumentResponse } from '../roadmaps/roadmaps.response';
import { complianceInputFromRoadmapDocument } from './compliance-input.mapper';

const STAMP = '2026-01-01T00:00:00.000Z';

function tree(): Pick<FrameworkTreeResponse, 'directions'> {
  const measure = (id: string, code: string, kind: 'basic' | 'additional', extra: object = {}) => ({
    id,
    frameworkId: 'f',
    directionId: 'd-gu',
    directionCode: 'GU',
    code,
    officialNumber: null,
    kind,
    titleRu: `Мера ${code}`,
    titleEn: `Measure ${code}`,
    descriptionRu: null,
    descriptionEn: null,
    deadlineYear: null,
    applicability: null,
    provenance: 'reconstructed' as const,
    provenanceNote: null,
    sources: [],
    position: 1,
    ...extra,
  });
  return {
    directions: [
      {
        id: 'd-gu',
        code: 'GU',
        titleRu: 'Городское управление',
        titleEn: 'City governance',
        position: 1,
        measures: [
          measure('m-platform', 'SC2019-GU-01', 'basic'),
          measure('m-centre', 'SC2019-GU-02', 'basic', {
            deadlineYear: 2023,
            applicability: { minPopulation: 250_000, regionalCapitals: false },
          }),
          measure('m-extra', 'SC2019-GU-05', 'additional'),
        ],
        kpis: [],
      },
    ],
  };
}

function document(): Pick<RoadmapDocumentResponse, 'items' | 'problems' | 'coverage'> {
  const item = (id: string, extra: object) => ({
    id,
    kind: 'standard' as const,
    measureId: null,
    title: `Пункт ${id}`,
    description: null,
    directionId: 'd-gu',
    responsibleUnit: 'Управление',
    responsiblePerson: 'Иванов',
    startMonth: '2019-02',
    endMonth: '2020-06',
    status: 'planned' as const,
    progress: 0,
    problemIds: [],
    dependsOn: [],
    budgetLines: [{ year: 2019, source: 'federal' as const, planned: '1234.50', actual: null }],
    kpiTargets: [{ kpiDefinitionId: 'kpi-1', baseline: 1, target: 5, year: 2024 }],
    revision: 1,
    updatedAt: STAMP,
    ...extra,
  });
  return {
    problems: [
      {
        id: 'p-1',
        title: 'Пробки',
        description: null,
        evidenceLinks: [],
        severity: 'high',
        directionId: null,
        revision: 1,
        updatedAt: STAMP,
      },
    ],
    items: [
      item('i-1', { measureId: 'm-platform' }),
      item('i-2', { kind: 'own', problemIds: ['p-1'], dependsOn: ['i-1'], directionId: 'no-such-direction' }),
      item('i-3', {
        measureId: 'm-extra',
        budgetLines: [{ year: 2020, source: 'regional', planned: 'oops', actual: null }],
      }),
    ],
    coverage: [
      {
        measureId: 'm-centre',
        status: 'implemented',
        justification: null,
        evidenceLinks: ['https://example.org/act.pdf', 'https://example.org/photo.jpg'],
        reviewStatus: null,
        revision: 1,
        updatedAt: STAMP,
      },
    ],
  };
}

describe(complianceInputFromRoadmapDocument.name, () => {
  it('maps directions to codes, roubles to kopecks and evidence links to a count', () => {
    const input = complianceInputFromRoadmapDocument(document(), tree(), {
      population: 120_000,
      isRegionalCapital: false,
    });

    expect(input.roadmap.items.map((i) => i.directionCode)).toEqual(['GU', null, 'GU']);
    expect(input.roadmap.items[0].budgetLines).toEqual([
      { year: 2019, source: 'federal', plannedKopecks: 123450 },
    ]);
    expect(input.roadmap.items[2].budgetLines[0].plannedKopecks).toBeNull();
    expect(input.roadmap.items[1]).toMatchObject({ problemIds: ['p-1'], dependsOn: ['i-1'], kind: 'own' });
    expect(input.roadmap.items[0].kpiTargets).toEqual([{ kpiId: 'kpi-1', target: 5, year: 2024 }]);
    expect(input.roadmap.coverage).toEqual([
      { measureId: 'm-centre', status: 'implemented', reviewStatus: null, evidenceCount: 2 },
    ]);
    expect(input.framework.directions).toEqual([
      { code: 'GU', titleRu: 'Городское управление', titleEn: 'City governance' },
    ]);
    expect(input.framework.measures[1]).toMatchObject({
      id: 'm-centre',
      directionCode: 'GU',
      deadlineYear: 2023,
      applicability: { minPopulation: 250_000, regionalCapitals: false },
    });
    expect(input.municipality).toEqual({ population: 120_000, isRegionalCapital: false });
  });

  it('counts an unknown population as 0, so basic measures are only recommended outside regional capitals', () => {
    const town = complianceInputFromRoadmapDocument(document(), tree(), {
      population: null,
      isRegionalCapital: false,
    });
    const capital = complianceInputFromRoadmapDocument(document(), tree(), {
      population: null,
      isRegionalCapital: true,
    });

    expect(town.municipality.population).toBe(0);
    expect(
      evaluate(town.roadmap, town.framework, town.municipality, '2019-06-01').basicMeasuresMandatory,
    ).toBe(false);
    expect(
      evaluate(capital.roadmap, capital.framework, capital.municipality, '2019-06-01').basicMeasuresMandatory,
    ).toBe(true);
  });

  it('gives evaluate input whose findings point at the document’s own ids', () => {
    const input = complianceInputFromRoadmapDocument(document(), tree(), {
      population: 300_000,
      isRegionalCapital: true,
    });

    const report = evaluate(input.roadmap, input.framework, input.municipality, '2019-06-01');

    const unknownDirection = report.findings.filter((f) => f.rule === 'reference.unknown-direction');
    expect(unknownDirection.map((f) => f.refs.itemIds)).toEqual([['i-2']]);
    expect(
      report.findings.filter((f) => f.rule === 'item.budget-line-invalid').map((f) => f.refs.itemIds),
    ).toEqual([['i-3']]);
    expect(report.basicMeasures.find((m) => m.measureId === 'm-centre')?.state).toBe('implemented');
  });

  it('does not share arrays with the document, so editing the input never edits the cache', () => {
    const doc = document();
    const input = complianceInputFromRoadmapDocument(doc, tree(), {
      population: 1,
      isRegionalCapital: false,
    });

    (input.roadmap.items[1].problemIds as string[]).push('p-2');

    expect(doc.items[1].problemIds).toEqual(['p-1']);
  });
});
