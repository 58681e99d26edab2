import type { Browser } from 'playwright-core';

import { apiSignedInAs, journey, launchBrowser, screenshot, signIn } from './support/e2e';
import { apiWrite, changeResponsiblePerson, createRoadmapFixture } from './support/roadmap-fixtures';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type Roadmap = { id: string; title: string; revision: number; outlookYear: number | null };

describe('the roadmap as a whole', () => {
  journey(
    'an editor saves settings while others edit the roadmap, merges a real conflict, and copies it to a new period',
    () => browser,
    async ({ page }) => {
      const editor = await apiSignedInAs('editor@kaluga.demo');
      const lead = await apiSignedInAs('lead@kaluga.demo');
      try {
        const fixture = await createRoadmapFixture(editor, 'Параметры и копия', [
          'Цифровая платформа обращений граждан',
          'Интеллектуальная транспортная система',
        ]);
        const roadmapOf = async () =>
          ((await (await editor.get(fixture.base)).json()) as { roadmap: Roadmap }).roadmap;
        await signIn(page, 'editor@kaluga.demo');
        await page.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}?tab=settings`);
        const form = page.getByRole('form', { name: 'Параметры дорожной карты' });
        await form.waitFor();

        // Someone edits an item meanwhile: the roadmap revision moved, but not these fields — saved without asking.
        await form.getByLabel('Горизонт прогноза', { exact: true }).selectOption('2036');
        await changeResponsiblePerson(lead, fixture, fixture.items[0].id, 'Кузнецова Е. А.');
        await form.getByRole('button', { name: 'Сохранить параметры' }).click();
        await form.getByText('Параметры сохранены.').waitFor();
        expect((await roadmapOf()).outlookYear).toBe(2036);

        // The lead renames the roadmap while the editor is renaming it too: the merge dialog asks.
        const mine = 'Дорожная карта Калуги: редакция редактора';
        await form.getByLabel('Название', { exact: true }).fill(mine);
        const current = await roadmapOf();
        const renamed = await apiWrite(lead, 'patch', fixture.base, {
          revision: current.revision,
          title: 'Дорожная карта Калуги: редакция руководителя',
        });
        expect(renamed.status).toBe(200);
        await form
          .getByText(/^Пока вы редактировали, параметры изменил другой участник/)
          .waitFor({ timeout: 15_000 });
        await form.getByRole('button', { name: 'Сохранить параметры' }).click();
        const dialog = page.getByRole('dialog', { name: 'Параметры изменили, пока вы их редактировали' });
        await dialog.waitFor();
        const title = dialog.getByRole('group', { name: /^Название/ });
        expect(await title.getByRole('radio', { name: /^Ваше значение/ }).isChecked()).toBe(true);
        await title.getByText('Дорожная карта Калуги: редакция руководителя').waitFor();
        await screenshot(page, 'roadmap-settings-merge');
        await dialog.getByRole('button', { name: 'Сохранить объединённую версию' }).click();
        await form.getByText('Изменения объединены и сохранены.').waitFor();
        await page.getByRole('heading', { level: 1, name: mine }).waitFor();
        expect((await roadmapOf()).title).toBe(mine);

        // Copy: the roadmap's own period is taken; a free one opens the new draft with the same items.
        const { items: existing } = (await (
          await editor.get(`/api/v1/organizations/${fixture.orgId}/roadmaps`)
        ).json()) as { items: { periodStartYear: number; periodEndYear: number }[] };
        const taken = new Set(existing.map((r) => `${r.periodStartYear}-${r.periodEndYear}`));
        let free: [number, number] | null = null;
        for (let start = 2019; start <= 2030 && !free; start++) {
          for (let end = 2030; end >= start && !free; end--)
            if (!taken.has(`${start}-${end}`)) free = [start, end];
        }
        if (!free) throw new Error('No free period for the copy');
        await page.getByRole('button', { name: 'Копировать на новый период' }).click();
        const clone = page.getByRole('dialog', { name: 'Копия дорожной карты на новый период' });
        await clone.waitFor();
        await clone.getByLabel('Горизонт прогноза', { exact: true }).selectOption('');
        await clone.getByLabel('Первый год', { exact: true }).selectOption(String(fixture.periodStartYear));
        await clone.getByLabel('Последний год', { exact: true }).selectOption(String(fixture.periodEndYear));
        await clone.getByRole('button', { name: 'Создать копию' }).click();
        await clone.getByText('У муниципалитета уже есть дорожная карта на этот период программы.').waitFor();

        const copyTitle = 'Дорожная карта Калуги: следующий период';
        await clone.getByLabel('Название', { exact: true }).fill(copyTitle);
        await clone.getByLabel('Первый год', { exact: true }).selectOption(String(free[0]));
        await clone.getByLabel('Последний год', { exact: true }).selectOption(String(free[1]));
        await clone.getByRole('button', { name: 'Создать копию' }).click();
        await page.getByRole('heading', { level: 1, name: copyTitle }).waitFor();
        await page.waitForURL(
          (url) =>
            /\/roadmaps\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(fixture.roadmapId),
        );
        const copyId = /\/roadmaps\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)![1];
        const copy = (await (
          await editor.get(`/api/v1/organizations/${fixture.orgId}/roadmaps/${copyId}`)
        ).json()) as {
          roadmap: Roadmap & {
            periodStartYear: number;
            periodEndYear: number;
            status: string;
            clonedFromId: string;
          };
        };
        expect(copy.roadmap).toMatchObject({
          title: copyTitle,
          periodStartYear: free[0],
          periodEndYear: free[1],
          status: 'draft',
          clonedFromId: fixture.roadmapId,
        });
        const table = page.getByRole('table', { name: 'Мероприятия дорожной карты' });
        await table
          .getByRole('link', { name: 'Цифровая платформа обращений граждан', exact: true })
          .waitFor();
        await table
          .getByRole('link', { name: 'Интеллектуальная транспортная система', exact: true })
          .waitFor();
      } finally {
        await editor.dispose();
        await lead.dispose();
      }
    },
    120_000,
  );
});
