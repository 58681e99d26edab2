import type { APIRequestContext, Browser, Page } from 'playwright-core';

import {
  apiSignedInAs,
  eventually,
  findOrganization,
  journey,
  launchBrowser,
  screenshot,
  updateDocScreenshot,
  signIn,
} from './support/e2e';
import type { OrganizationSummary } from './support/e2e';

let browser: Browser;
let kaluga: OrganizationSummary;

beforeAll(async () => {
  browser = await launchBrowser();
  const api = await apiSignedInAs('admin@minstroy.demo');
  try {
    kaluga = await findOrganization(api, 'municipality', 'Kaluga');
  } finally {
    await api.dispose();
  }
});

afterAll(async () => {
  await browser?.close();
});

/** Writes through the API as a signed-in user: the CSRF header carries the `scr_csrf` cookie's value. */
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

const ITEM_TITLE = 'Городской портал обращений жителей';

/**
 * A fresh draft roadmap of Kaluga (a regional capital: basic measures are mandatory) with one own measure that has
 * no responsible person; no basic measure is covered yet, so each of them is an error.
 */
async function createDraftRoadmap(): Promise<{ roadmapId: string }> {
  const api = await apiSignedInAs('editor@kaluga.demo');
  try {
    const frameworks = (await (
      await api.get('/api/v1/catalogue/frameworks?kind=measures&status=published')
    ).json()) as { items: { id: string; code: string }[] };
    expect(frameworks.items.length).toBeGreaterThan(0);
    const base = `/api/v1/organizations/${kaluga.id}/roadmaps`;
    let roadmapId: string | null = null;
    // Each period holds one roadmap: take the first free one, from the latest start down.
    for (let start = 2030; start >= 2019 && !roadmapId; start--) {
      for (let end = start; end <= 2030 && !roadmapId; end++) {
        const created = await apiPost(api, base, {
          title: `Проверка соответствия ${start}–${end}`,
          frameworkId: frameworks.items[0].id,
          periodStartYear: start,
          periodEndYear: end,
        });
        if (created.status === 201) roadmapId = created.body.id as string;
        else expect(created.status).toBe(409);
      }
    }
    if (!roadmapId) throw new Error('No free roadmap period for Kaluga');
    const problem = await apiPost(api, `${base}/${roadmapId}/problems`, {
      title: 'Жители не могут сообщить о проблемах города в одном месте',
      severity: 'high',
    });
    expect(problem.status).toBe(201);
    const { roadmap } = (await (await api.get(`${base}/${roadmapId}`)).json()) as {
      roadmap: { periodStartYear: number };
    };
    const year = roadmap.periodStartYear;
    const item = await apiPost(api, `${base}/${roadmapId}/items`, {
      kind: 'own',
      title: ITEM_TITLE,
      problemIds: [(problem.body.problem as { id: string }).id],
      responsibleUnit: 'Управление информатизации',
      startMonth: `${year}-01`,
      endMonth: `${year}-06`,
      status: 'planned',
      budgetLines: [{ year, source: 'municipal', planned: '1500000.00' }],
    });
    expect(item.status).toBe(201);
    return { roadmapId };
  } finally {
    await api.dispose();
  }
}

const panelOf = (page: Page) => page.getByRole('region', { name: 'Соответствие стандарту' });

/** The number shown under a label of the panel's summary (errors, warnings). */
async function countOf(page: Page, label: 'Ошибки' | 'Предупреждения'): Promise<number> {
  const term = panelOf(page).locator('dt', { hasText: new RegExp(`^${label}$`) });
  const text = await term.locator('xpath=following-sibling::dd[1]').innerText();
  return Number(text.trim());
}

describe('the live compliance panel', () => {
  journey(
    'shows findings; once the editor sets the responsible person and covers a measure it updates without a reload',
    () => browser,
    async ({ page }) => {
      const { roadmapId } = await createDraftRoadmap();
      await signIn(page, 'editor@kaluga.demo');
      await page.goto(`/organizations/${kaluga.id}/roadmaps/${roadmapId}`);

      const panel = panelOf(page);
      await panel.waitFor();
      await panel.getByText('Ошибки блокируют подачу заявки').waitFor();
      const errorsBefore = await countOf(page, 'Ошибки');
      expect(errorsBefore).toBeGreaterThan(0);
      // The citizen-engagement platform is a basic measure: not covered, it is an error linking to coverage.
      const finding = panel
        .getByRole('list')
        .getByRole('link', { name: /^Базовая мера SC2019-GU-01 .*не охвачена/ });
      await finding.waitFor();
      await panel.getByText(/^Сервер согласен \(редакция \d+, оценка \d+\)\.$/).waitFor();

      // Mark the page: a reload would lose it.
      await page.evaluate(() => {
        (window as unknown as { __noReload: boolean }).__noReload = true;
      });

      // The item lacks a responsible person: the finding links to its page, which shows the item's own check.
      const personFinding = panel.getByRole('link', {
        name: `У мероприятия «${ITEM_TITLE}» не указано ответственное лицо.`,
      });
      await personFinding.click();
      const itemCheck = page.getByRole('region', { name: 'Проверка мероприятия' });
      const personProblem = itemCheck.getByText(
        `У мероприятия «${ITEM_TITLE}» не указано ответственное лицо.`,
      );
      await personProblem.waitFor();
      await page.getByLabel('Ответственное лицо', { exact: true }).fill('Сидорова Е. В.');
      await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
      await page.getByText('Изменения сохранены.').waitFor();
      await personProblem.waitFor({ state: 'detached' });
      await page.getByRole('link', { name: /^← К дорожной карте/ }).click();
      await panel.waitFor();
      expect(await personFinding.count()).toBe(0);
      const errorsAfterPerson = await countOf(page, 'Ошибки');
      expect(errorsAfterPerson).toBe(errorsBefore - 1);

      await finding.click();
      await page.waitForURL(/tab=coverage/);
      await page.getByRole('tab', { name: 'Покрытие стандарта', selected: true }).waitFor();
      // The linked measure's row is highlighted.
      await page.locator('tr.is-selected', { hasText: 'SC2019-GU-01' }).waitFor();
      await page.getByRole('button', { name: /^Отметить «SC2019-GU-01/ }).click();
      await page.getByLabel('Состояние', { exact: true }).selectOption('implemented');
      await page
        .getByLabel('Ссылки на подтверждения', { exact: true })
        .fill('https://kaluga.example.ru/platform-act.pdf');
      await page.getByRole('button', { name: 'Сохранить отметку' }).click();

      // The panel drops the finding and counts one error less, evaluated in the browser on the edited document.
      await finding.waitFor({ state: 'detached' });
      await eventually(
        async () => ((await countOf(page, 'Ошибки')) === errorsAfterPerson - 1 ? true : null),
        {
          timeoutMs: 10_000,
          intervalMs: 200,
          what: 'the error count to drop by one',
        },
      );
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(
        true,
      );
      // The server catches up with the new revision and agrees.
      await panel.getByText(/^Сервер согласен/).waitFor({ timeout: 20_000 });

      // The compliance tab: heatmap by direction and "will we make it" with its table.
      await page.getByRole('tab', { name: 'Соответствие', exact: true }).click();
      await page.getByRole('table', { name: 'Оценка по направлениям' }).waitFor();
      await page.getByRole('img', { name: 'Покрытие базовых мер по горизонтам программы' }).waitFor();
      await page.getByRole('table', { name: 'Покрытие по горизонтам (таблица)' }).waitFor();
      await page.getByRole('heading', { name: 'Динамика оценки' }).waitFor();
      await screenshot(page, 'compliance-new-roadmap');

      // The demo's approved roadmap of Kaluga, read-only, shows the same panel and tab (the docs' screenshot).
      await page
        .getByRole('navigation', { name: 'Основная навигация' })
        .getByRole('link', { name: 'Дорожные карты', exact: true })
        .click();
      await page
        .getByRole('link', { name: /^Дорожная карта цифровизации городского хозяйства Калуги/ })
        .click();
      await page.getByRole('tab', { name: 'Соответствие', exact: true }).click();
      await page.getByRole('table', { name: 'Оценка по направлениям' }).waitFor();
      await panelOf(page)
        .getByText(/^Сервер согласен/)
        .waitFor({ timeout: 20_000 });
      const file = await screenshot(page, 'compliance-workspace');
      updateDocScreenshot(file, 'screenshot-compliance.png');
    },
    90_000,
  );
});

describe('the cross-municipality view', () => {
  journey(
    'shows a regional coordinator the municipalities of their region only, sortable and filterable',
    () => browser,
    async ({ page }) => {
      await signIn(page, 'coordinator@kaluga-region.demo');
      await page
        .getByRole('navigation', { name: 'Основная навигация' })
        .getByRole('link', { name: 'Соответствие стандарту', exact: true })
        .click();
      await page.waitForURL('**/compliance');
      await page
        .getByRole('heading', { level: 1, name: 'Соответствие стандарту по муниципалитетам' })
        .waitFor();

      const table = page.getByRole('table', { name: 'Муниципалитеты и оценки их дорожных карт' });
      await table.waitFor();
      const names = await table.locator('tbody th[scope="row"]').allInnerTexts();
      expect(names.length).toBeGreaterThan(0);
      expect(names.some((name) => name.includes('Калуга'))).toBe(true);
      expect(names.some((name) => name.includes('Обнинск'))).toBe(true);
      expect(names.some((name) => name.includes('Кострома'))).toBe(false);
      await page.getByRole('table', { name: 'Тепловая карта: муниципалитеты × направления' }).waitFor();

      // Sorting by name is a keyboard-usable header button that sets aria-sort.
      const municipalityHeader = table.getByRole('columnheader', { name: /^Муниципалитет/ });
      await municipalityHeader.getByRole('button').focus();
      await page.keyboard.press('Enter');
      await eventually(
        async () => ((await municipalityHeader.getAttribute('aria-sort')) === 'ascending' ? true : null),
        { timeoutMs: 5_000, intervalMs: 100, what: 'the table to sort by municipality' },
      );
      const sorted = await table.locator('tbody th[scope="row"]').allInnerTexts();
      expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'ru')));

      // A population group with no municipality of the region leaves the table empty.
      await page.getByLabel('Группа по численности', { exact: true }).selectOption('largest');
      await page.getByText('Нет муниципалитетов по выбранному отбору.').waitFor();
      await page.getByLabel('Группа по численности', { exact: true }).selectOption('');
      await table.waitFor();
      await screenshot(page, 'compliance-overview-region');

      // Each row links to its roadmap; the coordinator reads its live panel, in English too.
      await table
        .getByRole('link', { name: /^Дорожная карта цифровизации городского хозяйства Калуги/ })
        .click();
      await panelOf(page).getByText('Ошибки блокируют подачу заявки').waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      const panel = page.getByRole('region', { name: 'Compliance with the standard' });
      await panel.getByText('Errors block submission').waitFor();
      await panel
        .getByRole('link', { name: /^Basic measure SC2019-\S+ “.+” is not covered/ })
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Русский' }).click();
      await panelOf(page).waitFor();
    },
  );

  journey(
    'lets a programme coordinator recompute every roadmap and follow the progress',
    () => browser,
    async ({ page }) => {
      await signIn(page, 'coordinator@minstroy.demo');
      await page.goto('/compliance');
      const table = page.getByRole('table', { name: 'Муниципалитеты и оценки их дорожных карт' });
      await table.waitFor();
      const names = await table.locator('tbody th[scope="row"]').allInnerTexts();
      expect(names.some((name) => name.includes('Кострома'))).toBe(true);

      // The region filter narrows the table to one region (and is kept in the URL).
      await page.getByLabel('Регион', { exact: true }).selectOption({ label: 'Костромская область' });
      await page.waitForURL(/region=/);
      await eventually(
        async () => {
          const shown = await table.locator('tbody th[scope="row"]').allInnerTexts();
          return shown.length > 0 && shown.every((name) => name.includes('Кострома')) ? true : null;
        },
        { timeoutMs: 10_000, intervalMs: 200, what: 'only Kostroma in the table' },
      );
      await page.getByLabel('Регион', { exact: true }).selectOption('');

      await page.getByRole('button', { name: 'Пересчитать все' }).click();
      await page.getByText(/^Пересчёт завершён: \d+ из \d+, с ошибкой: 0\.$/).waitFor({ timeout: 30_000 });
      // The finished run refreshes the table: every roadmap now has a score.
      await eventually(
        async () => ((await table.getByText('ещё не рассчитано').count()) === 0 ? true : null),
        {
          timeoutMs: 10_000,
          intervalMs: 250,
          what: 'every roadmap to have a score',
        },
      );
    },
  );

  journey(
    'is not offered to a municipal editor, who gets the forbidden page',
    () => browser,
    async ({ page }) => {
      await signIn(page, 'editor@obninsk.demo');
      const nav = page.getByRole('navigation', { name: 'Основная навигация' });
      await nav.getByRole('link', { name: 'Дорожные карты', exact: true }).waitFor();
      expect(await nav.getByRole('link', { name: 'Соответствие стандарту', exact: true }).count()).toBe(0);

      await page.goto('/compliance');
      await page.getByRole('heading', { level: 1, name: 'Доступ запрещён' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
    },
  );
});
