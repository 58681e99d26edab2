import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import { catalogueFixture, type CatalogueFixture } from './roadmaps-fixtures';
import { TestApp, type Caller } from './test-app';

describe('roadmap drafting', () => {
  let t: TestApp;
  let kaluga: Organization;
  let obninsk: Organization;
  let editor: Caller;
  let obninskEditor: Caller;
  let coordinator: Caller;
  let catalogue: CatalogueFixture;
  let base: string;
  let roadmapId: string;
  let problemId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const home = await t.regionWithCity();
    kaluga = home.city;
    obninsk = await t.organization('municipality', { parentId: home.region.id });
    editor = await t.asMember(kaluga, 'municipal_editor');
    obninskEditor = await t.asMember(obninsk, 'municipal_editor');
    coordinator = await t.asMember(home.region, 'regional_coordinator');
    catalogue = await catalogueFixture(t.dataSource);
    base = `/api/v1/organizations/${kaluga.id}/roadmaps`;
  });

  afterAll(() => t.close());

  const newItem = (overrides: object = {}) => ({
    kind: 'standard',
    measureId: catalogue.basicMeasureIds[0],
    title: 'Платформа вовлечения граждан',
    startMonth: '2021-03',
    endMonth: '2022-12',
    budgetLines: [{ year: 2021, source: 'federal', planned: '1234567.89' }],
    kpiTargets: [{ kpiDefinitionId: catalogue.kpiId, baseline: 10, target: 55.5, year: 2024 }],
    ...overrides,
  });

  it('creates a roadmap pinned to a published framework, with an audit event', async () => {
    const res = await editor.post(base, {
      frameworkId: catalogue.frameworkId,
      title: 'Калуга 2021–2024',
      periodStartYear: 2021,
      periodEndYear: 2024,
      outlookYear: 2030,
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', revision: 1, municipalityId: kaluga.id });
    roadmapId = res.body.id;
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'roadmaps.created', entityId: roadmapId }),
    ).toBe(1);
  });

  it('refuses a second roadmap for the same period and an unknown framework', async () => {
    const again = await editor.post(base, {
      frameworkId: catalogue.frameworkId,
      title: 'Дубль',
      periodStartYear: 2021,
      periodEndYear: 2024,
    });
    const unknown = await editor.post(base, {
      frameworkId: '00000000-0000-4000-8000-000000000000',
      title: 'X',
      periodStartYear: 2025,
      periodEndYear: 2026,
    });

    expect(again.status).toBe(409);
    expect(again.body.code).toBe('roadmaps.period-taken');
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.fields[0].field).toBe('frameworkId');
  });

  it('adds a problem and refuses an own measure that cites none, naming the field', async () => {
    const problem = await editor.post(`${base}/${roadmapId}/problems`, {
      title: 'Пробки в центре',
      severity: 'high',
      evidenceLinks: ['https://kaluga.example/traffic-report.pdf'],
    });
    problemId = problem.body.problem.id;

    const res = await editor.post(
      `${base}/${roadmapId}/items`,
      newItem({ kind: 'own', measureId: null, budgetLines: [] }),
    );

    expect(problem.status).toBe(201);
    expect(problem.body.roadmapRevision).toBe(2);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('common.validation-failed');
    expect(res.body.details.fields).toEqual([
      { field: 'problemIds', reason: 'an own measure must cite at least one problem of this roadmap' },
    ]);
  });

  it('creates items with exact money and KPI targets, and returns them in the document', async () => {
    const standard = await editor.post(`${base}/${roadmapId}/items`, newItem());
    const own = await editor.post(
      `${base}/${roadmapId}/items`,
      newItem({ kind: 'own', measureId: null, title: 'Умные светофоры', problemIds: [problemId] }),
    );

    expect(standard.status).toBe(201);
    expect(own.status).toBe(201);
    expect(standard.body.item).toMatchObject({
      revision: 1,
      status: 'planned',
      budgetLines: [{ year: 2021, source: 'federal', planned: '1234567.89', actual: null }],
      kpiTargets: [{ kpiDefinitionId: catalogue.kpiId, baseline: 10, target: 55.5, year: 2024 }],
    });
    const doc = await editor.get(`${base}/${roadmapId}`);
    expect(doc.status).toBe(200);
    expect(doc.body.items).toHaveLength(2);
    expect(doc.body.problems).toHaveLength(1);
    expect(doc.body.roadmap.revision).toBe(4);
    const stored = await t.dataSource.query(`SELECT planned_kopecks FROM roadmap_budget_lines`);
    expect(stored).toEqual([{ planned_kopecks: '123456789' }, { planned_kopecks: '123456789' }]);
  });

  it('serves one item exactly as the document lists it (live updates splice it into a cached document)', async () => {
    const doc = await editor.get(`${base}/${roadmapId}`);
    expect(doc.body.items.length).toBeGreaterThan(0);
    for (const listed of doc.body.items as { id: string }[]) {
      const alone = await editor.get(`${base}/${roadmapId}/items/${listed.id}`);
      expect(alone.status).toBe(200);
      expect(alone.body).toEqual(listed);
    }
    const deleted = await editor.get(`${base}/${roadmapId}/items/00000000-0000-4000-8000-000000000000`);
    expect(deleted.status).toBe(404);
  });

  it('serves one problem exactly as the document lists it, and 404 for an unknown or another roadmap\'s', async () => {
    const doc = await editor.get(`${base}/${roadmapId}`);
    expect(doc.body.problems.length).toBeGreaterThan(0);
    for (const listed of doc.body.problems as { id: string }[]) {
      const alone = await editor.get(`${base}/${roadmapId}/problems/${listed.id}`);
      expect(alone.status).toBe(200);
      expect(alone.body).toEqual(listed);
    }
    const otherBase = `/api/v1/organizations/${obninsk.id}/roadmaps`;
    const other = await obninskEditor.post(otherBase, {
      frameworkId: catalogue.frameworkId,
      title: 'Обнинск 2021–2024',
      periodStartYear: 2021,
      periodEndYear: 2024,
    });
    expect(other.status).toBe(201);
    const foreign = await obninskEditor.post(`${otherBase}/${other.body.id}/problems`, {
      title: 'Чужая проблема',
      severity: 'low',
    });
    expect(foreign.status).toBe(201);
    const foreignId = foreign.body.problem.id;
    expect((await obninskEditor.get(`${otherBase}/${other.body.id}/problems/${foreignId}`)).status).toBe(200);

    const unknown = await editor.get(`${base}/${roadmapId}/problems/00000000-0000-4000-8000-000000000000`);
    const notAUuid = await editor.get(`${base}/${roadmapId}/problems/nope`);
    const ofAnotherRoadmap = await editor.get(`${base}/${roadmapId}/problems/${foreignId}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('common.not-found');
    expect(notAUuid.status).toBe(404);
    expect(ofAnotherRoadmap.status).toBe(404);
  });

  it('refuses bad money, unknown measures and measures of the wrong kind with field names', async () => {
    const money = await editor.post(
      `${base}/${roadmapId}/items`,
      newItem({ budgetLines: [{ year: 2021, source: 'federal', planned: 1234.5 }] }),
    );
    const measure = await editor.post(
      `${base}/${roadmapId}/items`,
      newItem({ measureId: '00000000-0000-4000-8000-000000000001' }),
    );
    const coverage = await editor.put(`${base}/${roadmapId}/coverage/${catalogue.additionalMeasureId}`, {
      status: 'implemented',
      evidenceLinks: ['https://x.example'],
    });

    expect(money.status).toBe(400);
    expect(money.body.details.fields[0].field).toBe('budgetLines.0.planned');
    expect(measure.status).toBe(400);
    expect(measure.body.details.fields[0].field).toBe('measureId');
    expect(coverage.status).toBe(400);
    expect(coverage.body.details.fields[0].field).toBe('measureId');
  });

  it('answers a stale item write with 409 and the current item', async () => {
    const created = await editor.post(`${base}/${roadmapId}/items`, newItem({ title: 'Датчики' }));
    const itemId = created.body.item.id;
    const first = await editor.patch(`${base}/${roadmapId}/items/${itemId}`, { revision: 1, progress: 20 });

    const stale = await editor.patch(`${base}/${roadmapId}/items/${itemId}`, { revision: 1, title: 'Моё' });

    expect(first.status).toBe(200);
    expect(first.body.item).toMatchObject({ revision: 2, progress: 20 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('common.conflict');
    expect(stale.body.details.current).toMatchObject({
      id: itemId,
      revision: 2,
      progress: 20,
      title: 'Датчики',
    });
  });

  it('refuses a dependency cycle with 400 naming the items', async () => {
    const a = (await editor.post(`${base}/${roadmapId}/items`, newItem({ title: 'A' }))).body.item;
    const b = (await editor.post(`${base}/${roadmapId}/items`, newItem({ title: 'B', dependsOn: [a.id] })))
      .body.item;

    const res = await editor.patch(`${base}/${roadmapId}/items/${a.id}`, {
      revision: a.revision,
      dependsOn: [b.id],
    });

    expect(res.status).toBe(400);
    expect(res.body.code).toBe('roadmaps.dependency-cycle');
    expect(res.body.message).toContain('«A»');
    expect(res.body.message).toContain('«B»');
    expect(res.body.details.itemIds.sort()).toEqual([a.id, b.id].sort());
    expect(res.body.details.fields[0].field).toBe('dependsOn');
  });

  it('keeps cited problems and marks coverage with evidence or a justification under review', async () => {
    const del = await editor.delete(`${base}/${roadmapId}/problems/${problemId}?revision=1`);
    const noJustification = await editor.put(
      `${base}/${roadmapId}/coverage/${catalogue.basicMeasureIds[1]}`,
      {
        status: 'not_applicable',
      },
    );
    const marked = await editor.put(`${base}/${roadmapId}/coverage/${catalogue.basicMeasureIds[1]}`, {
      status: 'not_applicable',
      justification: 'В городе нет трамвая',
    });
    const stale = await editor.put(`${base}/${roadmapId}/coverage/${catalogue.basicMeasureIds[1]}`, {
      status: 'implemented',
      evidenceLinks: ['https://kaluga.example/act.pdf'],
    });

    expect(del.status).toBe(409);
    expect(del.body.code).toBe('roadmaps.problem-in-use');
    expect(noJustification.status).toBe(400);
    expect(noJustification.body.details.fields[0].field).toBe('justification');
    expect(marked.status).toBe(200);
    expect(marked.body.coverage).toMatchObject({
      status: 'not_applicable',
      reviewStatus: 'pending',
      revision: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current).toMatchObject({ status: 'not_applicable' });
  });

  it('patches roadmap fields with the roadmap revision and refuses a stale one', async () => {
    const { revision } = (await editor.get(`${base}/${roadmapId}`)).body.roadmap;

    const ok = await editor.patch(`${base}/${roadmapId}`, { revision, title: 'Калуга: умный город' });
    const stale = await editor.patch(`${base}/${roadmapId}`, { revision, title: 'Старое' });

    expect(ok.status).toBe(200);
    expect(ok.body.revision).toBe(revision + 1);
    expect(stale.status).toBe(409);
    expect(stale.body.details.current.title).toBe('Калуга: умный город');
  });

  it("keeps Obninsk out of Kaluga's roadmap and lets the regional coordinator read but not edit", async () => {
    const read = await obninskEditor.get(`${base}/${roadmapId}`);
    const write = await obninskEditor.post(`${base}/${roadmapId}/problems`, { title: 'x', severity: 'low' });
    const viaOwnOrg = await obninskEditor.get(`/api/v1/organizations/${obninsk.id}/roadmaps/${roadmapId}`);
    const coordinatorRead = await coordinator.get(`${base}/${roadmapId}`);
    const coordinatorWrite = await coordinator.post(`${base}/${roadmapId}/problems`, {
      title: 'x',
      severity: 'low',
    });

    expect(read.status).toBe(404);
    expect(write.status).toBe(404);
    expect(viaOwnOrg.status).toBe(404);
    expect(coordinatorRead.status).toBe(200);
    expect(coordinatorWrite.status).toBe(403);
  });

  it('50 concurrent writers on one item: per revision exactly one succeeds, the rest get 409, nothing is lost', async () => {
    const item = (await editor.post(`${base}/${roadmapId}/items`, newItem({ title: 'Гонка' }))).body.item;
    const writers = Array.from({ length: 50 }, (_, i) => i);
    let revision = item.revision;
    let applied = 0;
    const winners: number[] = [];

    // Round after round, every writer still waiting tries once, all based on the same revision.
    let waiting = writers;
    while (waiting.length > 0) {
      const results = await Promise.all(
        waiting.map((i) =>
          editor
            .patch(`${base}/${roadmapId}/items/${item.id}`, { revision, responsiblePerson: `writer-${i}` })
            .then((res) => ({ i, res })),
        ),
      );
      const ok = results.filter((r) => r.res.status === 200);
      const conflicts = results.filter((r) => r.res.status === 409);
      expect(ok).toHaveLength(1);
      expect(conflicts).toHaveLength(results.length - 1);
      for (const c of conflicts) expect(c.res.body.details.current.revision).toBe(revision + 1);
      winners.push(ok[0].i);
      applied += 1;
      revision = ok[0].res.body.item.revision;
      waiting = waiting.filter((i) => i !== ok[0].i);
      if (winners.length >= 3) break;
    }

    const final = (await editor.get(`${base}/${roadmapId}/items/${item.id}`)).body;
    expect(final.revision).toBe(item.revision + applied);
    expect(final.responsiblePerson).toBe(`writer-${winners[winners.length - 1]}`);
    const audits = await t.dataSource
      .getRepository(AuditEvent)
      .countBy({ action: 'roadmaps.item-updated', entityId: item.id });
    expect(audits).toBe(applied);
  });

  it('snapshots, compares and clones', async () => {
    const first = await editor.post(`${base}/${roadmapId}/snapshots`, { name: 'Черновик 1' });
    const doc = (await editor.get(`${base}/${roadmapId}`)).body;
    const item = doc.items[0];
    await editor.patch(`${base}/${roadmapId}/items/${item.id}`, { revision: item.revision, progress: 77 });
    const second = await editor.post(`${base}/${roadmapId}/snapshots`, { name: 'Черновик 2' });

    const compare = await editor.get(
      `${base}/${roadmapId}/compare?from=${first.body.id}&to=${second.body.id}`,
    );
    const same = await editor.get(`${base}/${roadmapId}/compare?from=${second.body.id}`);
    const clone = await editor.post(`${base}/${roadmapId}/clone`, {
      title: 'Калуга 2025–2030',
      periodStartYear: 2025,
      periodEndYear: 2030,
    });

    expect(first.status).toBe(201);
    expect(first.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(compare.status).toBe(200);
    expect(compare.body.identical).toBe(false);
    expect(compare.body.diff.items.changed).toEqual([
      { key: item.id, title: item.title, changes: [{ field: 'progress', before: item.progress, after: 77 }] },
    ]);
    expect(same.body.identical).toBe(true);
    expect(clone.status).toBe(201);
    const copy = (await editor.get(`${base}/${clone.body.id}`)).body;
    expect(copy.roadmap).toMatchObject({ clonedFromId: roadmapId, status: 'draft', revision: 1 });
    expect(copy.items).toHaveLength(doc.items.length);
    expect(copy.problems).toHaveLength(1);
    expect(copy.items.find((i: { title: string }) => i.title === 'Умные светофоры').problemIds).toEqual([
      copy.problems[0].id,
    ]);
    expect(copy.coverage[0]).toMatchObject({ status: 'not_applicable', reviewStatus: 'pending' });
  });

  it('lists the activity feed from audit events, newest first', async () => {
    const res = await coordinator.get(`${base}/${roadmapId}/activity`);

    expect(res.status).toBe(200);
    const actions = res.body.items.map((e: { action: string }) => e.action);
    expect(actions[actions.length - 1]).toBe('roadmaps.created');
    expect(actions).toContain('roadmaps.item-updated');
    expect(actions).toContain('roadmaps.snapshot-created');
    expect(res.body.items[0].actorName).toBeTruthy();
  });
});
