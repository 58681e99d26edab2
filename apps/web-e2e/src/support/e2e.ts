import fs from 'node:fs';
import path from 'node:path';

import { chromium, request } from 'playwright-core';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4200').replace(/\/$/, '');
export const ARTIFACTS_DIR = path.resolve(process.env.E2E_ARTIFACTS_DIR ?? 'dist/e2e-artifacts');
export const DEMO_PASSWORD = 'demo-password';
export const VIEWPORT = { width: 1280, height: 800 };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One Chromium per spec file; each journey gets fresh contexts (separate cookie jars). */
export function launchBrowser(): Promise<Browser> {
  // Playwright already uses a temporary profile: never pass --user-data-dir.
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export async function newSession(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: VIEWPORT, locale: 'ru-RU' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Copies a journey's screenshot over `docs/<docName>` — only when E2E_UPDATE_DOCS=1, so a normal test run never
 * changes tracked files. Refresh the documentation pictures with `E2E_UPDATE_DOCS=1 npm test -- --only e2e`.
 */
export function updateDocScreenshot(file: string, docName: string): void {
  if (process.env.E2E_UPDATE_DOCS !== '1') return;
  fs.copyFileSync(file, path.resolve('docs', docName));
}

/**
 * Runs a journey with a fresh browser context; on failure, screenshots every open page into the artifacts dir
 * (named after the journey) before rethrowing.
 */
export function journey(
  name: string,
  getBrowser: () => Browser,
  body: (session: { context: BrowserContext; page: Page; browser: Browser }) => Promise<void>,
  timeoutMs?: number,
): void {
  it(
    name,
    async () => {
      const browser = getBrowser();
      const { context, page } = await newSession(browser);
      try {
        await body({ context, page, browser });
      } catch (error) {
        const slug = name
          .replace(/[^a-z0-9]+/gi, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase();
        const pages = browser.contexts().flatMap((c) => c.pages());
        await Promise.all(
          pages.map((p, index) => screenshot(p, `failed-${slug}-${index}`).catch(() => undefined)),
        );
        throw error;
      } finally {
        await context.close();
      }
    },
    timeoutMs,
  );
}

/** Signs in through the form (labels in either language) and waits for the signed-in shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/^(Электронная почта|E-mail)$/).fill(email);
  await page.getByLabel(/^(Пароль|Password)$/).fill(password);
  await page.getByLabel(/^(Пароль|Password)$/).press('Enter');
  await page.getByRole('navigation', { name: /^(Основная навигация|Main navigation)$/ }).waitFor();
}

/** Opens the signed-in user's menu and signs out on this device. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Меню пользователя|User menu for)/ }).click();
  await page.getByRole('button', { name: /^(Выйти|Sign out)$/ }).click();
  await page.waitForURL(/\/sign-in/);
}

/** An API client signed in as `email`, for looking up ids the UI of another persona cannot see. */
export async function apiSignedInAs(email: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: BASE_URL });
  const response = await api.post('/api/v1/auth/login', { data: { email, password } });
  if (!response.ok())
    throw new Error(`API sign-in as ${email} failed: ${response.status()} ${await response.text()}`);
  return api;
}

export type OrganizationSummary = { id: string; kind: string; nameRu: string; nameEn: string };

export async function findOrganization(
  api: APIRequestContext,
  kind: string,
  nameEn: string,
): Promise<OrganizationSummary> {
  const response = await api.get('/api/v1/organizations');
  if (!response.ok()) throw new Error(`GET /organizations failed: ${response.status()}`);
  const organizations = (await response.json()) as OrganizationSummary[];
  const found = organizations.find((o) => o.kind === kind && o.nameEn === nameEn);
  if (!found)
    throw new Error(`No ${kind} named ${nameEn} among ${organizations.map((o) => o.nameEn).join(', ')}`);
  return found;
}

/** Polls `check` until it returns a value (or times out): for work done asynchronously by the worker. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined>,
  { timeoutMs = 20_000, intervalMs = 1_000, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The same path on the web app under test (the mail's link uses the API's PUBLIC_WEB_URL, maybe another host). */
export function onBaseUrl(link: string): string {
  const url = new URL(link, BASE_URL);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
