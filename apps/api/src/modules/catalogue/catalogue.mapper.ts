import type {
  CatalogueDiffResponse,
  CatalogueImportResponse,
  DirectionNodeResponse,
  DirectionResponse,
  FrameworkRefResponse,
  FrameworkResponse,
  FrameworkTreeResponse,
  KpiResponse,
  MeasureResponse,
} from '@smartcity/contracts';
import type { CatalogueDiff } from '@smartcity/domain';

import type { CatalogueImport } from './catalogue-import.entity';
import type { VersionContent } from './catalogue-content';
import type { Direction } from './direction.entity';
import type { Framework } from './framework.entity';
import type { KpiDefinition } from './kpi-definition.entity';
import type { Measure } from './measure.entity';

export type FrameworkCounts = { directions: number; measures: number; kpis: number };

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toFrameworkResponse(framework: Framework, counts: FrameworkCounts): FrameworkResponse {
  return {
    id: framework.id,
    code: framework.code,
    version: framework.version,
    edition: framework.edition,
    kind: framework.kind,
    status: framework.status,
    titleRu: framework.titleRu,
    titleEn: framework.titleEn,
    descriptionRu: framework.descriptionRu,
    descriptionEn: framework.descriptionEn,
    provenance: {
      status: framework.provenance.status,
      note: framework.provenance.note ?? null,
      sources: framework.provenance.sources ?? [],
    },
    basedOnId: framework.basedOnId,
    revision: framework.revision,
    counts,
    createdAt: framework.createdAt.toISOString(),
    updatedAt: framework.updatedAt.toISOString(),
    publishedAt: iso(framework.publishedAt),
    retiredAt: iso(framework.retiredAt),
  };
}

export function toFrameworkRef(framework: Framework): FrameworkRefResponse {
  return {
    id: framework.id,
    code: framework.code,
    version: framework.version,
    edition: framework.edition,
    status: framework.status,
  };
}

export function toDirectionResponse(direction: Direction): DirectionResponse {
  return {
    id: direction.id,
    code: direction.code,
    titleRu: direction.titleRu,
    titleEn: direction.titleEn,
    position: direction.position,
  };
}

export function toMeasureResponse(measure: Measure, directionCode: string): MeasureResponse {
  return {
    id: measure.id,
    frameworkId: measure.frameworkId,
    directionId: measure.directionId,
    directionCode,
    code: measure.code,
    officialNumber: measure.officialNumber,
    kind: measure.kind,
    titleRu: measure.titleRu,
    titleEn: measure.titleEn,
    descriptionRu: measure.descriptionRu,
    descriptionEn: measure.descriptionEn,
    deadlineYear: measure.deadlineYear,
    applicability: measure.applicability
      ? {
          minPopulation: measure.applicability.minPopulation,
          regionalCapitals: measure.applicability.regionalCapitals,
        }
      : null,
    provenance: measure.provenance,
    provenanceNote: measure.provenanceNote,
    sources: measure.sources,
    position: measure.position,
  };
}

export function toKpiResponse(kpi: KpiDefinition, directionCode: string): KpiResponse {
  return {
    id: kpi.id,
    frameworkId: kpi.frameworkId,
    directionId: kpi.directionId,
    directionCode,
    code: kpi.code,
    subDimension: kpi.subDimension,
    category: kpi.category,
    titleRu: kpi.titleRu,
    titleEn: kpi.titleEn,
    descriptionRu: kpi.descriptionRu,
    descriptionEn: kpi.descriptionEn,
    unit: kpi.unit,
    tier: kpi.tier,
    better: kpi.better,
    provenance: kpi.provenance,
    provenanceNote: kpi.provenanceNote,
    sources: kpi.sources,
    position: kpi.position,
  };
}

export function countsOf(content: VersionContent): FrameworkCounts {
  return {
    directions: content.directions.length,
    measures: content.measures.length,
    kpis: content.kpis.length,
  };
}

export function toTreeResponse(framework: Framework, content: VersionContent): FrameworkTreeResponse {
  const nodes = new Map<string, DirectionNodeResponse>(
    content.directions.map((d) => [d.id, { ...toDirectionResponse(d), measures: [], kpis: [] }]),
  );
  for (const m of content.measures) {
    const node = nodes.get(m.directionId)!;
    node.measures.push(toMeasureResponse(m, node.code));
  }
  for (const k of content.kpis) {
    const node = nodes.get(k.directionId)!;
    node.kpis.push(toKpiResponse(k, node.code));
  }
  return { framework: toFrameworkResponse(framework, countsOf(content)), directions: [...nodes.values()] };
}

export function toDiffResponse(
  diff: CatalogueDiff,
  from: Framework | null,
  to: Framework | null,
): CatalogueDiffResponse {
  return {
    from: from ? toFrameworkRef(from) : null,
    to: to ? toFrameworkRef(to) : null,
    kind: diff.kind,
    framework: diff.framework,
    directions: diff.directions,
    items: diff.items,
    summary: diff.summary,
  };
}

/** Errors shown per import: enough to fix a file, bounded so a broken 20 000-row file stays readable. */
export const MAX_REPORTED_IMPORT_ERRORS = 1000;

export function toImportResponse(
  row: CatalogueImport,
  context: { base: Framework | null; existingDraftId: string | null; brief?: boolean },
): CatalogueImportResponse {
  const percent = row.total > 0 ? Math.floor((row.processed / row.total) * 100) : 0;
  const done = ['invalid', 'ready', 'applied'].includes(row.status);
  return {
    id: row.id,
    fileName: row.fileName,
    format: row.format,
    size: row.size,
    status: row.status,
    progress: { processed: row.processed, total: row.total, percent: done ? 100 : Math.min(percent, 99) },
    errors: context.brief ? [] : row.errors,
    errorCount: row.errorCount,
    invalidRows: row.invalidRows,
    summary: row.summary,
    preview: row.preview && !context.brief ? toDiffResponse(row.preview, context.base, null) : null,
    baseFrameworkId: row.baseFrameworkId,
    existingDraftId: context.existingDraftId,
    appliedFrameworkId: row.appliedFrameworkId,
    failureMessage: row.failureMessage,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: iso(row.finishedAt),
  };
}
