import { Injectable } from '@nestjs/common';
import {
  FINANCING_SOURCES,
  ROADMAP_ITEM_STATUSES,
  ROADMAP_SHEET_BUDGET_COLUMNS,
  ROADMAP_SHEET_ITEM_COLUMNS,
  ROADMAP_SHEET_NAMES,
  sourceLabel,
  statusLabel,
  type BudgetColumnKey,
  type ItemColumnKey,
  type SheetCell,
  type SheetItem,
  type SheetRow,
} from '@smartcity/domain';
import ExcelJS from 'exceljs';

import { AppException } from '../../common/app.exception';

export type SheetMeasure = { id: string; code: string; title: string; kind: string; directionCode: string };
export type SheetDirection = { id: string; code: string; title: string };

export type WorkbookInput = {
  roadmap: { id: string; title: string; revision: number };
  items: readonly SheetItem[];
  measures: readonly SheetMeasure[];
  directions: readonly SheetDirection[];
};

export type ReadWorkbook = {
  /** The roadmap the file was exported from (hidden sheet), when the file says. */
  roadmapId: string | null;
  items: SheetRow<ItemColumnKey>[];
  budget: SheetRow<BudgetColumnKey>[];
};

const META_SHEET = 'meta';

/** exceljs supports range validations (written as one sqref) but its typings omit the collection. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};
/** Room for rows added in Excel: drop-downs and unlocked cells reach this far below the data. */
const SPARE_ROWS = 1000;
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const MONEY_FORMAT = '#,##0.00';

const unsupported = (reason: string) =>
  new AppException('roadmaps.unsupported-file', reason, { fields: [{ field: 'file', reason }] });

/** Anything exceljs may hold in a cell, reduced to a plain value (dates as ISO `YYYY-MM-DD`). */
function plainCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainCell(value.result ?? null);
  if ('hyperlink' in value) return value.text;
  return null;
}

/** Inline list validation: a quoted, comma-separated list (Excel allows 255 characters). */
const inlineList = (values: string[]) => `"${values.join(',')}"`;

const columnLetter = (index: number) => String.fromCharCode('A'.charCodeAt(0) + index);

/**
 * Writes and reads the roadmap workbook (docs/roadmaps.md, "Excel round-trip"). The layout comes from the domain's
 * column lists; this class only deals with exceljs: styles, protection, drop-downs and cell values.
 */
@Injectable()
export class RoadmapWorkbook {
  async write(input: WorkbookInput): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Smart City Roadmaps';
    wb.title = input.roadmap.title;
    const lastRow = (n: number) => n + 1 + SPARE_ROWS;

    // Tab order: items, budget, the lists; the meta sheet is hidden.
    const items = wb.addWorksheet(ROADMAP_SHEET_NAMES.items, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    });
    const budget = wb.addWorksheet(ROADMAP_SHEET_NAMES.budget, { views: [{ state: 'frozen', ySplit: 1 }] });
    const lists = wb.addWorksheet(ROADMAP_SHEET_NAMES.measures);
    const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });

    // Measures and directions of the pinned framework: the source of the drop-downs.
    lists.columns = [
      { header: 'Код меры', key: 'code', width: 18 },
      { header: 'Наименование меры', key: 'title', width: 70 },
      { header: 'Вид', key: 'kind', width: 14 },
      { header: 'Направление', key: 'directionCode', width: 16 },
      { header: '', key: 'gap', width: 4 },
      { header: 'Код направления', key: 'dcode', width: 18 },
      { header: 'Направление', key: 'dtitle', width: 50 },
    ];
    input.measures.forEach((m, i) => {
      const row = lists.getRow(i + 2);
      row.values = [m.code, m.title, m.kind === 'basic' ? 'базовая' : 'дополнительная', m.directionCode];
    });
    input.directions.forEach((d, i) => {
      lists.getCell(i + 2, 6).value = d.code;
      lists.getCell(i + 2, 7).value = d.title;
    });
    lists.getRow(1).font = { bold: true };
    await lists.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
    const measureRange = `'${ROADMAP_SHEET_NAMES.measures}'!$A$2:$A$${Math.max(2, input.measures.length + 1)}`;
    const directionRange = `'${ROADMAP_SHEET_NAMES.measures}'!$F$2:$F$${Math.max(2, input.directions.length + 1)}`;

    // Items.
    const measureCode = new Map(input.measures.map((m) => [m.id, m.code]));
    const directionCode = new Map(input.directions.map((d) => [d.id, d.code]));
    items.columns = ROADMAP_SHEET_ITEM_COLUMNS.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.key === 'id' ? 38 : c.key === 'title' ? 60 : 20,
    }));
    for (const item of input.items) {
      items.addRow({
        id: item.id,
        measureCode: item.measureId ? (measureCode.get(item.measureId) ?? null) : null,
        directionCode: item.directionId ? (directionCode.get(item.directionId) ?? null) : null,
        title: item.title,
        responsibleUnit: item.responsibleUnit,
        responsiblePerson: item.responsiblePerson,
        startMonth: item.startMonth,
        endMonth: item.endMonth,
        status: statusLabel(item.status),
        progress: item.progress,
      } satisfies Record<ItemColumnKey, unknown>);
    }
    const itemsLast = lastRow(input.items.length);
    const col = (key: ItemColumnKey) =>
      columnLetter(ROADMAP_SHEET_ITEM_COLUMNS.findIndex((c) => c.key === key));
    const list = (sheet: ExcelJS.Worksheet, range: string, formula: string, prompt: string) =>
      (sheet as WithValidations).dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Недопустимое значение',
        error: prompt,
      });
    list(
      items,
      `${col('measureCode')}2:${col('measureCode')}${itemsLast}`,
      measureRange,
      'Выберите код меры из списка «Меры»',
    );
    list(
      items,
      `${col('directionCode')}2:${col('directionCode')}${itemsLast}`,
      directionRange,
      'Выберите код направления',
    );
    list(
      items,
      `${col('status')}2:${col('status')}${itemsLast}`,
      inlineList(ROADMAP_ITEM_STATUSES.map(statusLabel)),
      'Выберите статус из списка',
    );
    await this.lockAllBut(items, 'A', input.items.length);
    for (const key of ['startMonth', 'endMonth'] as const) items.getColumn(col(key)).numFmt = '@';

    // Budget: one row per item × year × source.
    budget.columns = ROADMAP_SHEET_BUDGET_COLUMNS.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.key === 'itemId' ? 38 : c.key === 'itemTitle' ? 50 : 18,
    }));
    let budgetRows = 0;
    for (const item of input.items) {
      for (const line of item.budgetLines) {
        budget.addRow({
          itemId: item.id,
          itemTitle: item.title,
          year: line.year,
          source: sourceLabel(line.source),
          planned: Number(line.planned),
          actual: line.actual === null ? null : Number(line.actual),
        } satisfies Record<BudgetColumnKey, unknown>);
        budgetRows += 1;
      }
    }
    const budgetLast = lastRow(budgetRows);
    list(
      budget,
      `D2:D${budgetLast}`,
      inlineList(FINANCING_SOURCES.map(sourceLabel)),
      'Выберите источник из списка',
    );
    budget.getColumn('E').numFmt = MONEY_FORMAT;
    budget.getColumn('F').numFmt = MONEY_FORMAT;
    await this.lockAllBut(budget, 'AB', budgetRows);
    // A new budget row must name its item, so the ID column stays open below the exported lines.
    for (let r = budgetRows + 2; r <= budgetLast; r++) budget.getCell(`A${r}`).protection = { locked: false };

    meta.getCell('A1').value = 'roadmapId';
    meta.getCell('B1').value = input.roadmap.id;
    meta.getCell('A2').value = 'revision';
    meta.getCell('B2').value = input.roadmap.revision;
    meta.getCell('A3').value = 'format';
    meta.getCell('B3').value = 1;

    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /** Reads an uploaded workbook; 415 `roadmaps.unsupported-file` when it is not one of ours. */
  async read(content: Buffer): Promise<ReadWorkbook> {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(content as unknown as ExcelJS.Buffer);
    } catch {
      throw unsupported('The file is not a readable XLSX workbook');
    }
    const items = wb.getWorksheet(ROADMAP_SHEET_NAMES.items);
    const budget = wb.getWorksheet(ROADMAP_SHEET_NAMES.budget);
    if (!items || !budget) {
      throw unsupported(
        `The workbook has no sheet «${!items ? ROADMAP_SHEET_NAMES.items : ROADMAP_SHEET_NAMES.budget}»: ` +
          'download the roadmap as XLSX, edit it and upload that file',
      );
    }
    const rows = <K extends string>(
      sheet: ExcelJS.Worksheet,
      columns: readonly { key: K; header: string }[],
    ) => {
      columns.forEach((c, i) => {
        const found = plainCell(sheet.getRow(1).getCell(i + 1).value);
        if (String(found ?? '').trim() !== c.header) {
          throw unsupported(
            `Sheet «${sheet.name}», column ${columnLetter(i)} should be «${c.header}»; do not move or rename columns`,
          );
        }
      });
      const out: SheetRow<K>[] = [];
      for (let r = 2; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const cells = Object.fromEntries(columns.map((c, i) => [c.key, plainCell(row.getCell(i + 1).value)]));
        out.push({ row: r, cells: cells as Partial<Record<K, SheetCell>> });
      }
      return out;
    };
    const meta = wb.getWorksheet(META_SHEET);
    const roadmapId = meta ? plainCell(meta.getCell('B1').value) : null;
    return {
      roadmapId: typeof roadmapId === 'string' ? roadmapId : null,
      items: rows(items, ROADMAP_SHEET_ITEM_COLUMNS),
      budget: rows(budget, ROADMAP_SHEET_BUDGET_COLUMNS),
    };
  }

  /**
   * Protects the sheet without a password: the header and the `locked` columns are read-only (grey where they
   * hold data), the other columns are editable down to any row (column style), and rows may be inserted.
   */
  private async lockAllBut(sheet: ExcelJS.Worksheet, locked: string, dataRows: number): Promise<void> {
    sheet.columns.forEach((column, c) => {
      if (!locked.includes(columnLetter(c))) column.protection = { locked: false };
    });
    for (let c = 0; c < sheet.columns.length; c++) {
      const letter = columnLetter(c);
      sheet.getCell(`${letter}1`).protection = { locked: true };
      if (!locked.includes(letter)) continue;
      for (let r = 2; r <= dataRows + 1; r++) sheet.getCell(`${letter}${r}`).fill = LOCKED_FILL;
    }
    sheet.getRow(1).font = { bold: true };
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      autoFilter: true,
    });
  }
}
