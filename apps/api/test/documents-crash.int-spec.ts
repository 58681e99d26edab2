import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { ApplicationDocument } from '../src/modules/documents/document.entity';
import { binary, inspectPdf } from './pdf-text';
import { eventually, TestApp } from './test-app';
import { actorOf, insertApplication, recordTransition, transitionWorld } from './transition-fixtures';

const ROOT = join(__dirname, '../../..');

/**
 * An S3-compatible endpoint in the test process: stores objects in memory and can hold the next PUT open forever,
 * so the test knows the worker is in the middle of storing a rendered PDF when it kills it.
 */
class FakeObjectStore {
  readonly objects = new Map<string, Buffer>();
  readonly deleted: string[] = [];
  private server?: Server;
  private holdNextPut = false;
  private held: { request: IncomingMessage; response: ServerResponse }[] = [];
  private onHeld?: () => void;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves when the next PUT arrives; that PUT never gets an answer. */
  holdNextUpload(): Promise<void> {
    this.holdNextPut = true;
    return new Promise((resolve) => (this.onHeld = resolve));
  }

  async stop(): Promise<void> {
    for (const { response } of this.held) response.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = decodeURIComponent(new URL(req.url!, 'http://x').pathname.replace(/^\/docs\//, ''));
    if (req.method === 'PUT' && this.holdNextPut) {
      this.holdNextPut = false;
      this.held.push({ request: req, response: res });
      this.onHeld?.();
      return;
    }
    if (req.method === 'PUT') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      this.objects.set(key, Buffer.concat(chunks));
      res.writeHead(200).end();
    } else if (req.method === 'GET') {
      const body = this.objects.get(key);
      if (!body) res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
      else res.writeHead(200, { 'content-length': body.length }).end(body);
    } else if (req.method === 'DELETE') {
      this.deleted.push(key);
      this.objects.delete(key);
      res.writeHead(204).end();
    } else {
      res.writeHead(405).end();
    }
  }
}

/** A real worker process (apps/api/src/worker.ts, transpiled on load) that the test can SIGKILL. */
function startWorker(env: NodeJS.ProcessEnv, output: string[]): ChildProcess {
  const child = spawn(
    process.execPath,
    ['-r', join(ROOT, 'apps/api/test/ts-register.js'), '-e', "require('./apps/api/src/worker.ts')"],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return child;
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * Acceptance: the worker killed while rendering a PDF — here while it uploads the rendered file — produces the
 * document after a restart, exactly once (one `documents` row, one stored object, the dead attempt's upload
 * deleted), and the PDF downloads through the API.
 */
describe('document rendering survives a worker killed mid-render', () => {
  const store = new FakeObjectStore();
  const output: string[] = [];
  let t: TestApp;
  let workers: ChildProcess[] = [];

  beforeAll(async () => {
    const endpoint = await store.start();
    t = await TestApp.start({
      env: {
        STORAGE_DRIVER: 's3',
        S3_ENDPOINT: endpoint,
        S3_BUCKET: 'docs',
        S3_ACCESS_KEY_ID: 'test-access',
        S3_SECRET_ACCESS_KEY: 'test-secret',
        // Short render lease, so the restarted worker takes the abandoned render over within seconds.
        DOCUMENT_RENDER_LEASE_MS: '3000',
        LOG_LEVEL: 'warn',
      },
    });
  });

  afterAll(async () => {
    for (const worker of workers) await kill(worker, 'SIGKILL');
    await t.close();
    await store.stop();
  });

  it('renders the application PDF once after the worker is killed during the upload', async () => {
    const w = await transitionWorld(t);
    const application = await insertApplication(t.dataSource, w);
    const held = store.holdNextUpload();
    const first = startWorker({ ...process.env }, output);
    workers.push(first);

    await recordTransition(t.dataSource, w, application, 'submit', actorOf(w.lead, w.city, 'municipal_lead'));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      held,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`The worker never uploaded:\n${output.join('')}`)), 90_000);
      }),
    ]).finally(() => clearTimeout(timer));
    await kill(first, 'SIGKILL');

    const abandoned = await t.dataSource
      .getRepository(ApplicationDocument)
      .findOneByOrFail({ applicationId: application.id });
    expect(abandoned).toMatchObject({ kind: 'application', status: 'rendering', attempts: 1 });
    expect(store.objects.size).toBe(0);

    const second = startWorker({ ...process.env }, output);
    workers.push(second);
    const done = await eventually(
      async () => {
        const row = await t.dataSource.getRepository(ApplicationDocument).findOneBy({ id: abandoned.id });
        return row?.status === 'ready' ? row : null;
      },
      60_000,
      200,
    );

    expect(done.attempts).toBe(2);
    expect(
      await t.dataSource.getRepository(ApplicationDocument).countBy({ applicationId: application.id }),
    ).toBe(1);
    expect([...store.objects.keys()]).toEqual([done.storageKey]);
    expect(store.deleted).toContain(abandoned.storageKey);
    const lead = await t.signIn(w.lead);
    const file = await lead
      .get(`/api/v1/organizations/${w.city.id}/applications/${application.id}/documents/${done.id}/file`)
      .buffer(true)
      .parse(binary);
    expect(file.status).toBe(200);
    expect(inspectPdf(file.body as Buffer).flatText).toContain(`SHA-256: ${application.snapshots[0].hash}`);

    await kill(second, 'SIGTERM');
    workers = [];
    // Two worker boots (each transpiles the sources) on a shared CI machine.
  }, 180_000);
});
