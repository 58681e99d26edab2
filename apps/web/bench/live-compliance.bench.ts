/*
 * Benchmark of the web's live compliance panel (issue #5: "a compliance panel that updates while the user edits —
 * same function, no round-trip"). What one edit costs in the browser: mapping the roadmap document from the query
 * cache with the shared `complianceInputFromRoadmapDocument`, `evaluate`, grouping the findings and rendering every
 * message with `formatFinding`. The document and framework tree have the API's wire shapes; the roadmap is
 * deterministic (no randomness), with a few defects per hundred items like a real draft. Target: the whole
 * recomputation of a 1 000-item roadmap fits in one 60 Hz frame (16 ms, median).
 *
 *   npm run bench -- live-compliance
 */
import type {
  FrameworkTreeResponse,
  MeasureResponse,
  RoadmapDocumentResponse,
  RoadmapItemResponse,
} from '@smartcity/contracts';
import { complianceInputFromRoadmapDocument } from '@smartcity/contracts';
import { evaluate, formatFinding } from '@smartcity/domain';

import { groupFindings } from '../src/features/compliance/lib/findings';

/** The shape tools/bench.mjs prints. */
type BenchReport = {
  name: string;
  rows: { metric: string; value: number; unit: string; target?: number; higherIsBetter?: boolean }[];
};

/** One frame at 60 Hz: an edit's recomputation should not drop a frame. */
const FRAME_MS = 16;

const DIRECTIONS = ['GU', 'ZHKH', 'ENV', 'TRANSPORT', 'PUBLIC_SAFETY', 'ECO_SAFETY', 'COMMS', 'TOURISM'];

const uuid = (kind: number, index: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${index.toString(16).padStart(12, '0')}`;

/** 8 directions × 8 measures (5 basic, 3 additional), like the domain bench's framework. */
export function buildTree(): Pick<FrameworkTreeResponse, 'directions'> {
  return {
    directions: DIRECTIONS.map((code, d) => ({
      id: uuid(1, d),
      code,
      titleRu: `Направление ${code}`,
      titleEn: `Direction ${code}`,
      position: d,
      kpis: [],
      measures: Array.from({ length: 8 }, (_, m): MeasureResponse => {
        const measureCode = `SYN-${code}-${String(m + 1).padStart(2, '0')}`;
        return {
          id: uuid(2, d * 8 + m),
          frameworkId: uuid(9, 0),
          directionId: uuid(1, d),
          directionCode: code,
          code: measureCode,
          officialNumber: null,
          kind: m < 5 ? 'basic' : 'additional',
          titleRu: `Мера ${measureCode}`,
          titleEn: `Measure ${measureCode}`,
          descriptionRu: null,
          descriptionEn: null,
          deadlineYear: null,
          applicability: m < 5 ? { minPopulation: 100_000, regionalCapitals: true } : null,
          provenance: 'reconstructed',
          provenanceNote: null,
          sources: [],
          position: m,
        };
      }),
    })),
  };
}

function month(index: number): string {
  return `${2019 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `size` items as the API serves them: 3 in 5 implement measures, the rest cite problems; 1 in 25 has a defect. */
export function buildDocument(
  size: number,
  tree: Pick<FrameworkTreeResponse, 'directions'>,
): Pick<RoadmapDocumentResponse, 'items' | 'problems' | 'coverage'> {
  const measures = tree.directions.flatMap((direction) => direction.measures);
  const problems = Array.from({ length: 40 }, (_, p) => ({
    id: uuid(3, p),
    title: `Проблема ${p}`,
    description: null,
    evidenceLinks: [],
    severity: 'medium' as const,
    directionId: null,
    revision: 1,
    updatedAt: '2024-01-01T00:00:00.000Z',
  }));
  const starts = Array.from({ length: size }, (_, i) => (i * 13) % 100);
  const ends = starts.map((start, i) => start + 6 + (i % 30) + (i % 25 === 7 ? 80 : 0));
  const items = Array.from({ length: size }, (_, i): RoadmapItemResponse => {
    const isStandard = i % 5 < 3;
    const measure = measures[(i * 7) % measures.length];
    const endYear = 2019 + Math.floor(ends[i] / 12);
    const dependsOn: string[] = [];
    for (let k = 1; k <= 6 && dependsOn.length < i % 4 && i - k * 17 >= 0; k++) {
      const j = i - k * 17;
      if (ends[j] <= starts[i] || i % 25 === 13) dependsOn.push(uuid(4, j));
    }
    return {
      id: uuid(4, i),
      kind: isStandard ? 'standard' : 'own',
      measureId: isStandard ? measure.id : null,
      title: `Мероприятие ${i}`,
      description: null,
      directionId: isStandard ? measure.directionId : uuid(1, i % DIRECTIONS.length),
      responsibleUnit: 'Комитет цифрового развития',
      responsiblePerson: i % 25 === 3 ? null : 'Сидорова Е. В.',
      startMonth: month(starts[i]),
      endMonth: month(ends[i]),
      status: i % 25 === 11 ? 'cancelled' : i % 25 === 17 ? 'delayed' : ends[i] < 24 ? 'done' : 'in_progress',
      progress: 50,
      problemIds: isStandard ? [] : [uuid(3, i % 40), uuid(3, (i * 3) % 40)],
      dependsOn,
      budgetLines: [0, 1, 2].map((k) => ({
        year: Math.min(2019 + Math.floor(starts[i] / 12) + k, endYear),
        source: (['federal', 'regional', 'municipal'] as const)[(i + k) % 3],
        planned: `${1_000_000 * (k + 1) + i}.00`,
        actual: null,
      })),
      kpiTargets:
        i % 25 === 5
          ? []
          : [{ kpiDefinitionId: uuid(5, i % 63), baseline: null, target: 80 + (i % 20), year: endYear }],
      revision: 1,
      updatedAt: '2024-01-01T00:00:00.000Z',
    };
  });
  return { items, problems, coverage: [] };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

type Timings = { medianMs: number; p95Ms: number };
type LiveResult = {
  items: number;
  runs: number;
  total: Timings;
  map: Timings;
  evaluate: Timings;
  format: Timings;
  findings: number;
};

function summary(timings: number[]): Timings {
  const sorted = [...timings].sort((a, b) => a - b);
  return { medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95) };
}

/**
 * One "edit": a new document object (as a write's answer puts in the cache), then what `useLiveCompliance` and the
 * panel compute — the shared mapping and `evaluate` (exactly `evaluateDocument`), then grouping and every message.
 */
function measureLive(size: number, runs: number, warmupRuns: number): LiveResult {
  const tree = buildTree();
  const base = buildDocument(size, tree);
  const municipality = { population: 330_000, isRegionalCapital: true };
  const times = {
    total: [] as number[],
    map: [] as number[],
    evaluate: [] as number[],
    format: [] as number[],
  };
  let findings = 0;
  for (let i = 0; i < warmupRuns + runs; i++) {
    const items = [...base.items];
    // The edit: one item's responsible person toggles, as in the browser journey.
    const index = i % items.length;
    items[index] = { ...items[index], responsiblePerson: i % 2 ? null : 'Петров П. П.' };
    const t0 = performance.now();
    const input = complianceInputFromRoadmapDocument({ ...base, items }, tree, municipality);
    const t1 = performance.now();
    const report = evaluate(input.roadmap, input.framework, input.municipality, '2021-06-15');
    const t2 = performance.now();
    let characters = 0;
    for (const group of groupFindings(report.findings)) {
      for (const finding of group.findings) characters += formatFinding(finding, 'ru').length;
    }
    const t3 = performance.now();
    if (characters === 0) throw new Error('no finding was rendered');
    findings = report.findings.length;
    if (i < warmupRuns) continue;
    times.total.push(t3 - t0);
    times.map.push(t1 - t0);
    times.evaluate.push(t2 - t1);
    times.format.push(t3 - t2);
  }
  return {
    items: size,
    runs,
    total: summary(times.total),
    map: summary(times.map),
    evaluate: summary(times.evaluate),
    format: summary(times.format),
    findings,
  };
}

export function run(): Promise<BenchReport[]> {
  return Promise.resolve(
    [
      [500, 300],
      [1_000, 200],
    ].map(([size, runs]) => {
      const result = measureLive(size, runs, 100);
      return {
        name: `web live compliance panel: one edit of a ${result.items}-item roadmap (map + evaluate + group + format, ${result.runs} runs)`,
        rows: [
          { metric: 'total, median', value: result.total.medianMs, unit: 'ms', target: FRAME_MS },
          { metric: 'total, p95', value: result.total.p95Ms, unit: 'ms' },
          { metric: 'map the document (shared mapper), median', value: result.map.medianMs, unit: 'ms' },
          { metric: 'evaluate, median', value: result.evaluate.medianMs, unit: 'ms' },
          { metric: 'group + format every finding, median', value: result.format.medianMs, unit: 'ms' },
          { metric: 'findings rendered', value: result.findings, unit: 'findings' },
        ],
      };
    }),
  );
}
