import type {
  FrameworkListResponse,
  FrameworkResponse,
  FrameworkTreeResponse,
  MeasureSearchResponse,
} from '@smartcity/contracts';

import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { seedCatalogue } from '../src/modules/catalogue/seed/catalogue-seed';
import { TestApp, type Caller } from './test-app';

const API = '/api/v1/catalogue';

/** The standards catalogue over HTTP and in PostgreSQL: seed, reading, search, drafts, immutability, diff. */
describe('standards catalogue', () => {
  let t: TestApp;
  let admin: Caller;
  let editor: Caller;
  let coordinator: Caller;
  let frameworks: Record<string, FrameworkResponse>;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedCatalogue(t.dataSource);
    const ministry = await t.organization('ministry');
    const { city } = await t.regionWithCity();
    admin = await t.asMember(ministry, 'catalogue_admin');
    coordinator = await t.asMember(ministry, 'programme_coordinator');
    editor = await t.asMember(city, 'municipal_editor');
    const list = (await editor.get(`${API}/frameworks`)).body as FrameworkListResponse;
    frameworks = Object.fromEntries(list.items.map((f) => [f.code, f]));
  });

  afterAll(() => t.close());

  const tree = async (caller: Caller, id: string) => {
    const res = await caller.get(`${API}/frameworks/${id}`);
    expect(res.status).toBe(200);
    return res.body as FrameworkTreeResponse;
  };
  const measureOf = (body: FrameworkTreeResponse, code: string) =>
    body.directions.flatMap((d) => d.measures).find((m) => m.code === code)!;

  describe('seed', () => {
    it('publishes the three bundled frameworks with their provenance', () => {
      expect(frameworks['smart-city-standard']).toMatchObject({
        version: 1,
        edition: '2019',
        kind: 'measures',
        status: 'published',
        counts: { directions: 8, measures: 27, kpis: 0 },
        provenance: {
          status: 'reconstruction',
          note: expect.stringContaining('replaced by the official text'),
        },
      });
      expect(frameworks['u4ssc-kpis']).toMatchObject({
        kind: 'kpis',
        provenance: { status: 'partial' },
        counts: { directions: 3, measures: 0, kpis: 91 },
      });
      expect(frameworks['iq-cities']).toMatchObject({
        kind: 'kpis',
        provenance: { status: 'reconstruction' },
        counts: { directions: 10, kpis: 47 },
      });
    });

    it('is idempotent: a second run adds nothing', async () => {
      const report = await seedCatalogue(t.dataSource);

      expect(report).toEqual({ created: [], skipped: ['smart-city-standard', 'u4ssc-kpis', 'iq-cities'] });
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM frameworks`)).toEqual([{ n: 3 }]);
    });
  });

  describe('reading', () => {
    it('gives every signed-in role a version with its tree', async () => {
      const body = await tree(editor, frameworks['smart-city-standard'].id);

      expect(body.framework.code).toBe('smart-city-standard');
      expect(body.directions.map((d) => d.code)).toEqual([
        'GU',
        'ZHKH',
        'ENV',
        'TRANSPORT',
        'PUBLIC_SAFETY',
        'ECO_SAFETY',
        'COMMS',
        'TOURISM',
      ]);
      expect(measureOf(body, 'SC2019-GU-01')).toMatchObject({
        kind: 'basic',
        deadlineYear: 2020,
        applicability: { minPopulation: 100000, regionalCapitals: true },
        provenance: 'confirmed',
      });
      expect(measureOf(body, 'CAND-TR-01')).toMatchObject({
        kind: 'additional',
        provenance: 'reconstructed',
        directionCode: 'TRANSPORT',
      });
    });

    it('lists KPIs under their dimensions', async () => {
      const body = await tree(coordinator, frameworks['u4ssc-kpis'].id);

      expect(body.directions.map((d) => [d.code, d.kpis.length])).toEqual([
        ['EC', 45],
        ['EN', 17],
        ['SC', 29],
      ]);
      expect(body.directions[0].measures).toEqual([]);
    });

    it('searches frameworks by title in either language', async () => {
      const en = (await editor.get(`${API}/frameworks?q=sustainable`)).body as FrameworkListResponse;
      const ru = (await editor.get(`${API}/frameworks?q=${encodeURIComponent('умный')}&kind=measures`))
        .body as FrameworkListResponse;

      expect(en.items.map((f) => f.code)).toEqual(['u4ssc-kpis']);
      expect(ru.items.map((f) => f.code)).toEqual(['smart-city-standard']);
    });

    it('answers 404 for unknown and malformed ids, 400 for bad filters', async () => {
      expect((await editor.get(`${API}/frameworks/not-a-uuid`)).status).toBe(404);
      expect((await editor.get(`${API}/frameworks/${crypto.randomUUID()}`)).status).toBe(404);
      const bad = await editor.get(`${API}/frameworks?kind=laws`);
      expect(bad.status).toBe(400);
      expect(bad.body.details.fields).toEqual([
        expect.objectContaining({ field: 'kind', reason: 'kind must be one of: measures, kpis' }),
      ]);
    });
  });

  describe('search', () => {
    const search = async (caller: Caller, query: string) => {
      const res = await caller.get(`${API}/measures?${query}`);
      expect(res.status).toBe(200);
      return res.body as MeasureSearchResponse;
    };

    it.each(['транспорт', 'transport', 'Транспорт'])(
      'lists the transport measures first for "%s"',
      async (q) => {
        const body = await search(editor, `q=${encodeURIComponent(q)}`);
        const transport = body.items.filter((m) => m.directionCode === 'TRANSPORT');

        expect(transport.length).toBe(6);
        expect(body.items.slice(0, 6).map((m) => m.directionCode)).toEqual(Array(6).fill('TRANSPORT'));
        expect(body.items[0]).toMatchObject({
          frameworkCode: 'smart-city-standard',
          directionTitleRu: 'Умный городской транспорт',
          rank: expect.any(Number),
        });
        expect(body.items[0].rank).toBeGreaterThan(body.items[body.items.length - 1].rank - 1e-9);
      },
    );

    it('matches word forms in Russian and English', async () => {
      const ru = await search(editor, `q=${encodeURIComponent('видеонаблюдением')}`);
      const en = await search(editor, `q=${encodeURIComponent('monitored')}`);

      expect(ru.items.map((m) => m.code)).toEqual(['CAND-PS-01']);
      expect(en.items.map((m) => m.code)).toEqual(
        expect.arrayContaining(['CAND-ENV-02', 'CAND-ZHKH-01', 'CAND-TR-06', 'CAND-ECO-02', 'CAND-ECO-03']),
      );
    });

    it('tolerates typos through trigram similarity', async () => {
      const body = await search(editor, `q=${encodeURIComponent('парковчного')}`);

      expect(body.items[0]?.code).toBe('CAND-TR-02');
    });

    it('filters by direction and kind, and pages', async () => {
      const basic = await search(editor, 'kind=basic');
      const governance = await search(editor, 'direction=GU&limit=2');

      expect(basic.total).toBe(5);
      expect(basic.items.every((m) => m.kind === 'basic')).toBe(true);
      expect(governance).toMatchObject({ total: 4, limit: 2, offset: 0 });
      expect(governance.items.map((m) => m.code)).toEqual(['SC2019-GU-01', 'SC2019-GU-02']);
    });

    it('searches KPIs in the same way', async () => {
      const res = await editor.get(`${API}/kpis?q=broadband&tier=core`);

      expect(res.status).toBe(200);
      expect(res.body.items.map((k: { code: string }) => k.code)).toEqual([
        'EC: ICT: ICT: 2C',
        'EC: ICT: ICT: 3C',
        'EC: ICT: ICT: 4C',
      ]);
    });
  });

  describe('drafts and publishing', () => {
    let draft: FrameworkResponse;

    it('refuses changes from anyone but catalogue admins', async () => {
      const id = frameworks['smart-city-standard'].id;

      for (const caller of [editor, coordinator]) {
        expect((await caller.post(`${API}/frameworks/${id}/drafts`, {})).status).toBe(403);
        expect((await caller.post(`${API}/imports`, {})).status).toBe(403);
      }
    });

    it('starts a new edition as a draft copying the published version, audited', async () => {
      const base = frameworks['smart-city-standard'];
      const res = await admin.post(`${API}/frameworks/${base.id}/drafts`, { edition: '2022' });
      draft = res.body as FrameworkResponse;

      expect(res.status).toBe(201);
      expect(draft).toMatchObject({
        code: 'smart-city-standard',
        version: 2,
        edition: '2022',
        status: 'draft',
        basedOnId: base.id,
        counts: { directions: 8, measures: 27 },
        provenance: base.provenance,
      });
      expect(
        await t.dataSource
          .getRepository(AuditEvent)
          .findOneBy({ action: 'catalogue.draft-created', entityId: draft.id }),
      ).toMatchObject({ actorUserId: admin.userId, after: expect.objectContaining({ version: 2 }) });
    });

    it('allows one draft per framework', async () => {
      const res = await admin.post(`${API}/frameworks/${frameworks['smart-city-standard'].id}/drafts`, {});

      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'catalogue.draft-exists', details: { draftId: draft.id } });
    });

    it('hides drafts from readers', async () => {
      const list = (await editor.get(`${API}/frameworks?code=smart-city-standard`))
        .body as FrameworkListResponse;

      expect(list.items.map((f) => f.version)).toEqual([1]);
      expect((await editor.get(`${API}/frameworks/${draft.id}`)).status).toBe(404);
      expect((await admin.get(`${API}/frameworks?code=smart-city-standard`)).body.items).toHaveLength(2);
    });

    it('edits the draft: adds, changes, moves and deletes measures, each audited', async () => {
      const body = await tree(admin, draft.id);
      const added = await admin.post(`${API}/frameworks/${draft.id}/measures`, {
        code: 'SC2022-TR-01',
        directionCode: 'TRANSPORT',
        kind: 'basic',
        titleRu: '  Цифровая модель транспортной системы ',
        deadlineYear: 2030,
        applicability: { minPopulation: 250000, regionalCapitals: false },
        provenance: 'confirmed',
        sources: ['https://example.org/standard-2022'],
      });
      const reworded = await admin.patch(
        `${API}/frameworks/${draft.id}/measures/${measureOf(body, 'SC2019-GU-02').id}`,
        {
          titleRu: 'Интеллектуальный центр управления городом',
          kind: 'additional',
        },
      );
      const moved = await admin.patch(
        `${API}/frameworks/${draft.id}/measures/${measureOf(body, 'CAND-COMMS-01').id}`,
        {
          directionCode: 'ENV',
        },
      );
      const removed = await admin.delete(
        `${API}/frameworks/${draft.id}/measures/${measureOf(body, 'CAND-GU-02').id}`,
      );

      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        titleRu: 'Цифровая модель транспортной системы',
        titleEn: null,
        directionCode: 'TRANSPORT',
        position: 28,
      });
      expect(reworded.status).toBe(200);
      expect(reworded.body).toMatchObject({
        kind: 'additional',
        titleRu: 'Интеллектуальный центр управления городом',
      });
      expect(moved.body.directionCode).toBe('ENV');
      expect(removed.status).toBe(204);
      const actions = await t.dataSource.query(
        `SELECT action FROM audit_events WHERE action LIKE 'catalogue.measure-%' ORDER BY id`,
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'catalogue.measure-added',
        'catalogue.measure-updated',
        'catalogue.measure-updated',
        'catalogue.measure-removed',
      ]);
      expect((await tree(admin, draft.id)).framework.revision).toBe(5);
    });

    it('refuses invalid draft edits with field-level reasons', async () => {
      const duplicate = await admin.post(`${API}/frameworks/${draft.id}/measures`, {
        code: 'SC2019-GU-01',
        directionCode: 'GU',
        kind: 'basic',
        titleRu: 'x',
        provenance: 'confirmed',
      });
      const noDirection = await admin.post(`${API}/frameworks/${draft.id}/measures`, {
        code: 'NEW-1',
        directionCode: 'SPACE',
        kind: 'basic',
        titleEn: 'x',
        provenance: 'confirmed',
      });
      const untitled = await admin.post(`${API}/frameworks/${draft.id}/measures`, {
        code: 'NEW-2',
        directionCode: 'GU',
        kind: 'basic',
        provenance: 'confirmed',
      });
      const kpiInMeasures = await admin.post(`${API}/frameworks/${draft.id}/kpis`, {
        code: 'K',
        directionCode: 'GU',
        titleEn: 'x',
        provenance: 'confirmed',
      });
      const nobody = await admin.post(`${API}/frameworks/${draft.id}/measures`, {
        code: 'NEW-3',
        directionCode: 'GU',
        kind: 'basic',
        titleRu: 'x',
        provenance: 'confirmed',
        applicability: { minPopulation: null, regionalCapitals: false },
      });
      const stale = await admin.patch(`${API}/frameworks/${draft.id}`, { titleEn: 'x', expectedRevision: 1 });

      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('catalogue.code-taken');
      expect(duplicate.body.details.fields).toEqual([
        {
          field: 'code',
          constraint: 'code-taken',
          reason: 'code SC2019-GU-01 is already used in this version',
        },
      ]);
      expect(noDirection.status).toBe(400);
      expect(noDirection.body.details.fields).toEqual([
        {
          field: 'directionCode',
          constraint: 'unknown-direction',
          params: { direction: 'SPACE' },
          reason: 'this version has no direction SPACE',
        },
      ]);
      expect(untitled.body.details.fields).toEqual([
        { field: 'titleRu', constraint: 'title-required', reason: 'titleRu or titleEn is required' },
      ]);
      expect(nobody.status).toBe(400);
      expect(nobody.body.details.fields).toEqual([
        expect.objectContaining({ field: 'applicability', constraint: 'applies-to-nobody' }),
      ]);
      expect(kpiInMeasures).toMatchObject({ status: 409, body: { code: 'catalogue.kind-mismatch' } });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'common.conflict', details: { current: { revision: 5 } } });
    });

    it('publishes the draft; from then on the API answers 409 with a clear message', async () => {
      const published = await admin.post(`${API}/frameworks/${draft.id}/publish`, { expectedRevision: 5 });
      const body = await tree(admin, draft.id);
      const measure = measureOf(body, 'SC2022-TR-01');

      const edits = [
        await admin.patch(`${API}/frameworks/${draft.id}/measures/${measure.id}`, { titleRu: 'Другое' }),
        await admin.delete(`${API}/frameworks/${draft.id}/measures/${measure.id}`),
        await admin.post(`${API}/frameworks/${draft.id}/measures`, {
          code: 'LATE',
          directionCode: 'GU',
          kind: 'basic',
          titleRu: 'Поздно',
          provenance: 'confirmed',
        }),
        await admin.patch(`${API}/frameworks/${draft.id}`, { edition: '2023' }),
        await admin.delete(`${API}/frameworks/${draft.id}`),
      ];

      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
      for (const res of edits) {
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({
          code: 'catalogue.version-published',
          message:
            'Version 2 of smart-city-standard is published and cannot be changed; create a new draft edition from it instead',
        });
      }
      expect((await admin.post(`${API}/frameworks/${draft.id}/publish`, {})).body.code).toBe(
        'catalogue.invalid-transition',
      );
    });

    it('is refused by PostgreSQL too, whoever writes (SQLSTATE CAT01)', async () => {
      const id = draft.id;
      const statements = [
        `UPDATE measures SET title_ru = 'forged' WHERE framework_id = '${id}'`,
        `DELETE FROM measures WHERE framework_id = '${id}'`,
        `UPDATE directions SET title_en = 'forged' WHERE framework_id = '${id}'`,
        `INSERT INTO measures (framework_id, direction_id, code, kind, title_ru, provenance, position)
           SELECT framework_id, id, 'SQL-1', 'basic', 'x', 'confirmed', 99 FROM directions WHERE framework_id = '${id}' LIMIT 1`,
        `UPDATE frameworks SET edition = 'forged' WHERE id = '${id}'`,
        `UPDATE frameworks SET status = 'draft', published_at = NULL WHERE id = '${id}'`,
        `DELETE FROM frameworks WHERE id = '${id}'`,
      ];

      for (const sql of statements) {
        const attempt = t.dataSource.query(sql);
        await expect(attempt).rejects.toThrow(/smart-city-standard v2 is published and cannot be changed/);
        await expect(attempt).rejects.toMatchObject({ driverError: { code: 'CAT01' } });
      }
      expect(measureOf(await tree(admin, id), 'SC2022-TR-01').titleRu).toBe(
        'Цифровая модель транспортной системы',
      );
    });

    it('retires a published version, which is the one change the database allows', async () => {
      const res = await admin.post(`${API}/frameworks/${frameworks['smart-city-standard'].id}/retire`, {
        reason: 'superseded by the 2022 edition',
      });
      const again = await admin.post(`${API}/frameworks/${frameworks['smart-city-standard'].id}/retire`, {});

      expect(res.body).toMatchObject({ status: 'retired', retiredAt: expect.any(String), version: 1 });
      expect(again.body.code).toBe('catalogue.invalid-transition');
      await expect(
        t.dataSource.query(`UPDATE frameworks SET status = 'published', retired_at = NULL WHERE id = $1`, [
          frameworks['smart-city-standard'].id,
        ]),
      ).rejects.toMatchObject({ driverError: { code: 'CAT01' } });
    });

    it('searches the current published version by default', async () => {
      const body = (await editor.get(`${API}/measures?q=${encodeURIComponent('транспортной')}`))
        .body as MeasureSearchResponse;

      expect(body.items[0]).toMatchObject({ code: 'SC2022-TR-01', frameworkVersion: 2 });
      expect(body.items.every((m) => m.frameworkVersion === 2)).toBe(true);
    });
  });

  describe('comparing versions', () => {
    it('lists added, removed, reworded, moved and re-kinded measures', async () => {
      const list = (await editor.get(`${API}/frameworks?code=smart-city-standard`))
        .body as FrameworkListResponse;
      const [v2, v1] = list.items;

      const res = await editor.get(`${API}/frameworks/${v1.id}/diff/${v2.id}`);

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        from: { version: 1, status: 'retired' },
        to: { version: 2, status: 'published' },
        kind: 'measures',
        framework: [{ field: 'edition', before: '2019', after: '2022' }],
        summary: { added: 1, removed: 1, changed: 2, reworded: 1, moved: 1, kindChanged: 1, unchanged: 24 },
      });
      expect(res.body.items.added.map((i: { code: string }) => i.code)).toEqual(['SC2022-TR-01']);
      expect(res.body.items.removed.map((i: { code: string }) => i.code)).toEqual(['CAND-GU-02']);
      expect(res.body.items.changed).toEqual([
        expect.objectContaining({
          code: 'SC2019-GU-02',
          reworded: true,
          kindChanged: true,
          moved: false,
          changes: expect.arrayContaining([{ field: 'kind', before: 'basic', after: 'additional' }]),
        }),
        expect.objectContaining({
          code: 'CAND-COMMS-01',
          moved: true,
          changes: [{ field: 'direction', before: 'COMMS', after: 'ENV' }],
        }),
      ]);
    });

    it('refuses to compare a measures framework with a KPI framework', async () => {
      const res = await editor.get(
        `${API}/frameworks/${frameworks['smart-city-standard'].id}/diff/${frameworks['iq-cities'].id}`,
      );

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('catalogue.kind-mismatch');
    });
  });

  describe('display order of a draft', () => {
    let draft: FrameworkResponse;
    let before: FrameworkTreeResponse;
    const codes = (body: FrameworkTreeResponse) =>
      Object.fromEntries(body.directions.map((d) => [d.code, d.measures.map((m) => m.code)]));
    const itemOrder = (directionId: string) =>
      `${API}/frameworks/${draft.id}/directions/${directionId}/items/order`;
    const revisionOf = async () => (await tree(admin, draft.id)).framework.revision;

    beforeAll(async () => {
      const published = (await admin.get(`${API}/frameworks?code=smart-city-standard&status=published`))
        .body as FrameworkListResponse;
      draft = (await admin.post(`${API}/frameworks/${published.items[0].id}/drafts`, {}))
        .body as FrameworkResponse;
      before = await tree(admin, draft.id);
    });

    it("reorders one direction's measures, leaves every other item in place, and audits it", async () => {
      const direction = before.directions.find((d) => d.measures.length >= 3)!;
      const reversed = [...direction.measures].reverse();

      const res = await admin.put(itemOrder(direction.id), {
        itemIds: reversed.map((m) => m.id),
        expectedRevision: before.framework.revision,
      });

      expect(res.status).toBe(200);
      const body = res.body as FrameworkTreeResponse;
      expect(body.framework.revision).toBe(before.framework.revision + 1);
      expect(codes(body)).toEqual({ ...codes(before), [direction.code]: reversed.map((m) => m.code) });
      expect(await tree(admin, draft.id)).toEqual(body);
      // One sequence per version, renumbered 1…n: what an export writes as row order.
      const positions = body.directions.flatMap((d) => d.measures.map((m) => m.position));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions.map((_, i) => i + 1));
      const event = await t.dataSource
        .getRepository(AuditEvent)
        .findOneBy({ action: 'catalogue.measures-reordered', entityId: direction.id });
      expect(event).toMatchObject({
        actorUserId: admin.userId,
        before: { frameworkId: draft.id, order: direction.measures.map((m) => m.code) },
        after: { frameworkId: draft.id, order: reversed.map((m) => m.code) },
      });
    });

    it('reorders the directions', async () => {
      const current = await tree(admin, draft.id);
      const reversed = [...current.directions].reverse();

      const res = await admin.put(`${API}/frameworks/${draft.id}/directions/order`, {
        directionIds: reversed.map((d) => d.id),
        expectedRevision: current.framework.revision,
      });

      expect(res.status).toBe(200);
      expect((res.body as FrameworkTreeResponse).directions.map((d) => d.code)).toEqual(
        reversed.map((d) => d.code),
      );
      expect(codes(res.body as FrameworkTreeResponse)).toEqual(codes(current));
      expect((await tree(admin, draft.id)).directions.map((d) => d.position)).toEqual(
        reversed.map((_, i) => i + 1),
      );
      expect(
        await t.dataSource
          .getRepository(AuditEvent)
          .countBy({ action: 'catalogue.directions-reordered', entityId: draft.id }),
      ).toBe(1);
    });

    it("refuses an order that is not a permutation of the direction's items with 400 naming the problem", async () => {
      const current = await tree(admin, draft.id);
      const [direction, other] = current.directions.filter((d) => d.measures.length >= 2);
      const ids = direction.measures.map((m) => m.id);
      const revision = current.framework.revision;

      const cases: [object, RegExp][] = [
        [
          { itemIds: ids.slice(1) },
          new RegExp(
            `itemIds must list every one of its measures of direction ${direction.code} exactly once: it leaves out ${ids[0]}`,
          ),
        ],
        [
          { itemIds: [...ids, other.measures[0].id] },
          new RegExp(`names ${other.measures[0].id}, which are not measures of direction ${direction.code}`),
        ],
        [{ itemIds: [...ids, ids[0]] }, new RegExp(`repeats ${ids[0]}`)],
        [{ itemIds: [...ids.slice(1), 'not-a-uuid'] }, /each of itemIds must be a UUID/],
        [{ itemIds: 'all' }, /itemIds must be an array/],
        [{}, /itemIds must be an array/],
      ];
      for (const [body, message] of cases) {
        const res = await admin.put(itemOrder(direction.id), body);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('common.validation-failed');
        expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'itemIds' })]);
        expect(res.body.message).toMatch(message);
      }
      const directions = await admin.put(`${API}/frameworks/${draft.id}/directions/order`, {
        directionIds: current.directions.slice(1).map((d) => d.id),
      });
      expect(directions.status).toBe(400);
      expect(directions.body.details.fields).toEqual([
        expect.objectContaining({ field: 'directionIds', constraint: 'not-a-permutation' }),
      ]);
      expect(await revisionOf()).toBe(revision);
    });

    it('refuses a stale revision, other roles, and unknown directions', async () => {
      const current = await tree(admin, draft.id);
      const direction = current.directions.find((d) => d.measures.length >= 2)!;
      const body = { itemIds: [...direction.measures].reverse().map((m) => m.id) };

      const stale = await admin.put(itemOrder(direction.id), { ...body, expectedRevision: 1 });
      const forbidden = await editor.put(itemOrder(direction.id), body);
      const unknown = await admin.put(
        `${API}/frameworks/${draft.id}/directions/00000000-0000-4000-8000-000000000000/items/order`,
        body,
      );

      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'common.conflict',
        details: { current: { revision: current.framework.revision } },
      });
      expect(forbidden.status).toBe(403);
      expect(unknown.status).toBe(404);
      expect(await tree(admin, draft.id)).toEqual(current);
    });

    it("reorders a KPI set's indicators within a dimension in the same way", async () => {
      const kpiDraft = (await admin.post(`${API}/frameworks/${frameworks['u4ssc-kpis'].id}/drafts`, {}))
        .body as FrameworkResponse;
      const start = await tree(admin, kpiDraft.id);
      const [dimension, ...others] = start.directions;
      const reversed = [...dimension.kpis].reverse();

      const res = await admin.put(`${API}/frameworks/${kpiDraft.id}/directions/${dimension.id}/items/order`, {
        itemIds: reversed.map((k) => k.id),
        expectedRevision: start.framework.revision,
      });

      expect(res.status).toBe(200);
      const body = res.body as FrameworkTreeResponse;
      expect(body.directions[0].kpis.map((k) => k.code)).toEqual(reversed.map((k) => k.code));
      expect(body.directions.slice(1).map((d) => d.kpis.map((k) => k.code))).toEqual(
        others.map((d) => d.kpis.map((k) => k.code)),
      );
      expect(
        await t.dataSource
          .getRepository(AuditEvent)
          .countBy({ action: 'catalogue.kpis-reordered', entityId: dimension.id }),
      ).toBe(1);
      expect((await admin.delete(`${API}/frameworks/${kpiDraft.id}`)).status).toBe(204);
    });

    it('is refused once the version is published: 409 from the API, CAT01 from PostgreSQL', async () => {
      const current = await tree(admin, draft.id);
      expect((await admin.post(`${API}/frameworks/${draft.id}/publish`, {})).status).toBe(200);
      const direction = current.directions.find((d) => d.measures.length >= 2)!;

      const items = await admin.put(itemOrder(direction.id), {
        itemIds: [...direction.measures].reverse().map((m) => m.id),
      });
      const directions = await admin.put(`${API}/frameworks/${draft.id}/directions/order`, {
        directionIds: [...current.directions].reverse().map((d) => d.id),
      });

      for (const res of [items, directions]) {
        expect(res.status).toBe(409);
        expect(res.body.code).toBe('catalogue.version-published');
      }
      for (const table of ['measures', 'directions']) {
        await expect(
          t.dataSource.query(`UPDATE ${table} SET position = position + 1 WHERE framework_id = $1`, [
            draft.id,
          ]),
        ).rejects.toMatchObject({ driverError: { code: 'CAT01' } });
      }
      expect(codes(await tree(admin, draft.id))).toEqual(codes(current));
    });
  });

  describe('export', () => {
    it.each([
      ['json', 'application/json', /^\{\n {2}"format": "smartcity-catalogue"/],
      ['csv', 'text/csv', /^record,code,edition,kind,/],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', /^PK/],
    ])('downloads a version as %s', async (format, type, start) => {
      const res = await editor
        .get(`${API}/frameworks/${frameworks['u4ssc-kpis'].id}/export?format=${format}`)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(type);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="u4ssc-kpis-v1.${format}"`);
      expect((res.body as Buffer).toString('latin1')).toMatch(start);
    });
  });
});
