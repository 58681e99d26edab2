/*
 * Shared setup of the browser benchmarks in this folder: the shapes tools/bench.mjs passes and expects, a signed-in
 * API caller, and `withBenchStack`, which starts the product the way the browser tests do (built api + worker + web
 * preview, migrated and seeded database) on its own ports and fresh database, and drops it all at the end.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

/** The shape tools/bench.mjs prints. */
export type BenchRow = {
  metric: string;
  value: number;
  unit: string;
  target?: number;
  higherIsBetter?: boolean;
};
export type BenchReport = { name: string; rows: BenchRow[] };

export type Logger = ((message: string) => void) & { warn: (message: string) => void };
export type Stack = { apiUrl: string; webUrl: string; stop: () => Promise<void> };

/** What tools/bench.mjs passes to run(): services and the stack tools of tools/lib (see benchContext there). */
export type BenchContext = {
  adminDatabaseUrl: string;
  redisUrl: string;
  root: string;
  chromiumPath: string;
  log: Logger;
  build: (projects: string[]) => Promise<unknown>;
  ensureChromium: () => Promise<string>;
  createDatabase: (adminUrl: string, name: string) => Promise<void>;
  dropDatabase: (adminUrl: string, name: string) => Promise<void>;
  databaseUrl: (adminUrl: string, name: string) => string;
  deleteKeys: (redisUrl: string, pattern: string) => Promise<unknown>;
  apiEnv: (options: Record<string, unknown>) => NodeJS.ProcessEnv;
  migrateAndSeed: (env: NodeJS.ProcessEnv) => Promise<void>;
  startStack: (options: Record<string, unknown>) => Promise<Stack>;
};

export const PASSWORD = 'demo-password';

/**
 * A signed-in API caller (session cookie + CSRF header), straight to the API port: API time without the proxy.
 * Bodies are sent as JSON, except FormData (multipart uploads).
 */
export class ApiCaller {
  private cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  async signIn(email: string): Promise<void> {
    const response = await this.request('POST', '/api/v1/auth/login', { email, password: PASSWORD });
    if (!response.ok)
      throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  }

  async request(method: string, url: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const form = body instanceof FormData;
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('scr_csrf');
    if (csrf && method !== 'GET') headers['x-csrf-token'] = decodeURIComponent(csrf);
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return response;
  }

  async json<T>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await this.request(method, url, body);
    const text = await response.text();
    if (response.status >= 300) {
      throw new Error(`${method} ${url} → ${response.status}: ${text.slice(0, 500)}`);
    }
    return JSON.parse(text) as T;
  }

  cookieList(domain: string): { name: string; value: string; domain: string; path: string }[] {
    return [...this.cookies].map(([name, value]) => ({ name, value, domain, path: '/' }));
  }
}

export type BenchStackOptions = {
  /** Environment variables that override the ports, and their defaults. */
  apiPortVariable: string;
  webPortVariable: string;
  defaultApiPort: number;
  defaultWebPort: number;
  /** Prefixes of the throw-away database and queue keys (a random suffix is added). */
  databasePrefix: string;
  queuePrefix: string;
  /** Where the processes' logs (and any screenshots) go, relative to the repository; emptied first. */
  logDir: string;
};

export type BenchStack = {
  stack: Stack;
  logDir: string;
  /** Headless Chromium with a ru-RU 1280×800 context carrying the given caller's session; closed at the end. */
  openBrowser: (api: ApiCaller, args: readonly string[]) => Promise<BrowserContext>;
};

/** Builds and starts the product for one benchmark, runs `body`, then stops it and drops its database and keys. */
export async function withBenchStack<T>(
  context: BenchContext,
  options: BenchStackOptions,
  body: (bench: BenchStack) => Promise<T>,
): Promise<T> {
  const { log } = context;
  const apiPort = Number(process.env[options.apiPortVariable] || options.defaultApiPort);
  const webPort = Number(process.env[options.webPortVariable] || options.defaultWebPort);
  const suffix = randomBytes(4).toString('hex');
  const dbName = `${options.databasePrefix}${suffix}`;
  const queuePrefix = `${options.queuePrefix}${suffix}`;
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scr-bench-storage-'));
  const logDir = path.join(context.root, options.logDir);
  let stack: Stack | null = null;
  let browser: Browser | null = null;

  log('building api and web (cached when unchanged)');
  await context.build(['api', 'web']);
  await context.ensureChromium();
  await context.createDatabase(context.adminDatabaseUrl, dbName);
  try {
    const env = context.apiEnv({
      databaseUrl: context.databaseUrl(context.adminDatabaseUrl, dbName),
      redisUrl: context.redisUrl,
      apiPort,
      publicWebUrl: `http://127.0.0.1:${webPort}`,
      queuePrefix,
      nodeEnv: 'test',
      logLevel: 'warn',
      mailTransport: 'mailbox',
    });
    env.LOGIN_RATE_LIMIT = '1000';
    env.STORAGE_DIR = storageDir;
    await context.migrateAndSeed(env);
    fs.rmSync(logDir, { recursive: true, force: true });
    fs.mkdirSync(logDir, { recursive: true });
    stack = await context.startStack({
      env,
      apiPort,
      webPort,
      portVariables: { apiVariable: options.apiPortVariable, webVariable: options.webPortVariable },
      log,
      logDir,
    });
    return await body({
      stack,
      logDir,
      openBrowser: async (api, args) => {
        browser = await chromium.launch({ executablePath: context.chromiumPath, args: [...args] });
        const browserContext = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          locale: 'ru-RU',
        });
        await browserContext.addCookies(api.cookieList('127.0.0.1'));
        return browserContext;
      },
    });
  } finally {
    await (browser as Browser | null)?.close().catch(() => undefined);
    if (stack) await stack.stop();
    await context
      .dropDatabase(context.adminDatabaseUrl, dbName)
      .catch((error: Error) => log.warn(`could not drop ${dbName}: ${error.message}`));
    await context.deleteKeys(context.redisUrl, `${queuePrefix}:*`).catch(() => undefined);
    fs.rmSync(storageDir, { recursive: true, force: true });
  }
}
