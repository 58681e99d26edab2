import ExcelJS from 'exceljs';

import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import { binary } from './pdf-text';
import { catalogueFixture, platformItem, type CatalogueFixture } from './roadmaps-fixtures';
import { TestApp, type Caller } from './test-app';

type Row = { action: string; itemId: string | null; row: number | null; changes: object[]; errors: object[] };

/** The document without bookkeeping that every write changes. */
const content = (doc: { roadmap: object; items: object[] }) => ({
  ...doc,
  roadmap: { ...doc.roadmap, revision: 0, updatedAt: '' },
});

describe('roadmap XLSX round-trip', () => {
  let t: TestApp;
  let kaluga: Organization;
  let editor: Caller;
  let coordinator: Caller;
  let catalogue: CatalogueFixture;
  let base: string;
  const itemIds: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    const home = await t.regionWithCity();
    kaluga = home.city;
    editor = await t.asMember(kaluga, 'municipal_editor');
    coordinator = await t.asMember(home.region, 'regional_coordinator');
    catalogue = await catalogueFixture(t.dataSource);
    const roadmap = await editor.post(`/api/v1/organizations/${kaluga.id}/roadmaps`, {
      frameworkId: catalogue.frameworkId,
      title: 'Калуга 2021–2024',
      periodStartYear: 2021,
      periodEndYear: 2024,
    });
    base = `/api/v1/organizations/${kaluga.id}/roadmaps/${roadmap.body.id}`;
    const problem = await editor.post(`${base}/problems`, { title: 'Пробки', severity: 'high' });
    const items = [
      platformItem(catalogue),
      {
        kind: 'own',
        title: 'Умные светофоры',
        problemIds: [problem.body.problem.id],
        startMonth: '2022-01',
        budgetLines: [{ year: 2023, source: 'regional', planned: '9999999999999.99' }],
      },
      { kind: 'standard', measureId: catalogue.basicMeasureIds[1], title: 'Учёт ресурсов' },
    ];
    for (const item of items) itemIds.push((await editor.post(`${base}/items`, item)).body.item.id as string);
  });

  afterAll(() => t.close());

  const download = async (caller = editor) => {
    const res = await caller.get(`${base}/export.xlsx`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ExcelJS.Buffer);
    return { res, wb };
  };
  const upload = async (wb: ExcelJS.Workbook, fileName = 'roadmap.xlsx') =>
    editor.post(`${base}/imports`).attach('file', Buffer.from(await wb.xlsx.writeBuffer()), fileName);
  const itemsSheet = (wb: ExcelJS.Workbook) => wb.getWorksheet('Мероприятия')!;
  const rowOf = (wb: ExcelJS.Workbook, itemId: string) => {
    const sheet = itemsSheet(wb);
    for (let r = 2; r <= sheet.rowCount; r++)
      if (sheet.getCell(r, 1).value === itemId) return sheet.getRow(r);
    throw new Error(`no row for ${itemId}`);
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are compared as JSON
  const doc = async (): Promise<any> => (await editor.get(base)).body as unknown;

  it('exports a protected workbook shaped like the template, to readers too', async () => {
    const { res, wb } = await download(coordinator);

    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename=".*\.xlsx"; filename\*=UTF-8''/,
    );
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Мероприятия', 'Бюджет', 'Меры', 'meta']);
    const items = itemsSheet(wb);
    expect(items.getRow(1).values).toEqual([
      undefined,
      'ID (не изменять)',
      'Код меры стандарта',
      'Направление',
      'Наименование мероприятия',
      'Ответственное подразделение',
      'Ответственное лицо',
      'Начало (ГГГГ-ММ)',
      'Окончание (ГГГГ-ММ)',
      'Статус',
      'Готовность, %',
    ]);
    const first = rowOf(wb, itemIds[0]);
    expect(first.getCell(2).value).toBe('M1');
    expect(first.getCell(9).value).toBe('выполняется');
    // The ID column is locked on a protected sheet; the data columns are open.
    expect((items as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(first.getCell(1).protection?.locked).not.toBe(false);
    expect(first.getCell(4).protection?.locked).toBe(false);
    // The measure code column is a drop-down of the framework's measure codes.
    const validation = (
      items as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation } }
    ).dataValidations.find('B2');
    expect(validation).toMatchObject({ type: 'list', formulae: ["'Меры'!$A$2:$A$4"] });
    expect(wb.getWorksheet('Меры')!.getColumn(1).values.slice(2)).toEqual(['M1', 'M2', 'M3']);
    const budget = wb.getWorksheet('Бюджет')!;
    expect(budget.getRow(2).values).toEqual([
      undefined,
      itemIds[0],
      'Платформа вовлечения граждан',
      2021,
      'федеральный бюджет',
      1234567.89,
      1000000,
    ]);
  });

  it('previews an untouched export as all unchanged, and writes nothing', async () => {
    const before = await doc();
    const { wb } = await download();

    const res = await upload(wb);

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'previewed',
      baseRevision: before.roadmap.revision,
      isValid: true,
      summary: { added: 0, changed: 0, removed: 0, unchanged: 3, invalid: 0 },
    });
    expect((await doc()).roadmap.revision).toBe(before.roadmap.revision);
  });

  it('changes exactly the edited field when one cell was edited', async () => {
    const before = await doc();
    const { wb } = await download();
    rowOf(wb, itemIds[1]).getCell(4).value = 'Умные светофоры на Театральной';

    const preview = await upload(wb);
    const applied = await editor.post(`${base}/imports/${preview.body.id}/apply`);

    const changed = preview.body.rows.filter((r: Row) => r.action !== 'unchanged');
    expect(changed).toEqual([
      {
        sheet: 'items',
        row: rowOf(wb, itemIds[1]).number,
        itemId: itemIds[1],
        title: 'Умные светофоры на Театральной',
        action: 'changed',
        changes: [{ field: 'title', from: 'Умные светофоры', to: 'Умные светофоры на Театральной' }],
        errors: [],
      },
    ]);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ status: 'applied', appliedRevision: before.roadmap.revision + 1 });
    const after = await doc();
    const expected = structuredClone(before);
    expected.items[1].title = 'Умные светофоры на Театральной';
    for (const d of [after, expected]) d.items[1] = { ...d.items[1], revision: 0, updatedAt: '' };
    expect(content(after)).toEqual(content(expected));
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'roadmaps.import-applied', entityId: preview.body.id }),
    ).toBe(1);
    const again = await editor.post(`${base}/imports/${preview.body.id}/apply`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('roadmaps.import-applied');
  });

  it('changes one budget amount exactly, to the kopeck', async () => {
    const { wb } = await download();
    wb.getWorksheet('Бюджет')!.getCell('E2').value = 1234567.9;

    const preview = await upload(wb);
    const applied = await editor.post(`${base}/imports/${preview.body.id}/apply`);

    const changed = preview.body.rows.filter((r: Row) => r.action === 'changed');
    expect(changed).toHaveLength(1);
    expect(changed[0].changes).toEqual([
      { field: 'budget.2021.federal.planned', from: '1234567.89', to: '1234567.90' },
    ]);
    expect(applied.status).toBe(200);
    const item = (await doc()).items[0];
    expect(item.budgetLines).toEqual([
      { year: 2021, source: 'federal', planned: '1234567.90', actual: '1000000.00' },
      { year: 2022, source: 'municipal', planned: '250000.00', actual: null },
    ]);
    // The largest amount survives the round trip through a spreadsheet number.
    expect((await doc()).items[1].budgetLines[0].planned).toBe('9999999999999.99');
  });

  it('refuses to apply a file with one invalid row and writes nothing', async () => {
    const before = await doc();
    const { wb } = await download();
    rowOf(wb, itemIds[0]).getCell(4).value = 'Новое название';
    rowOf(wb, itemIds[2]).getCell(9).value = 'почти готово';
    itemsSheet(wb).addRow(['', 'M404', '', 'Новое мероприятие']);

    const preview = await upload(wb);
    const applied = await editor.post(`${base}/imports/${preview.body.id}/apply`);

    expect(preview.status).toBe(201);
    expect(preview.body.isValid).toBe(false);
    expect(preview.body.summary).toMatchObject({ changed: 1, invalid: 2, unchanged: 1 });
    const invalid = preview.body.rows.filter((r: Row) => r.action === 'invalid');
    expect(invalid.map((r: Row) => r.errors)).toEqual([
      [
        {
          sheet: 'items',
          row: rowOf(wb, itemIds[2]).number,
          column: 'Статус',
          reason: expect.stringMatching(/^status must be one of/),
        },
      ],
      [
        {
          sheet: 'items',
          row: 5,
          column: 'Код меры стандарта',
          reason: "M404 is not a measure code of the roadmap's standard",
        },
      ],
    ]);
    expect(applied.status).toBe(400);
    expect(applied.body.code).toBe('roadmaps.import-invalid');
    expect(await doc()).toEqual(before);
  });

  it('refuses with 409 when the roadmap changed after the preview', async () => {
    const { wb } = await download();
    rowOf(wb, itemIds[2]).getCell(10).value = 50;
    const preview = await upload(wb);
    const item = (await doc()).items[0];
    await editor.patch(`${base}/items/${item.id}`, { revision: item.revision, progress: 45 });
    const before = await doc();

    const applied = await editor.post(`${base}/imports/${preview.body.id}/apply`);

    expect(preview.body.isValid).toBe(true);
    expect(applied.status).toBe(409);
    expect(applied.body.code).toBe('common.conflict');
    expect(applied.body.details.current.revision).toBe(before.roadmap.revision);
    expect(await doc()).toEqual(before);
  });

  it('adds rows without an ID and removes items whose row was cleared, with budget lines', async () => {
    const { wb } = await download();
    const added = itemsSheet(wb).addRow([
      '',
      'M3',
      'D1',
      'Цифровой двойник',
      '',
      '',
      '2023-01',
      '2023-12',
      '',
      10,
    ]);
    const cleared = rowOf(wb, itemIds[2]);
    for (let c = 2; c <= 10; c++) cleared.getCell(c).value = null;

    const preview = await upload(wb);
    const applied = await editor.post(`${base}/imports/${preview.body.id}/apply`);

    expect(preview.body.summary).toMatchObject({ added: 1, removed: 1, unchanged: 2, invalid: 0 });
    expect(preview.body.rows.find((r: Row) => r.action === 'added')).toMatchObject({
      row: added.number,
      changes: expect.arrayContaining([{ field: 'measureCode', from: null, to: 'M3' }]),
    });
    expect(preview.body.rows.find((r: Row) => r.action === 'removed')).toMatchObject({
      itemId: itemIds[2],
      row: cleared.number,
    });
    expect(applied.status).toBe(200);
    const after = await doc();
    expect(after.items.map((i: { title: string }) => i.title)).toEqual([
      'Платформа вовлечения граждан',
      'Умные светофоры на Театральной',
      'Цифровой двойник',
    ]);
    expect(after.items[2]).toMatchObject({
      kind: 'standard',
      measureId: catalogue.additionalMeasureId,
      directionId: catalogue.directionId,
      status: 'planned',
      progress: 10,
      startMonth: '2023-01',
    });
  });

  it('refuses files that are not roadmap workbooks, and uploads by readers', async () => {
    const csv = await editor.post(`${base}/imports`).attach('file', Buffer.from('a,b'), 'roadmap.csv');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Лист1');
    const foreign = await upload(wb);
    const reader = await coordinator
      .post(`${base}/imports`)
      .attach('file', Buffer.from(await wb.xlsx.writeBuffer()), 'r.xlsx');

    expect(csv.status).toBe(415);
    expect(foreign.status).toBe(415);
    expect(foreign.body.code).toBe('roadmaps.unsupported-file');
    expect(reader.status).toBe(403);
  });

  it('round-trips a 1 000-item roadmap: 100 edited cells change exactly those items', async () => {
    // Timings of the same round-trip are measured by `npm run bench -- roadmap-sheet`, not asserted here.
    const roadmapId = base.split('/').pop()!;
    await t.dataSource.query(
      `INSERT INTO roadmap_items (roadmap_id, kind, measure_id, title, start_month, end_month, progress)
       SELECT $1, 'standard', $2, 'Мероприятие ' || g, '2022-01', '2023-06', g % 100 FROM generate_series(1, 1000) g`,
      [roadmapId, catalogue.basicMeasureIds[0]],
    );
    await t.dataSource.query(
      `INSERT INTO roadmap_budget_lines (item_id, year, source, planned_kopecks)
       SELECT id, y, 'municipal', 100000000 + y FROM roadmap_items, generate_series(2021, 2024) y
        WHERE roadmap_id = $1 AND title LIKE 'Мероприятие %'`,
      [roadmapId],
    );
    const progressOf = async () => {
      const rows = await t.dataSource.query<{ id: string; progress: number }[]>(
        `SELECT id, progress FROM roadmap_items WHERE roadmap_id = $1`,
        [roadmapId],
      );
      return new Map(rows.map((row) => [row.id, Number(row.progress)]));
    };
    const before = await progressOf();

    const { wb } = await download();
    const sheet = itemsSheet(wb);
    const edited = new Set<string>();
    for (let r = 2; r <= 101; r++) {
      edited.add(sheet.getCell(r, 1).text);
      sheet.getCell(r, 10).value = 77;
    }
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = await editor.post(`${base}/imports`).attach('file', file, 'big.xlsx');
    const applied = await editor.post(`${base}/imports/${preview.body.id}/apply`);
    const after = await progressOf();

    expect(preview.status).toBe(201);
    expect(preview.body.summary.invalid).toBe(0);
    expect(preview.body.summary.changed).toBe([...edited].filter((id) => before.get(id) !== 77).length);
    expect(applied.status).toBe(200);
    expect(after.size).toBe(before.size);
    for (const [id, progress] of after) expect(progress).toBe(edited.has(id) ? 77 : before.get(id));
  });
});
