import type { ImportPreviewRowResponse } from '@smartcity/contracts';

import { ApiError } from '../../../lib/api-client';
import {
  checkSheetFile,
  previewErrors,
  previewOvertakenBy,
  previewRows,
  sheetChangeField,
  sheetFailure,
  sheetReason,
} from './sheet-preview';

const row = (overrides: Partial<ImportPreviewRowResponse>): ImportPreviewRowResponse => ({
  sheet: 'items',
  row: 2,
  itemId: null,
  title: 'Мероприятие',
  action: 'changed',
  changes: [],
  errors: [],
  ...overrides,
});

describe(sheetChangeField.name, () => {
  it('reads item fields and budget cells', () => {
    expect(sheetChangeField('responsiblePerson')).toEqual({ kind: 'item', field: 'responsiblePerson' });
    expect(sheetChangeField('budget.2025.extra_budgetary.actual')).toEqual({
      kind: 'budget',
      year: 2025,
      source: 'extra_budgetary',
      amount: 'actual',
    });
  });

  it('keeps a field it does not know as it is', () => {
    expect(sheetChangeField('budget.2025.lottery.planned')).toEqual({
      kind: 'other',
      field: 'budget.2025.lottery.planned',
    });
    expect(sheetChangeField('kpi')).toEqual({ kind: 'other', field: 'kpi' });
  });
});

describe(previewRows.name, () => {
  const rows = [
    row({ row: 5, action: 'unchanged' }),
    row({ row: 4, action: 'changed' }),
    row({ row: null, action: 'removed' }),
    row({ row: 3, action: 'changed' }),
    row({ sheet: 'budget', row: 2, action: 'invalid' }),
    row({ row: 9, action: 'invalid' }),
    row({ row: 7, action: 'added' }),
  ];

  it('lists errors first, then additions, changes and removals, leaving unchanged rows out', () => {
    expect(previewRows({ rows }).map((r) => `${r.action}:${r.sheet}:${r.row}`)).toEqual([
      'invalid:items:9',
      'invalid:budget:2',
      'added:items:7',
      'changed:items:3',
      'changed:items:4',
      'removed:items:null',
    ]);
  });

  it('filters by one action, unchanged included', () => {
    expect(previewRows({ rows }, 'unchanged').map((r) => r.row)).toEqual([5]);
    expect(previewRows({ rows }, 'changed').map((r) => r.row)).toEqual([3, 4]);
  });
});

describe(previewErrors.name, () => {
  it('collects every cell error in sheet and row order', () => {
    const error = (sheet: 'items' | 'budget', r: number) => ({ sheet, row: r, column: 'Год', reason: 'x' });
    const errors = previewErrors({
      rows: [
        row({ action: 'invalid', errors: [error('budget', 3), error('items', 8)] }),
        row({ action: 'invalid', errors: [error('items', 4)] }),
      ],
    });

    expect(errors.map((e) => `${e.sheet}:${e.row}`)).toEqual(['items:4', 'items:8', 'budget:3']);
  });
});

describe(sheetReason.name, () => {
  it.each([
    [
      'no item of this roadmap has this ID; leave the ID empty for a new item and never edit an ID',
      { key: 'unknownId' },
    ],
    ['the same ID is on row 4 already', { key: 'duplicateId', row: 4 }],
    ["X9 is not a measure code of the roadmap's standard", { key: 'unknownMeasureCode', code: 'X9' }],
    ["D1 is not a direction code of the roadmap's standard", { key: 'unknownDirectionCode', code: 'D1' }],
    ['title must not be empty', { key: 'titleRequired' }],
    ['title must be at most 500 characters', { key: 'tooLong', max: 500 }],
    ['at most 300 characters', { key: 'tooLong', max: 300 }],
    ['must be a month as YYYY-MM', { key: 'month' }],
    ['startMonth must fall between 2024 and 2030', { key: 'monthOutOfPeriod', from: 2024, to: 2030 }],
    ['endMonth must not be earlier than startMonth', { key: 'endBeforeStart' }],
    ['status must be one of: запланировано, выполняется', { key: 'status' }],
    ['progress must be a whole percentage from 0 to 100', { key: 'progress' }],
    ['year must be a whole year, e.g. 2024', { key: 'year' }],
    ['source must be one of: федеральный бюджет', { key: 'source' }],
    ['planned must be a non-negative amount in roubles with at most 2 decimals', { key: 'amount' }],
    ['actual must be empty or a non-negative amount in roubles', { key: 'amount' }],
    ['no item on «Мероприятия» has this ID', { key: 'budgetItemUnknown' }],
    [
      'name the item by its ID (budget lines of a new item can be added once it exists)',
      { key: 'budgetItemMissing' },
    ],
    ['there is already a line for 2024 and source municipal', { key: 'budgetDuplicate' }],
    [
      'without a measure code this is an own measure, which must cite a problem: add the item in the app, or give it a measure code',
      { key: 'ownNeedsProblem' },
    ],
  ])('%s', (reason, expected) => {
    expect(sheetReason(reason)).toEqual(expected);
  });

  it('passes an unknown reason through as it is', () => {
    expect(sheetReason('something new')).toEqual({ key: 'raw', text: 'something new' });
  });
});

describe(sheetFailure.name, () => {
  const error = (code: ApiError['code'], fields: ApiError['fields'] = []) =>
    new ApiError({ code, status: 400, message: 'x', fields });

  it('tells a stale preview from a bad file, invalid rows and a repeated apply', () => {
    expect(sheetFailure(null)).toBeNull();
    expect(sheetFailure(error('common.conflict'))).toBe('stale');
    expect(sheetFailure(error('roadmaps.unsupported-file'))).toBe('invalid-file');
    expect(sheetFailure(error('common.payload-too-large'))).toBe('invalid-file');
    expect(
      sheetFailure(
        error('common.validation-failed', [{ field: 'file', reason: 'attach the edited workbook' }]),
      ),
    ).toBe('invalid-file');
    expect(
      sheetFailure(
        error('common.validation-failed', [
          { field: 'file', reason: 'this workbook was downloaded from another roadmap' },
        ]),
      ),
    ).toBe('other-roadmap');
    expect(sheetFailure(error('roadmaps.import-invalid'))).toBe('invalid-rows');
    expect(sheetFailure(error('roadmaps.import-applied'))).toBe('applied');
    expect(sheetFailure(error('common.forbidden'))).toBe('other');
  });
});

describe(checkSheetFile.name, () => {
  it('wants an .xlsx file within the size limit', () => {
    expect(checkSheetFile(null, 100)).toBe('required');
    expect(checkSheetFile({ name: 'roadmap.xls', size: 10 }, 100)).toBe('wrong-type');
    expect(checkSheetFile({ name: 'Карта.XLSX', size: 101 }, 100)).toBe('too-large');
    expect(checkSheetFile({ name: 'Карта (ред. 4).xlsx', size: 100 }, 100)).toBeNull();
  });
});

describe(previewOvertakenBy.name, () => {
  const base = { baseRevision: 7, documentRevision: 7, failure: null, conflictRevision: null };

  it('is null while the roadmap is still at the preview’s revision', () => {
    expect(previewOvertakenBy(base)).toBeNull();
  });

  it('names the revision the roadmap moved on to, seen live or reported by a 409', () => {
    expect(previewOvertakenBy({ ...base, documentRevision: 9 })).toBe(9);
    expect(previewOvertakenBy({ ...base, failure: 'stale', conflictRevision: 8 })).toBe(8);
    expect(previewOvertakenBy({ ...base, failure: 'stale' })).toBe(8);
    expect(previewOvertakenBy({ ...base, failure: 'applied', documentRevision: 8 })).toBe(8);
  });

  it('does not treat other failures as overtaken', () => {
    expect(previewOvertakenBy({ ...base, failure: 'invalid-rows' })).toBeNull();
  });
});
