import type { CreateKpiDto, CreateMeasureDto, KpiResponse, MeasureResponse } from '@smartcity/contracts';
import type { ItemProvenance, KpiPolarity, KpiTier, MeasureKind } from '@smartcity/domain';

// Form values are strings (what inputs hold); these functions turn an item into values and values into the
// request body. Emptiness and formats are checked by the API, which answers per field; only numbers are checked
// here, because a number input that holds text would otherwise be sent as nothing.

export type MeasureFormValues = {
  code: string;
  directionCode: string;
  kind: string;
  officialNumber: string;
  titleRu: string;
  titleEn: string;
  descriptionRu: string;
  descriptionEn: string;
  deadlineYear: string;
  minPopulation: string;
  regionalCapitals: boolean;
  provenance: string;
  provenanceNote: string;
  sources: string;
};

export type KpiFormValues = {
  code: string;
  directionCode: string;
  subDimension: string;
  category: string;
  titleRu: string;
  titleEn: string;
  descriptionRu: string;
  descriptionEn: string;
  unit: string;
  tier: string;
  better: string;
  provenance: string;
  provenanceNote: string;
  sources: string;
};

export type DirectionFormValues = { code: string; titleRu: string; titleEn: string };

export type FrameworkFormValues = { edition: string; titleRu: string; titleEn: string };

const text = (value: string | null | undefined) => value ?? '';
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const sourcesOf = (value: string) =>
  value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function measureFormValues(measure: MeasureResponse | null, directionCode: string): MeasureFormValues {
  return {
    code: text(measure?.code),
    directionCode: measure?.directionCode ?? directionCode,
    kind: measure?.kind ?? 'basic',
    officialNumber: text(measure?.officialNumber),
    titleRu: text(measure?.titleRu),
    titleEn: text(measure?.titleEn),
    descriptionRu: text(measure?.descriptionRu),
    descriptionEn: text(measure?.descriptionEn),
    deadlineYear: measure?.deadlineYear == null ? '' : String(measure.deadlineYear),
    minPopulation:
      measure?.applicability?.minPopulation == null ? '' : String(measure.applicability.minPopulation),
    regionalCapitals: measure?.applicability?.regionalCapitals ?? false,
    provenance: measure?.provenance ?? 'confirmed',
    provenanceNote: text(measure?.provenanceNote),
    sources: (measure?.sources ?? []).join('\n'),
  };
}

export function kpiFormValues(kpi: KpiResponse | null, directionCode: string): KpiFormValues {
  return {
    code: text(kpi?.code),
    directionCode: kpi?.directionCode ?? directionCode,
    subDimension: text(kpi?.subDimension),
    category: text(kpi?.category),
    titleRu: text(kpi?.titleRu),
    titleEn: text(kpi?.titleEn),
    descriptionRu: text(kpi?.descriptionRu),
    descriptionEn: text(kpi?.descriptionEn),
    unit: text(kpi?.unit),
    tier: kpi?.tier ?? '',
    better: kpi?.better ?? '',
    provenance: kpi?.provenance ?? 'confirmed',
    provenanceNote: text(kpi?.provenanceNote),
    sources: (kpi?.sources ?? []).join('\n'),
  };
}

/** A whole number from an input, null when empty; `undefined` when it is not a whole number. */
export function parseWholeNumber(value: string): number | null | undefined {
  const compact = value.replace(/[\s\u00a0]/g, '');
  if (compact === '') return null;
  return /^-?\d+$/.test(compact) ? Number(compact) : undefined;
}

/** The fields whose text is not a whole number (the form shows `not-integer` at them). */
export function invalidNumberFields(values: MeasureFormValues): ('deadlineYear' | 'minPopulation')[] {
  return (['deadlineYear', 'minPopulation'] as const).filter(
    (f) => parseWholeNumber(values[f]) === undefined,
  );
}

/** The request body for a new measure or a change (PATCH takes the same fields). Numbers must be valid. */
export function measureDto(values: MeasureFormValues): CreateMeasureDto {
  const minPopulation = parseWholeNumber(values.minPopulation) ?? null;
  return {
    code: values.code.trim(),
    directionCode: values.directionCode,
    kind: values.kind as MeasureKind,
    officialNumber: orNull(values.officialNumber),
    titleRu: orNull(values.titleRu),
    titleEn: orNull(values.titleEn),
    descriptionRu: orNull(values.descriptionRu),
    descriptionEn: orNull(values.descriptionEn),
    deadlineYear: parseWholeNumber(values.deadlineYear) ?? null,
    // No bound and not for regional capitals = mandatory for every participant (no rule at all).
    applicability:
      minPopulation === null && !values.regionalCapitals
        ? null
        : { minPopulation, regionalCapitals: values.regionalCapitals },
    provenance: values.provenance as ItemProvenance,
    provenanceNote: orNull(values.provenanceNote),
    sources: sourcesOf(values.sources),
  };
}

export function kpiDto(values: KpiFormValues): CreateKpiDto {
  return {
    code: values.code.trim(),
    directionCode: values.directionCode,
    subDimension: orNull(values.subDimension),
    category: orNull(values.category),
    titleRu: orNull(values.titleRu),
    titleEn: orNull(values.titleEn),
    descriptionRu: orNull(values.descriptionRu),
    descriptionEn: orNull(values.descriptionEn),
    unit: orNull(values.unit),
    tier: (orNull(values.tier) as KpiTier | null) ?? null,
    better: (orNull(values.better) as KpiPolarity | null) ?? null,
    provenance: values.provenance as ItemProvenance,
    provenanceNote: orNull(values.provenanceNote),
    sources: sourcesOf(values.sources),
  };
}
