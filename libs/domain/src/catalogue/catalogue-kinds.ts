/**
 * Value sets of the standards catalogue.
 * Durable: every list below is stored in the database (CHECK constraints in the CreateCatalogue migration) and
 * written into exported files. Never rename a value; add a new one and migrate.
 */

/** `measures`: a Smart City standard (directions → measures). `kpis`: an indicator set (U4SSC, IQ index). */
export const FRAMEWORK_KINDS = ['measures', 'kpis'] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

/** A version is edited as a `draft`, frozen once `published`, and `retired` when superseded. */
export const FRAMEWORK_STATUSES = ['draft', 'published', 'retired'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

/** `basic` measures are mandatory where their applicability rule holds; `additional` ones are optional. */
export const MEASURE_KINDS = ['basic', 'additional'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** U4SSC tiers: `core` KPIs every city reports, `advanced` ones for mature cities. */
export const KPI_TIERS = ['core', 'advanced'] as const;
export type KpiTier = (typeof KPI_TIERS)[number];

/** Which way a KPI improves. Unknown (null) until a catalogue admin sets it. */
export const KPI_POLARITIES = ['higher', 'lower'] as const;
export type KpiPolarity = (typeof KPI_POLARITIES)[number];

/**
 * Where one measure or KPI comes from:
 * - `confirmed`: the wording or code is backed by the official text or a primary source;
 * - `unconfirmed`: taken from secondary sources only;
 * - `reconstructed`: our reconstruction, to be replaced by the official text.
 */
export const ITEM_PROVENANCES = ['confirmed', 'unconfirmed', 'reconstructed'] as const;
export type ItemProvenance = (typeof ITEM_PROVENANCES)[number];

/**
 * Where a whole version comes from: `official` (imported from the approved text), `partial` (official in part,
 * the rest from secondary sources) or `reconstruction` (assembled from indirect evidence).
 */
export const FRAMEWORK_PROVENANCES = ['official', 'partial', 'reconstruction'] as const;
export type FrameworkProvenanceStatus = (typeof FRAMEWORK_PROVENANCES)[number];

/** The sections of an import or export file: sheets of an XLSX, record types of a CSV, keys of a JSON file. */
export const CATALOGUE_SECTIONS = ['framework', 'directions', 'measures', 'kpis'] as const;
export type CatalogueSection = (typeof CATALOGUE_SECTIONS)[number];

export const CATALOGUE_FILE_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type CatalogueFileFormat = (typeof CATALOGUE_FILE_FORMATS)[number];

/**
 * An import's life: `queued` → `running` → `invalid` (row errors, nothing written) | `ready` (validated, preview
 * available) → `applied` (a draft version was written). `failed`: the file could not be processed at all.
 */
export const CATALOGUE_IMPORT_STATUSES = [
  'queued',
  'running',
  'invalid',
  'ready',
  'applied',
  'failed',
] as const;
export type CatalogueImportStatus = (typeof CATALOGUE_IMPORT_STATUSES)[number];

/** Limits shared by import validation, the draft-editing DTOs and the database constraints. */
export const CATALOGUE_LIMITS = {
  codeMaxLength: 60,
  editionMaxLength: 60,
  frameworkTitleMaxLength: 500,
  titleMaxLength: 1000,
  descriptionMaxLength: 10_000,
  shortTextMaxLength: 200,
  noteMaxLength: 2000,
  sourceMaxLength: 500,
  sourcesMaxCount: 50,
  minYear: 2000,
  maxYear: 2100,
  maxPopulation: 100_000_000,
  /** Rows per section of one import file. */
  maxRows: 20_000,
} as const;

/** Codes of frameworks, directions, measures and KPIs: a letter or digit, then letters, digits, `.`, `_`, `-`, `:` or spaces. */
export const CATALOGUE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._: -]{0,59}$/;
