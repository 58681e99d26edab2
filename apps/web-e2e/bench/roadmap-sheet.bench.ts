/// <reference lib="dom" />
/*
 * Benchmark of the roadmap-level web tools on a roadmap of 1 000 items: the Excel round-trip (download, upload of a
 * workbook where every row changed → per-row preview painted, apply → table updated) and the comparison of two
 * snapshots that differ in every item. Starts the product like the browser tests (built api + worker + web preview,
 * fresh migrated and seeded database) on its own ports; the 1 000 items themselves come in through an uploaded
 * workbook (rows with a measure code and no ID are new standard items). Drops its database, keys and processes.
 *
 *   npm run bench -- roadmap-sheet      (BENCH_SHEET_API_PORT / BENCH_SHEET_WEB_PORT change the ports 3210 / 4410)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

import type { BenchContext, BenchReport } from './support/bench-stack';
import { ApiCaller, withBenchStack } from './support/bench-stack';

const ITEMS = 1000;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-sync',
];
/** Columns of «Мероприятия» (docs/roadmaps.md). */
const COLUMN = {
  id: 1,
  measureCode: 2,
  title: 4,
  unit: 5,
  person: 6,
  start: 7,
  end: 8,
  progress: 10,
} as const;

// On this 2-core machine (API, worker, web preview and Chromium share it): a 1 000-row file is checked and its
// preview painted within 3 s of pressing «Загрузить и сравнить», applied within 5 s; a comparison of two versions
// that differ in every item is painted within 1 s (50 entries per section, the rest behind «Показать все»).
const TARGET = { previewMs: 3000, applyMs: 5000, compareMs: 1000, showAllMs: 5000 };

async function workbookOf(buffer: ArrayBuffer | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ExcelJS.Buffer);
  return workbook;
}

async function uploadForm(workbook: ExcelJS.Workbook, name: string): Promise<FormData> {
  const form = new FormData();
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  form.append('file', new Blob([bytes]), name);
  return form;
}

/**
 * Page-clock milliseconds from just before `act` until `ready` holds in the page and the next frame is painted
 * (includes one Playwright round trip, a few milliseconds).
 */
async function untilPainted(
  page: Page,
  ready: (arg: number) => boolean,
  arg: number,
  act: () => Promise<unknown>,
): Promise<number> {
  const started = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(ready, arg, { polling: 'raf', timeout: 60_000 });
  const painted = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
  return painted - started;
}

export async function run(context: BenchContext): Promise<BenchReport> {
  const { log } = context;
  const options = {
    apiPortVariable: 'BENCH_SHEET_API_PORT',
    webPortVariable: 'BENCH_SHEET_WEB_PORT',
    defaultApiPort: 3210,
    defaultWebPort: 4410,
    databasePrefix: 'scr_bench_sheet_',
    queuePrefix: 'benchsheet',
    logDir: 'dist/bench-logs/roadmap-sheet',
  };
  return withBenchStack(context, options, async ({ stack, openBrowser }) => {
    // A roadmap filled with 1 000 standard items through an uploaded workbook.
    const api = new ApiCaller(stack.apiUrl);
    await api.signIn('editor@kaluga.demo');
    const organizations = await api.json<{ id: string; kind: string; nameEn: string }[]>(
      'GET',
      '/api/v1/organizations',
    );
    const kaluga = organizations.find((o) => o.kind === 'municipality' && o.nameEn === 'Kaluga')!;
    const frameworks = await api.json<{ items: { id: string }[] }>(
      'GET',
      '/api/v1/catalogue/frameworks?kind=measures&status=published',
    );
    const base = `/api/v1/organizations/${kaluga.id}/roadmaps`;
    const roadmap = await api.json<{ id: string }>('POST', base, {
      frameworkId: frameworks.items[0].id,
      title: 'Бенчмарк Excel: 1 000 мероприятий',
      periodStartYear: 2025,
      periodEndYear: 2030,
      outlookYear: 2036,
    });
    const roadmapBase = `${base}/${roadmap.id}`;
    const empty = await workbookOf(
      await (await api.request('GET', `${roadmapBase}/export.xlsx`)).arrayBuffer(),
    );
    const codes = (empty.getWorksheet('Меры')!.getColumn(1).values as unknown[])
      .slice(2)
      .filter((v): v is string => typeof v === 'string' && v.length > 0);
    const items = empty.getWorksheet('Мероприятия')!;
    for (let i = 0; i < ITEMS; i++) {
      const start = 2025 * 12 + ((i * 7) % 60);
      const month = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      const row = items.getRow(i + 2);
      row.getCell(COLUMN.measureCode).value = codes[i % codes.length];
      row.getCell(COLUMN.title).value = `Мероприятие ${String(i + 1).padStart(4, '0')}`;
      row.getCell(COLUMN.unit).value = `Отдел ${(i % 12) + 1}`;
      row.getCell(COLUMN.person).value = `Исполнитель ${(i % 40) + 1}`;
      row.getCell(COLUMN.start).value = month(start);
      row.getCell(COLUMN.end).value = month(start + 3 + (i % 14));
      row.getCell(COLUMN.progress).value = (i * 13) % 101;
    }
    let started = Date.now();
    const filled = await api.json<{ id: string; summary: Record<string, number>; isValid: boolean }>(
      'POST',
      `${roadmapBase}/imports`,
      await uploadForm(empty, 'fill.xlsx'),
    );
    const apiPreviewAddMs = Date.now() - started;
    if (!filled.isValid || filled.summary.added !== ITEMS) {
      throw new Error(`the filling workbook was not accepted: ${JSON.stringify(filled.summary)}`);
    }
    started = Date.now();
    await api.json('POST', `${roadmapBase}/imports/${filled.id}/apply`, {});
    const apiApplyAddMs = Date.now() - started;
    const before = await api.json<{ id: string }>('POST', `${roadmapBase}/snapshots`, {
      name: 'До правки в Excel',
    });
    log(`roadmap with ${ITEMS} items ready`);

    const browserContext = await openBrowser(api, CHROMIUM_ARGS);
    const page = await browserContext.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${stack.webUrl}/organizations/${kaluga.id}/roadmaps/${roadmap.id}?tab=sheet`);

    // Download the 1 000-item workbook as the browser does.
    started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Скачать XLSX' }).click(),
    ]);
    const file = await download.path();
    const downloadMs = Date.now() - started;
    const downloadKb = fs.statSync(file).size / 1024;

    // Every row changed (title and progress) → upload → preview painted.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Мероприятия')!;
    for (let r = 2; r <= ITEMS + 1; r++) {
      const row = sheet.getRow(r);
      row.getCell(COLUMN.title).value = `${row.getCell(COLUMN.title).text} (ред.)`;
      row.getCell(COLUMN.progress).value = 100;
    }
    const edited = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scr-bench-sheet-')), 'все строки.xlsx');
    await workbook.xlsx.writeFile(edited);
    await page.getByLabel('Файл XLSX', { exact: true }).setInputFiles(edited);
    const previewMs = await untilPainted(
      page,
      () => document.querySelectorAll('tr.sheet-row').length > 0,
      0,
      () => page.getByRole('button', { name: 'Загрузить и сравнить' }).click(),
    );
    const previewRows = await page.evaluate(() => document.querySelectorAll('tr.sheet-row').length);
    const applyMs = await untilPainted(
      page,
      () =>
        [...document.querySelectorAll('[role=status]')].some((e) =>
          (e.textContent ?? '').startsWith('Изменения из файла применены'),
        ),
      0,
      () => page.getByRole('button', { name: 'Применить все изменения' }).click(),
    );

    // Two versions that differ in all 1 000 items.
    await api.json('POST', `${roadmapBase}/snapshots`, { name: 'После правки в Excel' });
    await page.goto(`${stack.webUrl}/organizations/${kaluga.id}/roadmaps/${roadmap.id}?tab=versions`);
    const comparison = page.getByRole('region', { name: 'Сравнение версий' });
    await comparison.getByText('Различий нет.').waitFor();
    const compareMs = await untilPainted(
      page,
      () => document.querySelectorAll('.diff-entry').length > 0,
      0,
      () => comparison.getByLabel('Было', { exact: true }).selectOption(before.id),
    );
    const shownEntries = await page.evaluate(() => document.querySelectorAll('.diff-entry').length);
    const showAllMs = await untilPainted(
      page,
      (count) => document.querySelectorAll('.diff-entry').length >= count,
      ITEMS,
      () => comparison.getByRole('button', { name: /^Показать все/ }).click(),
    );

    return {
      name: `roadmap of ${ITEMS} items: Excel round-trip and version comparison in the browser`,
      rows: [
        { metric: 'API: upload 1000 new rows → preview', value: apiPreviewAddMs, unit: 'ms' },
        { metric: 'API: apply 1000 additions', value: apiApplyAddMs, unit: 'ms' },
        { metric: 'web: download workbook (1000 items)', value: downloadMs, unit: 'ms' },
        { metric: 'workbook size', value: downloadKb, unit: 'KB' },
        {
          metric: 'web: upload 1000 changed rows → preview painted',
          value: previewMs,
          unit: 'ms',
          target: TARGET.previewMs,
        },
        { metric: 'web: preview rows in the DOM (of 1000)', value: previewRows, unit: 'rows' },
        { metric: 'web: apply 1000 changes → confirmed', value: applyMs, unit: 'ms', target: TARGET.applyMs },
        {
          metric: 'web: compare versions (1000 changed) → painted',
          value: compareMs,
          unit: 'ms',
          target: TARGET.compareMs,
        },
        { metric: 'web: comparison entries shown first', value: shownEntries, unit: 'entries' },
        {
          metric: 'web: «Показать все» 1000 entries → painted',
          value: showAllMs,
          unit: 'ms',
          target: TARGET.showAllMs,
        },
      ],
    };
  });
}
