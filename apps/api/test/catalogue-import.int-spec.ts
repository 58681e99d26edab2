import type {
  CatalogueImportResponse,
  FrameworkListResponse,
  FrameworkResponse,
  FrameworkTreeResponse,
} from '@smartcity/contracts';
import ExcelJS from 'exceljs';
import type { Test } from 'supertest';

import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { seedCatalogue } from '../src/modules/catalogue/seed/catalogue-seed';
import { OutboxEvent } from '../src/queue/outbox-event.entity';
import { eventually, TestApp, type Caller } from './test-app';

const API = '/api/v1/catalogue';

type Sheet = { name: string; rows: (string | number | null)[][] };

async function workbook(sheets: Sheet[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const binary = (req: Test) =>
  req.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (c: Buffer) => chunks.push(c));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** Uploading, checking (by the worker), previewing and applying catalogue files; export → import round trips. */
describe('catalogue imports', () => {
  let t: TestApp;
  let admin: Caller;
  let editor: Caller;
  let frameworks: Record<string, FrameworkResponse>;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    await seedCatalogue(t.dataSource);
    const ministry = await t.organization('ministry');
    admin = await t.asMember(ministry, 'catalogue_admin');
    editor = await t.asMember((await t.regionWithCity()).city, 'municipal_editor');
    const list = (await admin.get(`${API}/frameworks`)).body as FrameworkListResponse;
    frameworks = Object.fromEntries(list.items.map((f) => [f.code, f]));
  });

  afterAll(() => t.close());

  const upload = (content: Buffer | string, fileName: string, caller = admin) =>
    caller.post(`${API}/imports`).attach('file', Buffer.from(content), fileName);

  /** Uploads and waits for the worker's verdict. */
  async function checked(content: Buffer | string, fileName: string): Promise<CatalogueImportResponse> {
    const res = await upload(content, fileName);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', fileName });
    return eventually(async () => {
      const poll = (await admin.get(`${API}/imports/${res.body.id}`)).body as CatalogueImportResponse;
      return ['queued', 'running'].includes(poll.status) ? null : poll;
    }, 30_000);
  }

  const exported = async (id: string, format: string): Promise<Buffer> => {
    const res = await binary(admin.get(`${API}/frameworks/${id}/export?format=${format}`));
    expect(res.status).toBe(200);
    return res.body as Buffer;
  };

  const contentCounts = async (): Promise<Record<string, number>> =>
    (
      await t.dataSource.query<
        Record<string, number>[]
      >(`SELECT (SELECT count(*) FROM frameworks)::int AS frameworks,
        (SELECT count(*) FROM directions)::int AS directions, (SELECT count(*) FROM measures)::int AS measures,
        (SELECT count(*) FROM kpi_definitions)::int AS kpis`)
    )[0];

  describe('row validation', () => {
    const header = [
      'code',
      'official_number',
      'direction',
      'kind',
      'title_ru',
      'title_en',
      'deadline_year',
      'applies_min_population',
      'applies_regional_capital',
      'provenance',
    ];
    const good = (n: number) => [
      `M-${n}`,
      `${n}`,
      'GU',
      'basic',
      `Мероприятие ${n}`,
      `Measure ${n}`,
      2024,
      100000,
      'yes',
      'confirmed',
    ];

    it('reports exactly the three bad rows of an XLSX, with reasons, and writes nothing', async () => {
      const rows: (string | number | null)[][] = Array.from({ length: 10 }, (_, i) => good(i + 1));
      rows[2] = ['M-3', '3', 'GU', 'mandatory', 'Мероприятие 3', null, 2024, null, null, 'confirmed'];
      rows[5] = ['M-6', '6', 'NOWHERE', 'basic', 'Мероприятие 6', null, 'soon', null, null, 'confirmed'];
      rows[8] = ['M-9', '9', 'GU', 'additional', null, null, null, null, null, 'guessed'];
      const file = await workbook([
        {
          name: 'framework',
          rows: [
            ['code', 'edition', 'kind', 'title_ru', 'provenance'],
            ['test-standard', '2024', 'measures', 'Проверка', 'official'],
          ],
        },
        {
          name: 'directions',
          rows: [
            ['code', 'title_ru'],
            ['GU', 'Городское управление'],
          ],
        },
        { name: 'measures', rows: [header, ...rows] },
      ]);
      const before = await contentCounts();

      const result = await checked(file, 'standard-with-errors.xlsx');

      expect(result).toMatchObject({
        status: 'invalid',
        format: 'xlsx',
        invalidRows: 3,
        errorCount: 5,
        summary: null,
        preview: null,
        progress: { processed: 12, total: 12, percent: 100 },
      });
      expect(result.errors).toEqual([
        {
          section: 'measures',
          row: 4,
          column: 'kind',
          code: 'not-one-of',
          params: { allowed: 'basic, additional', value: 'mandatory' },
          reason: 'must be one of basic, additional (got "mandatory")',
        },
        {
          section: 'measures',
          row: 7,
          column: 'deadline_year',
          code: 'not-integer',
          params: {},
          reason: 'must be a whole number',
        },
        {
          section: 'measures',
          row: 7,
          column: 'direction',
          code: 'unknown-direction',
          params: { direction: 'NOWHERE' },
          reason: 'direction "NOWHERE" is not in the directions section',
        },
        {
          section: 'measures',
          row: 10,
          column: 'title_ru',
          code: 'title-required',
          params: {},
          reason: 'title_ru or title_en is required',
        },
        {
          section: 'measures',
          row: 10,
          column: 'provenance',
          code: 'not-one-of',
          params: { allowed: 'confirmed, unconfirmed, reconstructed', value: 'guessed' },
          reason: 'must be one of confirmed, unconfirmed, reconstructed (got "guessed")',
        },
      ]);
      expect(new Set(result.errors.map((e) => e.row))).toEqual(new Set([4, 7, 10]));
      expect(await contentCounts()).toEqual(before);
      const apply = await admin.post(`${API}/imports/${result.id}/apply`, {});
      expect(apply.status).toBe(409);
      expect(apply.body).toMatchObject({
        code: 'catalogue.import-not-ready',
        details: { status: 'invalid' },
      });
      expect(await contentCounts()).toEqual(before);
      expect(
        await t.dataSource
          .getRepository(AuditEvent)
          .findOneBy({ action: 'catalogue.import-checked', entityId: result.id }),
      ).toMatchObject({ after: { status: 'invalid', errorCount: 5, invalidRows: 3 } });
    });

    it('explains files it cannot read', async () => {
      const csv = await checked('record,code,colour\nframework,x,red\n', 'odd.csv');
      const json = await checked('{"framework": {"code": "x",', 'broken.json');
      const zip = await checked(Buffer.from('PK\u0003\u0004 not really a workbook'), 'broken.xlsx');

      expect(csv.errors).toEqual([
        expect.objectContaining({
          row: 1,
          column: 'colour',
          code: 'unknown-column',
          reason: expect.stringMatching(/^unknown column/),
        }),
      ]);
      expect(json.errors[0]).toMatchObject({ code: 'invalid-json', params: { detail: expect.any(String) } });
      expect(json.errors[0].reason).toMatch(/^The file is not valid JSON/);
      expect(zip.errors[0]).toMatchObject({
        code: 'unreadable-workbook',
        params: { detail: expect.any(String) },
      });
      expect(zip.errors[0].reason).toMatch(/^The workbook cannot be read/);
    });
  });

  describe('uploads', () => {
    it('refuses what is not a catalogue file, too large, or missing', async () => {
      const xls = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'old.xls');
      const pdf = await upload(Buffer.from('%PDF-1.7'), 'scan.pdf');
      const empty = await upload(Buffer.alloc(0), 'empty.csv');
      const huge = await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'huge.csv');
      const none = await admin.post(`${API}/imports`, {});

      expect(xls.status).toBe(415);
      expect(xls.body).toMatchObject({
        code: 'catalogue.unsupported-file',
        message: 'Old .xls workbooks are not supported: save the workbook as .xlsx',
      });
      expect(pdf.body.code).toBe('catalogue.unsupported-file');
      expect(empty.body).toMatchObject({
        code: 'catalogue.unsupported-file',
        message: 'The uploaded file is empty',
      });
      expect(huge.status).toBe(413);
      expect(huge.body.code).toBe('common.payload-too-large');
      expect(none.status).toBe(400);
      expect(none.body.details.fields).toEqual([expect.objectContaining({ field: 'file' })]);
    });

    it('lets only catalogue admins upload and read imports', async () => {
      const res = await upload('record,code\n', 'x.csv', editor);

      expect(res.status).toBe(403);
      expect((await editor.get(`${API}/imports`)).status).toBe(403);
    });

    it('stores the upload, a queued job and an audit event in one go', async () => {
      const res = await upload(await exported(frameworks['iq-cities'].id, 'csv'), 'Индекс IQ.csv');

      expect(res.body).toMatchObject({ fileName: 'Индекс IQ.csv', format: 'csv', status: 'queued' });
      expect(
        await t.dataSource
          .getRepository(OutboxEvent)
          .countBy({ jobName: 'catalogue.run-import', payload: { v: 1, importId: res.body.id } as never }),
      ).toBe(1);
      expect(
        await t.dataSource
          .getRepository(AuditEvent)
          .countBy({ action: 'catalogue.import-uploaded', entityId: res.body.id }),
      ).toBe(1);
    });
  });

  describe('export → import', () => {
    it.each([
      ['smart-city-standard', 'json'],
      ['smart-city-standard', 'csv'],
      ['smart-city-standard', 'xlsx'],
      ['u4ssc-kpis', 'json'],
      ['u4ssc-kpis', 'csv'],
      ['u4ssc-kpis', 'xlsx'],
      ['iq-cities', 'xlsx'],
    ])('round-trips %s through %s into an identical version', async (code, format) => {
      const original = frameworks[code];
      const file = await exported(original.id, format);

      const result = await checked(file, `${code}.${format}`);

      expect(result).toMatchObject({
        status: 'ready',
        baseFrameworkId: original.id,
        existingDraftId: null,
        summary: { frameworkCode: code, kind: original.kind, directions: original.counts.directions },
        preview: {
          from: { id: original.id, version: 1 },
          to: null,
          framework: [],
          directions: { added: [], removed: [], changed: [] },
          summary: { added: 0, removed: 0, changed: 0 },
        },
      });
      const applied = await admin.post(`${API}/imports/${result.id}/apply`, {});
      expect(applied.status).toBe(201);
      const draft = applied.body as FrameworkResponse;
      expect(draft).toMatchObject({
        code,
        version: 2,
        status: 'draft',
        basedOnId: original.id,
        counts: original.counts,
      });

      // Identical content: the same file comes out again (byte for byte for text formats), and the same tree.
      const again = await exported(draft.id, format);
      if (format === 'xlsx') {
        expect(await exported(draft.id, 'json')).toEqual(await exported(original.id, 'json'));
      } else {
        expect(again.toString('utf8')).toBe(file.toString('utf8'));
      }
      const strip = (tree: FrameworkTreeResponse) =>
        tree.directions.map(({ id: _, measures, kpis, ...d }) => ({
          ...d,
          items: [...measures, ...kpis].map(({ id: _i, frameworkId: _f, directionId: _d, ...item }) => item),
        }));
      const [before, after] = [
        (await admin.get(`${API}/frameworks/${original.id}`)).body as FrameworkTreeResponse,
        (await admin.get(`${API}/frameworks/${draft.id}`)).body as FrameworkTreeResponse,
      ];
      expect(strip(after)).toEqual(strip(before));
      const diff = await admin.get(`${API}/frameworks/${original.id}/diff/${draft.id}`);
      expect(diff.body.summary).toMatchObject({ added: 0, removed: 0, changed: 0 });
      expect(diff.body.framework).toEqual([]);

      expect((await admin.delete(`${API}/frameworks/${draft.id}`)).status).toBe(204);
    });

    it.each(['json', 'csv', 'xlsx'])(
      "keeps a draft's reordered directions and measures through %s export → import",
      async (format) => {
        const base = frameworks['smart-city-standard'];
        const draft = (await admin.post(`${API}/frameworks/${base.id}/drafts`, {})).body as FrameworkResponse;
        const tree = async () =>
          (await admin.get(`${API}/frameworks/${draft.id}`)).body as FrameworkTreeResponse;
        const start = await tree();
        const direction = start.directions.find((d) => d.measures.length >= 3)!;
        await admin
          .put(`${API}/frameworks/${draft.id}/directions/${direction.id}/items/order`, {
            itemIds: [...direction.measures].reverse().map((m) => m.id),
          })
          .expect(200);
        const ids = start.directions.map((d) => d.id);
        await admin
          .put(`${API}/frameworks/${draft.id}/directions/order`, {
            directionIds: [ids.at(-1), ...ids.slice(0, -1)],
          })
          .expect(200);
        const reordered = await tree();
        const file = await exported(draft.id, format);

        const result = await checked(file, `reordered.${format}`);
        expect(result).toMatchObject({ status: 'ready', existingDraftId: draft.id });
        const applied = await admin.post(`${API}/imports/${result.id}/apply`, { replaceDraft: true });

        expect(applied.status).toBe(201);
        const strip = (body: FrameworkTreeResponse) =>
          body.directions.map(({ id: _, measures, ...d }) => ({
            ...d,
            measures: measures.map(({ id: _i, frameworkId: _f, directionId: _d, ...item }) => item),
          }));
        const after = (await admin.get(`${API}/frameworks/${applied.body.id}`)).body as FrameworkTreeResponse;
        expect(strip(after)).toEqual(strip(reordered));
        expect(after.directions[0].code).toBe(start.directions.at(-1)!.code);
        const moved = after.directions.find((d) => d.code === direction.code)!;
        expect(moved.measures.map((m) => m.code)).toEqual(
          [...direction.measures].reverse().map((m) => m.code),
        );
        if (format === 'xlsx') {
          expect(await exported(applied.body.id, 'json')).toEqual(await exported(draft.id, 'json'));
        } else {
          expect((await exported(applied.body.id, format)).toString('utf8')).toBe(file.toString('utf8'));
        }

        expect((await admin.delete(`${API}/frameworks/${applied.body.id}`)).status).toBe(204);
      },
    );
  });

  describe('preview and apply', () => {
    it('previews the changes of an edited spreadsheet against the current version, then applies them', async () => {
      const standard = frameworks['smart-city-standard'];
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await exported(standard.id, 'xlsx')) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('measures')!;
      const columns = (sheet.getRow(1).values as string[]).slice(1);
      const cell = (row: number, column: string) => sheet.getRow(row).getCell(columns.indexOf(column) + 1);
      const rowOf = (code: string) => {
        let found = 0;
        sheet.eachRow((row, n) => {
          if (row.getCell(1).value === code) found = n;
        });
        return found;
      };
      cell(rowOf('CAND-TR-03'), 'title_ru').value =
        'Интеллектуальная система управления общественным транспортом';
      cell(rowOf('CAND-ENV-03'), 'direction').value = 'TRANSPORT';
      cell(rowOf('CAND-GU-01'), 'kind').value = 'Базовое';
      sheet.spliceRows(rowOf('CAND-TOUR-02'), 1);
      sheet.addRow([
        'OFF-1',
        '5.1',
        'COMMS',
        'basic',
        'Сети связи 5G',
        '5G networks',
        null,
        null,
        2030,
        100000,
        'yes',
        'confirmed',
      ]);
      book.getWorksheet('framework')!.getRow(2).getCell(2).value = '2019-official';

      const result = await checked(
        Buffer.from(await book.xlsx.writeBuffer()),
        'стандарт 2019 (официальный).xlsx',
      );

      expect(result.status).toBe('ready');
      expect(result.preview).toMatchObject({
        framework: [{ field: 'edition', before: '2019', after: '2019-official' }],
        summary: { added: 1, removed: 1, changed: 3, reworded: 1, moved: 1, kindChanged: 1, unchanged: 23 },
        items: {
          added: [{ code: 'OFF-1', directionCode: 'COMMS', kind: 'basic', titleRu: 'Сети связи 5G' }],
          removed: [expect.objectContaining({ code: 'CAND-TOUR-02' })],
        },
      });

      const applied = await admin.post(`${API}/imports/${result.id}/apply`, {});
      const twice = await admin.post(`${API}/imports/${result.id}/apply`, {});

      expect(applied.status).toBe(201);
      expect(applied.body).toMatchObject({
        version: 2,
        edition: '2019-official',
        status: 'draft',
        counts: { measures: 27 },
      });
      expect(twice.body).toMatchObject({
        code: 'catalogue.import-not-ready',
        details: { status: 'applied' },
      });
      const after = (await admin.get(`${API}/imports/${result.id}`)).body as CatalogueImportResponse;
      expect(after).toMatchObject({ status: 'applied', appliedFrameworkId: applied.body.id });
      const diff = await admin.get(`${API}/frameworks/${standard.id}/diff/${applied.body.id}`);
      expect(diff.body.summary).toEqual(result.preview!.summary);
    });

    it('refuses to overwrite an existing draft unless asked to, then replaces it', async () => {
      const standard = frameworks['smart-city-standard'];
      const result = await checked(await exported(standard.id, 'json'), 'standard.json');
      const draftId = result.existingDraftId;

      const refused = await admin.post(`${API}/imports/${result.id}/apply`, {});
      const replaced = await admin.post(`${API}/imports/${result.id}/apply`, { replaceDraft: true });

      expect(draftId).toEqual(expect.any(String));
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'catalogue.draft-exists', details: { draftId } });
      expect(replaced.status).toBe(201);
      expect(replaced.body).toMatchObject({ id: draftId, version: 2, edition: '2019', revision: 2 });
      const diff = await admin.get(`${API}/frameworks/${standard.id}/diff/${draftId}`);
      expect(diff.body.summary).toMatchObject({ added: 0, removed: 0, changed: 0 });
    });

    it('refuses a file whose kind differs from its framework', async () => {
      const json = JSON.parse((await exported(frameworks['iq-cities'].id, 'json')).toString('utf8'));
      json.framework.code = 'smart-city-standard';

      const result = await checked(JSON.stringify(json), 'wrong-kind.json');

      expect(result.status).toBe('invalid');
      expect(result.errors).toEqual([
        {
          section: 'framework',
          row: 1,
          column: 'kind',
          code: 'framework-kind-mismatch',
          params: { code: 'smart-city-standard', existingKind: 'measures', kind: 'kpis' },
          reason: 'framework smart-city-standard holds measures; this file holds kpis',
        },
      ]);
    });

    it('creates a brand-new framework from a file, as version 1', async () => {
      const json = JSON.parse((await exported(frameworks['iq-cities'].id, 'json')).toString('utf8'));
      json.framework.code = 'iq-cities-2022';
      json.framework.edition = '2022';

      const result = await checked(JSON.stringify(json), 'iq-2022.json');
      const applied = await admin.post(`${API}/imports/${result.id}/apply`, {});

      expect(result.preview).toMatchObject({ from: null, summary: { added: 47, removed: 0 } });
      expect(applied.body).toMatchObject({
        code: 'iq-cities-2022',
        version: 1,
        basedOnId: null,
        counts: { kpis: 47 },
      });
    });
  });

  describe('publishing an emptied draft', () => {
    it('refuses with 422, naming the problem by code, and publishes nothing', async () => {
      const csv = [
        'record,code,edition,kind,direction,title_ru,provenance',
        'framework,tiny-standard,2024,measures,,Маленький стандарт,official',
        'direction,D1,,,,Направление,',
        'measure,M1,,basic,D1,Мероприятие,confirmed',
      ].join('\n');
      const result = await checked(csv, 'tiny.csv');
      const draft = (await admin.post(`${API}/imports/${result.id}/apply`, {})).body as FrameworkResponse;
      const tree = (await admin.get(`${API}/frameworks/${draft.id}`)).body as FrameworkTreeResponse;
      const [direction] = tree.directions;
      const [measure] = direction?.measures ?? [];
      expect(direction && measure).toBeTruthy();

      expect((await admin.delete(`${API}/frameworks/${draft.id}/measures/${measure?.id}`)).status).toBe(204);
      expect((await admin.delete(`${API}/frameworks/${draft.id}/directions/${direction?.id}`)).status).toBe(
        204,
      );
      const publish = await admin.post(`${API}/frameworks/${draft.id}/publish`, {});

      expect(publish.status).toBe(422);
      expect(publish.body).toMatchObject({
        code: 'catalogue.draft-invalid',
        details: {
          errors: [
            {
              field: 'directions',
              constraint: 'directions-required',
              reason: 'at least one direction is required',
            },
          ],
        },
      });
      expect((await admin.get(`${API}/frameworks/${draft.id}`)).body.framework.status).toBe('draft');
    });
  });

  describe('large files', () => {
    it('reports progress while checking and applies thousands of rows in one transaction', async () => {
      const rows = 5000;
      const lines = [
        'record,code,edition,kind,direction,title_ru,title_en,provenance',
        'framework,bulk-standard,2024,measures,,Массовый стандарт,Bulk standard,official',
        'direction,D1,,,,Направление 1,Direction 1,',
        'direction,D2,,,,Направление 2,Direction 2,',
        ...Array.from(
          { length: rows },
          (_, i) =>
            `measure,B-${i + 1},,${i % 3 ? 'additional' : 'basic'},D${(i % 2) + 1},"Мероприятие ${i + 1}, вариант",Measure ${i + 1},confirmed`,
        ),
      ];
      const started = Date.now();
      const res = await upload(lines.join('\n'), 'bulk.csv');
      const seen = new Set<number>();
      const result = await eventually(
        async () => {
          const poll = (await admin.get(`${API}/imports/${res.body.id}`)).body as CatalogueImportResponse;
          seen.add(poll.progress.percent);
          return ['queued', 'running'].includes(poll.status) ? null : poll;
        },
        60_000,
        20,
      );
      const checkedMs = Date.now() - started;
      const applyStarted = Date.now();
      const applied = await admin.post(`${API}/imports/${result.id}/apply`, {});
      const applyMs = Date.now() - applyStarted;

      expect(result).toMatchObject({
        status: 'ready',
        progress: { processed: rows + 3, total: rows + 3, percent: 100 },
      });
      expect([...seen].every((p) => p >= 0 && p <= 100)).toBe(true);
      expect(applied.body.counts).toEqual({ directions: 2, measures: rows, kpis: 0 });
      process.stdout.write(
        `catalogue import of ${rows} rows: checked in ${checkedMs} ms, applied in ${applyMs} ms\n`,
      );
    });
  });
});
