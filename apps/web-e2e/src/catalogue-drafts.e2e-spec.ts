import type { APIRequestContext, Browser } from 'playwright-core';

import {
  apiSignedInAs,
  escapeRegExp,
  findOrganization,
  journey,
  launchBrowser,
  screenshot,
  signIn,
  signOut,
} from './support/e2e';

const STANDARD_CODE = 'smart-city-standard';
const ADMIN = 'admin@minstroy.demo';

type FrameworkSummary = { id: string; code: string; version: number; status: string };
type TreeMeasure = {
  code: string;
  titleRu: string | null;
  descriptionRu: string | null;
  provenance: string;
  provenanceNote: string | null;
};
type Tree = {
  framework: FrameworkSummary;
  directions: { code: string; measures: TreeMeasure[] }[];
};
/** A measure that is second in its direction (to be moved up), with what the journey needs to know of it. */
type Mover = { code: string; direction: string; first: string; count: number; provenance: string };

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
 * The current published version of the 2019 standard, one of its measures (not the one the import journey
 * rewords) and a second measure of a direction to move up. A draft left by an earlier run on this stack is deleted
 * first, so "start a new edition" is offered.
 */
async function prepare(): Promise<{
  standard: FrameworkSummary;
  measure: { code: string; titleRu: string };
  mover: Mover;
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
    const direction = tree.directions.find(
      (d) => d.measures.length >= 2 && !d.measures.slice(0, 2).some((m) => m.code === measure.code),
    );
    if (!direction) throw new Error('No direction with two measures to reorder');
    const mover: Mover = {
      code: direction.measures[1].code,
      direction: direction.code,
      first: direction.measures[0].code,
      count: direction.measures.length,
      provenance: direction.measures[1].provenance,
    };
    return { standard, measure: { code: measure.code, titleRu: measure.titleRu }, mover };
  } finally {
    await api.dispose();
  }
}

describe('the catalogue admin', () => {
  journey(
    'starts a new edition, rewords, moves and describes measures, publishes after the diff, then retires the old version',
    () => browser,
    async ({ page }) => {
      const { standard, measure, mover } = await prepare();
      const stamp = Date.now().toString(36);
      const newTitle = `${measure.titleRu} (редакция ${stamp})`;
      const description = `Описание мероприятия для новой редакции (${stamp})`;
      const provenance = mover.provenance === 'confirmed' ? 'reconstructed' : 'confirmed';
      const provenanceLabel = { confirmed: 'Подтверждено', reconstructed: 'Реконструкция' }[provenance];

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

      // Move the second measure of a direction up, from the keyboard: it becomes first, its new place is announced,
      // and focus stays on its buttons ("up" is disabled now, so focus is on "down").
      const items = page.getByRole('table', { name: `Элементы направления ${mover.direction}` });
      const codesIn = async () =>
        (await items.locator('tbody tr > :first-child').allTextContents()).slice(0, 2);
      expect(await codesIn()).toEqual([mover.first, mover.code]);
      const up = page.getByRole('button', { name: `Переместить ${mover.code} выше`, exact: true });
      await up.focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .getByText(`${mover.code} теперь на 1-м месте из ${mover.count} в направлении ${mover.direction}.`)
        .waitFor();
      expect(await codesIn()).toEqual([mover.code, mover.first]);
      expect(await up.isDisabled()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        `Переместить ${mover.code} ниже`,
      );

      // Describe it and change its provenance.
      await page.getByRole('button', { name: `Изменить ${mover.code}`, exact: true }).click();
      const moverForm = page.getByRole('form', { name: `Мероприятие ${mover.code}` });
      await moverForm.getByLabel('Описание (рус.)', { exact: true }).fill(description);
      await moverForm.getByLabel('Происхождение', { exact: true }).selectOption({ label: provenanceLabel });
      await moverForm.getByLabel('Примечание о происхождении', { exact: true }).fill('Уточнено по протоколу');
      await moverForm.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByText(`Изменения ${mover.code} сохранены.`).waitFor();
      expect(await codesIn()).toEqual([mover.code, mover.first]);

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
      await changed.getByText('Новая формулировка').first().waitFor();
      await changed.getByRole('heading', { name: new RegExp(`^${escapeRegExp(mover.code)}`) }).waitFor();
      // The reworded and the described measure; a new order alone is not a change of content.
      expect(await diff.locator('.diff-summary__item--changed dd').textContent()).toBe('2');
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
        const direction = published.directions.find((d) => d.code === mover.direction);
        expect(direction?.measures.slice(0, 2).map((m) => m.code)).toEqual([mover.code, mover.first]);
        expect(direction?.measures[0]).toMatchObject({
          descriptionRu: description,
          provenance,
          provenanceNote: 'Уточнено по протоколу',
        });
      } finally {
        await api.dispose();
      }

      // Retire the old version: it shows as retired and offers no more actions.
      await page.getByRole('button', { name: 'Вывести из действия', exact: true }).click();
      const retire = page.getByRole('dialog', { name: 'Вывести версию из действия?' });
      await retire.getByLabel('Причина (необязательно)').fill(`Заменена версией ${standard.version + 1}`);
      await retire.getByRole('button', { name: 'Да, вывести из действия' }).click();
      await page.getByText('Версия выведена из действия.').waitFor();
      const oldAbout = page.getByRole('complementary', { name: 'О версии' });
      await oldAbout.getByText('Выведена из действия', { exact: true }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Вывести из действия', exact: true }).count()).toBe(0);
      await page.goto('/catalogue');
      const versions = page.getByRole('table', { name: 'Версии каталогов' });
      await versions
        .getByRole('row')
        .filter({ has: page.locator(`a[href="/catalogue/frameworks/${standard.id}"]`) })
        .getByText('Выведена из действия', { exact: true })
        .waitFor();

      // A municipality starting a roadmap is offered the new version, not the retired one.
      await signOut(page);
      await signIn(page, 'editor@obninsk.demo');
      const editorApi = await apiSignedInAs('editor@obninsk.demo');
      const obninsk = await findOrganization(editorApi, 'municipality', 'Obninsk').finally(() =>
        editorApi.dispose(),
      );
      await page.goto(`/organizations/${obninsk.id}/roadmaps`);
      const pinned = page.getByLabel('Версия стандарта', { exact: true });
      await pinned.locator(`option[value="${draftId}"]`).waitFor({ state: 'attached' });
      expect(await pinned.locator(`option[value="${standard.id}"]`).count()).toBe(0);
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
