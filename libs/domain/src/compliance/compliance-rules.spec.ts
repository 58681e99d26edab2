import type { ComplianceFinding } from './compliance-finding';
import type {
  ComplianceFramework,
  ComplianceMeasure,
  ComplianceMunicipality,
  ComplianceRoadmap,
} from './compliance-input';
import type { ComplianceRuleId, FindingSeverity } from './compliance-rules';
import { COMPLIANCE_RULE_IDS, COMPLIANCE_RULES } from './compliance-rules';
import { evaluate } from './evaluate';
import { formatFinding } from './format-finding';
import {
  AS_OF,
  BIG_CITY,
  buildItem,
  cleanRoadmap,
  FRAMEWORK,
  patchItem,
  REGIONAL_CAPITAL,
  SMALL_TOWN,
  withItems,
  withoutItems,
} from './testing/compliance-fixtures';

type Scenario = {
  name: string;
  roadmap: () => ComplianceRoadmap;
  municipality?: ComplianceMunicipality;
  framework?: ComplianceFramework;
  asOf?: string;
};

type ExpectedFinding = {
  severity: FindingSeverity;
  itemIds?: string[];
  measureIds?: string[];
  params?: Record<string, string | number>;
};

type RuleTable = {
  rule: ComplianceRuleId;
  /** Scenarios in which the rule reports exactly the listed findings. */
  positive: (Scenario & { expected: ExpectedFinding[] })[];
  /** Scenarios in which the rule reports nothing. */
  negative: Scenario[];
};

function frameworkWithMeasure(id: string, patch: Partial<ComplianceMeasure>): ComplianceFramework {
  return {
    ...FRAMEWORK,
    measures: FRAMEWORK.measures.map((measure) => (measure.id === id ? { ...measure, ...patch } : measure)),
  };
}

const withoutMetering = () => withoutItems(cleanRoadmap(), 'metering');
const withCoverage = (roadmap: ComplianceRoadmap, ...coverage: ComplianceRoadmap['coverage']) => ({
  ...roadmap,
  coverage: [...roadmap.coverage, ...coverage],
});
const twinItem = (endMonth: string) =>
  buildItem({
    id: 'twin',
    kind: 'standard',
    measureId: 'm-cand-gu-01',
    directionCode: 'GU',
    title: 'Цифровой двойник',
    startMonth: '2020-01',
    endMonth,
    budgetLines: [{ year: 2020, source: 'municipal', plannedKopecks: 100 }],
  });

const TABLES: RuleTable[] = [
  {
    rule: 'coverage.basic-measure-missing',
    positive: [
      {
        name: 'no item for a mandatory basic measure',
        roadmap: withoutMetering,
        expected: [
          {
            severity: 'error',
            measureIds: ['m-zhkh-01'],
            params: { measureCode: 'SC2019-ZHKH-01', reason: 'not-covered' },
          },
        ],
      },
      {
        name: 'the only item for it is cancelled',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { status: 'cancelled' }),
        expected: [{ severity: 'error', measureIds: ['m-zhkh-01'] }],
      },
      {
        name: 'a town under 100 000 people gets a warning',
        roadmap: withoutMetering,
        municipality: SMALL_TOWN,
        expected: [{ severity: 'warning', measureIds: ['m-zhkh-01'] }],
      },
      {
        name: 'a measure for cities from 250 000 people is a recommendation in a city of 115 000',
        roadmap: withoutMetering,
        municipality: BIG_CITY,
        framework: frameworkWithMeasure('m-zhkh-01', {
          applicability: { minPopulation: 250_000, regionalCapitals: false },
        }),
        expected: [{ severity: 'warning', measureIds: ['m-zhkh-01'] }],
      },
      {
        name: 'a measure for regional capitals is mandatory in a small capital',
        roadmap: withoutMetering,
        municipality: { population: 40_000, isRegionalCapital: true },
        framework: frameworkWithMeasure('m-zhkh-01', {
          applicability: { minPopulation: null, regionalCapitals: true },
        }),
        expected: [{ severity: 'error', measureIds: ['m-zhkh-01'] }],
      },
      {
        name: 'a measure for cities of a million is a recommendation even in a regional capital',
        roadmap: withoutMetering,
        framework: frameworkWithMeasure('m-zhkh-01', {
          applicability: { minPopulation: 1_000_000, regionalCapitals: false },
        }),
        expected: [{ severity: 'warning', measureIds: ['m-zhkh-01'] }],
      },
      {
        name: 'a not-applicable mark the reviewer rejected',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'not_applicable',
            reviewStatus: 'rejected',
            evidenceCount: 0,
          }),
        expected: [{ severity: 'error', measureIds: ['m-zhkh-01'], params: { reason: 'mark-rejected' } }],
      },
      {
        name: 'an implemented mark the reviewer rejected',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'implemented',
            reviewStatus: 'rejected',
            evidenceCount: 3,
          }),
        expected: [{ severity: 'error', measureIds: ['m-zhkh-01'], params: { reason: 'mark-rejected' } }],
      },
    ],
    negative: [
      { name: 'every basic measure has an item', roadmap: cleanRoadmap },
      {
        name: 'implemented with evidence',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'implemented',
            reviewStatus: null,
            evidenceCount: 2,
          }),
      },
      {
        name: 'accepted as not applicable',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'not_applicable',
            reviewStatus: 'accepted',
            evidenceCount: 0,
          }),
      },
      {
        name: 'its item ends too late (reported by the horizon rule instead)',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { endMonth: '2025-06' }),
      },
      {
        name: 'its item has no dates (reported by the dates rule instead)',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { startMonth: null, endMonth: null }),
      },
    ],
  },
  {
    rule: 'coverage.implemented-without-evidence',
    positive: [
      {
        name: 'implemented without evidence',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'implemented',
            reviewStatus: null,
            evidenceCount: 0,
          }),
        expected: [
          { severity: 'error', measureIds: ['m-zhkh-01'], params: { measureCode: 'SC2019-ZHKH-01' } },
        ],
      },
      {
        name: 'a town under 100 000 people gets a warning',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'implemented',
            reviewStatus: 'accepted',
            evidenceCount: 0,
          }),
        municipality: SMALL_TOWN,
        expected: [{ severity: 'warning', measureIds: ['m-zhkh-01'] }],
      },
    ],
    negative: [
      {
        name: 'implemented with evidence',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'implemented',
            reviewStatus: null,
            evidenceCount: 1,
          }),
      },
      {
        name: 'an item covers the measure anyway',
        roadmap: () =>
          withCoverage(cleanRoadmap(), {
            measureId: 'm-zhkh-01',
            status: 'implemented',
            reviewStatus: null,
            evidenceCount: 0,
          }),
      },
    ],
  },
  {
    rule: 'coverage.not-applicable-pending',
    positive: [
      {
        name: 'not applicable, awaiting review',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'not_applicable',
            reviewStatus: 'pending',
            evidenceCount: 0,
          }),
        expected: [{ severity: 'warning', measureIds: ['m-zhkh-01'] }],
      },
      {
        name: 'not applicable, not yet reviewed',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'not_applicable',
            reviewStatus: null,
            evidenceCount: 0,
          }),
        expected: [
          { severity: 'warning', measureIds: ['m-zhkh-01'], params: { measureCode: 'SC2019-ZHKH-01' } },
        ],
      },
    ],
    negative: [
      {
        name: 'accepted',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'not_applicable',
            reviewStatus: 'accepted',
            evidenceCount: 0,
          }),
      },
      {
        name: 'rejected (reported as missing)',
        roadmap: () =>
          withCoverage(withoutMetering(), {
            measureId: 'm-zhkh-01',
            status: 'not_applicable',
            reviewStatus: 'rejected',
            evidenceCount: 0,
          }),
      },
      {
        name: 'an item covers the measure anyway',
        roadmap: () =>
          withCoverage(cleanRoadmap(), {
            measureId: 'm-zhkh-01',
            status: 'not_applicable',
            reviewStatus: null,
            evidenceCount: 0,
          }),
      },
    ],
  },
  {
    rule: 'coverage.no-additional-measure',
    positive: [
      {
        name: 'no own item',
        roadmap: () => withoutItems(cleanRoadmap(), 'wifi'),
        expected: [{ severity: 'error', params: {} }],
      },
      {
        name: 'the only own item is cancelled',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { status: 'cancelled' }),
        expected: [{ severity: 'error' }],
      },
    ],
    negative: [
      { name: 'an own item', roadmap: cleanRoadmap },
      {
        name: 'an additional measure of the standard instead of an own one',
        roadmap: () => withItems(withoutItems(cleanRoadmap(), 'wifi'), twinItem('2022-12')),
      },
    ],
  },
  {
    rule: 'horizon.engagement-platform-late',
    positive: [
      {
        name: 'the platform ends in 2021',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { endMonth: '2021-03' }),
        expected: [
          {
            severity: 'error',
            itemIds: ['platform'],
            measureIds: ['m-gu-01'],
            params: { endMonth: '2021-03', deadlineMonth: '2020-12', measureCode: 'SC2019-GU-01' },
          },
        ],
      },
      {
        name: 'a town under 100 000 people gets a warning',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { endMonth: '2021-03' }),
        municipality: SMALL_TOWN,
        expected: [{ severity: 'warning', itemIds: ['platform'], measureIds: ['m-gu-01'] }],
      },
      {
        name: 'recognised by its 2019 code when the framework has no flag and no deadline',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { endMonth: '2021-01' }),
        framework: frameworkWithMeasure('m-gu-01', { isEngagementPlatform: undefined, deadlineYear: null }),
        expected: [
          {
            severity: 'error',
            itemIds: ['platform'],
            measureIds: ['m-gu-01'],
            params: { deadlineMonth: '2020-12' },
          },
        ],
      },
    ],
    negative: [
      {
        name: 'ends in December 2020',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { endMonth: '2020-12' }),
      },
      {
        name: 'not the platform: flag false, default deadline 2024',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { endMonth: '2021-03' }),
        framework: frameworkWithMeasure('m-gu-01', { isEngagementPlatform: false, deadlineYear: null }),
      },
      {
        name: 'the late platform item is cancelled',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { endMonth: '2021-03', status: 'cancelled' }),
      },
    ],
  },
  {
    rule: 'horizon.basic-measure-late',
    positive: [
      {
        name: 'ends in 2025',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { endMonth: '2025-03' }),
        expected: [
          {
            severity: 'error',
            itemIds: ['metering'],
            measureIds: ['m-zhkh-01'],
            params: { endMonth: '2025-03', deadlineMonth: '2024-12' },
          },
        ],
      },
      {
        name: 'a town under 100 000 people gets a warning',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { endMonth: '2025-03' }),
        municipality: SMALL_TOWN,
        expected: [{ severity: 'warning', itemIds: ['metering'], measureIds: ['m-zhkh-01'] }],
      },
      {
        name: "the measure's own deadline is earlier than 2024",
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { endMonth: '2023-12' }),
        framework: frameworkWithMeasure('m-zhkh-01', { deadlineYear: 2022 }),
        expected: [
          {
            severity: 'error',
            itemIds: ['metering'],
            measureIds: ['m-zhkh-01'],
            params: { deadlineMonth: '2022-12' },
          },
        ],
      },
    ],
    negative: [
      {
        name: 'ends in December 2024',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { endMonth: '2024-12' }),
      },
      {
        name: 'the late item is cancelled',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { endMonth: '2025-03', status: 'cancelled' }),
      },
      {
        name: 'an own item ending in 2026',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { endMonth: '2026-12' }),
      },
    ],
  },
  {
    rule: 'horizon.additional-measure-late',
    positive: [
      {
        name: 'the digital twin ends in 2026',
        roadmap: () => withItems(cleanRoadmap(), twinItem('2026-06')),
        expected: [
          {
            severity: 'warning',
            itemIds: ['twin'],
            measureIds: ['m-cand-gu-01'],
            params: { deadlineMonth: '2024-12' },
          },
        ],
      },
    ],
    negative: [
      {
        name: 'the digital twin ends in 2024',
        roadmap: () => withItems(cleanRoadmap(), twinItem('2024-12')),
      },
    ],
  },
  {
    rule: 'horizon.after-2030',
    positive: [
      {
        name: 'ends in January 2031',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { endMonth: '2031-01' }),
        expected: [
          { severity: 'error', itemIds: ['wifi'], params: { month: '2031-01', deadlineMonth: '2030-12' } },
        ],
      },
      {
        name: 'starts after 2030 and has no end',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { startMonth: '2031-02', endMonth: null }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { month: '2031-02' } }],
      },
    ],
    negative: [
      {
        name: 'ends in December 2030',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { endMonth: '2030-12' }),
      },
      {
        name: 'a cancelled item after 2030',
        roadmap: () =>
          withItems(cleanRoadmap(), buildItem({ id: 'late', status: 'cancelled', endMonth: '2035-01' })),
      },
    ],
  },
  {
    rule: 'item.problem-missing',
    positive: [
      {
        name: 'an own item citing no problem',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { problemIds: [] }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { itemTitle: 'Городская сеть Wi-Fi' } }],
      },
    ],
    negative: [
      { name: 'standard items cite none, own items cite one', roadmap: cleanRoadmap },
      {
        name: 'a cancelled own item citing no problem',
        roadmap: () => withItems(cleanRoadmap(), buildItem({ id: 'old', status: 'cancelled' })),
      },
    ],
  },
  {
    rule: 'item.responsible-missing',
    positive: [
      {
        name: 'no unit',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { responsibleUnit: null }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { missing: 'unit' } }],
      },
      {
        name: 'a blank person',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { responsiblePerson: '   ' }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { missing: 'person' } }],
      },
      {
        name: 'neither',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { responsibleUnit: '', responsiblePerson: null }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { missing: 'unit-and-person' } }],
      },
    ],
    negative: [
      { name: 'both given', roadmap: cleanRoadmap },
      {
        name: 'a cancelled item without them',
        roadmap: () =>
          withItems(
            cleanRoadmap(),
            buildItem({ id: 'old', status: 'cancelled', responsibleUnit: null, responsiblePerson: null }),
          ),
      },
    ],
  },
  {
    rule: 'item.dates-missing',
    positive: [
      {
        name: 'no start',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { startMonth: null }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { missing: 'start' } }],
      },
      {
        name: 'a blank end',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { endMonth: '' }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { missing: 'end' } }],
      },
      {
        name: 'neither',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { startMonth: null, endMonth: null }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { missing: 'start-and-end' } }],
      },
    ],
    negative: [
      { name: 'both given', roadmap: cleanRoadmap },
      {
        name: 'a malformed month is invalid, not missing',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { endMonth: '2020-13' }),
      },
    ],
  },
  {
    rule: 'item.dates-invalid',
    positive: [
      {
        name: 'ends before it starts',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { startMonth: '2020-05', endMonth: '2020-04' }),
        expected: [
          {
            severity: 'error',
            itemIds: ['wifi'],
            params: { reason: 'end-before-start', startMonth: '2020-05', endMonth: '2020-04' },
          },
        ],
      },
      {
        name: 'month 13',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { endMonth: '2020-13' }),
        expected: [
          { severity: 'error', itemIds: ['wifi'], params: { reason: 'malformed', endMonth: '2020-13' } },
        ],
      },
      {
        name: 'a date written with a slash',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { startMonth: '2019/07' }),
        expected: [
          { severity: 'error', itemIds: ['wifi'], params: { reason: 'malformed', startMonth: '2019/07' } },
        ],
      },
    ],
    negative: [
      { name: 'valid dates', roadmap: cleanRoadmap },
      {
        name: 'starts and ends in the same month',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { startMonth: '2020-05', endMonth: '2020-05' }),
      },
      {
        name: 'missing dates are not invalid',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { endMonth: null }),
      },
    ],
  },
  {
    rule: 'item.budget-missing',
    positive: [
      {
        name: 'no budget lines',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { budgetLines: [] }),
        expected: [{ severity: 'error', itemIds: ['wifi'] }],
      },
      {
        name: 'only zero amounts',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [{ year: 2020, source: 'federal', plannedKopecks: 0 }],
          }),
        expected: [{ severity: 'error', itemIds: ['wifi'] }],
      },
      {
        name: 'money without a financing source',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [{ year: 2020, source: null, plannedKopecks: 500 }],
          }),
        expected: [{ severity: 'error', itemIds: ['wifi'] }],
      },
    ],
    negative: [
      { name: 'funded lines', roadmap: cleanRoadmap },
      {
        name: 'one extra-budgetary line',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [{ year: 2020, source: 'extra_budgetary', plannedKopecks: 1 }],
          }),
      },
    ],
  },
  {
    rule: 'item.budget-line-invalid',
    positive: [
      {
        name: 'no source',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [...cleanWifiBudget(), { year: 2020, source: null, plannedKopecks: 5 }],
          }),
        expected: [
          { severity: 'error', itemIds: ['wifi'], params: { reason: 'source-missing', year: 2020 } },
        ],
      },
      {
        name: 'a negative amount',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [...cleanWifiBudget(), { year: 2019, source: 'federal', plannedKopecks: -5 }],
          }),
        expected: [
          { severity: 'error', itemIds: ['wifi'], params: { reason: 'amount-invalid', year: 2019 } },
        ],
      },
      {
        name: 'a fraction of a kopeck',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [...cleanWifiBudget(), { year: 2019, source: 'federal', plannedKopecks: 1.5 }],
          }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { reason: 'amount-invalid' } }],
      },
      {
        name: 'no year',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [...cleanWifiBudget(), { year: null, source: 'federal', plannedKopecks: 5 }],
          }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { reason: 'year-invalid', year: '' } }],
      },
      {
        name: 'two identical broken lines make one finding',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [
              ...cleanWifiBudget(),
              { year: 2020, source: null, plannedKopecks: 5 },
              { year: 2020, source: null, plannedKopecks: 7 },
            ],
          }),
        expected: [
          { severity: 'error', itemIds: ['wifi'], params: { reason: 'source-missing', year: 2020 } },
        ],
      },
    ],
    negative: [
      { name: 'valid lines', roadmap: cleanRoadmap },
      {
        name: 'a zero amount with a source',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [...cleanWifiBudget(), { year: 2020, source: 'regional', plannedKopecks: 0 }],
          }),
      },
    ],
  },
  {
    rule: 'item.budget-outside-dates',
    positive: [
      {
        name: 'money in 2022 for an item of 2019–2020',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [...cleanWifiBudget(), { year: 2022, source: 'federal', plannedKopecks: 9 }],
          }),
        expected: [
          { severity: 'warning', itemIds: ['wifi'], params: { year: 2022, startYear: 2019, endYear: 2020 } },
        ],
      },
    ],
    negative: [
      { name: 'money within the dates', roadmap: cleanRoadmap },
      {
        name: 'a zero line outside the dates',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            budgetLines: [...cleanWifiBudget(), { year: 2022, source: 'federal', plannedKopecks: 0 }],
          }),
      },
      {
        name: 'dates invalid, so nothing to compare with',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            endMonth: '2019-01',
            budgetLines: [...cleanWifiBudget(), { year: 2022, source: 'federal', plannedKopecks: 9 }],
          }),
      },
    ],
  },
  {
    rule: 'item.kpi-target-missing',
    positive: [
      {
        name: 'no KPI targets',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { kpiTargets: [] }),
        expected: [{ severity: 'error', itemIds: ['wifi'] }],
      },
      {
        name: 'a KPI without a target value',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            kpiTargets: [{ kpiId: 'ICT/ICT/IN/1A', target: null, year: 2020 }],
          }),
        expected: [{ severity: 'error', itemIds: ['wifi'] }],
      },
      {
        name: 'a target without a KPI',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', { kpiTargets: [{ kpiId: ' ', target: 10, year: 2020 }] }),
        expected: [{ severity: 'error', itemIds: ['wifi'] }],
      },
    ],
    negative: [
      { name: 'a KPI with a target', roadmap: cleanRoadmap },
      {
        name: 'a target of zero',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', {
            kpiTargets: [{ kpiId: 'EN/EQ/AQ/1C', target: 0, year: null }],
          }),
      },
    ],
  },
  {
    rule: 'item.direction-mismatch',
    positive: [
      {
        name: 'a utilities measure filed under city governance',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { directionCode: 'GU' }),
        expected: [
          {
            severity: 'warning',
            itemIds: ['metering'],
            measureIds: ['m-zhkh-01'],
            params: { itemDirectionCode: 'GU', measureDirectionCode: 'ZHKH' },
          },
        ],
      },
    ],
    negative: [
      { name: 'matching directions', roadmap: cleanRoadmap },
      {
        name: 'an unknown direction is reported as such',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { directionCode: 'SPACE' }),
      },
    ],
  },
  {
    rule: 'reference.unknown-measure',
    positive: [
      {
        name: 'an item refers to a measure not in the framework',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { measureId: 'm-nope' }),
        expected: [
          {
            severity: 'error',
            itemIds: ['metering'],
            params: { reason: 'item-measure-not-found', measureId: 'm-nope' },
          },
        ],
      },
      {
        name: 'a standard item without a measure',
        roadmap: () => patchItem(cleanRoadmap(), 'metering', { measureId: null }),
        expected: [
          { severity: 'error', itemIds: ['metering'], params: { reason: 'item-measure-not-chosen' } },
        ],
      },
      {
        name: 'a coverage record for a measure not in the framework',
        roadmap: () =>
          withCoverage(cleanRoadmap(), {
            measureId: 'm-nope',
            status: 'implemented',
            reviewStatus: null,
            evidenceCount: 1,
          }),
        expected: [
          { severity: 'error', measureIds: ['m-nope'], params: { reason: 'coverage-measure-not-found' } },
        ],
      },
      {
        name: 'a coverage record for an additional measure',
        roadmap: () =>
          withCoverage(cleanRoadmap(), {
            measureId: 'm-cand-gu-01',
            status: 'not_applicable',
            reviewStatus: 'accepted',
            evidenceCount: 0,
          }),
        expected: [
          {
            severity: 'error',
            measureIds: ['m-cand-gu-01'],
            params: { reason: 'coverage-measure-not-basic', measureCode: 'CAND-GU-01' },
          },
        ],
      },
    ],
    negative: [
      { name: 'known measures; own items need none', roadmap: cleanRoadmap },
      {
        name: 'an own item keeps a stale measure id',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { measureId: 'm-nope' }),
      },
    ],
  },
  {
    rule: 'reference.unknown-problem',
    positive: [
      {
        name: 'a problem that is not in the roadmap',
        roadmap: () =>
          patchItem(cleanRoadmap(), 'wifi', { problemIds: ['p-connectivity', 'p-ghost', 'p-ghost'] }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { problemId: 'p-ghost' } }],
      },
    ],
    negative: [{ name: 'known problems', roadmap: cleanRoadmap }],
  },
  {
    rule: 'reference.unknown-direction',
    positive: [
      {
        name: 'a direction not in the framework',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { directionCode: 'SPACE' }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { directionCode: 'SPACE' } }],
      },
      {
        name: 'no direction',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { directionCode: '' }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { directionCode: '' } }],
      },
    ],
    negative: [{ name: 'known directions', roadmap: cleanRoadmap }],
  },
  {
    rule: 'dependency.cycle',
    positive: [
      {
        name: 'two items depending on each other',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { dependsOn: ['centre'] }),
        expected: [
          {
            severity: 'error',
            itemIds: ['centre', 'platform'],
            params: { path: 'Мероприятие centre → Мероприятие platform → Мероприятие centre', size: 2 },
          },
        ],
      },
      {
        name: 'an item depending on itself',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { dependsOn: ['wifi'] }),
        expected: [
          { severity: 'error', itemIds: ['wifi'], params: { size: 1, itemTitle: 'Городская сеть Wi-Fi' } },
        ],
      },
      {
        name: 'a circle of three and a separate circle of two',
        roadmap: () =>
          patchItem(
            patchItem(
              patchItem(patchItem(cleanRoadmap(), 'metering', { dependsOn: ['safety'] }), 'safety', {
                dependsOn: ['eco'],
              }),
              'eco',
              {
                dependsOn: ['metering'],
              },
            ),
            'platform',
            { dependsOn: ['centre'] },
          ),
        expected: [
          { severity: 'error', itemIds: ['centre', 'platform'], params: { size: 2 } },
          {
            severity: 'error',
            itemIds: ['eco', 'metering', 'safety'],
            params: {
              path: 'Мероприятие eco → Мероприятие metering → Мероприятие safety → Мероприятие eco',
              size: 3,
            },
          },
        ],
      },
    ],
    negative: [
      { name: 'a chain', roadmap: cleanRoadmap },
      {
        name: 'a circle through a cancelled item',
        roadmap: () =>
          patchItem(patchItem(cleanRoadmap(), 'platform', { dependsOn: ['centre'] }), 'centre', {
            status: 'cancelled',
          }),
      },
    ],
  },
  {
    rule: 'dependency.starts-before-predecessor-ends',
    positive: [
      {
        name: 'starts a month before its predecessor ends',
        roadmap: () => patchItem(cleanRoadmap(), 'centre', { startMonth: '2020-05' }),
        expected: [
          {
            severity: 'error',
            itemIds: ['centre', 'platform'],
            params: {
              startMonth: '2020-05',
              predecessorEndMonth: '2020-06',
              predecessorTitle: 'Мероприятие platform',
            },
          },
        ],
      },
    ],
    negative: [
      { name: 'starts after', roadmap: cleanRoadmap },
      {
        name: 'starts in the month it ends',
        roadmap: () => patchItem(cleanRoadmap(), 'centre', { startMonth: '2020-06' }),
      },
      {
        name: 'the predecessor has no end month',
        roadmap: () =>
          patchItem(patchItem(cleanRoadmap(), 'centre', { startMonth: '2019-01' }), 'platform', {
            endMonth: null,
          }),
      },
    ],
  },
  {
    rule: 'dependency.unknown-item',
    positive: [
      {
        name: 'depends on an id not in the roadmap',
        roadmap: () => patchItem(cleanRoadmap(), 'wifi', { dependsOn: ['ghost'] }),
        expected: [{ severity: 'error', itemIds: ['wifi'], params: { dependsOnId: 'ghost' } }],
      },
    ],
    negative: [{ name: 'known dependencies', roadmap: cleanRoadmap }],
  },
  {
    rule: 'dependency.on-cancelled-item',
    positive: [
      {
        name: 'the predecessor is cancelled',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { status: 'cancelled' }),
        expected: [
          {
            severity: 'warning',
            itemIds: ['centre', 'platform'],
            params: { predecessorTitle: 'Мероприятие platform' },
          },
        ],
      },
    ],
    negative: [
      { name: 'active predecessors', roadmap: cleanRoadmap },
      {
        name: 'both cancelled',
        roadmap: () =>
          patchItem(patchItem(cleanRoadmap(), 'platform', { status: 'cancelled' }), 'centre', {
            status: 'cancelled',
          }),
      },
    ],
  },
  {
    rule: 'schedule.overdue',
    positive: [
      {
        name: 'still planned a month after its end',
        roadmap: cleanRoadmap,
        asOf: '2020-07-01',
        expected: [
          {
            severity: 'warning',
            itemIds: ['platform'],
            params: { endMonth: '2020-06', status: 'planned', asOfMonth: '2020-07' },
          },
        ],
      },
      {
        name: 'delayed past its end',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { status: 'delayed' }),
        asOf: '2020-07-15T10:00:00+03:00',
        expected: [{ severity: 'warning', itemIds: ['platform'], params: { status: 'delayed' } }],
      },
    ],
    negative: [
      { name: 'in its last month', roadmap: cleanRoadmap, asOf: '2020-06-30' },
      {
        name: 'done',
        roadmap: () => patchItem(cleanRoadmap(), 'platform', { status: 'done' }),
        asOf: '2020-07-01',
      },
    ],
  },
  {
    rule: 'schedule.start-overdue',
    positive: [
      {
        name: 'still planned after the start month',
        roadmap: cleanRoadmap,
        asOf: '2019-10-01',
        expected: [
          {
            severity: 'info',
            itemIds: ['platform'],
            params: { startMonth: '2019-09', asOfMonth: '2019-10' },
          },
          { severity: 'info', itemIds: ['wifi'], params: { startMonth: '2019-07' } },
        ],
      },
    ],
    negative: [
      { name: 'before the start', roadmap: cleanRoadmap },
      {
        name: 'in progress',
        roadmap: () =>
          patchItem(patchItem(cleanRoadmap(), 'platform', { status: 'in_progress' }), 'wifi', {
            status: 'in_progress',
          }),
        asOf: '2019-10-01',
      },
      { name: 'overdue already (reported as overdue)', roadmap: cleanRoadmap, asOf: '2030-01-01' },
    ],
  },
];

function cleanWifiBudget() {
  return cleanRoadmap().items.find((item) => item.id === 'wifi')!.budgetLines;
}

function run(scenario: Scenario) {
  return evaluate(
    scenario.roadmap(),
    scenario.framework ?? FRAMEWORK,
    scenario.municipality ?? REGIONAL_CAPITAL,
    scenario.asOf ?? AS_OF,
  );
}

function findingsOf(scenario: Scenario, rule: ComplianceRuleId): ComplianceFinding[] {
  return run(scenario).findings.filter((finding) => finding.rule === rule);
}

describe('compliance rules', () => {
  it('covers every rule with at least one positive and one negative case', () => {
    const tested = TABLES.filter((table) => table.positive.length > 0 && table.negative.length > 0).map(
      (t) => t.rule,
    );

    expect([...tested].sort()).toEqual([...COMPLIANCE_RULE_IDS].sort());
  });

  it('documents every rule with a title and a rationale in both languages', () => {
    for (const id of COMPLIANCE_RULE_IDS) {
      const rule = COMPLIANCE_RULES[id];
      expect(rule.id).toBe(id);
      expect(rule.titleRu).toMatch(/[а-яё]/i);
      expect(rule.rationaleRu).toMatch(/[а-яё]/i);
      expect(rule.titleEn).toMatch(/^[^а-яё]+$/i);
      expect(rule.rationaleEn).toMatch(/^[^а-яё]+$/i);
    }
  });

  it('finds nothing in the clean roadmap', () => {
    expect(run({ name: 'clean', roadmap: cleanRoadmap }).findings).toEqual([]);
  });

  describe.each(TABLES)('$rule', ({ rule, positive, negative }) => {
    it.each(positive)('reports $name', (scenario) => {
      const findings = findingsOf(scenario, rule);

      expect(findings).toHaveLength(scenario.expected.length);
      scenario.expected.forEach((expected, index) => {
        const finding = findings[index];
        expect(finding.severity).toBe(expected.severity);
        expect(finding.refs).toEqual({
          itemIds: expected.itemIds ?? [],
          measureIds: expected.measureIds ?? [],
        });
        expect(finding.params).toMatchObject(expected.params ?? {});
      });
    });

    it.each(positive)('formats the findings of $name in Russian and English', (scenario) => {
      for (const finding of findingsOf(scenario, rule)) {
        const ru = formatFinding(finding, 'ru');
        const en = formatFinding(finding, 'en');

        expect(ru).toMatch(/[а-яё]/i);
        expect(en).not.toMatch(/\b(undefined|NaN|null)\b/);
        expect(ru).not.toMatch(/\b(undefined|NaN|null)\b/);
        expect(ru).not.toBe(en);
      }
    });

    it.each(negative)('does not report $name', (scenario) => {
      expect(findingsOf(scenario, rule)).toEqual([]);
    });
  });
});
