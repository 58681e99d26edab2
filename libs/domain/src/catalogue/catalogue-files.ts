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
import { CsvSyntaxError, parseCsv, toCsv } from './csv';

/**
 * One problem with an import file. `row` is the spreadsheet row (the header is row 1) for XLSX and CSV, and the
 * 1-based position in the section's array for JSON; `column` is a column name. Both are null for problems with
 * the file or a whole section.
 */
export type CatalogueRowError = {
  section: CatalogueSection | null;
  row: number | null;
  column: string | null;
  reason: string;
};

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

const fileError = (reason: string): CatalogueRowError => ({ section: null, row: null, column: null, reason });

// ---------------------------------------------------------------------------------------------------- JSON

export function catalogueTablesFromJson(text: string): CatalogueTables {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { sections: {}, errors: [fileError(`The file is not valid JSON: ${(error as Error).message}`)] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { sections: {}, errors: [fileError('The JSON file must hold an object with a "framework" key')] };
  }
  const tables: CatalogueTables = { sections: {}, errors: [] };
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (key === 'format') {
      if (value !== CATALOGUE_JSON_FORMAT) {
        tables.errors.push(fileError(`"format" must be "${CATALOGUE_JSON_FORMAT}"`));
      }
      continue;
    }
    if (key === 'formatVersion') {
      if (value !== CATALOGUE_JSON_FORMAT_VERSION) {
        tables.errors.push(fileError(`"formatVersion" ${String(value)} is not supported; use 1`));
      }
      continue;
    }
    if (!isSection(key)) {
      tables.errors.push(
        fileError(`Unknown key "${key}"; expected format, formatVersion, ${CATALOGUE_SECTIONS.join(', ')}`),
      );
      continue;
    }
    // The framework section is one object; a one-element array is accepted too.
    const entries: unknown = key === 'framework' && !Array.isArray(value) ? [value] : value;
    if (!Array.isArray(entries)) {
      tables.errors.push({ section: key, row: null, column: null, reason: `"${key}" must be an array` });
      continue;
    }
    const known: readonly string[] = CATALOGUE_COLUMNS[key];
    const rows: CatalogueRawRow[] = [];
    entries.forEach((entry, index) => {
      const row = index + 1;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        tables.errors.push({ section: key, row, column: null, reason: 'each entry must be an object' });
        return;
      }
      const cells: Record<string, unknown> = {};
      for (const [column, cell] of Object.entries(entry as Record<string, unknown>)) {
        if (!known.includes(column)) {
          tables.errors.push({
            section: key,
            row,
            column,
            reason: `unknown column; ${key} take ${known.join(', ')}`,
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
        errors: [{ section: null, row: error.row, column: null, reason: error.message }],
      };
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header) return { sections: {}, errors: [fileError('The CSV file is empty')] };
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
        reason: `unknown column; the header takes ${ALL_CATALOGUE_CSV_COLUMNS.join(', ')}`,
      });
    } else if (seen.has(column)) {
      tables.errors.push({ section: null, row: header.row, column, reason: 'the column appears twice' });
    }
    seen.add(column);
  });
  if (!seen.has(CATALOGUE_CSV_RECORD_COLUMN)) {
    tables.errors.push({
      section: null,
      row: header.row,
      column: CATALOGUE_CSV_RECORD_COLUMN,
      reason: `the "${CATALOGUE_CSV_RECORD_COLUMN}" column is required (framework, direction, measure or kpi on each row)`,
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
        reason: `the row has ${record.cells.length} cells but the header has ${columns.length}`,
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
        reason: `must be one of ${Object.keys(CATALOGUE_CSV_RECORD_TYPES).join(', ')}`,
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
          reason: `does not apply to a ${CATALOGUE_SECTION_RECORD_TYPE[section]} row; leave it empty`,
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
      tables.errors.push({ section: name, row: null, column: null, reason: `two sheets are named ${name}` });
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
          reason: `unknown column; the ${name} sheet takes ${known.join(', ')}`,
        });
      } else if (seen.has(column)) {
        headerOk = false;
        tables.errors.push({ section: name, row: header.row, column, reason: 'the column appears twice' });
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
            reason: 'this cell is in a column without a header',
          });
        }
      });
      rows.push({ row: record.row, cells });
    }
  }
  return tables;
}
