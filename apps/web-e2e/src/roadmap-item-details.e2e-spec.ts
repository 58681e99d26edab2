import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { APIRequestContext, Browser, Page } from 'playwright-core';

import {
  apiSignedInAs,
  eventually,
  findOrganization,
  journey,
  launchBrowser,
  screenshot,
  signIn,
} from './support/e2e';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)]);

async function apiPost(
  api: APIRequestContext,
  url: string,
  data: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const { cookies } = await api.storageState();
  const csrf = cookies.find((cookie) => cookie.name === 'scr_csrf')?.value ?? '';
  const response = await api.post(url, { data, headers: { 'x-csrf-token': csrf } });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

type Fixture = { orgId: string; roadmapId: string; itemId: string; lastYear: number; base: string };

/** A fresh Kaluga roadmap (first free period) with one item on a measure of the standard. */
async function createFixture(api: APIRequestContext, title: string): Promise<Fixture> {
  const kaluga = await findOrganization(api, 'municipality', 'Kaluga');
  const frameworks = (await (
    await api.get('/api/v1/catalogue/frameworks?kind=measures&status=published')
  ).json()) as { items: { id: string }[] };
  const framework = frameworks.items[0];
  const tree = (await (await api.get(`/api/v1/catalogue/frameworks/${framework.id}`)).json()) as {
    directions: { measures: { id: string }[] }[];
  };
  const measureId = tree.directions.flatMap((d) => d.measures)[0].id;
  const roadmaps = `/api/v1/organizations/${kaluga.id}/roadmaps`;
  for (let start = 2030; start >= 2019; start--) {
    const created = await apiPost(api, roadmaps, {
      title: `${title} ${start}`,
      frameworkId: framework.id,
      periodStartYear: start,
      periodEndYear: start,
    });
    if (created.status !== 201) {
      expect(created.status).toBe(409);
      continue;
    }
    const roadmapId = created.body.id as string;
    const base = `${roadmaps}/${roadmapId}`;
    const item = await apiPost(api, `${base}/items`, {
      kind: 'standard',
      measureId,
      title: 'Платформа обратной связи с жителями',
      startMonth: `${start}-02`,
      endMonth: `${start}-11`,
    });
    expect(item.status).toBe(201);
    return {
      orgId: kaluga.id,
      roadmapId,
      itemId: (item.body.item as { id: string }).id,
      lastYear: start,
      base,
    };
  }
  throw new Error('No free roadmap period for Kaluga');
}

async function openItem(page: Page, fixture: Fixture): Promise<void> {
  await page.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}/items/${fixture.itemId}`);
  await page.getByLabel('Название мероприятия', { exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Подтверждающие материалы' }).waitFor();
}

describe('KPI targets and evidence of a roadmap item', () => {
  journey(
    'an editor adds a KPI target, a link and a file to an item; after a reload all three are there',
    () => browser,
    async ({ page }) => {
      const api = await apiSignedInAs('editor@kaluga.demo');
      try {
        const fixture = await createFixture(api, 'Показатели и материалы');
        await signIn(page, 'editor@kaluga.demo');
        await openItem(page, fixture);

        // A KPI target: the KPI comes from the catalogue's search of the published KPI sets.
        await page.getByRole('button', { name: 'Добавить показатель' }).click();
        const picker = page.getByRole('region', { name: 'Выбор показателя 1' });
        await picker.getByLabel('Поиск показателя по названию или коду').fill('Household Internet');
        await picker
          .getByRole('button', { name: /Household Internet Access/ })
          .first()
          .click();
        await page
          .getByText(/Household Internet Access/)
          .first()
          .waitFor();
        await page.getByLabel('Базовое значение 1', { exact: true }).fill('61,5');
        await page.getByLabel('Целевое значение 1', { exact: true }).fill('85');
        await page.getByLabel('Год показателя 1', { exact: true }).selectOption(String(fixture.lastYear));
        await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
        await page.getByText('Изменения сохранены.').waitFor();

        // A link.
        await page.getByLabel('Адрес ссылки').fill('https://example.org/otchet-o-priemke');
        await page.getByLabel('Описание ссылки').fill('Отчёт о приёмке на портале');
        await page.getByRole('button', { name: 'Добавить ссылку', exact: true }).click();
        await page.getByRole('link', { name: 'Отчёт о приёмке на портале' }).waitFor();

        // A file: the limits are stated before choosing it.
        await page
          .getByText(
            /Допустимые типы: PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, TXT\. Размер — не больше 20 МБ\./,
          )
          .waitFor();
        await page.getByLabel('Файл', { exact: true }).setInputFiles({
          name: 'акт-приёмки.pdf',
          mimeType: 'application/pdf',
          buffer: PDF,
        });
        await page.getByLabel('Описание файла').fill('Акт приёмки работ');
        await page.getByRole('button', { name: 'Загрузить файл', exact: true }).click();
        await page.getByText('Акт приёмки работ').waitFor();

        await page.reload();
        await page.getByLabel('Название мероприятия', { exact: true }).waitFor();
        await page
          .getByText(/Household Internet Access/)
          .first()
          .waitFor();
        expect(await page.getByLabel('Базовое значение 1', { exact: true }).inputValue()).toBe('61.5');
        expect(await page.getByLabel('Целевое значение 1', { exact: true }).inputValue()).toBe('85');
        expect(await page.getByLabel('Год показателя 1', { exact: true }).inputValue()).toBe(
          String(fixture.lastYear),
        );
        const list = page.getByRole('list', { name: 'Материалы мероприятия' });
        const link = list.getByRole('link', { name: 'Отчёт о приёмке на портале' });
        expect(await link.getAttribute('href')).toBe('https://example.org/otchet-o-priemke');
        await list.getByText('Акт приёмки работ').waitFor();
        await list.getByText(/PDF, \d+ Б/).waitFor();
        await screenshot(page, 'roadmap-item-details');

        // The file comes back as uploaded.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          list.getByRole('link', { name: 'Скачать «акт-приёмки.pdf»' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('акт-приёмки.pdf');

        // And the API holds exactly what was entered.
        const item = (await (await api.get(`${fixture.base}/items/${fixture.itemId}`)).json()) as {
          kpiTargets: { baseline: number | null; target: number; year: number }[];
        };
        expect(item.kpiTargets).toEqual([
          expect.objectContaining({ baseline: 61.5, target: 85, year: fixture.lastYear }),
        ]);
      } finally {
        await api.dispose();
      }
    },
    90_000,
  );

  journey(
    'wrong KPI rows and files that are too large, of a wrong type or renamed get clear messages; nothing is saved',
    () => browser,
    async ({ page }) => {
      const api = await apiSignedInAs('editor@kaluga.demo');
      try {
        const fixture = await createFixture(api, 'Проверки материалов');
        await signIn(page, 'editor@kaluga.demo');
        await openItem(page, fixture);

        // A KPI row without a KPI and with words for a target is refused at its fields.
        await page.getByRole('button', { name: 'Добавить показатель' }).click();
        await page.getByRole('button', { name: 'Закрыть поиск' }).click();
        await page.getByLabel('Целевое значение 1', { exact: true }).fill('много');
        await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
        await page.getByText('Исправьте строки показателей ниже.').waitFor();
        await page.getByText('Выберите показатель.').waitFor();
        await page.getByText('Нужно число, например 12,5.').waitFor();

        const fileInput = page.getByLabel('Файл', { exact: true });
        const upload = page.getByRole('button', { name: 'Загрузить файл', exact: true });

        // Wrong type: said at once, before anything is sent.
        await fileInput.setInputFiles({
          name: 'setup.exe',
          mimeType: 'application/octet-stream',
          buffer: EXE,
        });
        await page
          .getByText(
            'Файл «setup.exe» не подходит: допустимые типы — PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, TXT.',
          )
          .waitFor();
        expect(await upload.isDisabled()).toBe(true);

        // Too large: both sizes in the message.
        // A file on disk: the browser reads it directly (a 21 MB buffer would be copied through the protocol).
        const bigFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scr-e2e-')), 'скан.pdf');
        fs.writeFileSync(bigFile, Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024)]));
        try {
          await fileInput.setInputFiles(bigFile, { timeout: 60_000 });
          await page.getByText('Файл «скан.pdf» весит 21 МБ, а можно не больше 20 МБ.').waitFor();
        } finally {
          fs.rmSync(path.dirname(bigFile), { recursive: true, force: true });
        }
        expect(await upload.isDisabled()).toBe(true);

        // Renamed (an executable called .pdf): the server checks the content and refuses; the message says why.
        await fileInput.setInputFiles({ name: 'отчёт.pdf', mimeType: 'application/pdf', buffer: EXE });
        await upload.click();
        await page.getByText(/Содержимое файла не соответствует его типу/).waitFor();
        await screenshot(page, 'roadmap-item-evidence-refused');

        const evidence = await eventually(
          async () => {
            const response = await api.get(`${fixture.base}/items/${fixture.itemId}/evidence`);
            return response.ok() ? ((await response.json()) as { items: unknown[] }) : null;
          },
          { what: 'the evidence list' },
        );
        expect(evidence.items).toEqual([]);
        await page.getByText('Материалов пока нет.').waitFor();
      } finally {
        await api.dispose();
      }
    },
    90_000,
  );

  journey(
    'on the timeline an editor moves a bar’s end by key and by dragging its edge; a move out of the period is refused',
    () => browser,
    async ({ page }) => {
      const api = await apiSignedInAs('editor@kaluga.demo');
      try {
        const fixture = await createFixture(api, 'График мероприятий');
        const year = fixture.lastYear;
        const schedule = async () => {
          const response = await api.get(`${fixture.base}/items/${fixture.itemId}`);
          const item = (await response.json()) as { startMonth: string; endMonth: string };
          return `${item.startMonth}..${item.endMonth}`;
        };
        const becomes = (expected: string) =>
          eventually(async () => ((await schedule()) === expected ? true : null), {
            timeoutMs: 10_000,
            intervalMs: 250,
            what: `the item's months to become ${expected}`,
          });
        await signIn(page, 'editor@kaluga.demo');
        await page.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}?tab=timeline`);
        const bar = page.getByRole('button', { name: /^Платформа обратной связи с жителями: / });
        const label = () => bar.getAttribute('aria-label');
        const relabelled = async (before: string | null) =>
          eventually(async () => ((await label()) !== before ? true : null), {
            intervalMs: 100,
            what: 'the bar to move',
          });

        // Shift + → moves only the end, a month later.
        let before = await label();
        await bar.focus();
        await page.keyboard.press('Shift+ArrowRight');
        await becomes(`${year}-02..${year}-12`);
        await relabelled(before);

        // One more month would leave the roadmap's years: refused before sending, with the reason.
        await page.keyboard.press('Shift+ArrowRight');
        await page
          .getByText(`сроки должны быть в пределах ${year}–${year} годов.`, { exact: false })
          .waitFor();
        expect(await schedule()).toBe(`${year}-02..${year}-12`);

        // Dragging the right edge three months (9 px each) to the left moves the end back.
        before = await label();
        const handle = page.locator('.timeline__handle').nth(1);
        const box = (await handle.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2 - 27, box.y + box.height / 2, { steps: 6 });
        await page.mouse.up();
        await becomes(`${year}-02..${year}-09`);
        await relabelled(before);

        // Alt + → moves only the start.
        await bar.focus();
        await page.keyboard.press('Alt+ArrowRight');
        await becomes(`${year}-03..${year}-09`);
        await screenshot(page, 'roadmap-timeline-edited');
      } finally {
        await api.dispose();
      }
    },
    90_000,
  );
});
