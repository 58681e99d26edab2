import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import type { APIRequestContext, Browser, Locator, Page } from 'playwright-core';

import { apiSignedInAs, journey, launchBrowser, screenshot, signIn } from './support/e2e';
import { changeResponsiblePerson, createRoadmapFixture } from './support/roadmap-fixtures';
import type { RoadmapFixture } from './support/roadmap-fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const TITLES = ['Портал открытых данных', 'Электронная очередь в МФЦ', 'Система учёта уличного освещения'];
/** Columns of the «Мероприятия» sheet (docs/roadmaps.md, Excel round-trip). */
const COLUMN = { id: 1, title: 4, startMonth: 7, progress: 10 } as const;

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Clicks «Скачать XLSX» on the Excel tab and reads the file the browser saved. */
async function downloadWorkbook(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Скачать XLSX' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('Мероприятия')!;
  expect(sheet.getRow(1).getCell(COLUMN.title).value).toBe('Наименование мероприятия');
  return workbook;
}

function itemRow(workbook: ExcelJS.Workbook, itemId: string): ExcelJS.Row {
  const sheet = workbook.getWorksheet('Мероприятия')!;
  const row = (sheet.getRows(2, sheet.rowCount - 1) ?? []).find((r) => r.getCell(COLUMN.id).value === itemId);
  if (!row) throw new Error(`No row of item ${itemId} in the workbook`);
  return row;
}

/** Saves the workbook under `name` and uploads it; returns the preview. */
async function upload(page: Page, workbook: ExcelJS.Workbook, name: string): Promise<Locator> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-sheet-')), name);
  await workbook.xlsx.writeFile(file);
  await page.getByLabel('Файл XLSX', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Загрузить и сравнить' }).click();
  const preview = page.getByRole('region', { name: `Изменения из файла «${name}»` });
  await preview.waitFor();
  return preview;
}

async function expectSummary(page: Page, preview: Locator, counts: Record<string, number>): Promise<void> {
  const summary = preview.getByLabel('Итоги сравнения');
  for (const [label, count] of Object.entries(counts)) {
    const entry = summary.locator('div').filter({ has: page.locator('dt', { hasText: label }) });
    expect(await entry.locator('dd').innerText()).toBe(String(count));
  }
}

async function roadmapRevision(api: APIRequestContext, fixture: RoadmapFixture): Promise<number> {
  const document = (await (await api.get(fixture.base)).json()) as { roadmap: { revision: number } };
  return document.roadmap.revision;
}

describe('the roadmap in Excel, and its saved versions', () => {
  journey(
    'an editor downloads the workbook, changes one cell, sees exactly that change, applies it; then compares versions',
    () => browser,
    async ({ page }) => {
      const api = await apiSignedInAs('editor@kaluga.demo');
      try {
        const fixture = await createRoadmapFixture(api, 'Работа в Excel', TITLES);
        const [edited, untouched] = fixture.items;
        const newTitle = 'Портал открытых данных «Калуга в цифрах»';
        await signIn(page, 'editor@kaluga.demo');
        await page.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}?tab=sheet`);

        // Download, edit one cell (the title of one item), upload: the preview lists exactly that change.
        const workbook = await downloadWorkbook(page);
        const row = itemRow(workbook, edited.id);
        expect(row.getCell(COLUMN.title).value).toBe(edited.title);
        row.getCell(COLUMN.title).value = newTitle;
        const preview = await upload(page, workbook, 'дорожная карта.xlsx');
        await expectSummary(page, preview, {
          Добавится: 0,
          Изменится: 1,
          Удалится: 0,
          'Без изменений': 2,
          'С ошибками': 0,
        });
        const rows = preview.getByRole('table', { name: 'Изменения по строкам файла' }).locator('tbody tr');
        expect(await rows.count()).toBe(1);
        await rows.first().getByRole('rowheader', { name: newTitle }).waitFor();
        await rows.first().getByText('изменение', { exact: true }).waitFor();
        expect(await rows.first().getByRole('listitem').allInnerTexts()).toEqual([
          `Наименование: ${edited.title} → ${newTitle}`,
        ]);
        await screenshot(page, 'roadmap-sheet-preview');

        // The preview survives a look at another tab.
        await openTab(page, 'Мероприятия');
        await page.getByRole('table', { name: 'Мероприятия дорожной карты' }).waitFor();
        await openTab(page, 'Excel');
        await preview.waitFor();
        expect(await rows.count()).toBe(1);

        // Apply: the table shows the new title, the other items are as they were.
        await preview.getByRole('button', { name: 'Применить все изменения' }).click();
        await page.getByText(/^Изменения из файла применены/).waitFor();
        await openTab(page, 'Мероприятия');
        const table = page.getByRole('table', { name: 'Мероприятия дорожной карты' });
        await table.getByRole('link', { name: newTitle, exact: true }).waitFor();
        expect(await table.getByRole('link', { name: edited.title, exact: true }).count()).toBe(0);
        await table.getByRole('link', { name: untouched.title, exact: true }).waitFor();

        // Save a version, change an item through the API, and compare the version with now (live).
        await openTab(page, 'Версии');
        await page.getByLabel('Название версии', { exact: true }).fill('После загрузки из Excel');
        await page.getByRole('button', { name: 'Сохранить версию' }).click();
        await page.getByText('Версия «После загрузки из Excel» сохранена.').waitFor();
        await page
          .getByRole('table', { name: 'Сохранённые версии дорожной карты' })
          .getByRole('rowheader', { name: 'После загрузки из Excel' })
          .waitFor();
        const comparison = page.getByRole('region', { name: 'Сравнение версий' });
        await comparison.getByText('Различий нет.').waitFor();

        await changeResponsiblePerson(api, fixture, untouched.id, 'Кузнецова Е. А.');
        const changes = comparison.getByRole('table', { name: `Изменения «${untouched.title}»` });
        await changes.waitFor({ timeout: 15_000 });
        const person = changes.getByRole('row', { name: /^Ответственное лицо/ });
        expect(await person.getByRole('cell').allInnerTexts()).toEqual(['Сидоров П. П.', 'Кузнецова Е. А.']);
        await comparison.getByText('Добавлено: 0, удалено: 0, изменено: 1.').waitFor();

        // A second version; comparing the two shows the same change.
        await page.getByLabel('Название версии', { exact: true }).fill('После смены ответственного');
        await page.getByRole('button', { name: 'Сохранить версию' }).click();
        await page.getByText('Версия «После смены ответственного» сохранена.').waitFor();
        const { items: saved } = (await (await api.get(`${fixture.base}/snapshots`)).json()) as {
          items: { id: string; name: string }[];
        };
        const idOf = (name: string) => saved.find((snapshot) => snapshot.name === name)!.id;
        await comparison.getByLabel('Было', { exact: true }).selectOption(idOf('После загрузки из Excel'));
        await comparison
          .getByLabel('Стало', { exact: true })
          .selectOption(idOf('После смены ответственного'));
        await changes.waitFor();
        expect(await person.getByRole('cell').allInnerTexts()).toEqual(['Сидоров П. П.', 'Кузнецова Е. А.']);
        await screenshot(page, 'roadmap-snapshots-compare');
      } finally {
        await api.dispose();
      }
    },
    120_000,
  );

  journey(
    'a file with an invalid row changes nothing, and a preview the roadmap moved past is uploaded again',
    () => browser,
    async ({ page }) => {
      const api = await apiSignedInAs('editor@kaluga.demo');
      try {
        const fixture = await createRoadmapFixture(api, 'Проверка файла', TITLES);
        const [first, second] = fixture.items;
        await signIn(page, 'editor@kaluga.demo');
        await page.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}?tab=sheet`);
        const workbook = await downloadWorkbook(page);
        const revisionBefore = await roadmapRevision(api, fixture);

        // One valid change and one invalid cell: every error by sheet, row and column; Apply is not possible.
        itemRow(workbook, first.id).getCell(COLUMN.title).value = 'Портал открытых данных 2.0';
        const broken = itemRow(workbook, second.id);
        broken.getCell(COLUMN.progress).value = 150;
        const invalid = await upload(page, workbook, 'с ошибкой.xlsx');
        await expectSummary(page, invalid, { Изменится: 1, 'С ошибками': 1 });
        const errors = invalid.getByRole('table', { name: 'Ошибки в файле' });
        const errorRow = errors.getByRole('row', { name: new RegExp(`^Мероприятия ${broken.number}`) });
        expect(await errorRow.getByRole('cell').allInnerTexts()).toEqual([
          'Мероприятия',
          'Готовность, %',
          'Готовность — целое число от 0 до 100.',
        ]);
        expect(await invalid.getByRole('button', { name: 'Применить все изменения' }).isDisabled()).toBe(
          true,
        );
        await screenshot(page, 'roadmap-sheet-invalid');
        await invalid.getByRole('button', { name: 'Отменить загрузку' }).click();
        expect(await roadmapRevision(api, fixture)).toBe(revisionBefore);

        // Fixed file; meanwhile someone changes the roadmap: this preview can no longer be applied.
        broken.getCell(COLUMN.progress).value = 50;
        const preview = await upload(page, workbook, 'исправленный.xlsx');
        await expectSummary(page, preview, { Изменится: 2, 'С ошибками': 0 });
        await changeResponsiblePerson(api, fixture, fixture.items[2].id, 'Кузнецова Е. А.');
        await preview.getByText(/^После сравнения дорожная карта изменилась/).waitFor({ timeout: 15_000 });
        expect(await preview.getByRole('button', { name: 'Применить все изменения' }).count()).toBe(0);

        // Uploaded again, the file is compared with the current roadmap: it would also undo that change.
        await preview.getByRole('button', { name: 'Загрузить файл снова' }).click();
        await preview.getByText(new RegExp(`^Сравнение с редакцией ${revisionBefore + 1}\\.`)).waitFor();
        await expectSummary(page, preview, { Изменится: 3, 'С ошибками': 0 });
        await preview.getByText('Ответственное лицо: Кузнецова Е. А. → Сидоров П. П.').waitFor();
        await preview.getByRole('button', { name: 'Применить все изменения' }).click();
        await page.getByText(/^Изменения из файла применены/).waitFor();
        const document = (await (await api.get(fixture.base)).json()) as {
          items: { id: string; title: string; progress: number }[];
        };
        expect(document.items.find((item) => item.id === first.id)?.title).toBe('Портал открытых данных 2.0');
        expect(document.items.find((item) => item.id === second.id)?.progress).toBe(50);
      } finally {
        await api.dispose();
      }
    },
    120_000,
  );
});
