import type {
  ImportCellErrorResponse,
  ImportPreviewRowResponse,
  RoadmapImportResponse,
} from '@smartcity/contracts';
import type { FinancingSource, ImportRowAction } from '@smartcity/domain';

import type { ApiError } from '../../../lib/api-client';

/** Fields of the items sheet a preview can report as changed (`ImportFieldChange.field`). */
export const SHEET_ITEM_FIELDS = [
  'measureCode',
  'directionCode',
  'title',
  'responsibleUnit',
  'responsiblePerson',
  'startMonth',
  'endMonth',
  'status',
  'progress',
] as const;
export type SheetItemField = (typeof SHEET_ITEM_FIELDS)[number];

const FINANCING: readonly FinancingSource[] = ['federal', 'regional', 'municipal', 'extra_budgetary'];

/** What a changed field of a preview row is about. */
export type SheetChangeField =
  | { kind: 'item'; field: SheetItemField }
  | { kind: 'budget'; year: number; source: FinancingSource; amount: 'planned' | 'actual' }
  | { kind: 'other'; field: string };

/** Reads `title`, `budget.2024.municipal.planned`, …; a field this bundle does not know is `other`. */
export function sheetChangeField(field: string): SheetChangeField {
  if ((SHEET_ITEM_FIELDS as readonly string[]).includes(field)) {
    return { kind: 'item', field: field as SheetItemField };
  }
  const budget = /^budget\.(\d{4})\.([a-z_]+)\.(planned|actual)$/.exec(field);
  if (budget && (FINANCING as readonly string[]).includes(budget[2])) {
    return {
      kind: 'budget',
      year: Number(budget[1]),
      source: budget[2] as FinancingSource,
      amount: budget[3] as 'planned' | 'actual',
    };
  }
  return { kind: 'other', field };
}

/** The order rows are listed in: what needs fixing first, then what will be written. */
const ACTION_ORDER: Record<ImportRowAction, number> = {
  invalid: 0,
  added: 1,
  changed: 2,
  removed: 3,
  unchanged: 4,
};

export type PreviewFilter = ImportRowAction | 'all';

/**
 * The rows of a preview to list: unchanged rows only when asked for (`all` leaves them out — they are the bulk of
 * a workbook and say nothing), sorted invalid → added → changed → removed, then by sheet and row.
 */
export function previewRows(
  preview: Pick<RoadmapImportResponse, 'rows'>,
  filter: PreviewFilter = 'all',
): ImportPreviewRowResponse[] {
  const rows = preview.rows.filter((row) =>
    filter === 'all' ? row.action !== 'unchanged' : row.action === filter,
  );
  return [...rows].sort(
    (a, b) =>
      ACTION_ORDER[a.action] - ACTION_ORDER[b.action] ||
      (a.sheet === b.sheet ? 0 : a.sheet === 'items' ? -1 : 1) ||
      (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER),
  );
}

/** Every cell error of the preview, in sheet and row order (for the "what to fix" list). */
export function previewErrors(preview: Pick<RoadmapImportResponse, 'rows'>): ImportCellErrorResponse[] {
  return preview.rows
    .flatMap((row) => row.errors)
    .sort((a, b) => (a.sheet === b.sheet ? 0 : a.sheet === 'items' ? -1 : 1) || a.row - b.row || 0);
}

/** A cell error's reason, as a message key of the interface when it is one of the API's known reasons. */
export type SheetReason =
  | { key: 'unknownId' }
  | { key: 'duplicateId'; row: number }
  | { key: 'unknownMeasureCode'; code: string }
  | { key: 'unknownDirectionCode'; code: string }
  | { key: 'titleRequired' }
  | { key: 'tooLong'; max: number }
  | { key: 'month' }
  | { key: 'monthOutOfPeriod'; from: number; to: number }
  | { key: 'endBeforeStart' }
  | { key: 'status' }
  | { key: 'progress' }
  | { key: 'year' }
  | { key: 'source' }
  | { key: 'amount' }
  | { key: 'budgetItemUnknown' }
  | { key: 'budgetItemMissing' }
  | { key: 'budgetDuplicate' }
  | { key: 'ownNeedsProblem' }
  | { key: 'raw'; text: string };

const REASONS: readonly [RegExp, (match: RegExpExecArray) => SheetReason][] = [
  [/^no item of this roadmap has this ID/, () => ({ key: 'unknownId' })],
  [/^the same ID is on row (\d+)/, (m) => ({ key: 'duplicateId', row: Number(m[1]) })],
  [/^(.+) is not a measure code of /, (m) => ({ key: 'unknownMeasureCode', code: m[1] })],
  [/^(.+) is not a direction code of /, (m) => ({ key: 'unknownDirectionCode', code: m[1] })],
  [/^title must not be empty$/, () => ({ key: 'titleRequired' })],
  [/(?:^|must be )at most (\d+) characters$/, (m) => ({ key: 'tooLong', max: Number(m[1]) })],
  [/must be a month as YYYY-MM$/, () => ({ key: 'month' })],
  [
    /must fall between (\d{4}) and (\d{4})$/,
    (m) => ({ key: 'monthOutOfPeriod', from: Number(m[1]), to: Number(m[2]) }),
  ],
  [/^endMonth must not be earlier than startMonth$/, () => ({ key: 'endBeforeStart' })],
  [/^status must be one of/, () => ({ key: 'status' })],
  [/^progress must be a whole percentage/, () => ({ key: 'progress' })],
  [/^year must be a whole year/, () => ({ key: 'year' })],
  [/^source must be one of/, () => ({ key: 'source' })],
  [/^(planned|actual) must be /, () => ({ key: 'amount' })],
  [/^no item on «.+» has this ID$/, () => ({ key: 'budgetItemUnknown' })],
  [/^name the item by its ID/, () => ({ key: 'budgetItemMissing' })],
  [/^there is already a line for /, () => ({ key: 'budgetDuplicate' })],
  [/must cite a problem/, () => ({ key: 'ownNeedsProblem' })],
];

/** The API words cell errors in English: the known ones are shown in the interface language, others as sent. */
export function sheetReason(reason: string): SheetReason {
  for (const [pattern, toReason] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return toReason(match);
  }
  return { key: 'raw', text: reason };
}

/** Why an upload or apply failed, for the message and what to offer next. */
export type SheetFailure =
  /** The roadmap changed after the preview: upload the file again (or download a fresh one). */
  | 'stale'
  /** Not an .xlsx workbook, empty or too large. */
  | 'invalid-file'
  /** A workbook downloaded from another roadmap. */
  | 'other-roadmap'
  /** Some row is invalid: nothing was written. */
  | 'invalid-rows'
  /** Applied already (another tab, a double click). */
  | 'applied'
  | 'other';

export function sheetFailure(
  error: Pick<ApiError, 'code' | 'fields'> | null | undefined,
): SheetFailure | null {
  if (!error) return null;
  const { code } = error;
  if (code === 'common.conflict') return 'stale';
  if (code === 'roadmaps.unsupported-file' || code === 'common.payload-too-large') return 'invalid-file';
  if (code === 'common.validation-failed') {
    const fileErrors = error.fields.filter((f) => f.field === 'file');
    if (fileErrors.some((f) => /another roadmap/.test(f.reason))) return 'other-roadmap';
    return fileErrors.length > 0 ? 'invalid-file' : 'other';
  }
  if (code === 'roadmaps.import-invalid') return 'invalid-rows';
  if (code === 'roadmaps.import-applied') return 'applied';
  return 'other';
}

/** Checks a chosen file before uploading it (the API checks again). */
export function checkSheetFile(
  file: { name: string; size: number } | null,
  maxBytes: number,
): 'required' | 'wrong-type' | 'too-large' | null {
  if (!file) return 'required';
  if (!/\.xlsx$/i.test(file.name)) return 'wrong-type';
  if (file.size > maxBytes) return 'too-large';
  return null;
}

/**
 * The revision a preview has been overtaken by, or null while it can still be applied: the roadmap shown is past
 * the preview's base (seen live), or applying it failed as stale (409: its current revision) or as applied already.
 */
export function previewOvertakenBy(input: {
  baseRevision: number;
  documentRevision: number;
  failure: SheetFailure | null;
  conflictRevision: number | null;
}): number | null {
  const { baseRevision, documentRevision, failure, conflictRevision } = input;
  if (failure === 'stale') return conflictRevision ?? Math.max(documentRevision, baseRevision + 1);
  if (failure === 'applied') return Math.max(documentRevision, baseRevision);
  return documentRevision > baseRevision ? documentRevision : null;
}
