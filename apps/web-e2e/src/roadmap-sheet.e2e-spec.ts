import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import type { APIRequestContext, Browser, Page } from 'playwright-core';

import { apiSignedInAs, findOrganization, journey, launchBrowser, screenshot, signIn } from './support/e2e';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Writes through the API as a signed-in user: the CSRF header carries the `scr_csrf` cookie's value. */
async function apiWrite(
  api: APIRequestContext,
  method: 'post' | 'patch',
  url: string,
  data: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const { cookies } = await api.storageState();
  const csrf = cookies.find((cookie) => cookie.name === 'scr_csrf')?.value ?? '';
  const response = await api[method](url, { data, headers: { 'x-csrf-token': csrf } });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

type Item = { id: string; title: string; revision: number };
type Fixture = { orgId: string; roadmapId: string; base: string; items: Item[] };

const TITLES = ['Портал открытых данных', 'Электронная очередь в МФЦ', 'Система учёта уличного освещения'];

/** A fresh Kaluga roadmap with a problem and three own measures (the first free programme period). */
async function createFixture(api: APIRequestContext): Promise<Fixture> {
  const kaluga = await findOrganization(api, 'municipality', 'Kaluga');
  const frameworks = (await (
    await api.get('/api/v1/catalogue/frameworks?kind=measures&status=published')
  ).json()) as { items: { id: string }[] };
  expect(frameworks.items.length).toBeGreaterThan(0);
  const base = `/api/v1/organizations/${kaluga.id}/roadmaps`;
  let roadmapId: string | null = null;
  for (let start = 2030; start >= 2019 && !roadmapId; start--) {
    for (let end = start; end <= 2030 && !roadmapId; end++) {
      const created = await apiWrite(api, 'post', base, {
        title: `Работа в Excel ${start}–${end}`,
        frameworkId: frameworks.items[0].id,
        periodStartYear: start,
        periodEndYear: end,
      });
      if (created.status === 201) roadmapId = created.body.id as string;
      else expect(created.status).toBe(409);
    }
  }
  if (!roadmapId) throw new Error('No free roadmap period for Kaluga');
  const problem = await apiWrite(api, 'post', `${base}/${roadmapId}/problems`, {
    title: 'Жители не находят городские данные',
    severity: 'medium',
  });
  expect(problem.status).toBe(201);
  const problemId = (problem.body.problem as { id: string }).id;
  const { roadmap } = (await (await api.get(`${base}/${roadmapId}`)).json()) as {
    roadmap: { periodStartYear: number };
  };
  const items: Item[] = [];
  for (const [index, title] of TITLES.entries()) {
    const created = await apiWrite(api, 'post', `${base}/${roadmapId}/items`, {
      kind: 'own',
      title,
      problemIds: [problemId],
      responsibleUnit: 'Комитет информатизации',
      responsiblePerson: 'Сидоров П. П.',
      startMonth: `${roadmap.periodStartYear}-0${index + 1}`,
      endMonth: `${roadmap.periodStartYear}-1${index}`,
      budgetLines: [
        { year: roadmap.periodStartYear, source: 'municipal', planned: `${(index + 1) * 100000}` },
      ],
    });
    expect(created.status).toBe(201);
    const item = created.body.item as Item;
    items.push({ id: item.id, title: item.title, revision: item.revision });
  }
  return { orgId: kaluga.id, roadmapId, base: `${base}/${roadmapId}`, items };
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

describe('the roadmap in Excel, and its saved versions', () => {
  journey(
    'an editor downloads the workbook, changes one cell, sees exactly that change, applies it; then compares versions',
    () => browser,
    async ({ page }) => {
      const api = await apiSignedInAs('editor@kaluga.demo');
      try {
        const fixture = await createFixture(api);
        const [edited, untouched] = fixture.items;
        const newTitle = 'Портал открытых данных «Калуга в цифрах»';
        await signIn(page, 'editor@kaluga.demo');
        await page.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}?tab=sheet`);

        // Download the workbook of the roadmap.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Скачать XLSX' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
        const downloaded = await download.path();
        expect(downloaded).toBeTruthy();

        // Edit one cell: the title of one item (column «Наименование мероприятия»).
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(downloaded);
        const sheet = workbook.getWorksheet('Мероприятия')!;
        expect(sheet.getRow(1).getCell(4).value).toBe('Наименование мероприятия');
        const editedRow = (sheet.getRows(2, sheet.rowCount - 1) ?? []).find(
          (row) => row.getCell(1).value === edited.id,
        );
        expect(editedRow?.getCell(4).value).toBe(edited.title);
        editedRow!.getCell(4).value = newTitle;
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-sheet-'));
        const upload = path.join(dir, 'дорожная карта.xlsx');
        await workbook.xlsx.writeFile(upload);

        // Upload it: the preview lists exactly that one change.
        await page.getByLabel('Файл XLSX', { exact: true }).setInputFiles(upload);
        await page.getByRole('button', { name: 'Загрузить и сравнить' }).click();
        const preview = page.getByRole('region', { name: 'Изменения из файла «дорожная карта.xlsx»' });
        await preview.waitFor();
        const summary = preview.getByLabel('Итоги сравнения');
        for (const [label, count] of [
          ['Добавится', '0'],
          ['Изменится', '1'],
          ['Удалится', '0'],
          ['Без изменений', '2'],
          ['С ошибками', '0'],
        ]) {
          const entry = summary.locator('div').filter({ has: page.locator('dt', { hasText: label }) });
          expect(await entry.locator('dd').innerText()).toBe(count);
        }
        const rows = preview.getByRole('table', { name: 'Изменения по строкам файла' }).locator('tbody tr');
        expect(await rows.count()).toBe(1);
        const row = rows.first();
        await row.getByRole('rowheader', { name: newTitle }).waitFor();
        await row.getByText('изменение', { exact: true }).waitFor();
        expect(await row.getByRole('listitem').count()).toBe(1);
        expect(await row.getByRole('listitem').innerText()).toBe(
          `Наименование: ${edited.title} → ${newTitle}`,
        );
        await screenshot(page, 'roadmap-sheet-preview');

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

        const current = (await (await api.get(`${fixture.base}/items/${untouched.id}`)).json()) as Item;
        const changed = await apiWrite(api, 'patch', `${fixture.base}/items/${untouched.id}`, {
          revision: current.revision,
          responsiblePerson: 'Кузнецова Е. А.',
        });
        expect(changed.status).toBe(200);
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
});
