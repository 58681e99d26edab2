import type {
  CatalogueDocument,
  DirectionRecord,
  FrameworkHeader,
  KpiRecord,
  MeasureRecord,
} from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { Direction } from './direction.entity';
import type { Framework } from './framework.entity';
import { KpiDefinition } from './kpi-definition.entity';
import { Measure } from './measure.entity';

/**
 * Reading and writing a version's content as a CatalogueDocument. Plain functions over a transaction's manager,
 * shared by the repository (which checks the caller's scope first) and the seed (which runs without one).
 */

const BATCH = 500;

async function insertInBatches<T extends object>(
  manager: EntityManager,
  target: new () => T,
  rows: Partial<T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await manager.getRepository(target).insert(rows.slice(i, i + BATCH) as never);
  }
}

export function headerOf(framework: Framework): FrameworkHeader {
  return {
    code: framework.code,
    edition: framework.edition,
    kind: framework.kind,
    titleRu: framework.titleRu,
    titleEn: framework.titleEn,
    descriptionRu: framework.descriptionRu,
    descriptionEn: framework.descriptionEn,
    provenance: {
      status: framework.provenance.status,
      note: framework.provenance.note ?? null,
      sources: framework.provenance.sources ?? [],
    },
  };
}

export function headerColumns(header: FrameworkHeader): Partial<Framework> {
  return {
    edition: header.edition,
    titleRu: header.titleRu,
    titleEn: header.titleEn,
    descriptionRu: header.descriptionRu,
    descriptionEn: header.descriptionEn,
    provenance: {
      status: header.provenance.status,
      note: header.provenance.note,
      sources: header.provenance.sources,
    },
  };
}

export function directionRecord(d: Direction): DirectionRecord {
  return { code: d.code, titleRu: d.titleRu, titleEn: d.titleEn };
}

export function measureRecord(m: Measure, directionCode: string): MeasureRecord {
  return {
    code: m.code,
    officialNumber: m.officialNumber,
    directionCode,
    kind: m.kind,
    titleRu: m.titleRu,
    titleEn: m.titleEn,
    descriptionRu: m.descriptionRu,
    descriptionEn: m.descriptionEn,
    deadlineYear: m.deadlineYear,
    applicability: m.applicability
      ? { minPopulation: m.applicability.minPopulation, regionalCapitals: m.applicability.regionalCapitals }
      : null,
    provenance: m.provenance,
    provenanceNote: m.provenanceNote,
    sources: m.sources,
  };
}

export function kpiRecord(k: KpiDefinition, directionCode: string): KpiRecord {
  return {
    code: k.code,
    directionCode,
    subDimension: k.subDimension,
    category: k.category,
    titleRu: k.titleRu,
    titleEn: k.titleEn,
    descriptionRu: k.descriptionRu,
    descriptionEn: k.descriptionEn,
    unit: k.unit,
    tier: k.tier,
    better: k.better,
    provenance: k.provenance,
    provenanceNote: k.provenanceNote,
    sources: k.sources,
  };
}

export function measureColumns(record: MeasureRecord): Partial<Measure> {
  return {
    code: record.code,
    officialNumber: record.officialNumber,
    kind: record.kind,
    titleRu: record.titleRu,
    titleEn: record.titleEn,
    descriptionRu: record.descriptionRu,
    descriptionEn: record.descriptionEn,
    deadlineYear: record.deadlineYear,
    applicability: record.applicability,
    provenance: record.provenance,
    provenanceNote: record.provenanceNote,
    sources: record.sources,
  };
}

export function kpiColumns(record: KpiRecord): Partial<KpiDefinition> {
  return {
    code: record.code,
    subDimension: record.subDimension,
    category: record.category,
    titleRu: record.titleRu,
    titleEn: record.titleEn,
    descriptionRu: record.descriptionRu,
    descriptionEn: record.descriptionEn,
    unit: record.unit,
    tier: record.tier,
    better: record.better,
    provenance: record.provenance,
    provenanceNote: record.provenanceNote,
    sources: record.sources,
  };
}

export type VersionContent = { directions: Direction[]; measures: Measure[]; kpis: KpiDefinition[] };

/** A version's rows in display order. */
export async function loadContent(manager: EntityManager, frameworkId: string): Promise<VersionContent> {
  const order = { position: 'ASC' as const, code: 'ASC' as const };
  const [directions, measures, kpis] = [
    await manager.getRepository(Direction).find({ where: { frameworkId }, order }),
    await manager.getRepository(Measure).find({ where: { frameworkId }, order }),
    await manager.getRepository(KpiDefinition).find({ where: { frameworkId }, order }),
  ];
  return { directions, measures, kpis };
}

export function documentOf(framework: Framework, content: VersionContent): CatalogueDocument {
  const codes = new Map(content.directions.map((d) => [d.id, d.code]));
  return {
    framework: headerOf(framework),
    directions: content.directions.map(directionRecord),
    measures: content.measures.map((m) => measureRecord(m, codes.get(m.directionId)!)),
    kpis: content.kpis.map((k) => kpiRecord(k, codes.get(k.directionId)!)),
  };
}

/** Writes a document's directions and items into an empty draft version, positions in document order. */
export async function insertContent(
  manager: EntityManager,
  framework: Pick<Framework, 'id' | 'kind'>,
  document: CatalogueDocument,
): Promise<void> {
  const ids = new Map<string, string>();
  for (let i = 0; i < document.directions.length; i += BATCH) {
    const batch = document.directions.slice(i, i + BATCH);
    const result = await manager.getRepository(Direction).insert(
      batch.map((d, j) => ({
        frameworkId: framework.id,
        code: d.code,
        titleRu: d.titleRu,
        titleEn: d.titleEn,
        position: i + j + 1,
      })),
    );
    batch.forEach((d, j) => ids.set(d.code, (result.identifiers[j] as { id: string }).id));
  }
  if (framework.kind === 'measures') {
    await insertInBatches(
      manager,
      Measure,
      document.measures.map((m, i) => ({
        ...measureColumns(m),
        frameworkId: framework.id,
        directionId: ids.get(m.directionCode)!,
        position: i + 1,
      })),
    );
  } else {
    await insertInBatches(
      manager,
      KpiDefinition,
      document.kpis.map((k, i) => ({
        ...kpiColumns(k),
        frameworkId: framework.id,
        directionId: ids.get(k.directionCode)!,
        position: i + 1,
      })),
    );
  }
}

/** Empties a draft version (the freeze triggers refuse this for any other status). */
export async function deleteContent(manager: EntityManager, frameworkId: string): Promise<void> {
  await manager.getRepository(Measure).delete({ frameworkId });
  await manager.getRepository(KpiDefinition).delete({ frameworkId });
  await manager.getRepository(Direction).delete({ frameworkId });
}
