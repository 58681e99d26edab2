import type {
  CoverageResponse,
  FrameworkTreeResponse,
  MeasureResponse,
  RoadmapDocumentResponse,
  RoadmapItemResponse,
} from '@smartcity/contracts';

/*
 * A small roadmap document and framework tree shaped exactly like the API's answers, for the specs of the live
 * report and the panel's view-model.
 */
const FRAMEWORK_ID = '00000000-0000-4000-8000-0000000000f1';

function measure(
  id: string,
  directionId: string,
  directionCode: string,
  code: string,
  kind: 'basic' | 'additional',
  position: number,
): MeasureResponse {
  return {
    id,
    frameworkId: FRAMEWORK_ID,
    directionId,
    directionCode,
    code,
    officialNumber: null,
    kind,
    titleRu: `Мера ${code}`,
    titleEn: `Measure ${code}`,
    descriptionRu: null,
    descriptionEn: null,
    deadlineYear: null,
    applicability: null,
    provenance: 'reconstructed',
    provenanceNote: null,
    sources: [],
    position,
  };
}

export const DIRECTION_GU = '00000000-0000-4000-8000-0000000000d1';
export const DIRECTION_TR = '00000000-0000-4000-8000-0000000000d2';
export const PLATFORM = '00000000-0000-4000-8000-0000000000a1';
export const CONTROL_CENTRE = '00000000-0000-4000-8000-0000000000a2';
export const SMART_STOPS = '00000000-0000-4000-8000-0000000000a3';

export const TREE: Pick<FrameworkTreeResponse, 'directions'> = {
  directions: [
    {
      id: DIRECTION_GU,
      code: 'GU',
      titleRu: 'Городское управление',
      titleEn: 'City management',
      position: 1,
      measures: [
        measure(PLATFORM, DIRECTION_GU, 'GU', 'SC2019-GU-01', 'basic', 1),
        measure(CONTROL_CENTRE, DIRECTION_GU, 'GU', 'SC2019-GU-02', 'basic', 2),
      ],
      kpis: [],
    },
    {
      id: DIRECTION_TR,
      code: 'TR',
      titleRu: 'Умный транспорт',
      titleEn: 'Smart transport',
      position: 2,
      measures: [measure(SMART_STOPS, DIRECTION_TR, 'TR', 'SC2019-TR-01', 'additional', 1)],
      kpis: [],
    },
  ],
};

export const ITEM_PLATFORM = '00000000-0000-4000-8000-0000000000b1';
export const ITEM_STOPS = '00000000-0000-4000-8000-0000000000b2';

export function item(
  overrides: Partial<RoadmapItemResponse> & Pick<RoadmapItemResponse, 'id'>,
): RoadmapItemResponse {
  return {
    kind: 'standard',
    measureId: PLATFORM,
    title: 'Платформа вовлечения граждан',
    description: null,
    directionId: DIRECTION_GU,
    responsibleUnit: 'Управление информатизации',
    responsiblePerson: 'Иванов И. И.',
    startMonth: '2020-01',
    endMonth: '2020-10',
    status: 'done',
    progress: 100,
    problemIds: [],
    dependsOn: [],
    budgetLines: [{ year: 2020, source: 'municipal', planned: '1000000.00', actual: null }],
    kpiTargets: [
      { kpiDefinitionId: '00000000-0000-4000-8000-0000000000c1', baseline: null, target: 80, year: 2020 },
    ],
    revision: 1,
    updatedAt: '2020-11-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A big city's roadmap: the platform is delivered, the control centre (basic) is not covered, smart stops planned. */
export function documentFixture(): Pick<RoadmapDocumentResponse, 'items' | 'problems' | 'coverage'> {
  return {
    problems: [],
    items: [
      item({ id: ITEM_PLATFORM }),
      item({
        id: ITEM_STOPS,
        measureId: SMART_STOPS,
        directionId: DIRECTION_TR,
        title: 'Умные остановки',
        startMonth: '2021-01',
        endMonth: '2022-12',
        status: 'in_progress',
        progress: 40,
        budgetLines: [{ year: 2021, source: 'regional', planned: '2500000.00', actual: null }],
        kpiTargets: [
          { kpiDefinitionId: '00000000-0000-4000-8000-0000000000c2', baseline: null, target: 50, year: 2022 },
        ],
      }),
    ],
    coverage: [],
  };
}

export function implementedMark(measureId: string): CoverageResponse {
  return {
    measureId,
    status: 'implemented',
    justification: null,
    evidenceLinks: ['https://example.org/act.pdf'],
    reviewStatus: null,
    revision: 1,
    updatedAt: '2021-01-01T00:00:00.000Z',
  };
}

export const BIG_CITY = { population: 330_000, isRegionalCapital: true };
export const SMALL_TOWN = { population: 40_000, isRegionalCapital: false };
