import fc from 'fast-check';

import { COVERAGE_REVIEW_STATUSES } from '../roadmap-drafting/roadmap-status';
import { FINANCING_SOURCES } from '../roadmaps/financing-source';
import { MEASURE_COVERAGE_STATUSES } from '../roadmaps/measure-coverage-status';
import { ROADMAP_ITEM_KINDS } from '../roadmaps/roadmap-item-kind';
import { ROADMAP_ITEM_STATUSES } from '../roadmaps/roadmap-item-status';
import { sortFindings } from './compliance-finding';
import type { ComplianceItem, ComplianceMunicipality, ComplianceRoadmap } from './compliance-input';
import { COMPLIANCE_RULES } from './compliance-rules';
import { evaluate } from './evaluate';
import { formatFinding } from './format-finding';
import { FRAMEWORK } from './testing/compliance-fixtures';

const ITEM_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const PROBLEM_IDS = ['p1', 'p2', 'p3'];
const MEASURE_IDS = FRAMEWORK.measures.map((measure) => measure.id);
const DIRECTION_CODES = FRAMEWORK.directions.map((direction) => direction.code);

const monthArb: fc.Arbitrary<string | null> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .record({ year: fc.integer({ min: 2018, max: 2032 }), month: fc.integer({ min: 1, max: 12 }) })
      .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, '', '2020-13', 'soon') },
);

const itemArb = (id: string): fc.Arbitrary<ComplianceItem> =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom(...ROADMAP_ITEM_KINDS),
    measureId: fc.constantFrom(null, 'm-nope', ...MEASURE_IDS),
    directionCode: fc.constantFrom('SPACE', ...DIRECTION_CODES),
    title: fc.constantFrom('Платформа', 'Wi-Fi', 'Центр управления', 'Учёт'),
    responsibleUnit: fc.constantFrom(null, ' ', 'Комитет'),
    responsiblePerson: fc.constantFrom(null, 'Петров П. П.'),
    startMonth: monthArb,
    endMonth: monthArb,
    status: fc.constantFrom(...ROADMAP_ITEM_STATUSES),
    budgetLines: fc.array(
      fc.record({
        year: fc.option(fc.integer({ min: 2017, max: 2033 })),
        source: fc.option(fc.constantFrom(...FINANCING_SOURCES)),
        plannedKopecks: fc.option(fc.oneof(fc.integer({ min: -5, max: 1_000_000_000 }), fc.constant(1.5))),
      }),
      { maxLength: 4 },
    ),
    kpiTargets: fc.array(
      fc.record({
        kpiId: fc.constantFrom('', 'ICT/ICT/IN/1A', 'EN/EQ/AQ/1C'),
        target: fc.option(fc.integer({ min: 0, max: 100 })),
        year: fc.option(fc.integer({ min: 2019, max: 2030 })),
      }),
      { maxLength: 3 },
    ),
    problemIds: fc.array(fc.constantFrom('p-ghost', ...PROBLEM_IDS), { maxLength: 3 }),
    dependsOn: fc.array(fc.constantFrom('ghost', ...ITEM_IDS), { maxLength: 3 }),
  });

const roadmapArb: fc.Arbitrary<ComplianceRoadmap> = fc.subarray(ITEM_IDS).chain((ids) =>
  fc.record({
    items: fc.tuple(...ids.map(itemArb)),
    problems: fc.subarray(PROBLEM_IDS).map((problemIds) => problemIds.map((id) => ({ id }))),
    coverage: fc.array(
      fc.record({
        measureId: fc.constantFrom('m-nope', ...MEASURE_IDS),
        status: fc.constantFrom(...MEASURE_COVERAGE_STATUSES),
        reviewStatus: fc.constantFrom(null, ...COVERAGE_REVIEW_STATUSES),
        evidenceCount: fc.integer({ min: 0, max: 2 }),
      }),
      { maxLength: 4 },
    ),
  }),
);

const municipalityArb: fc.Arbitrary<ComplianceMunicipality> = fc.record({
  population: fc.integer({ min: 0, max: 2_000_000 }),
  isRegionalCapital: fc.boolean(),
});

const asOfArb = fc
  .record({
    year: fc.integer({ min: 2018, max: 2032 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

/** Deterministic Fisher–Yates shuffle driven by a seed (mulberry32). */
function shuffle<T>(values: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...values];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** The same roadmap with every list in it reordered. */
function permute(roadmap: ComplianceRoadmap, seed: number): ComplianceRoadmap {
  return {
    items: shuffle(roadmap.items, seed).map((item, index) => ({
      ...item,
      budgetLines: shuffle(item.budgetLines, seed + index + 1),
      kpiTargets: shuffle(item.kpiTargets, seed + index + 2),
      problemIds: shuffle(item.problemIds, seed + index + 3),
      dependsOn: shuffle(item.dependsOn, seed + index + 4),
    })),
    problems: shuffle(roadmap.problems, seed + 101),
    coverage: shuffle(roadmap.coverage, seed + 102),
  };
}

describe('evaluate (properties)', () => {
  it('is deterministic and works on plain JSON copies of its input', () => {
    fc.assert(
      fc.property(roadmapArb, municipalityArb, asOfArb, (roadmap, municipality, asOf) => {
        const first = evaluate(roadmap, FRAMEWORK, municipality, asOf);
        const second = evaluate(roadmap, FRAMEWORK, municipality, asOf);
        const copy = JSON.parse(JSON.stringify(roadmap)) as ComplianceRoadmap;

        expect(second).toEqual(first);
        expect(evaluate(copy, FRAMEWORK, municipality, asOf)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of items, problems, coverage, budget lines, KPI targets or dependencies', () => {
    fc.assert(
      fc.property(roadmapArb, municipalityArb, asOfArb, fc.integer(), (roadmap, municipality, asOf, seed) => {
        const report = evaluate(roadmap, FRAMEWORK, municipality, asOf);

        expect(evaluate(permute(roadmap, seed), FRAMEWORK, municipality, asOf)).toEqual(report);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants: score range, sorted findings, counts, severities, refs and messages', () => {
    fc.assert(
      fc.property(roadmapArb, municipalityArb, asOfArb, (roadmap, municipality, asOf) => {
        const report = evaluate(roadmap, FRAMEWORK, municipality, asOf);
        const itemIds = new Set(roadmap.items.map((item) => item.id));

        expect(Number.isInteger(report.score) && report.score >= 0 && report.score <= 100).toBe(true);
        expect(report.findings).toEqual(sortFindings(report.findings));
        expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.findings.length);
        expect(report.canSubmit).toBe(report.counts.error === 0);
        for (const finding of report.findings) {
          const rule = COMPLIANCE_RULES[finding.rule];
          const severities = rule.isDowngradedWhenRecommended ? [rule.severity, 'warning'] : [rule.severity];
          expect(severities).toContain(finding.severity);
          for (const id of finding.refs.itemIds) expect(itemIds.has(id)).toBe(true);
          expect(formatFinding(finding, 'ru')).not.toMatch(/undefined|NaN/);
          expect(formatFinding(finding, 'en')).not.toMatch(/undefined|NaN/);
        }
        for (const direction of report.directions) {
          if (direction.score !== null) expect(direction.score >= 0 && direction.score <= 100).toBe(true);
        }
        for (const horizon of report.horizons) {
          expect(horizon.plannedBasicMeasures).toBeLessThanOrEqual(horizon.basicMeasures);
        }
      }),
      { numRuns: 200 },
    );
  });
});
