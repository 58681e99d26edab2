import type { Browser } from 'playwright-core';

import { journey, launchBrowser, signIn } from './support/e2e';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('feature pages loaded on demand', () => {
  journey(
    'sign-in loads no feature page; a page whose code is gone after a redeploy offers a reload that brings it back',
    () => browser,
    async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto('/sign-in');
      await page.getByRole('heading', { level: 1, name: 'Вход в систему' }).waitFor();
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((script) => /-route-[^/]*\.js$/.test(script))).toEqual([]);

      await signIn(page, 'editor@obninsk.demo');
      await page.getByRole('heading', { level: 1, name: /^Здравствуйте/ }).waitFor();
      expect(scripts.some((script) => /\/home-route-[^/]*\.js$/.test(script))).toBe(true);

      // The deployed app no longer has the chunk this (older) page refers to.
      const gone = '**/assets/notifications-route-*.js';
      await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page
        .getByRole('navigation', { name: 'Основная навигация' })
        .getByRole('link', { name: 'Уведомления', exact: true })
        .click();
      const alert = page.getByRole('alert').filter({ hasText: 'Страница не загрузилась' });
      await alert.waitFor();
      await alert.getByText('вышла новая версия приложения').waitFor();

      await page.unroute(gone);
      await alert.getByRole('button', { name: 'Обновить страницу' }).click();
      await page.getByRole('heading', { level: 1, name: 'Уведомления' }).waitFor();
    },
  );
});
