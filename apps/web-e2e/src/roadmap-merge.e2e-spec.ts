import path from 'node:path';
import fs from 'node:fs';

import type { APIRequestContext, Browser, Page } from 'playwright-core';

import {
  apiSignedInAs,
  ARTIFACTS_DIR,
  eventually,
  findOrganization,
  journey,
  launchBrowser,
  newSession,
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

type Fixture = { orgId: string; roadmapId: string; itemId: string; itemTitle: string };

/** A fresh roadmap of Kaluga with a problem and a few items (the seed may or may not hold demo roadmaps). */
async function createRoadmapFixture(): Promise<Fixture> {
  const api = await apiSignedInAs('editor@kaluga.demo');
  try {
    const kaluga = await findOrganization(api, 'municipality', 'Kaluga');
    const frameworks = (await (
      await api.get('/api/v1/catalogue/frameworks?kind=measures&status=published')
    ).json()) as {
      items: { id: string }[];
    };
    expect(frameworks.items.length).toBeGreaterThan(0);
    const base = `/api/v1/organizations/${kaluga.id}/roadmaps`;
    let roadmapId: string | null = null;
    // Each period can hold one roadmap: take the first free one.
    for (let start = 2019; start <= 2030 && !roadmapId; start++) {
      for (let end = 2030; end >= start && !roadmapId; end--) {
        const created = await apiWrite(api, 'post', base, {
          title: `Совместное редактирование ${start}–${end}`,
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
      title: 'Низкая вовлечённость жителей в городские решения',
      severity: 'high',
    });
    expect(problem.status).toBe(201);
    const problemId = (problem.body.problem as { id: string }).id;
    const { roadmap } = (await (await api.get(`${base}/${roadmapId}`)).json()) as {
      roadmap: { periodStartYear: number };
    };
    const year = roadmap.periodStartYear;
    const titles = [
      'Платформа вовлечения граждан',
      'Цифровой двойник города',
      'Умные остановки общественного транспорта',
      'Система видеонаблюдения во дворах',
      'Датчики качества воздуха',
      'Единая диспетчерская ЖКХ',
    ];
    const statuses = ['in_progress', 'planned', 'planned', 'delayed', 'done', 'planned'];
    let firstId = '';
    for (const [index, title] of titles.entries()) {
      const item = await apiWrite(api, 'post', `${base}/${roadmapId}/items`, {
        kind: 'own',
        title,
        problemIds: [problemId],
        responsibleUnit: 'Управление информатизации',
        responsiblePerson: 'Иванов И. И.',
        startMonth: `${year}-0${1 + index}`,
        endMonth: `${year}-1${index % 3}`,
        status: statuses[index],
        progress: index * 15,
        budgetLines: [
          { year, source: index % 2 ? 'municipal' : 'regional', planned: `${(index + 1) * 1250000}.50` },
        ],
      });
      expect(item.status).toBe(201);
      if (index === 0) firstId = (item.body.item as { id: string }).id;
    }
    return { orgId: kaluga.id, roadmapId, itemId: firstId, itemTitle: titles[0] };
  } finally {
    await api.dispose();
  }
}

async function openItem(page: Page, fixture: Fixture): Promise<void> {
  await page.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}/items/${fixture.itemId}`);
  await page.getByLabel('Название мероприятия', { exact: true }).waitFor();
}

describe('two people edit the same roadmap item', () => {
  journey(
    'the second save shows the merge dialog and, once resolved, both edits are there in both browsers',
    () => browser,
    async ({ page: pageA }) => {
      const fixture = await createRoadmapFixture();
      const { context: contextB, page: pageB } = await newSession(browser);
      try {
        await signIn(pageA, 'editor@kaluga.demo');
        await signIn(pageB, 'lead@kaluga.demo');

        // The workspace lists the items, reached through the navigation.
        await pageA
          .getByRole('navigation', { name: 'Основная навигация' })
          .getByRole('link', { name: 'Дорожные карты', exact: true })
          .click();
        await pageA
          .getByRole('link', { name: /^Совместное редактирование/ })
          .first()
          .waitFor();
        await pageA.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}`);
        const table = pageA.getByRole('table', { name: 'Мероприятия дорожной карты' });
        await table.waitFor();
        // In the table: the compliance panel beside it links the same item from its findings.
        await table.getByRole('link', { name: fixture.itemTitle, exact: true }).waitFor();
        fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
        await pageA.screenshot({ path: path.join(ARTIFACTS_DIR, 'roadmap-workspace.png') });

        // Both open the item before either saves; B starts editing the responsible person.
        await openItem(pageA, fixture);
        await openItem(pageB, fixture);
        const personB = pageB.getByLabel('Ответственное лицо', { exact: true });
        await personB.fill('Петрова А. С.');

        // A renames the item and saves first.
        const newTitle = 'Платформа вовлечения граждан «Активный калужанин»';
        await pageA.getByLabel('Название мероприятия', { exact: true }).fill(newTitle);
        await pageA.getByRole('button', { name: 'Сохранить', exact: true }).click();
        await pageA.getByText('Изменения сохранены.').waitFor();

        // B saves a stale version: the merge dialog explains and offers a choice per field.
        await pageB.getByRole('button', { name: 'Сохранить', exact: true }).click();
        const dialog = pageB.getByRole('dialog', { name: 'Мероприятие изменили, пока вы его редактировали' });
        await dialog.waitFor();
        const titleChoice = dialog.getByRole('group', { name: /^Название мероприятия/ });
        const personChoice = dialog.getByRole('group', { name: /^Ответственное лицо/ });
        expect(await titleChoice.getByRole('radio', { name: /^Текущее значение/ }).isChecked()).toBe(true);
        expect(await personChoice.getByRole('radio', { name: /^Ваше значение/ }).isChecked()).toBe(true);
        await titleChoice.getByText(newTitle).waitFor();
        await personChoice.getByText('Петрова А. С.').waitFor();
        await screenshot(pageB, 'roadmap-merge-dialog');
        await dialog.getByRole('button', { name: 'Сохранить объединённую версию' }).click();
        await pageB.getByText('Изменения объединены и сохранены.').waitFor();
        expect(await dialog.isVisible()).toBe(false);

        // Both edits are there: in B after the merge, in A live (server-sent events), without a reload.
        for (const page of [pageB, pageA]) {
          await expectValue(page, 'Название мероприятия', newTitle);
          await expectValue(page, 'Ответственное лицо', 'Петрова А. С.');
        }
        await pageA.getByRole('heading', { level: 1, name: newTitle }).waitFor();
        await screenshot(pageA, 'roadmap-merge-a-after');
        await screenshot(pageB, 'roadmap-merge-b-after');

        // The header says whether others' changes arrive: a warning once A has lost the network for a while (after
        // the grace period), and calm again as soon as the stream is back.
        const liveStatus = (text: string) => pageA.getByRole('status').filter({ hasText: text });
        await liveStatus('Изменения коллег видны сразу').waitFor();
        await pageA.context().setOffline(true);
        await liveStatus('Нет связи — изменения коллег не видны').waitFor();
        await pageA.context().setOffline(false);
        await liveStatus('Изменения коллег видны сразу').waitFor();
      } finally {
        await contextB.close();
      }
    },
    90_000,
  );
});

describe('a colleague edits an item of the roadmap someone is looking at', () => {
  journey(
    'the edit arrives live as that one item, without refetching the whole roadmap',
    () => browser,
    async ({ page }) => {
      const fixture = await createRoadmapFixture();
      const lead = await apiSignedInAs('lead@kaluga.demo');
      try {
        await signIn(page, 'editor@kaluga.demo');
        const base = `/api/v1/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}`;
        const requested: string[] = [];
        page.on('request', (request) => {
          const { pathname } = new URL(request.url());
          if (pathname.startsWith(base)) requested.push(pathname);
        });
        await page.goto(`/organizations/${fixture.orgId}/roadmaps/${fixture.roadmapId}`);
        const table = page.getByRole('table', { name: 'Мероприятия дорожной карты' });
        await table.getByRole('link', { name: fixture.itemTitle, exact: true }).waitFor();
        await page.getByRole('status').filter({ hasText: 'Изменения коллег видны сразу' }).waitFor();
        const documentLoads = () => requested.filter((pathname) => pathname === base).length;
        const loadsBefore = documentLoads();
        expect(loadsBefore).toBeGreaterThan(0);
        requested.length = 0;

        // The lead renames the item through the API; the editor's table shows it.
        const itemUrl = `${base}/items/${fixture.itemId}`;
        const item = (await (await lead.get(itemUrl)).json()) as { revision: number };
        const renamed = 'Платформа вовлечения граждан (правка коллеги)';
        const saved = await apiWrite(lead, 'patch', itemUrl, { revision: item.revision, title: renamed });
        expect(saved.status).toBe(200);
        await table.getByRole('link', { name: renamed, exact: true }).waitFor();
        expect(await table.getByRole('link', { name: fixture.itemTitle, exact: true }).count()).toBe(0);
        // The notice still says someone else changed the roadmap.
        await page.getByText(/^Обновлено: .*внёс\(ла\) изменения\.$/).waitFor();

        // Only that item was fetched; the document (the whole roadmap) was not loaded again.
        expect(requested.filter((pathname) => pathname === itemUrl).length).toBe(1);
        expect(documentLoads()).toBe(0);
        await screenshot(page, 'roadmap-live-item-edit');
      } finally {
        await lead.dispose();
      }
    },
    60_000,
  );
});

/** Waits until the labelled input holds `value` (live updates arrive asynchronously). */
async function expectValue(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await eventually(async () => ((await field.inputValue()) === value ? true : null), {
    timeoutMs: 10_000,
    intervalMs: 200,
    what: `${label} to read ${value}`,
  });
}
