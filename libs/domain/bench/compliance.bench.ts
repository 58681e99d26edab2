/*
 * Benchmark of the compliance engine (issue #5: evaluating a 500-item roadmap in process, target under 2 ms
 * median). Builds a deterministic synthetic roadmap — no randomness, so every run measures the same work — and times
 * `evaluate` over many runs after a warm-up. `npm run bench -- compliance` runs it (tools/bench.mjs calls `run`).
 */
import type {
  ComplianceFramework,
  ComplianceItem,
  ComplianceMeasure,
  ComplianceMunicipality,
  ComplianceRoadmap,
  FinancingSource,
} from '../src/index';
import { evaluate, FINANCING_SOURCES } from '../src/index';

/** The shape tools/bench.mjs prints. */
type BenchReport = {
  name: string;
  rows: { metric: string; value: number; unit: string; target?: number; higherIsBetter?: boolean }[];
};

/** Issue #5: evaluating a 500-item roadmap in process takes under 2 ms (median). */
const MEDIAN_TARGET_MS = 2;

export type ComplianceBenchOptions = {
  items?: number;
  runs?: number;
  warmupRuns?: number;
};

export type ComplianceBenchResult = {
  items: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  findings: number;
  score: number;
};

const DIRECTIONS = ['GU', 'ZHKH', 'ENV', 'TRANSPORT', 'PUBLIC_SAFETY', 'ECO_SAFETY', 'COMMS', 'TOURISM'];

/** A framework shaped like the standard, larger than the 2019 reconstruction: 8 directions, 40 basic and 24 additional measures. */
export function buildSyntheticFramework(): ComplianceFramework {
  const measures: ComplianceMeasure[] = [];
  DIRECTIONS.forEach((directionCode, d) => {
    for (let m = 0; m < 8; m++) {
      const kind = m < 5 ? 'basic' : 'additional';
      const code = `SYN-${directionCode}-${String(m + 1).padStart(2, '0')}`;
      measures.push({
        id: `measure-${d}-${m}`,
        code,
        directionCode,
        kind,
        titleRu: `Мера ${code}`,
        titleEn: `Measure ${code}`,
        deadlineYear: d === 0 && m === 0 ? 2020 : null,
        isEngagementPlatform: d === 0 && m === 0,
        applicability: m === 4 ? { minPopulation: 250_000, regionalCapitals: false } : null,
      });
    }
  });
  return {
    directions: DIRECTIONS.map((code) => ({
      code,
      titleRu: `Направление ${code}`,
      titleEn: `Direction ${code}`,
    })),
    measures,
  };
}

function month(index: number): string {
  const year = 2019 + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * `size` items: three in five implement measures of the standard (cycling through them), the rest are own measures
 * citing problems; each has three budget lines, two KPI targets and up to three finish-to-start dependencies on
 * earlier items that end in time. About one item in twenty-five carries a defect (no KPI target, no responsible
 * person, a late end, a cancelled status, a dependency that starts too early), so the engine reports findings as it
 * would on a real draft — a few dozen of each kind, not one per item.
 */
export function buildSyntheticRoadmap(
  size: number,
  framework = buildSyntheticFramework(),
): ComplianceRoadmap {
  const problems = Array.from({ length: 40 }, (_, p) => ({ id: `problem-${p}` }));
  const starts = Array.from({ length: size }, (_, i) => (i * 13) % 100);
  const ends = starts.map((start, i) => start + 6 + (i % 30) + (i % 25 === 7 ? 80 : 0));
  const items: ComplianceItem[] = [];
  for (let i = 0; i < size; i++) {
    const isStandard = i % 5 < 3;
    const measure = framework.measures[(i * 7) % framework.measures.length];
    const startYear = 2019 + Math.floor(starts[i] / 12);
    const endYear = 2019 + Math.floor(ends[i] / 12);
    const sources: FinancingSource[] = [0, 1, 2].map(
      (k) => FINANCING_SOURCES[(i + k) % FINANCING_SOURCES.length],
    );
    const dependsOn: string[] = [];
    for (let k = 1; k <= 6 && dependsOn.length < i % 4 && i - k * 17 >= 0; k++) {
      const j = i - k * 17;
      if (ends[j] <= starts[i] || i % 25 === 13) dependsOn.push(`item-${j}`);
    }
    items.push({
      id: `item-${i}`,
      kind: isStandard ? 'standard' : 'own',
      measureId: isStandard ? measure.id : null,
      directionCode: isStandard ? measure.directionCode : DIRECTIONS[i % DIRECTIONS.length],
      title: `Мероприятие ${i}`,
      responsibleUnit: 'Комитет цифрового развития',
      responsiblePerson: i % 25 === 3 ? null : 'Сидорова Е. В.',
      startMonth: month(starts[i]),
      endMonth: month(ends[i]),
      status: i % 25 === 11 ? 'cancelled' : i % 25 === 17 ? 'delayed' : ends[i] < 24 ? 'done' : 'in_progress',
      budgetLines: sources.map((source, k) => ({
        year: Math.min(startYear + k, endYear),
        source,
        plannedKopecks: 1_000_000 * (k + 1) + i,
      })),
      kpiTargets:
        i % 25 === 5
          ? []
          : [
              { kpiId: `kpi-${i % 63}`, target: 80 + (i % 20), year: endYear },
              { kpiId: `kpi-${(i + 1) % 63}`, target: 10, year: endYear },
            ],
      problemIds: isStandard ? [] : [`problem-${i % 40}`, `problem-${(i * 3) % 40}`],
      dependsOn,
    });
  }
  return {
    items,
    problems,
    coverage: [{ measureId: 'measure-7-4', status: 'implemented', reviewStatus: null, evidenceCount: 1 }],
  };
}

function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Times `evaluate` on a synthetic roadmap; the first `warmupRuns` runs let the JIT settle and are not counted. */
export function runComplianceBench(options: ComplianceBenchOptions = {}): ComplianceBenchResult {
  const { items = 500, runs = 500, warmupRuns = 100 } = options;
  const framework = buildSyntheticFramework();
  const roadmap = buildSyntheticRoadmap(items, framework);
  const municipality: ComplianceMunicipality = { population: 330_000, isRegionalCapital: true };
  const asOf = '2020-06-15';

  let report = evaluate(roadmap, framework, municipality, asOf);
  for (let i = 0; i < warmupRuns; i++) report = evaluate(roadmap, framework, municipality, asOf);

  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    report = evaluate(roadmap, framework, municipality, asOf);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return {
    items,
    runs,
    medianMs: percentile(timings, 50),
    p95Ms: percentile(timings, 95),
    minMs: timings[0],
    maxMs: timings[timings.length - 1],
    findings: report.findings.length,
    score: report.score,
  };
}

export function run(): Promise<BenchReport[]> {
  const result = runComplianceBench();
  return Promise.resolve([
    {
      name: `compliance: evaluate a ${result.items}-item roadmap in process (${result.runs} runs)`,
      rows: [
        { metric: 'median', value: result.medianMs, unit: 'ms', target: MEDIAN_TARGET_MS },
        { metric: 'p95', value: result.p95Ms, unit: 'ms' },
        { metric: 'min', value: result.minMs, unit: 'ms' },
        { metric: 'max', value: result.maxMs, unit: 'ms' },
        { metric: 'findings in the report', value: result.findings, unit: 'findings' },
      ],
    },
  ]);
}
