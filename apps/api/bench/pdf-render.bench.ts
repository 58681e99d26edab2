/*
 * Benchmark of the worker's PDF rendering (issue 6): the submitted application of a roadmap with 100 and with 500
 * items, rendered with pdfkit and the embedded DejaVu font, as the `documents.render` job does (without storage).
 * Deterministic input; timed after a warm-up. `npm run bench -- pdf-render` runs it.
 */
import type { ApplicationSnapshotContentResponse } from '@smartcity/contracts';

import { applicationDocumentModel, type DocumentContext } from '../src/modules/documents/document-models';
import { renderPdf } from '../src/modules/documents/pdf-renderer';

type BenchReport = {
  name: string;
  rows: { metric: string; value: number; unit: string; target?: number; higherIsBetter?: boolean }[];
};

/** A 100-item application renders well within a job's budget: under 500 ms median on the 2-core CI machine. */
const MEDIAN_TARGET_MS_100 = 500;

function context(items: number): DocumentContext {
  const content = {
    roadmap: {
      roadmap: { title: 'Дорожная карта цифровизации города', periodStartYear: 2019, periodEndYear: 2030 },
      problems: Array.from({ length: 20 }, (_, i) => ({
        title: `Проблема № ${i + 1}: заторы и аварийность`,
      })),
      items: Array.from({ length: items }, (_, i) => ({
        title: `Мероприятие ${i + 1}: внедрение интеллектуальной транспортной системы, этап ${(i % 5) + 1}`,
        startMonth: `20${19 + (i % 5)}-0${(i % 9) + 1}`,
        endMonth: `20${21 + (i % 5)}-1${i % 3}`,
        responsibleUnit: 'Управление цифрового развития администрации города',
        budgetLines: [
          { year: 2020, source: 'municipal', planned: `${1000 + i}500.50`, actual: null },
          { year: 2021, source: 'regional', planned: `${2000 + i}000.00`, actual: null },
        ],
      })),
      coverage: [],
    },
    compliance: { score: 87, findings: [] },
    eligibility: [
      { rule: 'population_or_capital', passed: true, reason: '', params: {} },
      { rule: 'no_compliance_errors', passed: true, reason: '', params: {} },
      { rule: 'min_coverage', passed: true, reason: '', params: {} },
    ],
    itemHashes: {},
  } as unknown as ApplicationSnapshotContentResponse;
  return {
    applicationId: '00000000-0000-4000-8000-000000000001',
    campaignTitle: 'Пилотный отбор «Умный город» 2019',
    municipalityRu: 'Калуга',
    municipalityEn: 'Kaluga',
    regionRu: 'Калужская область',
    regionEn: 'Kaluga Region',
    snapshot: {
      sequence: 1,
      contentHash: 'a'.repeat(64),
      createdAt: new Date('2019-07-01T10:00:00Z'),
      content,
    },
  };
}

async function measure(items: number, runs: number) {
  const model = applicationDocumentModel(context(items), 'ru');
  for (let i = 0; i < 3; i++) await renderPdf(model);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    bytes = (await renderPdf(model)).length;
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], bytes };
}

export async function run(): Promise<BenchReport> {
  const small = await measure(100, 20);
  const large = await measure(500, 8);
  return {
    name: 'PDF rendering (application document, embedded DejaVu Sans)',
    rows: [
      { metric: '100 items: median', value: small.median, unit: 'ms', target: MEDIAN_TARGET_MS_100 },
      { metric: '100 items: p95', value: small.p95, unit: 'ms' },
      { metric: '100 items: size', value: small.bytes / 1024, unit: 'KiB' },
      { metric: '500 items: median', value: large.median, unit: 'ms' },
      { metric: '500 items: size', value: large.bytes / 1024, unit: 'KiB' },
    ],
  };
}
