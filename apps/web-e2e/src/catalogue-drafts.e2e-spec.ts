import type { APIRequestContext, Browser } from 'playwright-core';

import { apiSignedInAs, escapeRegExp, journey, launchBrowser, screenshot, signIn } from './support/e2e';

const STANDARD_CODE = 'smart-city-standard';
const ADMIN = 'admin@minstroy.demo';

type FrameworkSummary = { id: string; code: string; version: number; status: string };
type Tree = {
  framework: FrameworkSummary;
  directions: { code: string; measures: { code: string; titleRu: string | null }[] }[];
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function getJson<T>(api: APIRequestContext, url: string): Promise<T> {
  const response = await api.get(url);
  if (!response.ok()) throw new Error(`GET ${url} failed: ${response.status()}`);
  return (await response.json()) as T;
}

/**
 * The current published version of the 2019 standard and one of its measures (not the one the import journey
 * rewords). A draft left by an earlier run on this stack is deleted first, so "start a new edition" is offered.
 */
async function prepare(): Promise<{
  standard: FrameworkSummary;
  measure: { code: string; titleRu: string };
}> {
  const api = await apiSignedInAs(ADMIN);
  try {
    const { items } = await getJson<{ items: FrameworkSummary[] }>(
      api,
      `/api/v1/catalogue/frameworks?code=${STANDARD_CODE}`,
    );
    const { cookies } = await api.storageState();
    const csrf = cookies.find((cookie) => cookie.name === 'scr_csrf')?.value ?? '';
    for (const draft of items.filter((item) => item.status === 'draft')) {
      const response = await api.delete(`/api/v1/catalogue/frameworks/${draft.id}`, {
        headers: { 'x-csrf-token': csrf },
      });
      if (response.status() !== 204) throw new Error(`Deleting draft ${draft.id}: ${response.status()}`);
    }
    const standard = items
      .filter((item) => item.status === 'published')
      .sort((a, b) => b.version - a.version)[0];
    if (!standard) throw new Error(`No published ${STANDARD_CODE}`);
    const tree = await getJson<Tree>(api, `/api/v1/catalogue/frameworks/${standard.id}`);
    const measure = tree.directions
      .flatMap((d) => d.measures)
      .find((m) => m.code !== 'SC2019-GU-01' && m.titleRu !== null);
    if (!measure?.titleRu) throw new Error('No measure with a Russian title to reword');
    return { standard, measure: { code: measure.code, titleRu: measure.titleRu } };
  } finally {
    await api.dispose();
  }
}

describe('the catalogue admin', () => {
  journey(
    'starts a new edition, rewords a measure, sees the diff on publish and publishes; the old version still opens',
    () => browser,
    async ({ page }) => {
      const { standard, measure } = await prepare();
      const newTitle = `${measure.titleRu} (редакция ${Date.now().toString(36)})`;

      await signIn(page, ADMIN);
      await page.goto(`/catalogue/frameworks/${standard.id}`);
      await page.getByRole('button', { name: 'Создать черновик новой редакции' }).click();

      // The editor of the new draft.
      await page.getByRole('heading', { level: 1, name: /^Черновик: / }).waitFor();
      await page.getByText(`Код ${STANDARD_CODE} · редакция`, { exact: false }).waitFor();
      const draftUrl = page.url();
      expect(draftUrl).toMatch(/\/catalogue\/frameworks\/[0-9a-f-]+\/edit$/);
      const draftId = draftUrl.split('/').at(-2) ?? '';
      expect(draftId).not.toBe(standard.id);

      // Reword the measure; an empty title is refused by the API and explained at the field, in Russian.
      await page.getByRole('button', { name: `Изменить ${measure.code}`, exact: true }).click();
      const form = page.getByRole('form', { name: `Мероприятие ${measure.code}` });
      await form.waitFor();
      await form.getByLabel('Название (рус.)').fill('');
      await form.getByLabel('Название (англ.)').fill('');
      await form.getByRole('button', { name: 'Сохранить' }).click();
      await form.getByText('Нужно название на русском или английском.').waitFor();
      await form.getByLabel('Название (рус.)').fill(newTitle);
      await form.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByText(`Изменения ${measure.code} сохранены.`).waitFor();
      await page.getByRole('rowheader', { name: newTitle }).waitFor();

      // Publishing asks first and shows what changes against the current published version.
      await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Опубликовать версию?' });
      await dialog.waitFor();
      const diff = dialog.getByRole('region', {
        name: `Изменения по сравнению с версией ${standard.version}`,
      });
      const changed = diff.getByRole('region', { name: /^Изменены/ });
      await changed.getByRole('heading', { name: new RegExp(`^${escapeRegExp(measure.code)}`) }).waitFor();
      await changed.getByRole('cell', { name: newTitle }).waitFor();
      await changed.getByText('Новая формулировка').waitFor();
      expect(await diff.locator('.diff-summary__item--changed dd').textContent()).toBe('1');
      expect(await diff.locator('.diff-summary__item--removed dd').textContent()).toBe('0');
      await screenshot(page, 'catalogue-draft-publish-diff');
      await dialog.getByRole('button', { name: 'Да, опубликовать' }).click();

      // The new version opens published, with the new wording.
      await page.waitForURL(new RegExp(`/catalogue/frameworks/${draftId}$`));
      await page.getByText('Версия опубликована.').waitFor();
      await page.getByRole('rowheader', { name: newTitle }).waitFor();
      const about = page.getByRole('complementary', { name: 'О версии' });
      await about.getByText('Опубликована', { exact: true }).first().waitFor();

      // It is listed among the catalogue versions.
      await page.goto('/catalogue');
      await page
        .getByRole('table', { name: 'Версии каталогов' })
        .locator(`a[href="/catalogue/frameworks/${draftId}"]`)
        .waitFor();

      // The old version still opens, unchanged and still published (publishing does not retire it).
      await page.goto(`/catalogue/frameworks/${standard.id}`);
      await page.getByRole('rowheader', { name: measure.titleRu, exact: true }).waitFor();
      expect(await page.getByRole('rowheader', { name: newTitle }).count()).toBe(0);
      const api = await apiSignedInAs(ADMIN);
      try {
        const old = await getJson<Tree>(api, `/api/v1/catalogue/frameworks/${standard.id}`);
        expect(old.framework.status).toBe('published');
        const published = await getJson<Tree>(api, `/api/v1/catalogue/frameworks/${draftId}`);
        expect(published.framework).toMatchObject({ status: 'published', version: standard.version + 1 });
      } finally {
        await api.dispose();
      }
    },
    120_000,
  );
});

describe('a municipal editor', () => {
  journey(
    'sees no draft actions on a version, and the draft editor is forbidden',
    () => browser,
    async ({ page }) => {
      const { standard } = await prepare();

      await signIn(page, 'editor@obninsk.demo');
      await page.goto(`/catalogue/frameworks/${standard.id}`);
      await page.getByRole('complementary', { name: 'О версии' }).waitFor();
      expect(await page.getByRole('button', { name: 'Создать черновик новой редакции' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Вывести из действия' }).count()).toBe(0);

      await page.goto(`/catalogue/frameworks/${standard.id}/edit`);
      await page.getByRole('heading', { level: 1, name: 'Доступ запрещён' }).waitFor();
      expect(await page.getByRole('button', { name: 'Опубликовать', exact: true }).count()).toBe(0);
    },
  );
});
