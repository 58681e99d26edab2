import { Injectable } from '@nestjs/common';
import type {
  CatalogueDocument,
  CatalogueFileFormat,
  CatalogueSheet,
  CatalogueTables,
} from '@smartcity/domain';
import {
  CATALOGUE_COLUMNS,
  catalogueProblem,
  catalogueDocumentSections,
  catalogueTablesFromCsv,
  catalogueTablesFromJson,
  catalogueTablesFromSheets,
  catalogueToCsv,
  catalogueToJson,
  type CatalogueCell,
  type CatalogueCellRow,
} from '@smartcity/domain';
import ExcelJS from 'exceljs';
import { extname } from 'node:path';

export type EncodedFile = { body: Buffer; contentType: string; extension: string };

const CONTENT_TYPES: Record<CatalogueFileFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Anything exceljs may hold in a cell, reduced to plain values the domain validator understands. */
function plainCell(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result);
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return null;
}

function xlsxCell(value: CatalogueCell): string | number | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join('\n') : null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}

/**
 * Reads and writes catalogue files. The column sets and the validation are the domain's; this class only turns
 * bytes into rows (and back), so JSON, CSV and XLSX import and export identically.
 */
@Injectable()
export class CatalogueFileCodec {
  /** The format of an upload, from its extension and its first bytes; a reason when it is none of ours. */
  detectFormat(fileName: string, content: Buffer): CatalogueFileFormat | { refused: string } {
    const extension = extname(fileName).toLowerCase();
    const isZip = content.subarray(0, 4).equals(ZIP);
    if (extension === '.xls' || content.subarray(0, 4).equals(OLE)) {
      return { refused: 'Old .xls workbooks are not supported: save the workbook as .xlsx' };
    }
    if (extension === '.xlsx')
      return isZip ? 'xlsx' : { refused: 'The file is named .xlsx but is not an XLSX workbook' };
    if (isZip) return 'xlsx';
    if (extension === '.json') return 'json';
    if (extension === '.csv' || extension === '.txt') return 'csv';
    const head = content
      .subarray(0, 64)
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trimStart();
    if (head.startsWith('{')) return 'json';
    if (/^[\w";]/.test(head)) return 'csv';
    return { refused: 'Upload a JSON, CSV or XLSX file' };
  }

  async read(format: CatalogueFileFormat, content: Buffer): Promise<CatalogueTables> {
    if (format === 'xlsx') return this.readWorkbook(content);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return {
        sections: {},
        errors: [
          {
            section: null,
            row: null,
            column: null,
            ...catalogueProblem('not-utf8'),
          },
        ],
      };
    }
    return format === 'json' ? catalogueTablesFromJson(text) : catalogueTablesFromCsv(text);
  }

  private async readWorkbook(content: Buffer): Promise<CatalogueTables> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch (error) {
      return {
        sections: {},
        errors: [
          {
            section: null,
            row: null,
            column: null,
            ...catalogueProblem('unreadable-workbook', { detail: (error as Error).message }),
          },
        ],
      };
    }
    const sheets: CatalogueSheet[] = workbook.worksheets.map((sheet) => {
      const rows: CatalogueSheet['rows'] = [];
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const values = row.values as ExcelJS.CellValue[];
        rows.push({ row: rowNumber, cells: Array.from(values.slice(1), plainCell) });
      });
      return { name: sheet.name, rows };
    });
    return catalogueTablesFromSheets(sheets);
  }

  async write(format: CatalogueFileFormat, document: CatalogueDocument): Promise<EncodedFile> {
    const body =
      format === 'json'
        ? Buffer.from(catalogueToJson(document), 'utf8')
        : format === 'csv'
          ? Buffer.from(catalogueToCsv(document), 'utf8')
          : await this.writeWorkbook(document);
    return { body, contentType: CONTENT_TYPES[format], extension: format };
  }

  private async writeWorkbook(document: CatalogueDocument): Promise<Buffer> {
    const sections = catalogueDocumentSections(document);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Smart City Roadmaps';
    const addSheet = (name: keyof typeof CATALOGUE_COLUMNS, rows: CatalogueCellRow[]) => {
      const columns = CATALOGUE_COLUMNS[name];
      const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns.map((column) => ({
        header: column,
        key: column,
        width: /title|description|note|sources/.test(column) ? 48 : 18,
      }));
      sheet.getRow(1).font = { bold: true };
      for (const row of rows) {
        sheet.addRow(columns.map((column) => xlsxCell(row[column] ?? null)));
      }
      if ((columns as readonly string[]).includes('sources')) {
        sheet.getColumn('sources').alignment = { wrapText: true, vertical: 'top' };
      }
    };
    addSheet('framework', [sections.framework]);
    addSheet('directions', sections.directions);
    addSheet(sections.itemSection, sections.items);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
