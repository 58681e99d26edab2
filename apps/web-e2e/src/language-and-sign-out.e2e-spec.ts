import type { Browser } from 'playwright-core';

import { journey, launchBrowser, screenshot, signIn, signOut } from './support/e2e';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a municipal editor', () => {
  journey(
    'signs in to a Russian interface, switches to English and back, and signs out',
    () => browser,
    async ({ page }) => {
      await signIn(page, 'editor@obninsk.demo');

      const russianNav = page.getByRole('navigation', { name: 'Основная навигация' });
      await russianNav.getByRole('link', { name: 'Главная' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      await page.getByRole('heading', { level: 1, name: /^Здравствуйте/ }).waitFor();
      await page.getByRole('link', { name: 'Умный город: дорожные карты' }).waitFor();

      await page.getByRole('button', { name: 'English' }).click();
      const englishNav = page.getByRole('navigation', { name: 'Main navigation' });
      await englishNav.getByRole('link', { name: 'Home' }).waitFor();
      await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
      await page.getByRole('link', { name: 'Smart City Roadmaps' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

      await page.getByRole('button', { name: 'Русский' }).click();
      await russianNav.getByRole('link', { name: 'Главная' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      await screenshot(page, 'editor-home-ru');

      await signOut(page);
      await page.getByRole('heading', { level: 1, name: 'Вход в систему' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Вы вышли из системы.' }).waitFor();
    },
  );
});
