import {
  parseSheetMoney,
  parseSheetMonth,
  planRoadmapSheetImport,
  type SheetImportInput,
  type SheetItem,
} from './roadmap-sheet';

const ITEM = '11111111-1111-4111-8111-111111111111';
const OWN = '22222222-2222-4222-8222-222222222222';
const PROBLEM = '33333333-3333-4333-8333-333333333333';
const M1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

const current: SheetItem[] = [
  {
    id: ITEM,
    revision: 3,
    kind: 'standard',
    measureId: M1,
    directionId: null,
    title: 'Платформа',
    responsibleUnit: null,
    responsiblePerson: null,
    startMonth: '2021-03',
    endMonth: null,
    status: 'planned',
    progress: 0,
    problemIds: [],
    dependsOn: [],
    budgetLines: [{ year: 2021, source: 'federal', planned: '100.00', actual: null }],
    kpiTargets: [],
  },
  {
    id: OWN,
    revision: 1,
    kind: 'own',
    measureId: null,
    directionId: null,
    title: 'Светофоры',
    responsibleUnit: null,
    responsiblePerson: null,
    startMonth: null,
    endMonth: null,
    status: 'in_progress',
    progress: 10,
    problemIds: [PROBLEM],
    dependsOn: [],
    budgetLines: [],
    kpiTargets: [],
  },
];

const input = (overrides: Partial<SheetImportInput> = {}): SheetImportInput => ({
  items: [
    {
      row: 2,
      cells: {
        id: ITEM,
        measureCode: 'M1',
        title: 'Платформа',
        startMonth: '2021-03',
        status: 'запланировано',
        progress: 0,
      },
    },
    { row: 3, cells: { id: OWN, title: 'Светофоры', status: 'выполняется', progress: 10 } },
  ],
  budget: [{ row: 2, cells: { itemId: ITEM, year: 2021, source: 'федеральный бюджет', planned: 100 } }],
  current,
  measures: [{ id: M1, code: 'M1' }],
  directions: [],
  firstYear: 2021,
  lastYear: 2024,
  ...overrides,
});

describe('planRoadmapSheetImport', () => {
  it('finds nothing to do in an untouched sheet', () => {
    const plan = planRoadmapSheetImport(input());

    expect(plan.summary).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 2, invalid: 0 });
    expect(plan.operations).toEqual([]);
  });

  it('reports exactly the edited field, and a budget edit as its own field', () => {
    const base = input();
    const plan = planRoadmapSheetImport({
      ...base,
      items: [{ ...base.items[0], cells: { ...base.items[0].cells, progress: 50 } }, base.items[1]],
      budget: [{ row: 2, cells: { ...base.budget[0].cells, planned: '1 000,5' } }],
    });

    expect(plan.rows[0]).toMatchObject({
      action: 'changed',
      changes: [
        { field: 'progress', from: 0, to: 50 },
        { field: 'budget.2021.federal.planned', from: '100.00', to: '1000.50' },
      ],
    });
    expect(plan.operations).toEqual([
      expect.objectContaining({
        op: 'update',
        itemId: ITEM,
        revision: 3,
        budgetLines: [expect.objectContaining({ planned: '1000.50' })],
      }),
    ]);
  });

  it('turns a missing row into a removal and a row without ID into an addition', () => {
    const base = input();
    const plan = planRoadmapSheetImport({
      ...base,
      items: [base.items[0], { row: 4, cells: { measureCode: 'm1', title: 'Ещё одно' } }],
    });

    expect(plan.summary).toMatchObject({ added: 1, removed: 1, unchanged: 1 });
    expect(plan.operations.map((o) => o.op).sort()).toEqual(['add', 'remove']);
  });

  it('makes the whole plan invalid when one row is, naming the column', () => {
    const base = input();
    const plan = planRoadmapSheetImport({
      ...base,
      items: [
        { ...base.items[0], cells: { ...base.items[0].cells, title: 'Новое' } },
        { ...base.items[1], cells: { ...base.items[1].cells, endMonth: '2040-01' } },
        { row: 5, cells: { id: 'not-an-id', title: 'X' } },
        { row: 6, cells: { title: 'Своё без проблемы' } },
      ],
    });

    expect(plan.isValid).toBe(false);
    expect(plan.operations).toEqual([]);
    expect(
      plan.rows.filter((r) => r.action === 'invalid').map((r) => [r.row, r.errors.map((e) => e.column)]),
    ).toEqual([
      [3, ['Окончание (ГГГГ-ММ)']],
      [5, ['ID (не изменять)']],
      [6, ['Код меры стандарта']],
    ]);
  });

  it('refuses budget lines of unknown items and duplicate lines', () => {
    const base = input();
    const plan = planRoadmapSheetImport({
      ...base,
      budget: [
        ...base.budget,
        { row: 3, cells: { itemId: ITEM, year: 2021, source: 'federal', planned: 5 } },
        {
          row: 4,
          cells: {
            itemId: '44444444-4444-4444-8444-444444444444',
            year: 2021,
            source: 'federal',
            planned: 5,
          },
        },
      ],
    });

    const invalid = plan.rows.filter((r) => r.action === 'invalid');
    expect(invalid.map((r) => r.errors.map((e) => [e.sheet, e.row]))).toEqual([
      [['budget', 4]],
      [['budget', 3]],
    ]);
  });
});

describe('sheet cells', () => {
  it.each([
    ['2024-03', '2024-03'],
    ['2024-03-01', '2024-03'],
    ['3.2024', '2024-03'],
    ['2024-13', undefined],
    [null, null],
  ])('month %p → %p', (cell, month) => expect(parseSheetMonth(cell)).toBe(month));

  it.each([
    [1234567.89, '1234567.89'],
    [9999999999999.99, '9999999999999.99'],
    ['1 234 567,8', '1234567.80'],
    ['250000', '250000.00'],
    [0.001, undefined],
    [-1, undefined],
    ['12abc', undefined],
  ])('money %p → %p', (cell, money) => expect(parseSheetMoney(cell)).toBe(money));
});
