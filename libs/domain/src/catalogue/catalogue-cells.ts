import { CATALOGUE_COLUMNS } from './catalogue-columns';
import type {
  CatalogueDocument,
  DirectionRecord,
  FrameworkHeader,
  KpiRecord,
  MeasureRecord,
} from './catalogue-document';
import type { CatalogueSection } from './catalogue-kinds';

/** A typed cell as exports write it: JSON keeps the types; CSV and XLSX render them with `catalogueCellText`. */
export type CatalogueCell = string | number | boolean | null | string[];
export type CatalogueCellRow = Record<string, CatalogueCell>;

export function frameworkCells(f: FrameworkHeader): CatalogueCellRow {
  return {
    code: f.code,
    edition: f.edition,
    kind: f.kind,
    title_ru: f.titleRu,
    title_en: f.titleEn,
    description_ru: f.descriptionRu,
    description_en: f.descriptionEn,
    provenance: f.provenance.status,
    provenance_note: f.provenance.note,
    sources: [...f.provenance.sources],
  };
}

export function directionCells(d: DirectionRecord): CatalogueCellRow {
  return { code: d.code, title_ru: d.titleRu, title_en: d.titleEn };
}

export function measureCells(m: MeasureRecord): CatalogueCellRow {
  return {
    code: m.code,
    official_number: m.officialNumber,
    direction: m.directionCode,
    kind: m.kind,
    title_ru: m.titleRu,
    title_en: m.titleEn,
    description_ru: m.descriptionRu,
    description_en: m.descriptionEn,
    deadline_year: m.deadlineYear,
    applies_min_population: m.applicability?.minPopulation ?? null,
    applies_regional_capital: m.applicability ? m.applicability.regionalCapitals : null,
    provenance: m.provenance,
    provenance_note: m.provenanceNote,
    sources: [...m.sources],
  };
}

export function kpiCells(k: KpiRecord): CatalogueCellRow {
  return {
    code: k.code,
    direction: k.directionCode,
    sub_dimension: k.subDimension,
    category: k.category,
    title_ru: k.titleRu,
    title_en: k.titleEn,
    description_ru: k.descriptionRu,
    description_en: k.descriptionEn,
    unit: k.unit,
    tier: k.tier,
    better: k.better,
    provenance: k.provenance,
    provenance_note: k.provenanceNote,
    sources: [...k.sources],
  };
}

/** Text form of a cell for CSV, XLSX and change lists: booleans as yes/no, lists one per line, null as empty. */
export function catalogueCellText(value: CatalogueCell): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join('\n');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export type CatalogueDocumentSections = {
  framework: CatalogueCellRow;
  directions: CatalogueCellRow[];
  /** `measures` or `kpis`, by the framework's kind. */
  itemSection: 'measures' | 'kpis';
  items: CatalogueCellRow[];
};

/** A document as typed rows per section, in the column order of CATALOGUE_COLUMNS. */
export function catalogueDocumentSections(document: CatalogueDocument): CatalogueDocumentSections {
  const order = (section: CatalogueSection, row: CatalogueCellRow): CatalogueCellRow =>
    Object.fromEntries(CATALOGUE_COLUMNS[section].map((c) => [c, row[c] ?? null]));
  const isMeasures = document.framework.kind === 'measures';
  return {
    framework: order('framework', frameworkCells(document.framework)),
    directions: document.directions.map((d) => order('directions', directionCells(d))),
    itemSection: isMeasures ? 'measures' : 'kpis',
    items: isMeasures
      ? document.measures.map((m) => order('measures', measureCells(m)))
      : document.kpis.map((k) => order('kpis', kpiCells(k))),
  };
}
