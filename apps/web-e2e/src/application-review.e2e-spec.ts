import type { Browser, Page } from 'playwright-core';

import {
  apiSignedInAs,
  findOrganization,
  journey,
  launchBrowser,
  newSession,
  screenshot,
  updateDocScreenshot,
  signIn,
} from './support/e2e';
import type { OrganizationSummary } from './support/e2e';
import { openCampaign } from './support/application-fixtures';
import { apiWrite } from './support/roadmap-fixtures';

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

const COMMENTED_ITEM = 'Единая диспетчерская служба ЖКХ';
const ACCEPTED_ITEM = 'Открытые данные городского транспорта';
const COMMENT = 'Уточните показатель результата: сейчас нет целевого значения на 2027 год.';
const REASON = 'Дополните целевые показатели мероприятий.';

/** A fresh Kaluga roadmap (the first free programme period) with one problem and two own measures. */
async function createRoadmap(title: string): Promise<{ roadmapId: string; itemIds: Record<string, string> }> {
  const api = await apiSignedInAs('editor@kaluga.demo');
  try {
    const frameworks = (await (
      await api.get('/api/v1/catalogue/frameworks?kind=measures&status=published')
    ).json()) as { items: { id: string }[] };
    expect(frameworks.items.length).toBeGreaterThan(0);
    const list = `/api/v1/organizations/${kaluga.id}/roadmaps`;
    let created: { id: string; periodStartYear: number } | null = null;
    for (let start = 2030; start >= 2019 && !created; start--) {
      for (let end = start; end <= 2030 && !created; end++) {
        const answer = await apiWrite(api, 'post', list, {
          title: `${title} ${start}–${end}`,
          frameworkId: frameworks.items[0].id,
          periodStartYear: start,
          periodEndYear: end,
        });
        if (answer.status === 201)
          created = answer.body as unknown as { id: string; periodStartYear: number };
        else expect(answer.status).toBe(409);
      }
    }
    if (!created) throw new Error('No free roadmap period for Kaluga');
    const base = `${list}/${created.id}`;
    const problem = await apiWrite(api, 'post', `${base}/problems`, {
      title: 'Заявки жителей теряются между службами',
      severity: 'high',
    });
    expect(problem.status).toBe(201);
    const year = created.periodStartYear;
    const itemIds: Record<string, string> = {};
    for (const [index, itemTitle] of [COMMENTED_ITEM, ACCEPTED_ITEM].entries()) {
      const item = await apiWrite(api, 'post', `${base}/items`, {
        kind: 'own',
        title: itemTitle,
        problemIds: [(problem.body.problem as { id: string }).id],
        responsibleUnit: 'Управление информатизации',
        responsiblePerson: 'Сидорова Е. В.',
        startMonth: `${year}-0${index + 1}`,
        endMonth: `${year}-0${index + 6}`,
        budgetLines: [{ year, source: 'municipal', planned: '1500000.00' }],
      });
      expect(item.status).toBe(201);
      itemIds[itemTitle] = (item.body.item as { id: string }).id;
    }
    return { roadmapId: created.id, itemIds };
  } finally {
    await api.dispose();
  }
}

const itemCard = (page: Page, title: string) => page.getByRole('article', { name: title });

describe('application review', () => {
  journey(
    'a lead submits, the regional coordinator requests changes with a comment on one item, the lead sees it there and resubmits',
    () => browser,
    async ({ page }) => {
      const stamp = Date.now().toString(36);
      const campaignTitle = `Пилотный отбор (проверка ${stamp})`;
      await openCampaign(campaignTitle);
      const roadmapTitle = `Заявка на пилот ${stamp}`;
      const roadmap = await createRoadmap(roadmapTitle);

      // The municipal lead starts an application from the roadmap and submits it.
      await signIn(page, 'lead@kaluga.demo');
      await page
        .getByRole('navigation', { name: 'Основная навигация' })
        .getByRole('link', { name: 'Заявки', exact: true })
        .click();
      await page.getByRole('heading', { name: 'Новая заявка' }).waitFor();
      await page.getByLabel('Конкурс').selectOption({ label: campaignTitle });
      const roadmapOption = page.getByLabel('Дорожная карта').locator('option', { hasText: roadmapTitle });
      await page.getByLabel('Дорожная карта').selectOption((await roadmapOption.getAttribute('value')) ?? '');
      await page.getByRole('button', { name: 'Создать черновик заявки' }).click();
      await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
      const applicationUrl = new URL(page.url()).pathname;
      await page.getByText('Условия допуска выполнены.').waitFor();
      await page.getByRole('button', { name: 'Подать заявку', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Подать заявку' }).click();
      const submitted = page.getByText(/^Заявка подана\. Хеш снимка: [0-9a-f]{64}$/);
      await submitted.waitFor();
      await itemCard(page, COMMENTED_ITEM).waitFor();

      // The regional coordinator of Kaluga's region finds it in the queue (assigned automatically by region).
      const reviewer = await newSession(browser);
      try {
        const review = reviewer.page;
        await signIn(review, 'coordinator@kaluga-region.demo');
        await review
          .getByRole('navigation', { name: 'Основная навигация' })
          .getByRole('link', { name: 'Рассмотрение', exact: true })
          .click();
        const row = review.getByRole('row').filter({ hasText: campaignTitle });
        await row.getByRole('link').click();
        await review.waitForURL((url) => url.pathname === applicationUrl);

        // Accepts one item, comments on the other.
        const accepted = itemCard(review, ACCEPTED_ITEM);
        await accepted.getByLabel(`Принять мероприятие «${ACCEPTED_ITEM}»`).click();
        await accepted.locator('input[type="checkbox"]:checked').waitFor();
        const commented = itemCard(review, COMMENTED_ITEM);
        await commented.getByLabel(`Замечание к мероприятию «${COMMENTED_ITEM}»`).fill(COMMENT);
        await commented.getByRole('button', { name: 'Добавить замечание' }).click();
        await commented.getByText(COMMENT).waitFor();

        // Requests changes, with a reason, after confirming.
        await review.getByRole('radio', { name: 'Вернуть на доработку' }).check();
        await review.getByLabel('Причины (по одной в строке)').fill(REASON);
        await review.getByRole('button', { name: 'Принять решение' }).click();
        await review.getByRole('dialog').getByRole('button', { name: 'Вернуть на доработку' }).click();
        await review.getByRole('heading', { name: 'Заявка возвращена на доработку' }).waitFor();
      } finally {
        await reviewer.context.close();
      }

      // The lead sees the reasons and the comment ON the item, then resubmits.
      await page.reload();
      await page.getByRole('heading', { name: 'Заявка возвращена на доработку' }).waitFor();
      await page.getByText(REASON).first().waitFor();
      const card = itemCard(page, COMMENTED_ITEM);
      await card.getByRole('region', { name: 'Замечания экспертов (1)' }).getByText(COMMENT).waitFor();
      // …and only on that item.
      expect(await itemCard(page, ACCEPTED_ITEM).getByText(COMMENT).count()).toBe(0);
      const file = await screenshot(page, 'application-changes-requested');
      updateDocScreenshot(file, 'screenshot-applications.png');

      // The roadmap item's own page shows the comment too (the roadmap is open for changes again).
      await page.goto(
        `/organizations/${kaluga.id}/roadmaps/${roadmap.roadmapId}/items/${roadmap.itemIds[COMMENTED_ITEM]}`,
      );
      await page.getByRole('region', { name: 'Замечания экспертов (1)' }).getByText(COMMENT).waitFor();
      await page.goto(applicationUrl);

      await page.getByRole('button', { name: 'Подать повторно', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Подать повторно' }).click();
      await page.getByText(/^Заявка подана\. Хеш снимка: [0-9a-f]{64}$/).waitFor();
      await page.getByRole('heading', { name: 'Мероприятия в снимке №2' }).waitFor();
      // The unchanged, accepted item keeps its acceptance in the new snapshot.
      await itemCard(page, ACCEPTED_ITEM).getByText('Принято ранее — принятие сохранено').waitFor();
      await page.getByRole('heading', { name: 'Сводка' }).waitFor();
      await page.getByText('Рассмотрение в регионе').first().waitFor();
    },
    120_000,
  );
});
