import {
  FINANCING_SOURCE_LABELS,
  FINANCING_SOURCES,
  type FinancingSource,
} from '../roadmaps/financing-source';
import type { RoadmapItemKind } from '../roadmaps/roadmap-item-kind';
import {
  ROADMAP_ITEM_STATUS_LABELS,
  ROADMAP_ITEM_STATUSES,
  type RoadmapItemStatus,
} from '../roadmaps/roadmap-item-status';
import { validateItemDraft } from './item-rules';
import { kopecksToMoneyText, MONEY_TEXT_PATTERN } from './money-text';

/**
 * The roadmap as a spreadsheet (issue 4, item 7): one row per item on «Мероприятия», one row per item × year ×
 * source on «Бюджет». The ID column ties a row to an item; a row without an ID is a new item, and an item whose ID
 * no row carries any more is removed. Fields that are not in the sheet (description, problems, dependencies, KPI
 * targets) are left as they are. Everything here is pure: the API reads cells with exceljs and hands them over.
 */
export const ROADMAP_SHEET_NAMES = { items: 'Мероприятия', budget: 'Бюджет', measures: 'Меры' } as const;

export const ROADMAP_SHEET_ITEM_COLUMNS = [
  { key: 'id', header: 'ID (не изменять)' },
  { key: 'measureCode', header: 'Код меры стандарта' },
  { key: 'directionCode', header: 'Направление' },
  { key: 'title', header: 'Наименование мероприятия' },
  { key: 'responsibleUnit', header: 'Ответственное подразделение' },
  { key: 'responsiblePerson', header: 'Ответственное лицо' },
  { key: 'startMonth', header: 'Начало (ГГГГ-ММ)' },
  { key: 'endMonth', header: 'Окончание (ГГГГ-ММ)' },
  { key: 'status', header: 'Статус' },
  { key: 'progress', header: 'Готовность, %' },
] as const;

export const ROADMAP_SHEET_BUDGET_COLUMNS = [
  { key: 'itemId', header: 'ID мероприятия (не изменять)' },
  { key: 'itemTitle', header: 'Мероприятие (справочно)' },
  { key: 'year', header: 'Год' },
  { key: 'source', header: 'Источник финансирования' },
  { key: 'planned', header: 'План, руб.' },
  { key: 'actual', header: 'Факт, руб.' },
] as const;

export type ItemColumnKey = (typeof ROADMAP_SHEET_ITEM_COLUMNS)[number]['key'];
export type BudgetColumnKey = (typeof ROADMAP_SHEET_BUDGET_COLUMNS)[number]['key'];

/** A cell as read from the workbook: text, a number, a boolean, or empty. Dates arrive as ISO `YYYY-MM-DD`. */
export type SheetCell = string | number | boolean | null;

export type SheetRow<K extends string> = { row: number; cells: Partial<Record<K, SheetCell>> };

/** How statuses and sources are written in the sheet (the Russian label); the code is accepted as well. */
export const statusLabel = (status: RoadmapItemStatus) => ROADMAP_ITEM_STATUS_LABELS[status].ru;
export const sourceLabel = (source: FinancingSource) => FINANCING_SOURCE_LABELS[source].ru;

/** An item as it is now, with what the sheet shows of it (money as two-decimal rouble text). */
export type SheetItem = {
  id: string;
  revision: number;
  kind: RoadmapItemKind;
  measureId: string | null;
  directionId: string | null;
  title: string;
  responsibleUnit: string | null;
  responsiblePerson: string | null;
  startMonth: string | null;
  endMonth: string | null;
  status: RoadmapItemStatus;
  progress: number;
  problemIds: readonly string[];
  dependsOn: readonly string[];
  budgetLines: readonly SheetBudgetLine[];
  kpiTargets: readonly { kpiDefinitionId: string; year: number }[];
};

export type SheetBudgetLine = {
  year: number;
  source: FinancingSource;
  planned: string;
  actual: string | null;
};

/** The item fields the sheet carries, resolved to ids. */
export type SheetItemFields = Pick<
  SheetItem,
  | 'kind'
  | 'measureId'
  | 'directionId'
  | 'title'
  | 'responsibleUnit'
  | 'responsiblePerson'
  | 'startMonth'
  | 'endMonth'
  | 'status'
  | 'progress'
>;

export type SheetImportInput = {
  items: readonly SheetRow<ItemColumnKey>[];
  budget: readonly SheetRow<BudgetColumnKey>[];
  current: readonly SheetItem[];
  /** The roadmap framework's measures and directions: the sheet names them by code. */
  measures: readonly { id: string; code: string }[];
  directions: readonly { id: string; code: string }[];
  firstYear: number;
  lastYear: number;
};

export type SheetName = 'items' | 'budget';
export type ImportRowAction = 'added' | 'changed' | 'removed' | 'unchanged' | 'invalid';
export type ImportFieldChange = { field: string; from: string | number | null; to: string | number | null };
export type ImportCellError = { sheet: SheetName; row: number; column: string; reason: string };

export type ImportPreviewRow = {
  sheet: SheetName;
  /** The spreadsheet row (1-based, as Excel shows it); null for an item removed by deleting its row. */
  row: number | null;
  itemId: string | null;
  title: string | null;
  action: ImportRowAction;
  changes: ImportFieldChange[];
  errors: ImportCellError[];
};

export type ImportOperation =
  | { op: 'add'; row: number; fields: SheetItemFields; budgetLines: SheetBudgetLine[] }
  | {
      op: 'update';
      itemId: string;
      revision: number;
      fields: SheetItemFields;
      /** Null when the budget did not change. */
      budgetLines: SheetBudgetLine[] | null;
    }
  | { op: 'remove'; itemId: string; revision: number };

export type SheetImportPlan = {
  rows: ImportPreviewRow[];
  /** What applying writes; empty when any row is invalid (the import is all or nothing). */
  operations: ImportOperation[];
  summary: Record<ImportRowAction, number>;
  isValid: boolean;
};

const header = (key: ItemColumnKey) => ROADMAP_SHEET_ITEM_COLUMNS.find((c) => c.key === key)!.header;
const budgetHeader = (key: BudgetColumnKey) =>
  ROADMAP_SHEET_BUDGET_COLUMNS.find((c) => c.key === key)!.header;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(cell: SheetCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const value = (typeof cell === 'string' ? cell : String(cell)).trim();
  return value === '' ? null : value;
}

const isBlank = (cells: Partial<Record<string, SheetCell>>) =>
  Object.values(cells).every((c) => text(c) === null);

/** `2024-03`, `2024-03-01` (a date Excel made of it), `03.2024` or `3.2024` → `2024-03`; undefined if none. */
export function parseSheetMonth(cell: SheetCell | undefined): string | null | undefined {
  const value = text(cell);
  if (value === null) return null;
  let match = /^(\d{4})-(\d{1,2})(?:-\d{1,2}(?:T.*)?)?$/.exec(value);
  if (match) return monthOf(match[1], match[2]);
  match = /^(\d{1,2})\.(\d{4})$/.exec(value);
  if (match) return monthOf(match[2], match[1]);
  return undefined;
}

function monthOf(year: string, month: string): string | undefined {
  const m = Number(month);
  return m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, '0')}` : undefined;
}

/**
 * A rouble amount from a cell: a number (at most two decimals), or text like `1 234 567,89`. Returns the
 * two-decimal money text, or undefined when it is not an amount.
 */
export function parseSheetMoney(cell: SheetCell | undefined): string | null | undefined {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return undefined;
    const kopecks = Math.round(cell * 100);
    // More than two decimals (beyond float noise) is not an amount of money.
    if (Math.abs(cell * 100 - kopecks) > 1e-6 * Math.max(1, Math.abs(kopecks))) return undefined;
    if (!Number.isSafeInteger(kopecks) || kopecks > 999_999_999_999_999) return undefined;
    return kopecksToMoneyText(kopecks);
  }
  const value = text(cell);
  if (value === null) return null;
  let normalized = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (/^\d+\.\d$/.test(normalized)) normalized += '0';
  normalized = normalized.replace(/^0+(?=\d)/, '');
  if (!MONEY_TEXT_PATTERN.test(normalized)) return undefined;
  return normalized.includes('.') ? normalized : `${normalized}.00`;
}

function parseWhole(cell: SheetCell | undefined): number | null | undefined {
  const value = text(cell);
  if (value === null) return null;
  const n = Number(value.replace(',', '.'));
  return Number.isInteger(n) ? n : undefined;
}

function parseChoice<T extends string>(
  cell: SheetCell | undefined,
  codes: readonly T[],
  label: (code: T) => string,
): T | null | undefined {
  const value = text(cell)?.toLowerCase();
  if (value === undefined) return null;
  return codes.find((c) => c === value || label(c).toLowerCase() === value);
}

const countActions = (rows: ImportPreviewRow[]) => {
  const summary: Record<ImportRowAction, number> = {
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    invalid: 0,
  };
  for (const r of rows) summary[r.action] += 1;
  return summary;
};

type ParsedBudget = { row: number; line: SheetBudgetLine };

/**
 * Compares an edited sheet with the roadmap as it is: a preview row per sheet row (added, changed, unchanged or
 * invalid, with each changed field and each cell error) plus a removed row per item the sheet no longer has, and
 * the operations that applying would perform. Every row is checked with the same rules as the item API.
 */
export function planRoadmapSheetImport(input: SheetImportInput): SheetImportPlan {
  const current = new Map(input.current.map((item) => [item.id, item]));
  const measureByCode = new Map(input.measures.map((m) => [m.code.trim().toLowerCase(), m]));
  const directionByCode = new Map(input.directions.map((d) => [d.code.trim().toLowerCase(), d]));
  const measureCode = new Map(input.measures.map((m) => [m.id, m.code]));
  const directionCode = new Map(input.directions.map((d) => [d.id, d.code]));
  const rows: ImportPreviewRow[] = [];
  const operations: ImportOperation[] = [];

  // Items sheet: which row claims which item. A row left with nothing but its ID removes the item (rows with a
  // locked ID cannot be deleted while the sheet is protected; clearing them is the protected way to remove).
  const cleared = new Map<string, number>();
  const itemRows = input.items.filter((r) => {
    if (isBlank(r.cells)) return false;
    const id = text(r.cells.id)?.toLowerCase();
    if (id && current.has(id) && !cleared.has(id) && isBlank({ ...r.cells, id: null })) {
      cleared.set(id, r.row);
      return false;
    }
    return true;
  });
  const claimed = new Map<string, number>();
  const rowIdErrors = new Map<number, string>();
  for (const r of itemRows) {
    const id = text(r.cells.id);
    if (id === null) continue;
    if (!UUID.test(id) || !current.has(id.toLowerCase())) {
      rowIdErrors.set(
        r.row,
        'no item of this roadmap has this ID; leave the ID empty for a new item and never edit an ID',
      );
    } else if (claimed.has(id.toLowerCase()) || cleared.has(id.toLowerCase())) {
      const other = claimed.get(id.toLowerCase()) ?? cleared.get(id.toLowerCase());
      rowIdErrors.set(r.row, `the same ID is on row ${other} already`);
    } else {
      claimed.set(id.toLowerCase(), r.row);
    }
  }

  // Budget sheet: lines grouped by the item they name.
  const budgetByItem = new Map<string, ParsedBudget[]>();
  const budgetErrors = new Map<string, ImportCellError[]>();
  for (const r of input.budget) {
    // A budget row with its year, source and amounts cleared is a deleted budget line.
    if (
      isBlank({
        year: r.cells.year,
        source: r.cells.source,
        planned: r.cells.planned,
        actual: r.cells.actual,
      })
    ) {
      continue;
    }
    const errors: ImportCellError[] = [];
    const err = (key: BudgetColumnKey, reason: string) =>
      errors.push({ sheet: 'budget', row: r.row, column: budgetHeader(key), reason });
    const itemId = text(r.cells.itemId)?.toLowerCase() ?? null;
    // Budget lines of an item being removed go with it.
    if (itemId !== null && current.has(itemId) && !claimed.has(itemId)) continue;
    const year = parseWhole(r.cells.year);
    const source = parseChoice(r.cells.source, FINANCING_SOURCES, sourceLabel);
    const planned = parseSheetMoney(r.cells.planned);
    const actual = parseSheetMoney(r.cells.actual);
    if (year === null || year === undefined) err('year', 'year must be a whole year, e.g. 2024');
    if (source === null || source === undefined) {
      err('source', `source must be one of: ${FINANCING_SOURCES.map(sourceLabel).join(', ')}`);
    }
    if (planned === null || planned === undefined) {
      err('planned', 'planned must be a non-negative amount in roubles with at most 2 decimals');
    }
    if (actual === undefined) err('actual', 'actual must be empty or a non-negative amount in roubles');
    if (itemId === null || !claimed.has(itemId)) {
      err(
        'itemId',
        itemId === null
          ? 'name the item by its ID (budget lines of a new item can be added once it exists)'
          : 'no item on «Мероприятия» has this ID',
      );
      rows.push({ sheet: 'budget', row: r.row, itemId, title: null, action: 'invalid', changes: [], errors });
      continue;
    }
    if (errors.length > 0) {
      budgetErrors.set(itemId, [...(budgetErrors.get(itemId) ?? []), ...errors]);
      continue;
    }
    const lines = budgetByItem.get(itemId) ?? [];
    lines.push({ row: r.row, line: { year: year!, source: source!, planned: planned!, actual: actual! } });
    budgetByItem.set(itemId, lines);
  }

  for (const r of itemRows) {
    const errors: ImportCellError[] = [];
    const err = (key: ItemColumnKey, reason: string) =>
      errors.push({ sheet: 'items', row: r.row, column: header(key), reason });
    const idError = rowIdErrors.get(r.row);
    if (idError) err('id', idError);
    const idText = text(r.cells.id)?.toLowerCase() ?? null;
    const existing = idError || idText === null ? null : current.get(idText)!;

    const code = text(r.cells.measureCode);
    const measure = code === null ? null : measureByCode.get(code.toLowerCase());
    if (measure === undefined) err('measureCode', `${code} is not a measure code of the roadmap's standard`);
    const dcode = text(r.cells.directionCode);
    const direction = dcode === null ? null : directionByCode.get(dcode.toLowerCase());
    if (direction === undefined)
      err('directionCode', `${dcode} is not a direction code of the roadmap's standard`);
    const title = text(r.cells.title);
    if (title === null) err('title', 'title must not be empty');
    else if (title.length > 500) err('title', 'title must be at most 500 characters');
    const unit = text(r.cells.responsibleUnit);
    if (unit !== null && unit.length > 300) err('responsibleUnit', 'at most 300 characters');
    const person = text(r.cells.responsiblePerson);
    if (person !== null && person.length > 300) err('responsiblePerson', 'at most 300 characters');
    const startMonth = parseSheetMonth(r.cells.startMonth);
    if (startMonth === undefined) err('startMonth', 'must be a month as YYYY-MM');
    const endMonth = parseSheetMonth(r.cells.endMonth);
    if (endMonth === undefined) err('endMonth', 'must be a month as YYYY-MM');
    const statusCell = parseChoice(r.cells.status, ROADMAP_ITEM_STATUSES, statusLabel);
    const status = statusCell === null && !existing ? 'planned' : statusCell;
    if (status === null || status === undefined) {
      err('status', `status must be one of: ${ROADMAP_ITEM_STATUSES.map(statusLabel).join(', ')}`);
    }
    const progressCell = parseWhole(r.cells.progress);
    const progress = progressCell === null ? 0 : progressCell;
    if (progress === undefined || progress < 0 || progress > 100) {
      err('progress', 'progress must be a whole percentage from 0 to 100');
    }

    const budget = existing ? (budgetByItem.get(existing.id) ?? []) : [];
    errors.push(...(existing ? (budgetErrors.get(existing.id) ?? []) : []));
    const fields: SheetItemFields = {
      kind: measure ? 'standard' : 'own',
      measureId: measure?.id ?? null,
      directionId: direction?.id ?? null,
      title: title ?? '',
      responsibleUnit: unit,
      responsiblePerson: person,
      startMonth: startMonth ?? null,
      endMonth: endMonth ?? null,
      status: status ?? 'planned',
      progress: progress ?? 0,
    };
    if (errors.length === 0) {
      const issues = validateItemDraft(
        {
          ...fields,
          problemIds: existing?.problemIds ?? [],
          dependsOn: existing?.dependsOn ?? [],
          budgetLines: budget.map((b) => b.line),
          kpiTargets: existing?.kpiTargets ?? [],
        },
        {
          itemId: existing?.id ?? null,
          problemIds: new Set(existing?.problemIds ?? []),
          itemIds: current.size > 0 ? new Set(current.keys()) : new Set(),
          firstYear: input.firstYear,
          lastYear: input.lastYear,
        },
      );
      for (const issue of issues) {
        const budgetIndex = /^budgetLines\.(\d+)(?:\.(year|source))?$/.exec(issue.field);
        if (budgetIndex) {
          const line = budget[Number(budgetIndex[1])];
          const column = budgetIndex[2] === 'source' ? 'source' : 'year';
          errors.push({ sheet: 'budget', row: line.row, column: budgetHeader(column), reason: issue.reason });
        } else if (issue.field === 'problemIds' || issue.field === 'kind' || issue.field === 'measureId') {
          err(
            'measureCode',
            issue.field === 'problemIds'
              ? 'without a measure code this is an own measure, which must cite a problem: add the item in the app, or give it a measure code'
              : issue.reason,
          );
        } else if (issue.field === 'startMonth' || issue.field === 'endMonth' || issue.field === 'status') {
          err(issue.field, issue.reason);
        } else {
          err('title', `${issue.field}: ${issue.reason}`);
        }
      }
    }

    const shownTitle = title ?? existing?.title ?? null;
    if (errors.length > 0) {
      rows.push({
        sheet: 'items',
        row: r.row,
        itemId: existing?.id ?? null,
        title: shownTitle,
        action: 'invalid',
        changes: [],
        errors,
      });
      continue;
    }
    const lines = budget.map((b) => b.line);
    const shown = (f: SheetItemFields) => ({
      measureCode: f.measureId ? (measureCode.get(f.measureId) ?? f.measureId) : null,
      directionCode: f.directionId ? (directionCode.get(f.directionId) ?? f.directionId) : null,
      title: f.title,
      responsibleUnit: f.responsibleUnit,
      responsiblePerson: f.responsiblePerson,
      startMonth: f.startMonth,
      endMonth: f.endMonth,
      status: f.status,
      progress: f.progress,
    });
    const before = existing ? shown(existing) : null;
    const after = shown(fields);
    const changes: ImportFieldChange[] = [];
    for (const [field, to] of Object.entries<string | number | null>(after)) {
      const from = before ? (before as Record<string, string | number | null>)[field] : null;
      if (from !== to && !(before === null && to === null)) changes.push({ field, from, to });
    }
    const budgetChanges = diffBudget(existing?.budgetLines ?? [], lines);
    changes.push(...budgetChanges);
    if (!existing) {
      rows.push({ sheet: 'items', row: r.row, itemId: null, title, action: 'added', changes, errors: [] });
      operations.push({ op: 'add', row: r.row, fields, budgetLines: lines });
    } else {
      const action = changes.length > 0 ? 'changed' : 'unchanged';
      rows.push({ sheet: 'items', row: r.row, itemId: existing.id, title, action, changes, errors: [] });
      if (action === 'changed') {
        operations.push({
          op: 'update',
          itemId: existing.id,
          revision: existing.revision,
          fields,
          budgetLines: budgetChanges.length > 0 ? lines : null,
        });
      }
    }
  }

  for (const item of input.current) {
    if (claimed.has(item.id)) continue;
    // An item whose row carries an invalid ID is not "removed": the row is reported as invalid instead.
    rows.push({
      sheet: 'items',
      row: cleared.get(item.id) ?? null,
      itemId: item.id,
      title: item.title,
      action: 'removed',
      changes: [],
      errors: [],
    });
    operations.push({ op: 'remove', itemId: item.id, revision: item.revision });
  }

  const summary = countActions(rows);
  const isValid = summary.invalid === 0;
  return { rows, operations: isValid ? operations : [], summary, isValid };
}

/** Budget changes as `budget.<year>.<source>.planned|actual` fields. */
function diffBudget(
  before: readonly SheetBudgetLine[],
  after: readonly SheetBudgetLine[],
): ImportFieldChange[] {
  const key = (l: SheetBudgetLine) => `${l.year}.${l.source}`;
  const beforeByKey = new Map(before.map((l) => [key(l), l]));
  const afterByKey = new Map(after.map((l) => [key(l), l]));
  const keys = [...new Set([...beforeByKey.keys(), ...afterByKey.keys()])].sort();
  const changes: ImportFieldChange[] = [];
  for (const k of keys) {
    const from = beforeByKey.get(k);
    const to = afterByKey.get(k);
    for (const part of ['planned', 'actual'] as const) {
      const a = from?.[part] ?? null;
      const b = to?.[part] ?? null;
      if (a !== b) changes.push({ field: `budget.${k}.${part}`, from: a, to: b });
    }
  }
  return changes;
}
