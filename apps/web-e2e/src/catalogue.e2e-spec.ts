import fs from 'node:fs';

import type { Browser, Page } from 'playwright-core';

import { apiSignedInAs, escapeRegExp, journey, launchBrowser, screenshot, signIn } from './support/e2e';

const STANDARD_CODE = 'smart-city-standard';
const STANDARD_TITLE = 'Базовые и дополнительные требования к умным городам (стандарт «Умный город»)';
const MEASURE_CODE = 'SC2019-GU-01';

type CatalogueFile = {
  framework: { code: string };
  measures: { code: string; title_ru: string | null }[];
};

type FrameworkSummary = { id: string; code: string; version: number; status: string };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The published version of the 2019 standard, looked up through the API (ids differ per stack). */
async function publishedStandard(): Promise<FrameworkSummary> {
  const api = await apiSignedInAs('admin@minstroy.demo');
  try {
    const response = await api.get(`/api/v1/catalogue/frameworks?code=${STANDARD_CODE}&status=published`);
    if (!response.ok()) throw new Error(`GET /catalogue/frameworks failed: ${response.status()}`);
    const { items } = (await response.json()) as { items: FrameworkSummary[] };
    const found = items.find((item) => item.code === STANDARD_CODE && item.status === 'published');
    if (!found) throw new Error(`No published ${STANDARD_CODE} among ${items.length} versions`);
    return found;
  } finally {
    await api.dispose();
  }
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Основная навигация' });

describe('the catalogue admin', () => {
  journey(
    'exports the 2019 standard, imports it back with one measure reworded, previews, applies and publishes',
    () => browser,
    async ({ page }) => {
      const standard = await publishedStandard();
      const newTitle = `Внедрение цифровой платформы вовлечения граждан (проверка ${Date.now().toString(36)})`;

      await signIn(page, 'admin@minstroy.demo');
      await mainNav(page).getByRole('link', { name: 'Каталог', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Каталог стандартов и показателей' }).waitFor();

      // The version page says where the bundled data comes from.
      await page
        .getByRole('table', { name: 'Версии каталогов' })
        .locator(`a[href="/catalogue/frameworks/${standard.id}"]`)
        .click();
      await page.getByRole('heading', { level: 1, name: STANDARD_TITLE }).waitFor();
      const provenance = page.getByRole('region', { name: /^Откуда эти данные/ });
      await provenance.getByText('Реконструкция', { exact: true }).waitFor();
      await provenance.getByText(/^Это реконструкция по косвенным источникам/).waitFor();
      await page.getByRole('heading', { level: 3, name: /Городское управление/ }).waitFor();
      await page
        .getByRole('rowheader', { name: /^Внедрение цифровой платформы вовлечения граждан/ })
        .waitFor();

      // Download it as JSON with the export button and reword one measure.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Скачать в формате JSON' }).click(),
      ]);
      const downloaded = await download.path();
      const file = JSON.parse(fs.readFileSync(downloaded, 'utf8')) as CatalogueFile;
      expect(file.framework.code).toBe(STANDARD_CODE);
      const measure = file.measures.find((m) => m.code === MEASURE_CODE);
      if (!measure) throw new Error(`${MEASURE_CODE} is missing from the export`);
      measure.title_ru = newTitle;

      // Import it.
      await mainNav(page).getByRole('link', { name: 'Каталог', exact: true }).click();
      await page.getByRole('link', { name: 'Импорт из файла' }).click();
      await page.getByRole('heading', { level: 1, name: 'Импорт каталога из файла' }).waitFor();
      await page.getByLabel('Каталог', { exact: true }).selectOption({ value: STANDARD_CODE });
      await page.getByLabel('Файл каталога').setInputFiles({
        name: 'standard-2019-reworded.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file, null, 2), 'utf8'),
      });
      await page.getByRole('button', { name: 'Загрузить и проверить' }).click();

      // The worker checks the file; the progress bar fills up to 100 %.
      const progress = page.getByRole('progressbar', {
        name: /^Проверка файла standard-2019-reworded\.json/,
      });
      await progress.waitFor();
      await page.waitForFunction(
        () => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '100',
        undefined,
        { timeout: 30_000 },
      );
      expect(await progress.getAttribute('aria-valuenow')).toBe('100');

      // The preview shows exactly the reworded measure; focus moved to the step's heading.
      const heading = page.getByRole('heading', { level: 2, name: 'Предпросмотр изменений' });
      await heading.waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'import-step-heading');
      const changed = page.getByRole('region', { name: /^Изменены/ });
      await changed.getByRole('heading', { name: new RegExp(`^${escapeRegExp(MEASURE_CODE)}`) }).waitFor();
      await changed.getByRole('cell', { name: newTitle }).waitFor();
      await changed.getByText('Новая формулировка').waitFor();
      const summary = page.getByRole('region', { name: 'Итог' });
      expect(await summary.locator('.diff-summary__item--changed dd').textContent()).toBe('1');
      expect(await summary.locator('.diff-summary__item--added dd').textContent()).toBe('0');
      expect(await summary.locator('.diff-summary__item--removed dd').textContent()).toBe('0');
      await screenshot(page, 'catalogue-import-preview');

      // Apply → a new draft; publish it after the confirmation.
      const replace = page.getByLabel('Заменить существующий черновик этого каталога');
      if ((await replace.count()) > 0) await replace.check(); // a draft left by an earlier run on this stack
      await page.getByRole('button', { name: 'Создать черновик' }).click();
      await page.getByRole('heading', { level: 2, name: 'Черновик и публикация' }).waitFor();
      await page.getByText(/^Изменения записаны в черновик\./).waitFor();
      await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Опубликовать версию?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Да, опубликовать' }).click();
      await page
        .getByText(/^Версия \d+ каталога smart-city-standard опубликована и стала действующей\.$/)
        .waitFor();

      // The new version is current and carries the new wording; the old one stays published (pinned roadmaps).
      await page.getByRole('link', { name: 'Открыть версию' }).click();
      await page.getByRole('heading', { level: 1, name: STANDARD_TITLE }).waitFor();
      await page.getByRole('rowheader', { name: newTitle }).waitFor();
      const about = page.getByRole('complementary', { name: 'О версии' });
      await about.getByText('Опубликована', { exact: true }).first().waitFor();
      const current = await publishedStandard();
      expect(current.version).toBeGreaterThan(standard.version);
      expect(page.url()).toContain(`/catalogue/frameworks/${current.id}`);
    },
    120_000,
  );
});

describe('the catalogue admin with a broken file', () => {
  journey(
    'sees every problem by row and column, and nothing is written',
    () => browser,
    async ({ page }) => {
      const csv = [
        'record,code,edition,kind,title_ru,direction,provenance',
        'framework,e2e-broken,2024,measures,Проверочный каталог,,official',
        'direction,D1,,,Направление,,',
        'measure,M1,,optional,Мероприятие,D1,confirmed',
      ].join('\n');
      await signIn(page, 'admin@minstroy.demo');
      await page.goto('/catalogue/import');
      await page.getByRole('heading', { level: 1, name: 'Импорт каталога из файла' }).waitFor();
      await page.getByLabel('Каталог', { exact: true }).selectOption({ label: 'Новый каталог' });
      await page.getByLabel('Файл каталога').setInputFiles({
        name: 'broken.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await page.getByRole('button', { name: 'Загрузить и проверить' }).click();

      await page.getByRole('heading', { level: 2, name: 'В файле есть ошибки' }).waitFor();
      await page.getByText(/^Найдено ошибок: \d+, в строках: \d+\. Ничего не записано\./).waitFor();
      const errors = page.getByRole('table', { name: 'Ошибки в файле' });
      const kindRow = errors.getByRole('row').filter({ hasText: 'optional' });
      await kindRow.getByRole('rowheader', { name: '4' }).waitFor();
      await kindRow.getByRole('cell', { name: /^kind/ }).waitFor();
      // The reason is in the interface language, from the problem's code and params.
      await kindRow
        .getByRole('cell', { name: 'Недопустимое значение «optional»; допустимо: basic, additional.' })
        .waitFor();

      // Nothing was written: there is no such catalogue.
      await page.getByRole('link', { name: 'Все каталоги' }).click();
      await page.getByRole('table', { name: 'Версии каталогов' }).waitFor();
      expect(await page.getByText('e2e-broken').count()).toBe(0);
    },
  );
});

describe('a municipal editor', () => {
  journey(
    'reads the catalogue but has no import entry, and the import page is forbidden',
    () => browser,
    async ({ page }) => {
      await signIn(page, 'editor@obninsk.demo');
      await mainNav(page).getByRole('link', { name: 'Каталог', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Каталог стандартов и показателей' }).waitFor();
      await page.getByRole('table', { name: 'Версии каталогов' }).getByRole('link').first().waitFor();
      expect(await page.getByRole('link', { name: 'Импорт из файла' }).count()).toBe(0);

      await page.goto('/catalogue/import');
      await page.getByRole('heading', { level: 1, name: 'Доступ запрещён' }).waitFor();
      expect(await page.getByLabel('Файл каталога').count()).toBe(0);

      // The API refuses it too.
      const api = await apiSignedInAs('editor@obninsk.demo');
      try {
        expect((await api.get('/api/v1/catalogue/imports')).status()).toBe(403);
      } finally {
        await api.dispose();
      }
    },
  );
});
