import type { Browser, Page } from 'playwright-core';

import { journey, launchBrowser, screenshot, signIn } from './support/e2e';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Основная навигация' });

describe('campaigns, SLA board and dashboard', () => {
  journey(
    'a programme coordinator drafts a campaign in the form, fixes a named field, opens it, and reads the board and dashboard',
    () => browser,
    async ({ page }) => {
      const title = `Отбор через форму ${Date.now().toString(36)}`;
      await signIn(page, 'coordinator@minstroy.demo');
      await nav(page).getByRole('link', { name: 'Конкурсы', exact: true }).click();
      await page.getByRole('button', { name: 'Новый конкурс' }).click();
      const form = page.getByRole('form', { name: 'Новый конкурс' });
      await form.getByLabel('Название', { exact: true }).fill(title);
      await form.getByLabel('Окончание приёма заявок').fill('2020-01-01');
      await form.getByLabel('Критерий', { exact: true }).fill('Проблемы города проанализированы');
      await form.getByRole('button', { name: 'Сохранить' }).click();
      // The closing date is before the opening date: the form says so at the field and saves nothing.
      await form.getByText('Окончание должно быть позже начала.').waitFor();
      await form.getByLabel('Окончание приёма заявок').fill('2099-12-31');
      await form.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByText('Конкурс сохранён.').waitFor();

      const row = page.getByRole('row').filter({ hasText: title });
      await row.getByText('Черновик').waitFor();
      await row.getByRole('button', { name: 'Открыть приём заявок' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Открыть приём заявок' }).click();
      await row.getByText('Принимает заявки').waitFor();
      // An open campaign can still move its closing date.
      await row.getByRole('button', { name: 'Изменить дату окончания' }).click();
      await page.getByLabel(`Новая дата окончания приёма заявок «${title}»`).fill('2099-11-30');
      await page.getByRole('button', { name: 'Сохранить' }).click();
      await page.getByText('Конкурс сохранён.').waitFor();
      await row.getByText(/(30 ноября|1 декабря) 2099/).waitFor();

      await nav(page).getByRole('link', { name: 'Сроки рассмотрения', exact: true }).click();
      await page.getByRole('heading', { name: 'Сроки рассмотрения' }).waitFor();
      await page.getByText(/^По состоянию на /).waitFor();

      await nav(page).getByRole('link', { name: 'Сводка по заявкам', exact: true }).click();
      await page.getByText(/^Всего заявок: \d+$/).waitFor();
      await page.getByRole('img', { name: /^Диаграмма: По статусам\./ }).waitFor();
      await page.getByRole('table', { name: 'Таблица: По статусам' }).waitFor();
      await screenshot(page, 'applications-dashboard');
    },
  );

  journey(
    'a municipal editor has no SLA board in the menu and gets the forbidden page on its URL',
    () => browser,
    async ({ page }) => {
      await signIn(page, 'editor@kaluga.demo');
      await nav(page).getByRole('link', { name: 'Заявки', exact: true }).waitFor();
      expect(await nav(page).getByRole('link', { name: 'Сроки рассмотрения' }).count()).toBe(0);
      await page.goto('/sla');
      await page.getByRole('heading', { name: 'Доступ запрещён' }).waitFor();
      await page.goto('/reviews');
      await page.getByRole('heading', { name: 'Доступ запрещён' }).waitFor();
    },
  );
});
