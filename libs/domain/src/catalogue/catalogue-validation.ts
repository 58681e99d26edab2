import type { CatalogueRowError, CatalogueTables, CatalogueRawRow } from './catalogue-files';
import type {
  ApplicabilityRule,
  CatalogueDocument,
  DirectionRecord,
  FrameworkHeader,
  KpiRecord,
  MeasureRecord,
} from './catalogue-document';
import {
  CATALOGUE_CODE_PATTERN,
  CATALOGUE_LIMITS as L,
  FRAMEWORK_KINDS,
  FRAMEWORK_PROVENANCES,
  ITEM_PROVENANCES,
  KPI_POLARITIES,
  KPI_TIERS,
  MEASURE_KINDS,
  type CatalogueSection,
  type FrameworkKind,
} from './catalogue-kinds';
import { catalogueProblem, type CatalogueProblem } from './catalogue-problems';

export type CatalogueValidationResult =
  | { ok: true; document: CatalogueDocument; rows: number }
  | { ok: false; errors: CatalogueRowError[]; rows: number };

export type CatalogueValidationProgress = { processed: number; total: number };

/** Accepted spellings (case-insensitive) besides the canonical value, so official Russian tables import as-is. */
const SYNONYMS: Record<string, string> = {
  базовое: 'basic',
  базовая: 'basic',
  базовый: 'basic',
  базовые: 'basic',
  обязательное: 'basic',
  дополнительное: 'additional',
  дополнительная: 'additional',
  дополнительный: 'additional',
  дополнительные: 'additional',
  мероприятия: 'measures',
  показатели: 'kpis',
};

const YES = new Set(['yes', 'true', 'да', '1', 'y']);
const NO = new Set(['no', 'false', 'нет', '0', 'n']);

/** Reads one row's cells, collecting every problem instead of stopping at the first. */
class RowReader {
  readonly errors: CatalogueRowError[] = [];

  constructor(
    private readonly section: CatalogueSection,
    private readonly raw: CatalogueRawRow,
  ) {}

  fail(column: string | null, problem: CatalogueProblem): null {
    this.errors.push({ section: this.section, row: this.raw.row, column, ...problem });
    return null;
  }

  text(column: string, max: number): string | null {
    const value = this.raw.cells[column];
    if (value === null || value === undefined) return null;
    let text: string;
    if (typeof value === 'string') text = value.trim();
    else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
    else return this.fail(column, catalogueProblem('not-text'));
    if (text === '') return null;
    if (text.length > max) {
      return this.fail(column, catalogueProblem('too-long', { max, actual: text.length }));
    }
    return text;
  }

  required(column: string, max: number): string | null {
    const value = this.text(column, max);
    if (value === null && !this.errors.some((e) => e.column === column))
      return this.fail(column, catalogueProblem('required'));
    return value;
  }

  code(column: string): string | null {
    const value = this.required(column, L.codeMaxLength);
    if (value !== null && !CATALOGUE_CODE_PATTERN.test(value)) {
      return this.fail(column, catalogueProblem('bad-code'));
    }
    return value;
  }

  oneOf<T extends string>(column: string, values: readonly T[], isRequired: boolean): T | null {
    const value = isRequired ? this.required(column, 100) : this.text(column, 100);
    if (value === null) return null;
    const lower = value.toLowerCase();
    const canonical = SYNONYMS[lower] ?? lower;
    if (!(values as readonly string[]).includes(canonical)) {
      return this.fail(column, catalogueProblem('not-one-of', { allowed: values.join(', '), value }));
    }
    return canonical as T;
  }

  integer(column: string, min: number, max: number): number | null {
    const value = this.raw.cells[column];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
      return null;
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^-?\d+$/.test(value.trim().replace(/[\s\u00a0]/g, ''))
          ? Number(value.trim().replace(/[\s\u00a0]/g, ''))
          : Number.NaN;
    if (!Number.isInteger(n)) return this.fail(column, catalogueProblem('not-integer'));
    if (n < min || n > max) return this.fail(column, catalogueProblem('out-of-range', { min, max }));
    return n;
  }

  boolean(column: string): boolean | null {
    const value = this.raw.cells[column];
    if (value === null || value === undefined) return null;
    if (typeof value === 'boolean') return value;
    if (typeof value !== 'string' && typeof value !== 'number') {
      return this.fail(column, catalogueProblem('not-yes-no'));
    }
    const text = String(value).trim().toLowerCase();
    if (text === '') return null;
    if (YES.has(text)) return true;
    if (NO.has(text)) return false;
    return this.fail(column, catalogueProblem('not-yes-no'));
  }

  sources(column: string): string[] {
    const value = this.raw.cells[column];
    if (value === null || value === undefined) return [];
    let parts: unknown[];
    if (Array.isArray(value)) parts = value;
    else if (typeof value === 'string') parts = value.split(/\r\n|\r|\n/);
    else {
      this.fail(column, catalogueProblem('sources-not-text'));
      return [];
    }
    const sources: string[] = [];
    for (const part of parts) {
      if (typeof part !== 'string') {
        this.fail(column, catalogueProblem('source-not-text'));
        return [];
      }
      const source = part.trim();
      if (source === '') continue;
      if (source.length > L.sourceMaxLength) {
        this.fail(column, catalogueProblem('source-too-long', { max: L.sourceMaxLength }));
        return [];
      }
      sources.push(source);
    }
    if (sources.length > L.sourcesMaxCount) {
      this.fail(column, catalogueProblem('too-many-sources', { max: L.sourcesMaxCount }));
      return [];
    }
    return sources;
  }

  titles(max: number): { titleRu: string | null; titleEn: string | null } {
    const titleRu = this.text('title_ru', max);
    const titleEn = this.text('title_en', max);
    if (titleRu === null && titleEn === null && !this.errors.some((e) => e.column?.startsWith('title_'))) {
      this.fail('title_ru', catalogueProblem('title-required'));
    }
    return { titleRu, titleEn };
  }

  descriptions(): { descriptionRu: string | null; descriptionEn: string | null } {
    return {
      descriptionRu: this.text('description_ru', L.descriptionMaxLength),
      descriptionEn: this.text('description_en', L.descriptionMaxLength),
    };
  }
}

function readFramework(raw: CatalogueRawRow): { value: FrameworkHeader | null; errors: CatalogueRowError[] } {
  const r = new RowReader('framework', raw);
  const value = {
    code: r.code('code'),
    edition: r.required('edition', L.editionMaxLength),
    kind: r.oneOf('kind', FRAMEWORK_KINDS, true),
    ...r.titles(L.frameworkTitleMaxLength),
    ...r.descriptions(),
    provenance: {
      status: r.oneOf('provenance', FRAMEWORK_PROVENANCES, true),
      note: r.text('provenance_note', L.noteMaxLength),
      sources: r.sources('sources'),
    },
  };
  return { value: r.errors.length === 0 ? (value as FrameworkHeader) : null, errors: r.errors };
}

function readDirection(raw: CatalogueRawRow): { value: DirectionRecord | null; errors: CatalogueRowError[] } {
  const r = new RowReader('directions', raw);
  const value = { code: r.code('code'), ...r.titles(L.titleMaxLength) };
  return { value: r.errors.length === 0 ? (value as DirectionRecord) : null, errors: r.errors };
}

function readApplicability(r: RowReader): ApplicabilityRule | null {
  const minPopulation = r.integer('applies_min_population', 0, L.maxPopulation);
  const regionalCapitals = r.boolean('applies_regional_capital');
  if (minPopulation === null && regionalCapitals === null) return null;
  if (minPopulation === null && regionalCapitals === false) {
    r.fail('applies_regional_capital', catalogueProblem('applies-to-nobody'));
    return null;
  }
  return { minPopulation, regionalCapitals: regionalCapitals ?? false };
}

function readMeasure(raw: CatalogueRawRow, directions: ReadonlySet<string> | null) {
  const r = new RowReader('measures', raw);
  const value = {
    code: r.code('code'),
    officialNumber: r.text('official_number', L.codeMaxLength),
    directionCode: r.code('direction'),
    kind: r.oneOf('kind', MEASURE_KINDS, true),
    ...r.titles(L.titleMaxLength),
    ...r.descriptions(),
    deadlineYear: r.integer('deadline_year', L.minYear, L.maxYear),
    applicability: readApplicability(r),
    provenance: r.oneOf('provenance', ITEM_PROVENANCES, true),
    provenanceNote: r.text('provenance_note', L.noteMaxLength),
    sources: r.sources('sources'),
  };
  if (value.directionCode !== null && directions !== null && !directions.has(value.directionCode)) {
    r.fail('direction', catalogueProblem('unknown-direction', { direction: value.directionCode }));
  }
  return { value: r.errors.length === 0 ? (value as MeasureRecord) : null, errors: r.errors };
}

function readKpi(raw: CatalogueRawRow, directions: ReadonlySet<string> | null) {
  const r = new RowReader('kpis', raw);
  const value = {
    code: r.code('code'),
    directionCode: r.code('direction'),
    subDimension: r.text('sub_dimension', L.shortTextMaxLength),
    category: r.text('category', L.shortTextMaxLength),
    ...r.titles(L.titleMaxLength),
    ...r.descriptions(),
    unit: r.text('unit', L.shortTextMaxLength),
    tier: r.oneOf('tier', KPI_TIERS, false),
    better: r.oneOf('better', KPI_POLARITIES, false),
    provenance: r.oneOf('provenance', ITEM_PROVENANCES, true),
    provenanceNote: r.text('provenance_note', L.noteMaxLength),
    sources: r.sources('sources'),
  };
  if (value.directionCode !== null && directions !== null && !directions.has(value.directionCode)) {
    r.fail('direction', catalogueProblem('unknown-direction', { direction: value.directionCode }));
  }
  return { value: r.errors.length === 0 ? (value as KpiRecord) : null, errors: r.errors };
}

/** Counts the rows a validation will go through (for progress: processed / total). */
export function countCatalogueRows(tables: CatalogueTables): number {
  return Object.values(tables.sections).reduce((sum, rows) => sum + rows.length, 0);
}

/**
 * Validates every row of a file and builds the document, yielding progress after each chunk of item rows so a
 * worker can report it. Every problem is collected (row, column, reason); the document is only returned when
 * there is none, so a caller can never write a partially valid file.
 */
export function* validateCatalogueInSteps(
  tables: CatalogueTables,
  chunkSize = 500,
): Generator<CatalogueValidationProgress, CatalogueValidationResult, void> {
  const errors: CatalogueRowError[] = [...tables.errors];
  const total = countCatalogueRows(tables);
  let processed = 0;
  const { sections } = tables;
  // A file that could not be read at all: its own problems are the whole story.
  if (errors.length > 0 && Object.keys(sections).length === 0) return { ok: false, errors, rows: total };
  // A section whose header was refused is not reported again as missing.
  const refused = new Set(errors.map((e) => e.section));

  // Framework: exactly one row.
  const frameworkRows = sections.framework ?? [];
  let framework: FrameworkHeader | null = null;
  if (frameworkRows.length > 1 || (frameworkRows.length === 0 && !refused.has('framework'))) {
    errors.push({
      section: 'framework',
      row: frameworkRows[1]?.row ?? null,
      column: null,
      ...catalogueProblem('framework-row-count', { count: frameworkRows.length }),
    });
  }
  if (frameworkRows[0]) {
    const read = readFramework(frameworkRows[0]);
    framework = read.value;
    errors.push(...read.errors);
  }
  processed += frameworkRows.length;

  // Directions: unique codes, at least one.
  const directionRows = sections.directions ?? [];
  const directions: DirectionRecord[] = [];
  const directionCodes = new Map<string, number>();
  let directionsComplete = true;
  if (directionRows.length === 0 && !refused.has('directions')) {
    errors.push({
      section: 'directions',
      row: null,
      column: null,
      ...catalogueProblem('directions-required'),
    });
  }
  for (const raw of tooMany('directions', directionRows, errors)) {
    const read = readDirection(raw);
    errors.push(...read.errors);
    const code = read.value?.code ?? (typeof raw.cells.code === 'string' ? raw.cells.code.trim() : null);
    if (code) {
      const first = directionCodes.get(code);
      if (first !== undefined) {
        errors.push(duplicate('directions', raw.row, code, first));
        continue;
      }
      directionCodes.set(code, raw.row);
    }
    if (read.value) directions.push(read.value);
    else directionsComplete = false;
  }
  processed += directionRows.length;
  yield { processed, total };

  // Items: the section of the framework's kind; rows of the other kind are refused.
  const kind: FrameworkKind | null =
    framework?.kind ?? inferKind(frameworkRows[0]?.cells.kind, sections.measures, sections.kpis);
  const known = directionsComplete ? new Set(directionCodes.keys()) : null;
  const measures: MeasureRecord[] = [];
  const kpis: KpiRecord[] = [];
  for (const section of ['measures', 'kpis'] as const) {
    const rows = sections[section] ?? [];
    const wanted = kind === null || (section === 'measures') === (kind === 'measures');
    const codes = new Map<string, number>();
    let inChunk = 0;
    for (const raw of tooMany(section, rows, errors)) {
      if (!wanted) {
        errors.push({
          section,
          row: raw.row,
          column: null,
          ...catalogueProblem('wrong-item-section', { kind: kind ?? '', section }),
        });
      } else {
        const read = section === 'measures' ? readMeasure(raw, known) : readKpi(raw, known);
        errors.push(...read.errors);
        const code = read.value?.code ?? (typeof raw.cells.code === 'string' ? raw.cells.code.trim() : null);
        const first = code ? codes.get(code) : undefined;
        if (code && first !== undefined) errors.push(duplicate(section, raw.row, code, first));
        else if (code) codes.set(code, raw.row);
        if (read.value && first === undefined) {
          if (section === 'measures') measures.push(read.value as MeasureRecord);
          else kpis.push(read.value as KpiRecord);
        }
      }
      processed += 1;
      inChunk += 1;
      if (inChunk === chunkSize) {
        inChunk = 0;
        yield { processed, total };
      }
    }
  }
  yield { processed: total, total };

  if (errors.length > 0 || framework === null) return { ok: false, errors, rows: total };
  return { ok: true, document: { framework, directions, measures, kpis }, rows: total };
}

/** Runs the whole validation at once. */
export function validateCatalogueTables(tables: CatalogueTables): CatalogueValidationResult {
  const steps = validateCatalogueInSteps(tables, Number.MAX_SAFE_INTEGER);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function duplicate(section: CatalogueSection, row: number, code: string, first: number): CatalogueRowError {
  return { section, row, column: 'code', ...catalogueProblem('duplicate-code', { code, firstRow: first }) };
}

function tooMany(
  section: CatalogueSection,
  rows: CatalogueRawRow[],
  errors: CatalogueRowError[],
): CatalogueRawRow[] {
  if (rows.length <= L.maxRows) return rows;
  errors.push({
    section,
    row: null,
    column: null,
    ...catalogueProblem('too-many-rows', { count: rows.length, max: L.maxRows }),
  });
  return [];
}

function inferKind(
  cell: unknown,
  measures?: CatalogueRawRow[],
  kpis?: CatalogueRawRow[],
): FrameworkKind | null {
  if (cell === 'measures' || cell === 'kpis') return cell;
  if (measures?.length && !kpis?.length) return 'measures';
  if (kpis?.length && !measures?.length) return 'kpis';
  return null;
}
