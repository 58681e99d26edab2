import type { AccessScope } from '@smartcity/domain';
import ExcelJS from 'exceljs';
import { MoreThan } from 'typeorm';

import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import type { RoadmapBudgetLine, RoadmapKpiTarget } from '../src/modules/roadmaps/roadmap-parts.entity';
import { RoadmapWrites } from '../src/modules/roadmaps/roadmap-writes';
import { RoadmapsRepository } from '../src/modules/roadmaps/roadmaps.repository';
import { OutboxEvent } from '../src/queue/outbox-event.entity';
import { binary } from './pdf-text';
import { catalogueFixture, platformItem, type CatalogueFixture } from './roadmaps-fixtures';
import { TestApp, type Caller } from './test-app';

/** Columns of «Мероприятия» and «Бюджет» (docs/roadmaps.md). */
const COL = { id: 1, measureCode: 2, title: 4, unit: 5, start: 7, end: 8, progress: 10 } as const;

/** An item of the document as the API returns it, with the bookkeeping a write changes blanked. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are compared as JSON
type Json = any;
const settled = (item: Json): object => ({ ...(item as object), revision: 0, updatedAt: '' });

/**
 * Applying an uploaded workbook set-based (a few statements for all rows) must leave exactly what the row-by-row
 * apply left: the same document, one audit event per changed item with the same before/after, the same outbox
 * jobs, and nothing at all when one item turns out to be stale.
 */
describe('roadmap XLSX apply, set-based', () => {
  let t: TestApp;
  let kaluga: Organization;
  let editor: Caller;
  let catalogue: CatalogueFixture;
  let base: string;
  let roadmapId: string;
  const ids: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };

  beforeAll(async () => {
    t = await TestApp.start();
    kaluga = (await t.regionWithCity()).city;
    editor = await t.asMember(kaluga, 'municipal_editor');
    catalogue = await catalogueFixture(t.dataSource);
    const roadmap = await editor.post(`/api/v1/organizations/${kaluga.id}/roadmaps`, {
      frameworkId: catalogue.frameworkId,
      title: 'Калуга 2021–2030',
      periodStartYear: 2021,
      periodEndYear: 2030,
    });
    roadmapId = roadmap.body.id as string;
    base = `/api/v1/organizations/${kaluga.id}/roadmaps/${roadmapId}`;
    const problem = await editor.post(`${base}/problems`, { title: 'Пробки', severity: 'high' });
    const create = async (body: object) => (await editor.post(`${base}/items`, body)).body.item.id as string;
    ids.a = await create({
      ...platformItem(catalogue),
      kpiTargets: [{ kpiDefinitionId: catalogue.kpiId, year: 2022, baseline: 10, target: 60 }],
    });
    ids.b = await create({
      kind: 'own',
      title: 'Умные светофоры',
      problemIds: [problem.body.problem.id],
      dependsOn: [ids.a],
      startMonth: '2023-01',
      budgetLines: [{ year: 2023, source: 'regional', planned: '5000000' }],
      kpiTargets: [{ kpiDefinitionId: catalogue.kpiId, year: 2024, target: 80 }],
    });
    ids.c = await create({
      kind: 'standard',
      measureId: catalogue.basicMeasureIds[1],
      title: 'Учёт ресурсов',
      budgetLines: [{ year: 2022, source: 'federal', planned: '100' }],
      kpiTargets: [{ kpiDefinitionId: catalogue.kpiId, year: 2023, target: 5 }],
    });
    ids.d = await create({
      kind: 'standard',
      measureId: catalogue.additionalMeasureId,
      title: 'Цифровой двойник',
    });
  });

  afterAll(() => t.close());

  const download = async () => {
    const res = await editor.get(`${base}/export.xlsx`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ExcelJS.Buffer);
    return wb;
  };
  const upload = async (wb: ExcelJS.Workbook, to = base) =>
    editor.post(`${to}/imports`).attach('file', Buffer.from(await wb.xlsx.writeBuffer()), 'roadmap.xlsx');
  const items = (wb: ExcelJS.Workbook) => wb.getWorksheet('Мероприятия')!;
  const budget = (wb: ExcelJS.Workbook) => wb.getWorksheet('Бюджет')!;
  const rowOf = (wb: ExcelJS.Workbook, itemId: string) => {
    const sheet = items(wb);
    for (let r = 2; r <= sheet.rowCount; r++)
      if (sheet.getCell(r, COL.id).value === itemId) return sheet.getRow(r);
    throw new Error(`no row for ${itemId}`);
  };
  const doc = async (): Promise<Json> => (await editor.get(base)).body as unknown;
  const lastAuditId = async () =>
    (await t.dataSource.query<{ max: string | null }[]>('SELECT max(id)::text AS max FROM audit_events'))[0]
      .max ?? '0';
  const auditAfter = (id: string) =>
    t.dataSource.getRepository(AuditEvent).find({ where: { id: MoreThan(id) }, order: { id: 'ASC' } });

  it('applies added, changed and removed rows with budget lines, keeping KPI targets, with one audit event per item', async () => {
    const storageKey = `evidence/2026/12/${ids.c}`;
    await t.dataSource.query(
      `INSERT INTO roadmap_evidence
         (roadmap_id, item_id, kind, title, storage_key, file_name, file_type, size_bytes, sha256, created_by)
       VALUES ($1, $2, 'file', 'Акт', $3, 'act.pdf', 'pdf', 10, repeat('a', 64), $4)`,
      [roadmapId, ids.c, storageKey, editor.userId],
    );
    const before = await doc();
    const wb = await download();
    rowOf(wb, ids.a).getCell(COL.title).value = 'Платформа вовлечения жителей';
    const federal2021 = budget(wb)
      .getRows(2, budget(wb).rowCount - 1)!
      .find((r) => r.getCell(1).value === ids.a && r.getCell(3).value === 2021)!;
    federal2021.getCell(5).value = 1300000;
    rowOf(wb, ids.b).getCell(COL.progress).value = 55;
    const cleared = rowOf(wb, ids.c);
    for (let c = 2; c <= 10; c++) cleared.getCell(c).value = null;
    const stop = items(wb).addRow([
      '',
      'M3',
      'D1',
      'Умная остановка',
      'Отдел транспорта',
      '',
      '2024-01',
      '2024-06',
      '',
      0,
    ]);
    const portal = items(wb).addRow(['', 'M1', '', 'Портал открытых данных', '', 'Иванов', '', '', '', 20]);
    const auditFrom = await lastAuditId();

    const preview = await upload(wb);
    const applied = await editor.post(`${base}/imports/${preview.body.id}/apply`);

    expect(preview.body.summary).toEqual({ added: 2, changed: 2, removed: 1, unchanged: 1, invalid: 0 });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ status: 'applied', appliedRevision: before.roadmap.revision + 1 });
    const importId = preview.body.id as string;

    // The document: A and B changed (their KPI targets, problems and dependencies untouched), C gone, two new.
    const after = await doc();
    expect(after.roadmap.revision).toBe(before.roadmap.revision + 1);
    const byId = (d: Json, id: string): Json => d.items.find((i: Json) => i.id === id) as unknown;
    const expected = structuredClone(before);
    const a = byId(expected, ids.a);
    a.title = 'Платформа вовлечения жителей';
    a.budgetLines[0].planned = '1300000.00';
    byId(expected, ids.b).progress = 55;
    expected.items = expected.items.filter((i: Json) => i.id !== ids.c);
    expect(after.items.slice(0, 3).map(settled)).toEqual(expected.items.map(settled));
    expect(byId(after, ids.a).revision).toBe(byId(before, ids.a).revision + 1);
    expect(byId(after, ids.b).revision).toBe(byId(before, ids.b).revision + 1);
    expect(byId(after, ids.d)).toEqual(byId(before, ids.d));
    expect(byId(after, ids.a).kpiTargets).toEqual(byId(before, ids.a).kpiTargets);
    expect(byId(after, ids.b)).toMatchObject({
      dependsOn: [ids.a],
      kpiTargets: byId(before, ids.b).kpiTargets,
      budgetLines: byId(before, ids.b).budgetLines,
    });
    const added = after.items.slice(3);
    const stopItem = added.find((i: Json) => i.title === 'Умная остановка');
    const portalItem = added.find((i: Json) => i.title === 'Портал открытых данных');
    expect(added).toHaveLength(2);
    expect(stopItem).toMatchObject({
      kind: 'standard',
      measureId: catalogue.additionalMeasureId,
      directionId: catalogue.directionId,
      description: null,
      responsibleUnit: 'Отдел транспорта',
      responsiblePerson: null,
      startMonth: '2024-01',
      endMonth: '2024-06',
      status: 'planned',
      progress: 0,
      revision: 1,
      problemIds: [],
      dependsOn: [],
      budgetLines: [],
      kpiTargets: [],
    });
    expect(portalItem).toMatchObject({
      measureId: catalogue.basicMeasureIds[0],
      responsiblePerson: 'Иванов',
      progress: 20,
    });
    // C's lists and evidence went with it.
    for (const table of ['roadmap_budget_lines', 'roadmap_kpi_targets', 'roadmap_evidence']) {
      const [{ count }] = await t.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM ${table} WHERE item_id = $1`,
        [ids.c],
      );
      expect(count).toBe(0);
    }

    // Audit: removals, updates, additions (in sheet order), then the import itself — as the row-by-row apply wrote.
    const audit = await auditAfter(auditFrom);
    const who = { actorUserId: editor.userId, organizationId: kaluga.id, entityType: 'roadmap_item' };
    const fields = (item: Json) => ({
      kind: item.kind,
      measureId: item.measureId,
      directionId: item.directionId,
      title: item.title,
      responsibleUnit: item.responsibleUnit,
      responsiblePerson: item.responsiblePerson,
      startMonth: item.startMonth,
      endMonth: item.endMonth,
      status: item.status,
      progress: item.progress,
    });
    expect(audit.filter((e) => e.action !== 'roadmaps.import-previewed')).toMatchObject([
      {
        ...who,
        action: 'roadmaps.item-deleted',
        entityId: ids.c,
        before: { roadmapId, importId },
        after: { roadmapId },
      },
      {
        ...who,
        action: 'roadmaps.item-updated',
        entityId: ids.a,
        before: {
          roadmapId,
          title: 'Платформа вовлечения граждан',
          'budget.2021.federal.planned': '1234567.89',
        },
        after: {
          roadmapId,
          title: 'Платформа вовлечения жителей',
          'budget.2021.federal.planned': '1300000.00',
          importId,
        },
      },
      {
        ...who,
        action: 'roadmaps.item-updated',
        entityId: ids.b,
        before: { roadmapId, progress: 0 },
        after: { roadmapId, progress: 55, importId },
      },
      {
        ...who,
        action: 'roadmaps.item-created',
        entityId: stopItem.id,
        before: null,
        after: { roadmapId, ...fields(stopItem), importId, row: stop.number },
      },
      {
        ...who,
        action: 'roadmaps.item-created',
        entityId: portalItem.id,
        before: null,
        after: { roadmapId, ...fields(portalItem), importId, row: portal.number },
      },
      { ...who, entityType: 'roadmap_import', action: 'roadmaps.import-applied', entityId: importId },
    ]);
    // toMatchObject ignores extra keys: before/after carry exactly these fields and nothing more.
    const items3 = audit.filter((e) => e.entityType === 'roadmap_item');
    expect(items3).toHaveLength(5);
    expect(
      items3.map((e) => [Object.keys(e.before ?? {}).sort(), Object.keys(e.after ?? {}).sort()]),
    ).toEqual([
      [['importId', 'roadmapId'], ['roadmapId']],
      [
        ['budget.2021.federal.planned', 'roadmapId', 'title'],
        ['budget.2021.federal.planned', 'importId', 'roadmapId', 'title'],
      ],
      [
        ['progress', 'roadmapId'],
        ['importId', 'progress', 'roadmapId'],
      ],
      [[], ['importId', ...Object.keys(fields(stopItem)), 'roadmapId', 'row'].sort()],
      [[], ['importId', ...Object.keys(fields(portalItem)), 'roadmapId', 'row'].sort()],
    ]);

    // Outbox: the removed item's file is deleted after commit; one compliance job for the new revision.
    const outbox = t.dataSource.getRepository(OutboxEvent);
    const jobs = await outbox.find({ where: { jobName: 'roadmaps.delete-evidence-file' } });
    expect(jobs.map((j) => j.payload)).toEqual([{ v: 1, storageKey }]);
    const evaluations = await outbox.find({ where: { jobName: 'compliance.evaluate-roadmap' } });
    expect(
      evaluations.filter(
        (j) => j.payload.roadmapId === roadmapId && j.payload.revision === after.roadmap.revision,
      ),
    ).toHaveLength(1);
  });

  it('writes nothing when one item in the middle of the batch is stale', async () => {
    const wb = await download();
    const sheetRows = items(wb);
    const dataRows = sheetRows.getRows(2, sheetRows.rowCount - 1)!.filter((r) => r.getCell(COL.id).value);
    expect(dataRows.length).toBe(5);
    for (const row of dataRows) row.getCell(COL.progress).value = 77;
    sheetRows.addRow(['', 'M3', 'D1', 'Ещё одно мероприятие']);
    const preview = await upload(wb);
    expect(preview.body.summary).toMatchObject({ added: 1, changed: 5, invalid: 0 });
    // An item that moved without the roadmap's revision moving (the guard behind the roadmap check).
    const middle = dataRows[2].getCell(COL.id).value as string;
    await t.dataSource.query('UPDATE roadmap_items SET revision = revision + 1 WHERE id = $1', [middle]);
    const before = await doc();
    const auditFrom = await lastAuditId();
    const outboxBefore = await t.dataSource.getRepository(OutboxEvent).count();

    const applied = await editor.post(`${base}/imports/${preview.body.id}/apply`);

    expect(applied.status).toBe(409);
    expect(applied.body.code).toBe('common.conflict');
    expect(applied.body.details).toEqual({ current: null });
    expect(await doc()).toEqual(before);
    expect(await auditAfter(auditFrom)).toEqual([]);
    expect(await t.dataSource.getRepository(OutboxEvent).count()).toBe(outboxBefore);
    expect((await editor.get(`${base}/imports/${preview.body.id}`)).body).toMatchObject({
      status: 'previewed',
      appliedRevision: null,
    });
  });

  it('applies 1 200 new rows and 300 re-budgeted items (2 700 budget lines) in one go', async () => {
    const big = await editor.post(`/api/v1/organizations/${kaluga.id}/roadmaps`, {
      frameworkId: catalogue.frameworkId,
      title: 'Калуга: крупный файл',
      periodStartYear: 2022,
      periodEndYear: 2030,
    });
    const bigBase = `/api/v1/organizations/${kaluga.id}/roadmaps/${big.body.id}`;
    await t.dataSource.query(
      `INSERT INTO roadmap_items (roadmap_id, kind, measure_id, title, start_month, end_month, progress)
       SELECT $1, 'standard', $2, 'Мероприятие ' || g, '2022-01', '2023-06', 0 FROM generate_series(1, 300) g`,
      [big.body.id, catalogue.basicMeasureIds[0]],
    );
    const res = await editor.get(`${bigBase}/export.xlsx`).buffer(true).parse(binary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ExcelJS.Buffer);
    const sheet = items(wb);
    const existing = sheet.getRows(2, 300)!;
    let expectedKopecks = 0n;
    for (const [n, row] of existing.entries()) {
      row.getCell(COL.progress).value = 50;
      for (let year = 2022; year <= 2030; year++) {
        const roubles = n * 100 + year;
        budget(wb).addRow([row.getCell(COL.id).value, null, year, 'municipal', roubles, null]);
        expectedKopecks += BigInt(roubles) * 100n;
      }
    }
    const newRows = new Map<string, number>();
    for (let n = 1; n <= 1200; n++) {
      const title = `Новое ${String(n).padStart(4, '0')}`;
      newRows.set(
        title,
        sheet.addRow(['', 'M3', 'D1', title, '', '', '2024-01', '2024-12', '', n % 101]).number,
      );
    }

    const preview = await upload(wb, bigBase);
    const applied = await editor.post(`${bigBase}/imports/${preview.body.id}/apply`);

    expect(preview.body.summary).toMatchObject({ added: 1200, changed: 300, invalid: 0 });
    expect(applied.status).toBe(200);
    const [counts] = await t.dataSource.query<{ items: number; lines: number; kopecks: string }[]>(
      `SELECT (SELECT count(*)::int FROM roadmap_items WHERE roadmap_id = $1) AS items,
              count(*)::int AS lines, sum(planned_kopecks)::text AS kopecks
         FROM roadmap_budget_lines l JOIN roadmap_items i ON i.id = l.item_id WHERE i.roadmap_id = $1`,
      [big.body.id],
    );
    expect(counts).toEqual({ items: 1500, lines: 2700, kopecks: expectedKopecks.toString() });
    // Each new item's audit event names that item, with the sheet row it came from.
    const created = await t.dataSource.query<{ title: string; row: number; progress: number }[]>(
      `SELECT i.title, (e.after->>'row')::int AS row, i.progress
         FROM audit_events e JOIN roadmap_items i ON i.id::text = e.entity_id
        WHERE e.action = 'roadmaps.item-created' AND e.after->>'importId' = $1`,
      [preview.body.id],
    );
    expect(created).toHaveLength(1200);
    expect(new Map(created.map((c) => [c.title, c.row]))).toEqual(newRows);
    expect(created.every((c) => c.progress === Number(c.title.slice(-4)) % 101)).toBe(true);
    const [{ updated }] = await t.dataSource.query<{ updated: number }[]>(
      `SELECT count(DISTINCT entity_id)::int AS updated FROM audit_events
        WHERE action = 'roadmaps.item-updated' AND after->>'importId' = $1`,
      [preview.body.id],
    );
    expect(updated).toBe(300);
  });

  it('splits batches that would pass PostgreSQL’s 65 535-parameter limit', async () => {
    const scope: AccessScope = {
      userId: editor.userId,
      memberships: [
        {
          role: 'municipal_editor',
          organization: { id: kaluga.id, kind: kaluga.kind, parentId: kaluga.parentId },
        },
      ],
    };
    const roadmaps = t.app.get(RoadmapsRepository);
    const writes = t.app.get(RoadmapWrites);
    const ITEMS = 6000; // 12 bound columns each: 72 000 parameters in one statement would be refused
    const auditFrom = await lastAuditId();

    const result = await t.dataSource.transaction(async (manager) => {
      const roadmap = (await roadmaps.beginWrite(scope, manager, kaluga.id, roadmapId))!;
      const inserted = await roadmaps.insertItems(
        scope,
        manager,
        roadmap,
        Array.from({ length: ITEMS }, (_, n) => ({
          kind: 'standard' as const,
          measureId: catalogue.basicMeasureIds[1],
          directionId: null,
          title: `Пакет ${n}`,
          description: null,
          responsibleUnit: null,
          responsiblePerson: null,
          startMonth: '2025-01',
          endMonth: '2025-12',
          status: 'planned' as const,
          progress: n % 101,
        })),
      );
      // 3 budget lines and 3 KPI targets per item: 18 000 rows of 5 columns each per table.
      await roadmaps.replaceChildrenOfItems(
        scope,
        manager,
        roadmap,
        inserted.map((item, n) => ({
          itemId: item.id,
          children: {
            budgetLines: [2025, 2026, 2027].map((year) => ({
              year,
              source: 'federal' as const,
              plannedKopecks: String(n * 10 + year),
              actualKopecks: null,
            })) as RoadmapBudgetLine[],
            kpiTargets: [2025, 2026, 2027].map((year) => ({
              kpiDefinitionId: catalogue.kpiId,
              year,
              baseline: null,
              target: String(n),
            })) as RoadmapKpiTarget[],
          },
        })),
      );
      // 9 000 audit events of 8 bound columns: 72 000 parameters.
      await writes.recordMany(
        manager,
        scope,
        roadmap,
        Array.from({ length: 9000 }, (_, n) => ({
          action: 'roadmaps.item-updated',
          entityType: 'roadmap_item' as const,
          entityId: inserted[n % ITEMS].id,
          after: { n },
        })),
      );
      const stale = inserted[ITEMS / 2];
      await manager.query('UPDATE roadmap_items SET revision = 7 WHERE id = $1', [stale.id]);
      const written = await roadmaps.updateItems(
        scope,
        manager,
        roadmap,
        inserted.map((item) => ({ itemId: item.id, basedOn: item.revision, changes: { progress: 100 } })),
      );
      return { inserted, written, stale };
    });

    expect(result.inserted).toHaveLength(ITEMS);
    expect(new Set(result.inserted.map((i) => i.id)).size).toBe(ITEMS);
    const titles = await t.dataSource.query<
      { id: string; title: string; revision: number; progress: number }[]
    >(`SELECT id, title, revision, progress FROM roadmap_items WHERE id = ANY($1)`, [
      result.inserted.map((i) => i.id),
    ]);
    const byId = new Map(titles.map((r) => [r.id, r]));
    expect(result.inserted.every((item, n) => byId.get(item.id)?.title === `Пакет ${n}`)).toBe(true);
    expect(result.written).toHaveLength(ITEMS - 1);
    expect(result.written).not.toContain(result.stale.id);
    expect(byId.get(result.stale.id)).toMatchObject({ revision: 7, progress: (ITEMS / 2) % 101 });
    expect(
      titles.filter((r) => r.id !== result.stale.id).every((r) => r.revision === 2 && r.progress === 100),
    ).toBe(true);
    const [children] = await t.dataSource.query<
      { lines: number; kopecks: string; targets: number; target: string }[]
    >(
      `SELECT (SELECT count(*)::int FROM roadmap_budget_lines WHERE item_id = ANY($1)) AS lines,
              (SELECT sum(planned_kopecks)::text FROM roadmap_budget_lines WHERE item_id = ANY($1)) AS kopecks,
              (SELECT count(*)::int FROM roadmap_kpi_targets WHERE item_id = ANY($1)) AS targets,
              (SELECT sum(target)::text FROM roadmap_kpi_targets WHERE item_id = ANY($1)) AS target`,
      [result.inserted.map((i) => i.id)],
    );
    const sumOfN = (ITEMS * (ITEMS - 1)) / 2;
    expect(children).toEqual({
      lines: 3 * ITEMS,
      kopecks: String(3 * 10 * sumOfN + ITEMS * (2025 + 2026 + 2027)),
      targets: 3 * ITEMS,
      target: String(3 * sumOfN),
    });
    const audit = await auditAfter(auditFrom);
    expect(audit).toHaveLength(9000);
    expect(audit.map((e) => (e.after as { n: number }).n)).toEqual(Array.from({ length: 9000 }, (_, n) => n));
  });
});
