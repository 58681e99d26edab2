/*
 * Benchmark of the live compliance panel's findings list in React (issue #5: the panel must stay cheap on a
 * 1 000-item roadmap). `live-compliance.bench.ts` times what an edit costs to compute; this one times what it costs
 * React to bring the list up to date: the reports of a series of edits (computed beforehand, so only rendering is
 * timed) are rendered one after the other into jsdom with the production build of React, first with the groups as
 * the panel opens them, then with every group expanded ("show all"). It also counts the list's DOM elements.
 *
 *   npm run bench -- live-compliance-render
 */
import { complianceInputFromRoadmapDocument } from '@smartcity/contracts';
import type { ComplianceReport } from '@smartcity/domain';
import { evaluate } from '@smartcity/domain';

import { buildDocument, buildTree } from './live-compliance.bench';

type BenchReport = {
  name: string;
  rows: { metric: string; value: number; unit: string; target?: number; higherIsBetter?: boolean }[];
};

/** One frame at 60 Hz. */
const FRAME_MS = 16;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The reports of `count` successive edits: one item's responsible person toggles each time, as in the journey. */
function editReports(size: number, count: number): ComplianceReport[] {
  const tree = buildTree();
  const base = buildDocument(size, tree);
  const municipality = { population: 330_000, isRegionalCapital: true };
  return Array.from({ length: count }, (_, i) => {
    const items = [...base.items];
    const index = (i * 37) % items.length;
    items[index] = { ...items[index], responsiblePerson: i % 2 ? null : 'Петров П. П.' };
    const input = complianceInputFromRoadmapDocument({ ...base, items }, tree, municipality);
    return evaluate(input.roadmap, input.framework, input.municipality, '2021-06-15');
  });
}

/** A browser-like global environment (jsdom) for react-dom, installed before React is loaded. */
async function installDom(): Promise<{ container: HTMLElement }> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
    url: 'http://localhost/organizations/o/roadmaps/r',
    pretendToBeVisual: true,
  });
  const globals = globalThis as unknown as Record<string, unknown>;
  for (const key of [
    'window',
    'document',
    'localStorage',
    'sessionStorage',
    'HTMLElement',
    'Node',
    'Event',
  ]) {
    Object.defineProperty(globalThis, key, {
      value: (dom.window as unknown as Record<string, unknown>)[key],
      configurable: true,
      writable: true,
    });
  }
  globals.navigator ??= dom.window.navigator;
  return { container: dom.window.document.getElementById('root') as HTMLElement };
}

type RenderResult = { medianMs: number; p95Ms: number; listItems: number; elements: number };

async function measureRender(size: number, runs: number, warmupRuns: number): Promise<RenderResult[]> {
  const reports = editReports(size, warmupRuns + runs);
  process.env.NODE_ENV = 'production';
  const { container } = await installDom();
  const React = await import('react');
  const { flushSync } = await import('react-dom');
  const { createRoot } = await import('react-dom/client');
  const { MemoryRouter } = await import('react-router-dom');
  const { I18nProvider } = await import('../src/i18n/i18n-provider');
  const { FindingList } = await import('../src/features/compliance/components/finding-list');
  // As the route builds them: a new object on every render of the workspace.
  const links = () => ({
    item: (id: string) => `/organizations/o/roadmaps/r/items/${id}`,
    measure: (id: string) => `/organizations/o/roadmaps/r?tab=coverage&measure=${id}`,
  });
  const view = (report: ComplianceReport) =>
    React.createElement(
      I18nProvider,
      null,
      React.createElement(
        MemoryRouter,
        null,
        React.createElement(FindingList, { findings: report.findings, links: links() }),
      ),
    );
  // A fresh root per mode, so the "show all" state of one mode does not leak into the other.
  const measureMode = (expand: boolean): RenderResult => {
    const root = createRoot(container);
    flushSync(() => root.render(view(reports[0])));
    if (expand) {
      for (const button of Array.from(container.querySelectorAll('button'))) flushSync(() => button.click());
    }
    const timings: number[] = [];
    for (let i = 1; i < reports.length; i++) {
      const t0 = performance.now();
      flushSync(() => root.render(view(reports[i])));
      const t1 = performance.now();
      if (i > warmupRuns) timings.push(t1 - t0);
    }
    timings.sort((a, b) => a - b);
    const result = {
      medianMs: percentile(timings, 50),
      p95Ms: percentile(timings, 95),
      listItems: container.querySelectorAll('li').length,
      elements: container.querySelectorAll('*').length,
    };
    flushSync(() => root.unmount());
    return result;
  };
  return [measureMode(false), measureMode(true)];
}

export async function run(): Promise<BenchReport[]> {
  const [collapsed, expanded] = await measureRender(1_000, 150, 30);
  const modes: [string, RenderResult][] = [
    ['as opened (long groups capped)', collapsed],
    ['every group expanded ("show all")', expanded],
  ];
  return modes.map(([mode, r]) => {
    return {
      name: `web live compliance panel: React update of the findings list after one edit of a 1000-item roadmap, ${mode}`,
      rows: [
        { metric: 'render + commit, median', value: r.medianMs, unit: 'ms', target: FRAME_MS },
        { metric: 'render + commit, p95', value: r.p95Ms, unit: 'ms' },
        { metric: 'findings in the DOM', value: r.listItems, unit: 'rows' },
        { metric: 'DOM elements of the list', value: r.elements, unit: 'elements' },
      ],
    };
  });
}
