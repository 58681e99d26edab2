import { Injectable } from '@nestjs/common';
import {
  type ApplicationPrefillResponse,
  type FrameworkTreeResponse,
  type RoadmapDocumentResponse,
} from '@smartcity/contracts';
import {
  evaluate,
  formatFinding,
  kopecksToMoneyText,
  moneyTextToKopecks,
  type ComplianceReport,
  type EligibilityComplianceError,
  type FinancingSource,
} from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { ComplianceClock } from '../compliance/compliance-clock';
import { ComplianceInputsLoader } from '../compliance/compliance-inputs.loader';
import type { Roadmap } from '../roadmaps/roadmap.entity';

/** A roadmap as an application sees it: the document the API serves, its framework tree and its compliance report. */
export type LoadedApplicationRoadmap = {
  document: RoadmapDocumentResponse;
  tree: FrameworkTreeResponse;
  report: ComplianceReport;
};

/**
 * Loads a roadmap and evaluates it for the eligibility check and the submitted snapshot — through the compliance
 * module's loader (the same document, framework tree and shared input mapping as the stored reports, the worker and
 * the web app) and its clock, so the frozen report is the report everyone else computes for that revision.
 * Callers check access first.
 */
@Injectable()
export class ApplicationRoadmapLoader {
  constructor(
    private readonly inputs: ComplianceInputsLoader,
    private readonly clock: ComplianceClock,
  ) {}

  async load(manager: EntityManager, roadmap: Roadmap): Promise<LoadedApplicationRoadmap> {
    const [loaded] = await this.inputs.load(manager, [roadmap.id]);
    if (!loaded) throw new Error(`Roadmap ${roadmap.id} vanished while it was being loaded`);
    const { input } = loaded;
    const report = evaluate(input.roadmap, input.framework, input.municipality, this.clock.today());
    return { document: loaded.document, tree: loaded.frameworkTree, report };
  }
}

/** The report's errors as the eligibility rules take them, each with a readable English line. */
export function complianceErrors(report: ComplianceReport): EligibilityComplianceError[] {
  return report.findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({
      rule: f.rule,
      itemIds: f.refs.itemIds,
      measureIds: f.refs.measureIds,
      message: formatFinding(f, 'en'),
    }));
}

/** What the application states about the roadmap: covered measures, budget totals, schedule and KPI targets. */
export function buildPrefill(
  document: RoadmapDocumentResponse,
  tree: FrameworkTreeResponse,
): ApplicationPrefillResponse {
  const measures = new Map(tree.directions.flatMap((d) => d.measures.map((m) => [m.id, m] as const)));
  const covered = new Map<string, string[]>();
  let total = 0n;
  const bySource = new Map<FinancingSource, bigint>();
  const byYear = new Map<number, bigint>();
  let start: string | null = null;
  let end: string | null = null;
  for (const item of document.items) {
    if (item.status === 'cancelled') continue;
    if (item.kind === 'standard' && item.measureId) {
      covered.set(item.measureId, [...(covered.get(item.measureId) ?? []), item.id]);
    }
    for (const line of item.budgetLines) {
      const kopecks = BigInt(moneyTextToKopecks(line.planned));
      total += kopecks;
      bySource.set(line.source, (bySource.get(line.source) ?? 0n) + kopecks);
      byYear.set(line.year, (byYear.get(line.year) ?? 0n) + kopecks);
    }
    if (item.startMonth && (start === null || item.startMonth < start)) start = item.startMonth;
    if (item.endMonth && (end === null || item.endMonth > end)) end = item.endMonth;
  }
  const active = document.items.filter((i) => i.status !== 'cancelled');
  return {
    measuresCovered: [...covered.entries()]
      .map(([measureId, itemIds]) => {
        const measure = measures.get(measureId);
        return { measureId, code: measure?.code ?? '?', titleRu: measure?.titleRu ?? null, itemIds };
      })
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })),
    itemCount: active.length,
    ownMeasureCount: active.filter((i) => i.kind === 'own').length,
    budgetTotal: { planned: kopecksToMoneyText(total) },
    budgetBySource: [...bySource.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([source, kopecks]) => ({ source, planned: kopecksToMoneyText(kopecks) })),
    budgetByYear: [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, kopecks]) => ({ year, planned: kopecksToMoneyText(kopecks) })),
    scheduleStart: start,
    scheduleEnd: end,
    kpiTargets: active.flatMap((item) =>
      item.kpiTargets.map((t) => ({
        itemId: item.id,
        kpiDefinitionId: t.kpiDefinitionId,
        baseline: t.baseline,
        target: t.target,
        year: t.year,
      })),
    ),
  };
}
