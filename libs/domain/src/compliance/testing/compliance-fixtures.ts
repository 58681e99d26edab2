/*
 * Test data for the compliance specs: the 2019 standard as reconstructed in shared/data/smart-city-standard-2019.json
 * (its 8 directions and 5 basic measures, plus one candidate measure as an additional one) and a roadmap that
 * passes every rule. Specs derive failing roadmaps from it one change at a time.
 */
import type {
  ComplianceFramework,
  ComplianceItem,
  ComplianceMeasure,
  ComplianceMunicipality,
  ComplianceRoadmap,
} from '../compliance-input';

export const AS_OF = '2019-06-01';

const directions: [string, string, string][] = [
  ['GU', 'Городское управление', 'City governance'],
  ['ZHKH', 'Умное ЖКХ', 'Smart housing and utilities'],
  ['ENV', 'Инновации для городской среды', 'Innovations for the urban environment'],
  ['TRANSPORT', 'Умный городской транспорт', 'Smart urban transport'],
  [
    'PUBLIC_SAFETY',
    'Интеллектуальные системы общественной безопасности',
    'Intelligent public safety systems',
  ],
  [
    'ECO_SAFETY',
    'Интеллектуальные системы экологической безопасности',
    'Intelligent environmental safety systems',
  ],
  ['COMMS', 'Инфраструктура сетей связи', 'Communications network infrastructure'],
  ['TOURISM', 'Туризм и сервис', 'Tourism and services'],
];

function basic(
  id: string,
  code: string,
  directionCode: string,
  titleRu: string,
  titleEn: string,
  extra: Partial<ComplianceMeasure> = {},
): ComplianceMeasure {
  return {
    id,
    code,
    directionCode,
    kind: 'basic',
    titleRu,
    titleEn,
    deadlineYear: null,
    applicability: null,
    ...extra,
  };
}

export const FRAMEWORK: ComplianceFramework = {
  directions: directions.map(([code, titleRu, titleEn]) => ({ code, titleRu, titleEn })),
  measures: [
    basic(
      'm-gu-01',
      'SC2019-GU-01',
      'GU',
      'Внедрение цифровой платформы вовлечения граждан в решение вопросов городского развития',
      'Deploy a digital platform for citizen engagement in urban development decisions',
      { deadlineYear: 2020, isEngagementPlatform: true },
    ),
    basic(
      'm-gu-02',
      'SC2019-GU-02',
      'GU',
      'Создание единого интеллектуального центра городского управления',
      'Create a unified intelligent city management centre',
    ),
    basic(
      'm-zhkh-01',
      'SC2019-ZHKH-01',
      'ZHKH',
      'Внедрение систем интеллектуального учета коммунальных ресурсов',
      'Deploy smart metering of utility resources',
    ),
    basic(
      'm-ps-01',
      'SC2019-PS-01',
      'PUBLIC_SAFETY',
      'Внедрение интеллектуальных систем общественной безопасности',
      'Deploy intelligent public safety systems',
    ),
    basic(
      'm-eco-01',
      'SC2019-ECO-01',
      'ECO_SAFETY',
      'Внедрение интеллектуальных систем экологической безопасности',
      'Deploy intelligent environmental safety systems',
    ),
    {
      id: 'm-cand-gu-01',
      code: 'CAND-GU-01',
      directionCode: 'GU',
      kind: 'additional',
      titleRu: '«Цифровой двойник» города',
      titleEn: 'City digital twin',
      deadlineYear: null,
      applicability: null,
    },
  ],
};

/** Kaluga: a regional capital of about 330 000 people. */
export const REGIONAL_CAPITAL: ComplianceMunicipality = { population: 330_000, isRegionalCapital: true };
/** Obninsk: about 115 000 people, not a capital. */
export const BIG_CITY: ComplianceMunicipality = { population: 115_000, isRegionalCapital: false };
/** A town under 100 000 people that is not a capital: basic measures are recommendations there. */
export const SMALL_TOWN: ComplianceMunicipality = { population: 60_000, isRegionalCapital: false };

export function buildItem(overrides: Partial<ComplianceItem> & { id: string }): ComplianceItem {
  return {
    kind: 'own',
    measureId: null,
    directionCode: 'GU',
    title: `Item ${overrides.id}`,
    responsibleUnit: 'Управление информатизации',
    responsiblePerson: 'Иванова А. П.',
    startMonth: '2019-09',
    endMonth: '2020-06',
    status: 'planned',
    budgetLines: [
      { year: 2019, source: 'municipal', plannedKopecks: 50_000_000 },
      { year: 2020, source: 'regional', plannedKopecks: 150_000_000 },
    ],
    kpiTargets: [{ kpiId: 'ICT/ICT/IN/1A', target: 95, year: 2020 }],
    problemIds: [],
    dependsOn: [],
    ...overrides,
  };
}

function standardItem(
  id: string,
  measureId: string,
  directionCode: string,
  startMonth: string,
  endMonth: string,
) {
  const years = [Number(startMonth.slice(0, 4)), Number(endMonth.slice(0, 4))];
  return buildItem({
    id,
    kind: 'standard',
    measureId,
    directionCode,
    title: `Мероприятие ${id}`,
    startMonth,
    endMonth,
    budgetLines: [...new Set(years)].map((year) => ({
      year,
      source: 'federal' as const,
      plannedKopecks: 1_000_000_000,
    })),
  });
}

/** Covers every basic measure in time, plus one own measure citing a problem: no findings at all as of AS_OF. */
export function cleanRoadmap(): ComplianceRoadmap {
  return {
    problems: [{ id: 'p-connectivity' }, { id: 'p-utilities-losses' }],
    coverage: [],
    items: [
      standardItem('platform', 'm-gu-01', 'GU', '2019-09', '2020-06'),
      { ...standardItem('centre', 'm-gu-02', 'GU', '2020-07', '2022-12'), dependsOn: ['platform'] },
      standardItem('metering', 'm-zhkh-01', 'ZHKH', '2020-03', '2023-12'),
      standardItem('safety', 'm-ps-01', 'PUBLIC_SAFETY', '2020-01', '2024-06'),
      standardItem('eco', 'm-eco-01', 'ECO_SAFETY', '2021-01', '2024-12'),
      buildItem({
        id: 'wifi',
        directionCode: 'COMMS',
        title: 'Городская сеть Wi-Fi',
        problemIds: ['p-connectivity'],
        startMonth: '2019-07',
        endMonth: '2020-12',
      }),
    ],
  };
}

/** The roadmap with one item replaced by `patch(item)`. */
export function patchItem(
  roadmap: ComplianceRoadmap,
  id: string,
  patch: Partial<ComplianceItem>,
): ComplianceRoadmap {
  if (!roadmap.items.some((item) => item.id === id)) throw new Error(`No item ${id} in the fixture`);
  return { ...roadmap, items: roadmap.items.map((item) => (item.id === id ? { ...item, ...patch } : item)) };
}

export function withoutItems(roadmap: ComplianceRoadmap, ...ids: string[]): ComplianceRoadmap {
  return { ...roadmap, items: roadmap.items.filter((item) => !ids.includes(item.id)) };
}

export function withItems(roadmap: ComplianceRoadmap, ...items: ComplianceItem[]): ComplianceRoadmap {
  return { ...roadmap, items: [...roadmap.items, ...items] };
}
