/*
 * Benchmark of the pilot-application rules (issue 6): one workflow decision, the canonical JSON a submitted
 * snapshot is hashed from (a 500-item roadmap document), and carrying item acceptances over to a resubmission.
 * Deterministic data, warm-up first. `npm run bench -- application` runs it (tools/bench.mjs calls `run`).
 */
import type { ApplicationTransition, WorkflowActor, WorkflowContext } from '../src/index';
import { canonicalJson, carryOverAcceptances, decide, itemContentText } from '../src/index';

/** The shape tools/bench.mjs prints. */
type BenchReport = {
  name: string;
  rows: { metric: string; value: number; unit: string; target?: number; higherIsBetter?: boolean }[];
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

function time(runs: number, warmup: number, work: () => unknown): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) work();
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    timings.push(performance.now() - started);
  }
  return { median: percentile(timings, 50), p95: percentile(timings, 95) };
}

const city = { id: 'city', kind: 'municipality' as const, parentId: 'region' };
const reviewer: WorkflowActor = {
  kind: 'user',
  userId: 'reviewer',
  memberships: [
    { role: 'ministry_reviewer', organization: { id: 'ministry', kind: 'ministry', parentId: null } },
  ],
};
const context: WorkflowContext = {
  municipality: city,
  now: '2019-06-01T10:00:00.000Z',
  campaign: { status: 'open', opensAt: '2019-05-01T00:00:00.000Z', closesAt: '2019-07-01T00:00:00.000Z' },
  currentStage: 'ministry',
  stageReviewerIds: ['reviewer'],
  checklist: { criteria: 4, answered: 4, notMet: [] },
  eligibility: null,
  reasons: ['Уточните источники финансирования'],
  agreement: null,
};

/** A roadmap document shaped like `GET …/roadmaps/:id` with `items` items (each with budget lines and KPI targets). */
function syntheticDocument(items: number) {
  return {
    roadmap: {
      id: 'roadmap',
      title: 'Дорожная карта',
      periodStartYear: 2019,
      periodEndYear: 2024,
      revision: 42,
    },
    problems: Array.from({ length: 20 }, (_, p) => ({
      id: `problem-${p}`,
      title: `Проблема ${p}`,
      severity: 'high',
    })),
    items: Array.from({ length: items }, (_, i) => ({
      id: `item-${String(i).padStart(4, '0')}`,
      kind: i % 5 === 0 ? 'own' : 'standard',
      measureId: i % 5 === 0 ? null : `measure-${i % 40}`,
      title: `Мероприятие № ${i}: внедрение цифровой платформы`,
      description: 'Описание мероприятия '.repeat(4),
      responsibleUnit: 'Управление цифрового развития',
      responsiblePerson: 'Иванова А. П.',
      startMonth: '2020-01',
      endMonth: '2024-06',
      status: 'planned',
      progress: 0,
      problemIds: i % 5 === 0 ? [`problem-${i % 20}`] : [],
      dependsOn: i > 0 && i % 7 === 0 ? [`item-${String(i - 1).padStart(4, '0')}`] : [],
      budgetLines: [2021, 2022, 2023].map((year) => ({
        year,
        source: 'municipal',
        planned: '1500000.00',
        actual: null,
      })),
      kpiTargets: [{ kpiDefinitionId: 'kpi-1', baseline: 10, target: 60, year: 2024 }],
      revision: 3,
      updatedAt: '2019-05-01T00:00:00.000Z',
    })),
    coverage: [],
  };
}

export function run(): Promise<BenchReport[]> {
  const transitions: ApplicationTransition[] = ['approve', 'request_changes', 'reject', 'withdraw'];
  let n = 0;
  const decision = time(20_000, 2_000, () =>
    decide('ministry_review', transitions[n++ % 4], reviewer, context),
  );

  const document = syntheticDocument(500);
  let bytes = 0;
  const snapshot = time(30, 5, () => {
    bytes = canonicalJson({ roadmap: document, compliance: { score: 90 }, itemHashes: {} }).length;
  });
  const itemTexts = time(30, 5, () => document.items.map((item) => itemContentText(item)));

  const previous = Array.from({ length: 1000 }, (_, i) => ({
    itemId: `item-${i}`,
    contentHash: `hash-${i}`,
    acceptedBy: 'reviewer',
    acceptedAt: '2019-06-01T00:00:00Z',
  }));
  const current = new Map(previous.map((a, i) => [a.itemId, i % 10 === 0 ? `changed-${i}` : a.contentHash]));
  const carry = time(200, 20, () => carryOverAcceptances(previous, current));

  return Promise.resolve([
    {
      name: 'applications: workflow decision (decide)',
      rows: [
        { metric: 'median', value: decision.median * 1000, unit: 'µs', target: 50 },
        { metric: 'p95', value: decision.p95 * 1000, unit: 'µs' },
      ],
    },
    {
      name: 'applications: snapshot canonical JSON, 500-item roadmap',
      rows: [
        { metric: 'median', value: snapshot.median, unit: 'ms', target: 50 },
        { metric: 'p95', value: snapshot.p95, unit: 'ms' },
        { metric: 'size', value: bytes / 1024, unit: 'KiB' },
        { metric: 'item content texts (500), median', value: itemTexts.median, unit: 'ms', target: 50 },
      ],
    },
    {
      name: 'applications: acceptance carry-over, 1 000 items',
      rows: [{ metric: 'median', value: carry.median, unit: 'ms', target: 1 }],
    },
  ]);
}
