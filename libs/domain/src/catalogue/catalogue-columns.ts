import type { CatalogueSection, FrameworkKind } from './catalogue-kinds';

/**
 * Column names of each section, in file order. The same names are XLSX headers, CSV headers and JSON keys, and
 * exports write exactly these, so an exported file imports back unchanged.
 * Durable: published templates and users' spreadsheets depend on these names.
 */
export const CATALOGUE_COLUMNS = {
  framework: [
    'code',
    'edition',
    'kind',
    'title_ru',
    'title_en',
    'description_ru',
    'description_en',
    'provenance',
    'provenance_note',
    'sources',
  ],
  directions: ['code', 'title_ru', 'title_en'],
  measures: [
    'code',
    'official_number',
    'direction',
    'kind',
    'title_ru',
    'title_en',
    'description_ru',
    'description_en',
    'deadline_year',
    'applies_min_population',
    'applies_regional_capital',
    'provenance',
    'provenance_note',
    'sources',
  ],
  kpis: [
    'code',
    'direction',
    'sub_dimension',
    'category',
    'title_ru',
    'title_en',
    'description_ru',
    'description_en',
    'unit',
    'tier',
    'better',
    'provenance',
    'provenance_note',
    'sources',
  ],
} as const satisfies Record<CatalogueSection, readonly string[]>;

export type CatalogueColumn<S extends CatalogueSection> = (typeof CATALOGUE_COLUMNS)[S][number];

/** The CSV `record` column names the section of each row. */
export const CATALOGUE_CSV_RECORD_COLUMN = 'record';
export const CATALOGUE_CSV_RECORD_TYPES = {
  framework: 'framework',
  direction: 'directions',
  measure: 'measures',
  kpi: 'kpis',
} as const satisfies Record<string, CatalogueSection>;

export const CATALOGUE_SECTION_RECORD_TYPE: Record<
  CatalogueSection,
  keyof typeof CATALOGUE_CSV_RECORD_TYPES
> = {
  framework: 'framework',
  directions: 'direction',
  measures: 'measure',
  kpis: 'kpi',
};

/** The item section of a framework kind. */
export function catalogueItemSection(kind: FrameworkKind): 'measures' | 'kpis' {
  return kind === 'measures' ? 'measures' : 'kpis';
}

/** CSV header of a framework kind: `record`, then the union of the three sections' columns in first-seen order. */
export function catalogueCsvColumns(kind: FrameworkKind): string[] {
  const columns: string[] = [CATALOGUE_CSV_RECORD_COLUMN];
  for (const section of ['framework', 'directions', catalogueItemSection(kind)] as const) {
    for (const column of CATALOGUE_COLUMNS[section]) if (!columns.includes(column)) columns.push(column);
  }
  return columns;
}

/** Every column any CSV may carry (both kinds), for header checks. */
export const ALL_CATALOGUE_CSV_COLUMNS: readonly string[] = [
  ...new Set([...catalogueCsvColumns('measures'), ...catalogueCsvColumns('kpis')]),
];
