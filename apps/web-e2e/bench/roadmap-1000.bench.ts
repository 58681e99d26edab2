/// <reference lib="dom" />
/*
 * Benchmark of issue #4's acceptance: "a roadmap of 1 000 items: the table and the timeline stay responsive".
 * Starts the product the way the browser tests do (built api + worker + web preview, migrated and seeded database)
 * on its own ports and its own fresh database, creates a roadmap of 1 000 items with budget lines and dependencies
 * through the API, then measures the API (GET of the document, PATCH of one item) and, in headless Chromium, the
 * table's first render, scrolling it to the bottom, sorting it, the timeline's render and how long an edit made by
 * someone else takes to appear. Drops its database, queue keys and processes at the end.
 *
 *   npm run bench -- roadmap-1000        (BENCH_API_PORT / BENCH_WEB_PORT change the ports 3200 / 4400)
 */
import os from 'node:os';
import path from 'node:path';

import type { Page } from 'playwright-core';

import type { BenchContext, BenchReport, Logger } from './support/bench-stack';
import { ApiCaller, withBenchStack } from './support/bench-stack';

const ITEMS = 1000;
const API_RUNS = 15;
const BROWSER_RUNS = 3;
const EDITOR = 'editor@kaluga.demo';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Targets: what "stays responsive" means on this 2-core machine (shared with the API, the worker and Chromium).
// A change by someone else shows "within a second" (issue #4, live updates); the table and the chart are there
// within 3 s of opening the page cold (bundle, session, 600 KB document) and within 300 ms of the data arriving;
// scrolling, sorting and switching to the chart stay within a few frames.
const TARGET = {
  getDocumentMedianMs: 400,
  getDocumentP95Ms: 800,
  patchItemMedianMs: 100,
  openToRowsMs: 3000,
  documentToRowsMs: 300,
  renderedRowsMax: 80,
  scrollJumpMs: 200,
  scrollStepMedianMs: 50,
  scrollStepP95Ms: 100,
  misalignmentPx: 1,
  sortMs: 300,
  timelineTabMs: 1000,
  editToVisibleMs: 1000,
};

const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

type Tree = {
  directions: { id: string; measures: { id: string; kind: 'basic' | 'additional' }[] }[];
};
type ItemResponse = { id: string; title: string; revision: number };

type Fixture = {
  orgId: string;
  roadmapId: string;
  base: string;
  itemIds: string[];
  budgetLines: number;
  edges: number;
};

const month = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Kaluga's 2025–2030 roadmap (outlook 2036) with 1 000 items: every fifth an own measure citing a problem, the
 * rest on the standard's measures; each with two budget lines; chains of finish-to-start dependencies per direction.
 */
async function createFixture(api: ApiCaller, log: Logger): Promise<Fixture> {
  const organizations = await api.json<{ id: string; kind: string; nameEn: string }[]>(
    'GET',
    '/api/v1/organizations',
  );
  const kaluga = organizations.find((o) => o.kind === 'municipality' && o.nameEn === 'Kaluga');
  if (!kaluga) throw new Error('the seed has no Kaluga');
  const frameworks = await api.json<{ items: { id: string; code: string }[] }>(
    'GET',
    '/api/v1/catalogue/frameworks?kind=measures&status=published',
  );
  const framework = frameworks.items[0];
  if (!framework) throw new Error('the seed has no published standard');
  const tree = await api.json<Tree>('GET', `/api/v1/catalogue/frameworks/${framework.id}`);
  const base = `/api/v1/organizations/${kaluga.id}/roadmaps`;
  const roadmap = await api.json<{ id: string }>('POST', base, {
    frameworkId: framework.id,
    title: 'Бенчмарк: 1 000 мероприятий',
    periodStartYear: 2025,
    periodEndYear: 2030,
    outlookYear: 2036,
  });
  const roadmapBase = `${base}/${roadmap.id}`;
  const problem = await api.json<{ problem: { id: string } }>('POST', `${roadmapBase}/problems`, {
    title: 'Низкая доля цифровых услуг',
    severity: 'high',
  });
  const directions = tree.directions.filter((d) => d.measures.length > 0);
  const lastInDirection = new Map<string, { id: string; end: number }>();
  const itemIds: string[] = [];
  let budgetLines = 0;
  let edges = 0;
  const started = Date.now();
  // One item per direction at a time, sent together: items of different directions never depend on each other.
  for (let batch = 0; batch < ITEMS; batch += directions.length) {
    const indices = Array.from({ length: Math.min(directions.length, ITEMS - batch) }, (_, k) => batch + k);
    const created = await Promise.all(
      indices.map(async (i) => {
        const direction = directions[i % directions.length];
        const own = i % 5 === 4;
        const measure = direction.measures[Math.floor(i / directions.length) % direction.measures.length];
        const previous = lastInDirection.get(direction.id);
        const startIndex = Math.min(2025 * 12 + ((i * 7) % 60), 2030 * 12 + 6);
        const start = previous && i % 3 === 0 ? Math.max(startIndex, previous.end) : startIndex;
        const end = Math.min(start + 3 + (i % 14), 2036 * 12 + 11);
        const dependsOn = previous && i % 3 === 0 ? [previous.id] : [];
        const year = Math.floor(start / 12);
        const result = await api.json<{ item: ItemResponse }>('POST', `${roadmapBase}/items`, {
          kind: own ? 'own' : 'standard',
          ...(own
            ? { directionId: direction.id, problemIds: [problem.problem.id] }
            : { measureId: measure.id }),
          title: `Мероприятие ${String(i + 1).padStart(4, '0')}: ${own ? 'собственная мера' : 'мера стандарта'}`,
          responsibleUnit: `Отдел ${(i % 12) + 1}`,
          responsiblePerson: `Исполнитель ${(i % 40) + 1}`,
          startMonth: month(start),
          endMonth: month(end),
          status: (['planned', 'in_progress', 'delayed', 'done'] as const)[i % 4],
          progress: (i * 13) % 101,
          dependsOn,
          budgetLines: [
            { year, source: 'municipal', planned: `${100_000 + i * 1_000}.50` },
            { year: Math.min(year + 1, 2036), source: 'regional', planned: `${250_000 + i * 500}` },
          ],
        });
        return { direction: direction.id, id: result.item.id, end, dependencies: dependsOn.length };
      }),
    );
    for (const item of created) {
      itemIds.push(item.id);
      budgetLines += 2;
      edges += item.dependencies;
      lastInDirection.set(item.direction, { id: item.id, end: item.end });
    }
    if (Math.floor((batch + indices.length) / 250) > Math.floor(batch / 250)) {
      log(`${itemIds.length} items created (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  return { orgId: kaluga.id, roadmapId: roadmap.id, base: roadmapBase, itemIds, budgetLines, edges };
}

async function timeApi(
  api: ApiCaller,
  fixture: Fixture,
): Promise<{ get: number[]; patch: number[]; bytes: number }> {
  const get: number[] = [];
  let bytes = 0;
  for (let run = 0; run < API_RUNS + 2; run++) {
    const started = performance.now();
    const response = await api.request('GET', fixture.base);
    const text = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET document → ${response.status}`);
    bytes = text.length;
    if (run >= 2) get.push(elapsed); // two warm-up runs
  }
  const patch: number[] = [];
  const itemId = fixture.itemIds[Math.floor(fixture.itemIds.length / 2)];
  let item = await api.json<ItemResponse>('GET', `${fixture.base}/items/${itemId}`);
  for (let run = 0; run < API_RUNS; run++) {
    const started = performance.now();
    const result = await api.json<{ item: ItemResponse }>('PATCH', `${fixture.base}/items/${itemId}`, {
      revision: item.revision,
      progress: run % 100,
    });
    patch.push(performance.now() - started);
    item = result.item;
  }
  return { get, patch, bytes };
}

// Runs in the page before its scripts: records when the first table row and the first timeline bar are painted
// (the frame after they appear), on the page's own clock, so no Playwright round trip is measured.
const PAINT_WATCHER = `(() => {
  const marks = (window.__benchPaint = {});
  const check = () => {
    if (!marks.rows && document.querySelector('.items-grid tbody tr[aria-rowindex]')) {
      marks.rows = -1;
      requestAnimationFrame(() => (marks.rows = performance.now()));
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

type PaintMarks = { rows?: number };

/** Time from navigation to painted rows, and from the document's response to painted rows (page clock). */
async function openTable(
  page: Page,
  url: string,
  roadmapId: string,
): Promise<{ openMs: number; afterDataMs: number }> {
  await page.goto(url);
  await page.waitForFunction(
    () => ((window as { __benchPaint?: PaintMarks }).__benchPaint?.rows ?? 0) > 0,
    null,
    {
      polling: 'raf',
      timeout: 30_000,
    },
  );
  return page.evaluate((id) => {
    const rows = (window as { __benchPaint?: PaintMarks }).__benchPaint!.rows!;
    const document = performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith(`/roadmaps/${id}`))
      .pop() as PerformanceResourceTiming | undefined;
    return { openMs: rows, afterDataMs: document ? rows - document.responseEnd : Number.NaN };
  }, roadmapId);
}

type ScrollResult = {
  jumpMs: number;
  stepMedianMs: number;
  stepP95Ms: number;
  stepMaxMs: number;
  steps: number;
  misalignmentPx: number;
};

/**
 * In the page: a jump to the end (End key, scrollbar drag) until the last row is painted, then from the top page by
 * page, each step until the row at the top of the viewport is painted. Also how far the last row's bottom is
 * from the end of the scrolled content (0 when the windowing's row heights are exact).
 */
async function scrollTable(page: Page): Promise<ScrollResult> {
  return page.evaluate(async (lastRowIndex: number) => {
    const grid = document.querySelector<HTMLElement>('.items-grid')!;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const until = async (ready: () => boolean) => {
      const deadline = performance.now() + 5000;
      while (!ready()) {
        if (performance.now() > deadline) throw new Error('the table did not render the scrolled rows');
        await frame();
      }
      await frame();
    };
    const lastRow = () => grid.querySelector<HTMLElement>(`tr[aria-rowindex="${lastRowIndex}"]`);
    // The row the windowing must have rendered at the top of the viewport for the current scroll position.
    const headHeight = grid.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const topRowRendered = () => {
      const index = Math.min(lastRowIndex, Math.floor(Math.max(0, grid.scrollTop - headHeight) / 44) + 2);
      return grid.querySelector(`tr[aria-rowindex="${index}"]`) !== null;
    };
    grid.scrollIntoView();

    const jumpStarted = performance.now();
    grid.scrollTop = grid.scrollHeight;
    await until(() => lastRow() !== null);
    const jumpMs = performance.now() - jumpStarted;
    const rowBottom = lastRow()!.getBoundingClientRect().bottom;
    const gridBox = grid.getBoundingClientRect();
    const misalignmentPx = Math.abs(gridBox.top + grid.clientTop + grid.clientHeight - rowBottom);

    grid.scrollTop = 0;
    await until(() => grid.querySelector('tr[aria-rowindex="2"]') !== null);
    const steps: number[] = [];
    while (grid.scrollTop + grid.clientHeight < grid.scrollHeight - 1) {
      const started = performance.now();
      grid.scrollTop += grid.clientHeight;
      await until(topRowRendered);
      steps.push(performance.now() - started);
    }
    steps.sort((a, b) => a - b);
    return {
      jumpMs,
      stepMedianMs: steps[Math.floor(steps.length / 2)] ?? Number.NaN,
      stepP95Ms: steps[Math.min(steps.length - 1, Math.ceil(steps.length * 0.95) - 1)] ?? Number.NaN,
      stepMaxMs: steps[steps.length - 1] ?? Number.NaN,
      steps: steps.length,
      misalignmentPx,
    };
  }, ITEMS + 1);
}

/** In the page: click a column's sort button until the first row changes and is painted. */
async function sortBy(page: Page, column: RegExp): Promise<number> {
  await page.evaluate(() => document.querySelector<HTMLElement>('.items-grid')!.scrollTo({ top: 0 }));
  const button = page.getByRole('button', { name: column });
  await button.waitFor();
  const handle = await button.elementHandle();
  return page.evaluate(async (element) => {
    const first = () =>
      document.querySelector('.items-grid tbody tr[aria-rowindex="2"] th')?.textContent ?? '';
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const before = first();
    const started = performance.now();
    (element as HTMLElement).click();
    while (first() === before || first() === '') {
      if (performance.now() - started > 10_000) throw new Error('the sort did not change the first row');
      await frame();
    }
    await frame();
    return performance.now() - started;
  }, handle);
}

/** In the page: click the timeline tab until the first bars are painted. */
async function openTimeline(page: Page): Promise<{ ms: number; bars: number; arrows: number }> {
  const tab = page.getByRole('tab', { name: /^(График|Timeline)$/ });
  await tab.waitFor();
  const handle = await tab.elementHandle();
  return page.evaluate(async (element) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const started = performance.now();
    (element as HTMLElement).click();
    while (!document.querySelector('.timeline__bar')) {
      if (performance.now() - started > 30_000) throw new Error('the timeline did not render');
      await frame();
    }
    await frame();
    return {
      ms: performance.now() - started,
      bars: document.querySelectorAll('.timeline__bar').length,
      arrows: document.querySelectorAll('.timeline__dependency').length,
    };
  }, handle);
}

type EditTiming = {
  totalMs: number;
  toFetchMs: number;
  fetchMs: number;
  renderMs: number;
  /** Bytes over the wire (headers and body) of what carried the change: the item, or the whole document. */
  bytes: number;
  documentFetches: number;
};

/**
 * Someone else renames the first item through the API. Measured on the wall clock (same machine): the PATCH sent →
 * the page's fetch of the change starts (commit, Redis, server-sent event; the one item, or the whole document when
 * the page cannot patch its copy) → its response ends → the new title is painted in the table.
 */
async function editToVisible(
  page: Page,
  other: ApiCaller,
  fixture: Fixture,
  run: number,
): Promise<EditTiming> {
  const itemId = fixture.itemIds[0];
  const item = await other.json<ItemResponse>('GET', `${fixture.base}/items/${itemId}`);
  const title = `Мероприятие 0001 — правка ${run + 1}`;
  await page.evaluate(() => performance.clearResourceTimings());
  const painted = page.evaluate(async (expected) => {
    const selector = `.items-grid tbody a[title="${CSS.escape(expected)}"]`;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const started = performance.now();
    while (!document.querySelector(selector)) {
      if (performance.now() - started > 15_000) throw new Error('the edit never appeared');
      await frame();
    }
    await frame();
    return performance.timeOrigin + performance.now();
  }, title);
  const sentAt = Date.now();
  await other.json('PATCH', `${fixture.base}/items/${itemId}`, { revision: item.revision, title });
  const paintedAt = await painted;
  const fetched = await page.evaluate(
    ({ roadmapId, itemId: id }) => {
      const documentPath = `/roadmaps/${roadmapId}`;
      const itemPath = `${documentPath}/items/${id}`;
      const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (e) => {
          const pathname = new URL(e.name).pathname;
          return pathname.endsWith(documentPath) || pathname.endsWith(itemPath);
        },
      );
      const entry = entries.pop();
      return {
        documentFetches: [...entries, ...(entry ? [entry] : [])].filter((e) =>
          new URL(e.name).pathname.endsWith(documentPath),
        ).length,
        carrier: entry
          ? {
              start: performance.timeOrigin + entry.startTime,
              end: performance.timeOrigin + entry.responseEnd,
              bytes: entry.transferSize || entry.encodedBodySize,
            }
          : null,
      };
    },
    { roadmapId: fixture.roadmapId, itemId },
  );
  const carrier = fetched.carrier;
  return {
    totalMs: paintedAt - sentAt,
    toFetchMs: carrier ? carrier.start - sentAt : Number.NaN,
    fetchMs: carrier ? carrier.end - carrier.start : Number.NaN,
    renderMs: carrier ? paintedAt - carrier.end : Number.NaN,
    bytes: carrier ? carrier.bytes : Number.NaN,
    documentFetches: fetched.documentFetches,
  };
}

export async function run(context: BenchContext): Promise<BenchReport> {
  const { log } = context;
  const options = {
    apiPortVariable: 'BENCH_API_PORT',
    webPortVariable: 'BENCH_WEB_PORT',
    defaultApiPort: 3200,
    defaultWebPort: 4400,
    databasePrefix: 'scr_bench_',
    queuePrefix: 'bench',
    logDir: 'dist/bench-logs',
  };
  return withBenchStack(context, options, async ({ stack, logDir, openBrowser }) => {
    const api = new ApiCaller(stack.apiUrl);
    await api.signIn(EDITOR);
    const setupStarted = Date.now();
    const fixture = await createFixture(api, log);
    const setupMs = Date.now() - setupStarted;
    log(
      `roadmap with ${ITEMS} items, ${fixture.budgetLines} budget lines, ${fixture.edges} dependencies ready`,
    );

    const apiTimes = await timeApi(api, fixture);

    // The same session as the API caller (another user's edits come from a second session below).
    const browserContext = await openBrowser(api, CHROMIUM_ARGS);
    await browserContext.addInitScript(PAINT_WATCHER);
    const page = await browserContext.newPage();
    const tableUrl = `${stack.webUrl}/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}?tab=items`;

    const opened: { openMs: number; afterDataMs: number }[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) opened.push(await openTable(page, tableUrl, fixture.roadmapId));
    const renderedRows = await page.evaluate(
      () => document.querySelectorAll('.items-grid tbody tr[aria-rowindex]').length,
    );
    // Rendered beside the table by the route (the live compliance panel): part of every workspace re-render.
    const findingLinks = await page.evaluate(() => document.querySelectorAll('.finding__message').length);
    const scroll = await scrollTable(page);
    await page.screenshot({ path: path.join(logDir, 'table-1000-bottom.png') });
    const sorts: number[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) sorts.push(await sortBy(page, /^(Мероприятие|Item)/));

    const timeline: { ms: number; bars: number; arrows: number }[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) {
      await openTable(page, tableUrl, fixture.roadmapId);
      timeline.push(await openTimeline(page));
    }
    // For a look at the result: the chart scrolled down and sideways (the label column stays), in the logs folder.
    await page.evaluate(() => document.querySelector('.timeline')?.scrollBy({ left: 500, top: 6000 }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(logDir, 'timeline-1000.png') });

    const other = new ApiCaller(stack.apiUrl);
    await other.signIn('lead@kaluga.demo');
    await openTable(page, tableUrl, fixture.roadmapId);
    // Let the live-update stream connect before the first edit.
    await page.waitForTimeout(1000);
    const edits: EditTiming[] = [];
    for (let i = 0; i < BROWSER_RUNS + 2; i++) edits.push(await editToVisible(page, other, fixture, i));

    const lastTimeline = timeline[timeline.length - 1];
    const editMedian = (pick: (e: EditTiming) => number) => median(edits.map(pick));
    return {
      name: `roadmap of ${ITEMS} items (${fixture.budgetLines} budget lines, ${fixture.edges} dependencies): API and web`,
      rows: [
        // Other work on this machine slows every figure below: read them with the load next to them.
        { metric: 'machine load average (1 min, 2 cores)', value: os.loadavg()[0], unit: '' },
        { metric: 'setup: create 1000 items via API', value: setupMs / 1000, unit: 's' },
        { metric: 'document size (GET)', value: apiTimes.bytes / 1024, unit: 'KB' },
        {
          metric: `API GET document, median of ${API_RUNS}`,
          value: median(apiTimes.get),
          unit: 'ms',
          target: TARGET.getDocumentMedianMs,
        },
        {
          metric: `API GET document, p95 of ${API_RUNS}`,
          value: percentile(apiTimes.get, 95),
          unit: 'ms',
          target: TARGET.getDocumentP95Ms,
        },
        {
          metric: `API PATCH one item, median of ${API_RUNS}`,
          value: median(apiTimes.patch),
          unit: 'ms',
          target: TARGET.patchItemMedianMs,
        },
        {
          metric: `table: open page → rows painted (med. of ${BROWSER_RUNS})`,
          value: median(opened.map((o) => o.openMs)),
          unit: 'ms',
          target: TARGET.openToRowsMs,
        },
        {
          metric: `table: document received → rows painted`,
          value: median(opened.map((o) => o.afterDataMs)),
          unit: 'ms',
          target: TARGET.documentToRowsMs,
        },
        {
          metric: 'table: rows in the DOM (of 1000)',
          value: renderedRows,
          unit: 'rows',
          target: TARGET.renderedRowsMax,
        },
        { metric: 'compliance findings rendered beside the table', value: findingLinks, unit: 'links' },
        {
          metric: 'table: jump to the bottom',
          value: scroll.jumpMs,
          unit: 'ms',
          target: TARGET.scrollJumpMs,
        },
        {
          metric: `table: page-down step, median of ${scroll.steps}`,
          value: scroll.stepMedianMs,
          unit: 'ms',
          target: TARGET.scrollStepMedianMs,
        },
        {
          metric: 'table: page-down step, p95',
          value: scroll.stepP95Ms,
          unit: 'ms',
          target: TARGET.scrollStepP95Ms,
        },
        { metric: 'table: slowest page-down step', value: scroll.stepMaxMs, unit: 'ms' },
        {
          metric: 'table: last row vs end of content',
          value: scroll.misalignmentPx,
          unit: 'px',
          target: TARGET.misalignmentPx,
        },
        {
          metric: `table: sort by title (med. of ${BROWSER_RUNS})`,
          value: median(sorts),
          unit: 'ms',
          target: TARGET.sortMs,
        },
        {
          metric: `timeline: tab → bars painted (med. of ${BROWSER_RUNS})`,
          value: median(timeline.map((t) => t.ms)),
          unit: 'ms',
          target: TARGET.timelineTabMs,
        },
        {
          metric: 'timeline: bars in the DOM (of 1000)',
          value: lastTimeline.bars,
          unit: 'bars',
          target: TARGET.renderedRowsMax,
        },
        { metric: 'timeline: dependency arrows in the DOM', value: lastTimeline.arrows, unit: 'arrows' },
        {
          metric: `edit by another user → painted (med. of ${edits.length})`,
          value: editMedian((e) => e.totalMs),
          unit: 'ms',
          target: TARGET.editToVisibleMs,
        },
        {
          metric: '  of which: PATCH sent → fetch of the change starts',
          value: editMedian((e) => e.toFetchMs),
          unit: 'ms',
        },
        { metric: '  of which: fetch of the change', value: editMedian((e) => e.fetchMs), unit: 'ms' },
        { metric: '  of which: response → painted', value: editMedian((e) => e.renderMs), unit: 'ms' },
        {
          metric: 'edit by another user: bytes fetched (item or document)',
          value: editMedian((e) => e.bytes) / 1024,
          unit: 'KB',
        },
        {
          metric: `edit by another user: document refetches (of ${edits.length} edits)`,
          value: edits.reduce((sum, e) => sum + e.documentFetches, 0),
          unit: '',
        },
      ],
    };
  });
}
