import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import { OutboxEvent } from '../src/queue/outbox-event.entity';
import { catalogueFixture, type CatalogueFixture } from './roadmaps-fixtures';
import { eventually, TestApp, type Caller } from './test-app';

const MAX_BYTES = 64 * 1024;

/** Every file under a directory (recursively), as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)]);

/** supertest: collect a binary body as a Buffer. */
const binary = (res: unknown, done: (err: Error | null, body: Buffer) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('roadmap evidence', () => {
  let t: TestApp;
  let storageDir: string;
  let kaluga: Organization;
  let editor: Caller;
  let coordinator: Caller;
  let catalogue: CatalogueFixture;
  let base: string;
  let itemId: string;
  let problemId: string;
  let pdfEvidenceId: string;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'scr-evidence-'));
    t = await TestApp.start({
      worker: true,
      env: { STORAGE_DRIVER: 'local', STORAGE_DIR: storageDir, EVIDENCE_MAX_BYTES: String(MAX_BYTES) },
    });
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
    problemId = problem.body.problem.id;
    const item = await editor.post(`${base}/items`, {
      kind: 'standard',
      measureId: catalogue.basicMeasureIds[0],
      title: 'Платформа вовлечения',
    });
    itemId = item.body.item.id;
  });

  afterAll(async () => {
    await t.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  const upload = (path: string, content: Buffer, fileName: string, caller = editor) =>
    caller.post(path).attach('file', content, fileName);

  it('stores an uploaded PDF on disk under a server-made key, audited, and lists it', async () => {
    const res = await upload(`${base}/items/${itemId}/evidence`, PDF, 'Акт приёмки.pdf');

    expect(res.status).toBe(201);
    expect(res.body.evidence).toMatchObject({
      kind: 'file',
      itemId,
      problemId: null,
      title: 'Акт приёмки.pdf',
      fileName: 'Акт приёмки.pdf',
      fileType: 'pdf',
      sizeBytes: PDF.length,
    });
    expect(res.body.roadmapRevision).toBe(4);
    pdfEvidenceId = res.body.evidence.id;
    const files = await filesUnder(storageDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/evidence\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(await readFile(files[0])).toEqual(PDF);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'roadmaps.evidence-added', entityId: pdfEvidenceId }),
    ).toBe(1);
    const list = await coordinator.get(`${base}/items/${itemId}/evidence`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([pdfEvidenceId]);
    expect(list.body.limits).toEqual({
      maxBytes: MAX_BYTES,
      fileTypes: ['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'odt', 'ods', 'txt'],
      extensions: ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'odt', 'ods', 'txt'],
    });
  });

  it('streams the file back with its type and a UTF-8 Content-Disposition, to readers too', async () => {
    const res = await coordinator.get(`${base}/evidence/${pdfEvidenceId}/file`).buffer(true).parse(binary);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="___ _______.pdf"; filename*=UTF-8''${encodeURIComponent('Акт приёмки.pdf')}`,
    );
    expect(res.body).toEqual(PDF);
  });

  it('refuses disallowed types, content that does not match the extension and oversized files; stores nothing', async () => {
    const before = await filesUnder(storageDir);

    const renamed = await upload(`${base}/items/${itemId}/evidence`, EXE, 'report.pdf');
    const exe = await upload(`${base}/items/${itemId}/evidence`, EXE, 'setup.exe');
    const html = await upload(`${base}/items/${itemId}/evidence`, Buffer.from('<html>'), 'page.png');
    const huge = await upload(
      `${base}/items/${itemId}/evidence`,
      Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]),
      'big.pdf',
    );
    const png = await upload(`${base}/problems/${problemId}/evidence`, PNG, 'photo.PNG');

    expect(renamed.status).toBe(415);
    expect(renamed.body.code).toBe('roadmaps.unsupported-file');
    expect(renamed.body.message).toBe('The file is named .pdf but its content is not a pdf file');
    expect(exe.status).toBe(415);
    expect(html.status).toBe(415);
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('common.payload-too-large');
    expect(png.status).toBe(201);
    expect(png.body.evidence).toMatchObject({ problemId, fileType: 'png' });
    expect(await filesUnder(storageDir)).toHaveLength(before.length + 1);
  });

  it('adds links as JSON, refusing neither-nor and non-http links', async () => {
    const link = await editor.post(`${base}/problems/${problemId}/evidence`, {
      url: 'https://kaluga.example/traffic.pdf',
      title: 'Исследование трафика',
    });
    const none = await editor.post(`${base}/problems/${problemId}/evidence`, { title: 'Пусто' });
    const js = await editor.post(`${base}/problems/${problemId}/evidence`, { url: 'javascript:alert(1)' });
    const download = await editor.get(`${base}/evidence/${link.body.evidence.id}/file`);

    expect(link.status).toBe(201);
    expect(link.body.evidence).toMatchObject({ kind: 'link', url: 'https://kaluga.example/traffic.pdf' });
    expect(none.status).toBe(400);
    expect(none.body.details.fields[0].field).toBe('url');
    expect(js.status).toBe(400);
    expect(download.status).toBe(404);
  });

  it('lets only editors attach and delete', async () => {
    const upload403 = await upload(`${base}/items/${itemId}/evidence`, PDF, 'x.pdf', coordinator);
    const delete403 = await coordinator.delete(`${base}/evidence/${pdfEvidenceId}`);
    const unknownItem = await upload(
      `${base}/items/00000000-0000-4000-8000-000000000000/evidence`,
      PDF,
      'x.pdf',
    );

    expect(upload403.status).toBe(403);
    expect(delete403.status).toBe(403);
    expect(unknownItem.status).toBe(404);
  });

  it('deletes evidence: row and audit event in one transaction, the file after commit via the outbox', async () => {
    const files = await filesUnder(storageDir);
    const contents = await Promise.all(files.map((f) => readFile(f)));
    const file = files[contents.findIndex((c) => c.equals(PDF))];
    const res = await editor.delete(`${base}/evidence/${pdfEvidenceId}`);

    expect(res.status).toBe(200);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'roadmaps.evidence-deleted', entityId: pdfEvidenceId }),
    ).toBe(1);
    expect(
      await t.dataSource.getRepository(OutboxEvent).countBy({ jobName: 'roadmaps.delete-evidence-file' }),
    ).toBe(1);
    await eventually(async () => !(await filesUnder(storageDir)).includes(file));
    expect((await editor.get(`${base}/evidence/${pdfEvidenceId}/file`)).status).toBe(404);
  });

  it('deleting an item deletes its evidence files too', async () => {
    const item = await editor.post(`${base}/items`, {
      kind: 'standard',
      measureId: catalogue.basicMeasureIds[1],
      title: 'Учёт ресурсов',
    });
    const uploaded = await upload(`${base}/items/${item.body.item.id}/evidence`, PDF, 'act.pdf');
    const count = (await filesUnder(storageDir)).length;

    const res = await editor.delete(`${base}/items/${item.body.item.id}?revision=1`);

    expect(uploaded.status).toBe(201);
    expect(res.status).toBe(200);
    await eventually(async () => (await filesUnder(storageDir)).length === count - 1);
  });
});
