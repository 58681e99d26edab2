import type {
  FrameworkKind,
  FrameworkProvenanceStatus,
  ItemProvenance,
  KpiPolarity,
  KpiTier,
  MeasureKind,
} from './catalogue-kinds';

/**
 * When a basic measure is mandatory for a municipality: when its population is at least `minPopulation`, or when
 * `regionalCapitals` is set and it is a regional capital. A measure without a rule applies to every participant.
 */
export type ApplicabilityRule = { minPopulation: number | null; regionalCapitals: boolean };

export type FrameworkProvenance = {
  status: FrameworkProvenanceStatus;
  note: string | null;
  sources: string[];
};

/** The version-independent content of a framework: what a file carries and what two versions are compared on. */
export type FrameworkHeader = {
  code: string;
  edition: string;
  kind: FrameworkKind;
  titleRu: string | null;
  titleEn: string | null;
  descriptionRu: string | null;
  descriptionEn: string | null;
  provenance: FrameworkProvenance;
};

export type DirectionRecord = { code: string; titleRu: string | null; titleEn: string | null };

export type MeasureRecord = {
  code: string;
  officialNumber: string | null;
  directionCode: string;
  kind: MeasureKind;
  titleRu: string | null;
  titleEn: string | null;
  descriptionRu: string | null;
  descriptionEn: string | null;
  /** The year by which the measure is due (a deadline or a programme horizon). */
  deadlineYear: number | null;
  applicability: ApplicabilityRule | null;
  provenance: ItemProvenance;
  provenanceNote: string | null;
  sources: string[];
};

export type KpiRecord = {
  code: string;
  /** For U4SSC the direction is the KPI's dimension (Economy, Environment, Society and Culture). */
  directionCode: string;
  subDimension: string | null;
  category: string | null;
  titleRu: string | null;
  titleEn: string | null;
  descriptionRu: string | null;
  descriptionEn: string | null;
  unit: string | null;
  tier: KpiTier | null;
  better: KpiPolarity | null;
  provenance: ItemProvenance;
  provenanceNote: string | null;
  sources: string[];
};

/**
 * One framework version as plain data, in file order: the unit of import, export, copy and comparison. Order is
 * significant (it is the display order); ids, version numbers and statuses are not part of it.
 */
export type CatalogueDocument = {
  framework: FrameworkHeader;
  directions: DirectionRecord[];
  measures: MeasureRecord[];
  kpis: KpiRecord[];
};

export type CatalogueItemRecord = MeasureRecord | KpiRecord;

/** The items of a document, whichever its kind. */
export function catalogueItemsOf(document: CatalogueDocument): CatalogueItemRecord[] {
  return document.framework.kind === 'measures' ? document.measures : document.kpis;
}
