import { catalogueDocumentSections, catalogueCellText, type CatalogueCellRow } from './catalogue-cells';
import {
  ALL_CATALOGUE_CSV_COLUMNS,
  CATALOGUE_CSV_RECORD_COLUMN,
  CATALOGUE_CSV_RECORD_TYPES,
  CATALOGUE_COLUMNS,
  CATALOGUE_SECTION_RECORD_TYPE,
  catalogueCsvColumns,
} from './catalogue-columns';
import type { CatalogueDocument } from './catalogue-document';
import { CATALOGUE_SECTIONS, type CatalogueSection } from './catalogue-kinds';
import { catalogueProblem, type CatalogueProblem } from './catalogue-problems';
import { CsvSyntaxError, parseCsv, toCsv } from './csv';

/**
 * One problem with an import file. `row` is the spreadsheet row (the header is row 1) for XLSX and CSV, and the
 * 1-based position in the section's array for JSON; `column` is a column name. Both are null for problems with
 * the file or a whole section. `code` + `params` say what is wrong (see catalogue-problems.ts); `reason` says it
 * in English.
 */
export type CatalogueRowError = {
  section: CatalogueSection | null;
  row: number | null;
  column: string | null;
} & CatalogueProblem;

export type CatalogueRawRow = { row: number; cells: Record<string, unknown> };

/** A file read into sections of raw rows (cells not yet validated), plus problems with its structure. */
export type CatalogueTables = {
  sections: Partial<Record<CatalogueSection, CatalogueRawRow[]>>;
  errors: CatalogueRowError[];
};

/** Marks exported JSON files. Durable: files in the wild carry it. */
export const CATALOGUE_JSON_FORMAT = 'smartcity-catalogue';
export const CATALOGUE_JSON_FORMAT_VERSION = 1;

const isSection = (name: string): name is CatalogueSection =>
  (CATALOGUE_SECTIONS as readonly string[]).includes(name);

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

const fileError = (problem: CatalogueProblem): CatalogueRowError => ({
  section: null,
  row: null,
  column: null,
  ...problem,
});

// ---------------------------------------------------------------------------------------------------- JSON

export function catalogueTablesFromJson(text: string): CatalogueTables {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return {
      sections: {},
      errors: [fileError(catalogueProblem('invalid-json', { detail: (error as Error).message }))],
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { sections: {}, errors: [fileError(catalogueProblem('json-not-object'))] };
  }
  const tables: CatalogueTables = { sections: {}, errors: [] };
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (key === 'format') {
      if (value !== CATALOGUE_JSON_FORMAT) {
        tables.errors.push(
          fileError(catalogueProblem('bad-format-marker', { expected: CATALOGUE_JSON_FORMAT })),
        );
      }
      continue;
    }
    if (key === 'formatVersion') {
      if (value !== CATALOGUE_JSON_FORMAT_VERSION) {
        tables.errors.push(
          fileError(
            catalogueProblem('unsupported-format-version', {
              version: String(value),
              supported: CATALOGUE_JSON_FORMAT_VERSION,
            }),
          ),
        );
      }
      continue;
    }
    if (!isSection(key)) {
      tables.errors.push(
        fileError(
          catalogueProblem('unknown-key', {
            key,
            allowed: ['format', 'formatVersion', ...CATALOGUE_SECTIONS].join(', '),
          }),
        ),
      );
      continue;
    }
    // The framework section is one object; a one-element array is accepted too.
    const entries: unknown = key === 'framework' && !Array.isArray(value) ? [value] : value;
    if (!Array.isArray(entries)) {
      tables.errors.push({
        section: key,
        row: null,
        column: null,
        ...catalogueProblem('section-not-array', { section: key }),
      });
      continue;
    }
    const known: readonly string[] = CATALOGUE_COLUMNS[key];
    const rows: CatalogueRawRow[] = [];
    entries.forEach((entry, index) => {
      const row = index + 1;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        tables.errors.push({ section: key, row, column: null, ...catalogueProblem('entry-not-object') });
        return;
      }
      const cells: Record<string, unknown> = {};
      for (const [column, cell] of Object.entries(entry as Record<string, unknown>)) {
        if (!known.includes(column)) {
          tables.errors.push({
            section: key,
            row,
            column,
            ...catalogueProblem('unknown-column', { allowed: known.join(', ') }),
          });
        } else {
          cells[column] = cell;
        }
      }
      rows.push({ row, cells });
    });
    tables.sections[key] = rows;
  }
  return tables;
}

export function catalogueToJson(document: CatalogueDocument): string {
  const sections = catalogueDocumentSections(document);
  return `${JSON.stringify(
    {
      format: CATALOGUE_JSON_FORMAT,
      formatVersion: CATALOGUE_JSON_FORMAT_VERSION,
      framework: sections.framework,
      directions: sections.directions,
      [sections.itemSection]: sections.items,
    },
    null,
    2,
  )}\n`;
}

// ---------------------------------------------------------------------------------------------------- CSV

export function catalogueTablesFromCsv(text: string): CatalogueTables {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      return {
        sections: {},
        errors: [{ section: null, row: error.row, column: null, ...error.problem }],
      };
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header) return { sections: {}, errors: [fileError(catalogueProblem('empty-file'))] };
  const tables: CatalogueTables = { sections: {}, errors: [] };
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const seen = new Set<string>();
  columns.forEach((column) => {
    if (column === '') return;
    if (!ALL_CATALOGUE_CSV_COLUMNS.includes(column)) {
      tables.errors.push({
        section: null,
        row: header.row,
        column,
        ...catalogueProblem('unknown-column', { allowed: ALL_CATALOGUE_CSV_COLUMNS.join(', ') }),
      });
    } else if (seen.has(column)) {
      tables.errors.push({ section: null, row: header.row, column, ...catalogueProblem('duplicate-column') });
    }
    seen.add(column);
  });
  if (!seen.has(CATALOGUE_CSV_RECORD_COLUMN)) {
    tables.errors.push({
      section: null,
      row: header.row,
      column: CATALOGUE_CSV_RECORD_COLUMN,
      ...catalogueProblem('record-column-missing', { column: CATALOGUE_CSV_RECORD_COLUMN }),
    });
    return tables;
  }
  if (tables.errors.length > 0) return tables;
  const recordIndex = columns.indexOf(CATALOGUE_CSV_RECORD_COLUMN);
  for (const record of data) {
    if (record.cells.every((c) => c.trim() === '')) continue;
    if (record.cells.length > columns.length) {
      tables.errors.push({
        section: null,
        row: record.row,
        column: null,
        ...catalogueProblem('too-many-cells', { cells: record.cells.length, columns: columns.length }),
      });
      continue;
    }
    const type = (record.cells[recordIndex] ?? '').trim().toLowerCase();
    const section = (CATALOGUE_CSV_RECORD_TYPES as Record<string, CatalogueSection>)[type];
    if (!section) {
      tables.errors.push({
        section: null,
        row: record.row,
        column: CATALOGUE_CSV_RECORD_COLUMN,
        ...catalogueProblem('unknown-record-type', {
          allowed: Object.keys(CATALOGUE_CSV_RECORD_TYPES).join(', '),
          value: (record.cells[recordIndex] ?? '').trim(),
        }),
      });
      continue;
    }
    const known: readonly string[] = CATALOGUE_COLUMNS[section];
    const cells: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      if (column === '' || column === CATALOGUE_CSV_RECORD_COLUMN) return;
      const value = record.cells[index] ?? '';
      if (known.includes(column)) cells[column] = value;
      else if (value.trim() !== '') {
        tables.errors.push({
          section,
          row: record.row,
          column,
          ...catalogueProblem('column-not-applicable', { record: CATALOGUE_SECTION_RECORD_TYPE[section] }),
        });
      }
    });
    (tables.sections[section] ??= []).push({ row: record.row, cells });
  }
  return tables;
}

export function catalogueToCsv(document: CatalogueDocument): string {
  const sections = catalogueDocumentSections(document);
  const columns = catalogueCsvColumns(document.framework.kind);
  const line = (section: CatalogueSection, row: CatalogueCellRow) =>
    columns.map((c) =>
      c === CATALOGUE_CSV_RECORD_COLUMN
        ? CATALOGUE_SECTION_RECORD_TYPE[section]
        : catalogueCellText(row[c] ?? null),
    );
  return toCsv([
    columns,
    line('framework', sections.framework),
    ...sections.directions.map((d) => line('directions', d)),
    ...sections.items.map((i) => line(sections.itemSection, i)),
  ]);
}

// ---------------------------------------------------------------------------------------------------- sheets

/** A worksheet as plain values (the API reads XLSX with exceljs and hands the cells over). */
export type CatalogueSheet = { name: string; rows: { row: number; cells: unknown[] }[] };

/**
 * Reads the `framework`, `directions` and `measures` or `kpis` sheets; other sheets (instructions, notes) are
 * ignored. The first row of each sheet is its header.
 */
export function catalogueTablesFromSheets(sheets: readonly CatalogueSheet[]): CatalogueTables {
  const tables: CatalogueTables = { sections: {}, errors: [] };
  for (const sheet of sheets) {
    const name = sheet.name.trim().toLowerCase();
    if (!isSection(name)) continue;
    if (tables.sections[name]) {
      tables.errors.push({
        section: name,
        row: null,
        column: null,
        ...catalogueProblem('duplicate-sheet', { sheet: name }),
      });
      continue;
    }
    const rows: CatalogueRawRow[] = [];
    tables.sections[name] = rows;
    const [header, ...data] = sheet.rows;
    if (!header) continue;
    const known: readonly string[] = CATALOGUE_COLUMNS[name];
    const columns = header.cells.map((c) => (typeof c === 'string' ? c.trim().toLowerCase() : ''));
    const seen = new Set<string>();
    let headerOk = true;
    columns.forEach((column) => {
      if (column === '') return;
      if (!known.includes(column)) {
        headerOk = false;
        tables.errors.push({
          section: name,
          row: header.row,
          column,
          ...catalogueProblem('unknown-column', { allowed: known.join(', ') }),
        });
      } else if (seen.has(column)) {
        headerOk = false;
        tables.errors.push({
          section: name,
          row: header.row,
          column,
          ...catalogueProblem('duplicate-column'),
        });
      }
      seen.add(column);
    });
    if (!headerOk) continue;
    for (const record of data) {
      if (record.cells.every(isBlank)) continue;
      const cells: Record<string, unknown> = {};
      record.cells.forEach((value, index) => {
        const column = columns[index] ?? '';
        if (column !== '') cells[column] = value;
        else if (!isBlank(value)) {
          tables.errors.push({
            section: name,
            row: record.row,
            column: `#${index + 1}`,
            ...catalogueProblem('cell-without-header'),
          });
        }
      });
      rows.push({ row: record.row, cells });
    }
  }
  return tables;
}
